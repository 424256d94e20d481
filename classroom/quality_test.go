package classroom

import (
	"regexp"
	"strings"
	"testing"
)

// TestQuizFlaws checks, on the default paper, each kind of flawed item a
// teacher's review found: a stem that leans on the sentence before, an
// answer read off the stem, items contradicting each other or the paper,
// distractors that give the answer away by their kind, stems copying the
// spinner's prose, no "why" items, and a set that mostly drills dates.
func TestQuizFlaws(t *testing.T) {
	p := loadPaper(t)
	all := NewQuizzer(p).All()
	w := parseWorld(worldText)
	plain := parsePlain(plainText)
	leading := regexp.MustCompile(`^(?:Complete: )?(?:This|These|That|Those|It|Its|They|Their|He|She|The two|The both)\b`)
	counts := map[string]int{}
	for _, q := range all {
		counts[q.Kind]++
		stem := strings.TrimPrefix(q.Question, "Complete: ")
		// 1. a stem that depends on the sentence before
		if leading.MatchString(q.Question) {
			t.Errorf("%s: stem leans on the sentence before: %q", q.ID, q.Question)
		}
		// 2. the answer read off the sentence itself ("The two nations" → two)
		ans := q.Choices[q.Answer]
		if q.Kind == "number" && strings.HasPrefix(q.Sentence, "The "+ans+" ") {
			t.Errorf("%s: the count %q is read off the sentence: %q", q.ID, ans, q.Sentence)
		}
		// 3. no item dates independence other than 1991 (¶2, ¶3 against the abstract's "independence in 1992")
		if strings.Contains(stem, "independence in 1992") || strings.Contains(strings.ToLower(q.Question), "independence") && q.Kind == "year" && ans != "1991" {
			t.Errorf("%s: contradicts the paper on independence: %q → %q", q.ID, q.Question, ans)
		}
		// 4. distractors of the answer's fine kind
		if k, _ := w.kindOf(ans); k != "" {
			for i, c := range q.Choices {
				if i == q.Answer {
					continue
				}
				if ck, _ := w.kindOf(c); ck != k {
					t.Errorf("%s: %q (%s) offered for %q (%s): %q", q.ID, c, ck, ans, k, q.Question)
				}
			}
		}
		// 5. plain English: nothing of the spinner's left in the stem
		if got := plain.apply(stem); got != stem {
			t.Errorf("%s: spun words left in the stem:\n %q\n plain: %q", q.ID, stem, got)
		}
	}
	// no stem garbled by a clause inside a clause, no fact asked twice
	for i, q := range all {
		if strings.Count(q.Question, "When ") > 1 || strings.Contains(q.Question, "When were When") {
			t.Errorf("%s: garbled stem: %q", q.ID, q.Question)
		}
		for _, o := range all[:i] {
			if sameItem([]Quiz{o}, q) {
				t.Errorf("%s and %s ask the same fact: %q / %q", o.ID, q.ID, o.Question, q.Question)
			}
		}
		if q.Kind == "year" && stative(q.Question) {
			t.Errorf("%s: a state dated by one year: %q", q.ID, q.Question)
		}
	}
	// the pairs the review named
	for _, q := range all {
		ans := q.Choices[q.Answer]
		for _, c := range q.Choices {
			if (ans == "Rahmon" || ans == "Rakhmonov" || ans == "Emomali Rahmon") && (c == "Clinton" || c == "Rice" || c == "Bush" || c == "Hilary Clinton" || c == "Condoleezza Rice") {
				t.Errorf("%s: %q offered for a Tajik president", q.ID, c)
			}
			if ans == "Soros Foundation" && c == "Tajik Border Force" {
				t.Errorf("%s: a border force offered for an NGO", q.ID)
			}
		}
	}
	// 6. at least four "why" items, and most items are not dates
	if counts["why"] < 4 {
		t.Errorf("%d why-items, want at least 4", counts["why"])
	}
	times := counts["date"] + counts["year"]
	if times*2 > len(all) {
		t.Errorf("%d of %d items ask for a date", times, len(all))
	}
	clozes := 0
	for _, q := range all {
		if strings.HasPrefix(q.Question, "Complete: ") {
			clozes++
		}
	}
	if clozes*3 > len(all) {
		t.Errorf("%d of %d items are clozes copying a sentence; want at most a third", clozes, len(all))
	}
	// 7. the paper's themes are all asked about
	for theme, words := range map[string][]string{
		"human rights": {"human rights", "democratic", "elections"},
		"Clinton":      {"Clinton"},
		"arms embargo": {"embargo"},
		"drugs":        {"narcotics", "drug"},
		"NDN":          {"non-lethal supplies", "ISAF supplies", "Northern Distribution Network"},
		"aid":          {"aid", "donor"},
		"bases":        {"airbase", "overflight"},
	} {
		found := false
		for _, q := range all {
			text := q.Question + " " + strings.Join(q.Choices[:], " ")
			for _, w := range words {
				if strings.Contains(text, w) {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("no item on %s", theme)
		}
	}
	t.Logf("%d items: %v; %d clozes", len(all), counts, clozes)
}

// TestContradictions: the abstract's "independence in 1992" loses to the
// body's "independence in 1991".
func TestContradictions(t *testing.T) {
	got := contradictions(loadPaper(t))
	if !got[[2]int{1, 3}] {
		t.Errorf("¶1's 'Next year after independence in 1992' not flagged: %v", got)
	}
	for k := range got {
		if k[0] != 1 {
			t.Errorf("body sentence flagged: %v", k)
		}
	}
}
