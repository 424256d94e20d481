package classroom

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The sixteenth pass answers the blind reader of blind32/quiz-report.md
// (20 of 28 good): Q5 ("To which organisation did the United States
// support Tajikistan's accession?") is answered by the word "accession",
// the WTO's own, and two themes it found missing, the early diplomatic
// steps (the US embassy in Dushanbe in 1992, Tajikistan's in Washington
// only in December 2002) and Tajikistan's joining NATO's PfP last of the
// Central Asian states, get sequence items (sequence.go). The checks
// below find each in main's 28 items as that reader saw them
// (testdata/quiz-reviewed16.json) and hold today.

// sixteenthThemeFlaws: no item asks how long a step took after another's.
func sixteenthThemeFlaws(_ *extractor, all []Quiz) []string {
	var errs []string
	for _, theme := range []struct{ words, name string }{
		{"embassy", "the early diplomatic steps (the embassies)"},
		{"other Central Asian", "Tajikistan joining NATO's programme last"},
	} {
		found := false
		for _, q := range all {
			found = found || q.Kind == "sequence" && strings.Contains(q.Question, theme.words)
		}
		if !found {
			errs = append(errs, "no item on "+theme.name)
		}
	}
	return errs
}

// sixteenthChecks are the sixteenth pass's checks by name.
var sixteenthChecks = map[string]func(*extractor, []Quiz) []string{
	"termcue": termCueFlaws, "themes": sixteenthThemeFlaws,
}

// TestQuizSixteenthReview: today's items pass the checks, and there are
// at least 28.
func TestQuizSixteenthReview(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	holdsToday(t, x, defaultQuizzer(t).All(), sixteenthChecks)
}

// TestChecksCatchTheSixteenthReview: each check finds what the 32nd blind
// reader found in main's 28 items (seen failing there).
func TestChecksCatchTheSixteenthReview(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	old := loadReviewed28(t, "testdata/quiz-reviewed16.json")
	id := func(n int) string { return old[n-1].ID } // the reader's Qn
	catchesReviewed(t, x, old, sixteenthChecks, map[string][]string{
		"termcue": {id(5) + ": the stem's word names \"World Trade Organization\""},
		"themes":  {"the embassies", "NATO's programme last"},
	})
}

// TestTermCue: the rule on its own inputs: the stem's word ties to the
// answer alone; to a wrong option (a trap for a guesser, not a cue), to
// two options, or not in the stem, it says nothing.
func TestTermCue(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	const stem = "To which organisation did the United States support Tajikistan's accession?"
	for _, tt := range []struct {
		name     string
		question string
		choices  [4]string
		want     bool
	}{
		{"the answer alone", stem, [4]string{"World Trade Organization", "World Bank", "International Monetary Fund", "Asian Development Bank"}, true},
		{"a wrong option", stem, [4]string{"International Monetary Fund", "World Bank", "World Trade Organization", "Asian Development Bank"}, false},
		{"two options", stem, [4]string{"World Trade Organization", "European Union", "International Monetary Fund", "Asian Development Bank"}, false},
		{"not in the stem", "Which organisation did the United States back Tajikistan's promotion toward?", [4]string{"World Trade Organization", "World Bank", "International Monetary Fund", "Asian Development Bank"}, false},
	} {
		q := Quiz{Question: tt.question, Choices: tt.choices, Answer: 0}
		if got := x.termCue(q); got != tt.want {
			t.Errorf("%s: termCue = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestSpanChoices: a wait of months is asked as its own span in whole
// years ("About 11 years later" for March 1992 to December 2002),
// against three spans each clearly apart from it and from each other (at
// least 1.75 times the shorter and two years longer), none reaching past
// the paper's period: the embassies' (129 months, the first in 1992 of a
// paper studying 2001-2012) and the PfP's (mid-1994 to February 2002, 92
// months), and every wait from half a year to twenty years.
func TestSpanChoices(t *testing.T) {
	for _, tt := range []struct {
		months, most int
		answer       string
		wrong        []string
	}{
		{129, 20, "About 11 years later", []string{"About 3 years later", "About 6 years later", "About 20 years later"}},
		{92, 18, "About 8 years later", []string{"About 2 years later", "About 4 years later", "About 15 years later"}},
		{12, 20, "About a year later", []string{"About 3 years later", "About 6 years later", "About 12 years later"}},
		{129, 15, "About 11 years later", []string{"About a year later", "About 3 years later", "About 6 years later"}},
	} {
		answer, wrong := spanChoicesOf(tt.months, tt.most)
		if answer != tt.answer || !slices.Equal(wrong, tt.wrong) {
			t.Errorf("%d months (at most %d years): %q %q, want %q %q", tt.months, tt.most, answer, wrong, tt.answer, tt.wrong)
		}
	}
	if a, w := spanChoicesOf(3, 20); a != "" || w != nil {
		t.Errorf("a wait of three months has choices %q %q", a, w)
	}
	if a, w := spanChoicesOf(-2, 20); a != "" || w != nil {
		t.Errorf("a return before the deed has choices %q %q", a, w)
	}
	if a, w := spanChoicesOf(129, 9); a != "" || w != nil {
		t.Errorf("a wait past the period's end has choices %q %q", a, w)
	}
	for months := 6; months <= 240; months++ {
		answer, wrong := spanChoicesOf(months, 30)
		if answer == "" {
			t.Errorf("%d months: no choices", months)
			continue
		}
		years := []int{spanYears(answer)}
		for _, w := range wrong {
			years = append(years, spanYears(w))
		}
		if d := years[0]*12 - months; d < -6 || d > 6 {
			t.Errorf("%d months asked as %q", months, answer)
		}
		for i, a := range years {
			for _, b := range years[i+1:] {
				lo, hi := min(a, b), max(a, b)
				if hi-lo < 2 || 4*hi < 7*lo || hi > 30 {
					t.Errorf("%d months: %q %q: %d and %d years too close or too long", months, answer, wrong, a, b)
				}
			}
		}
	}
}

// spanYears is the years a span choice names: "About 11 years later" is
// 11, "About a year later" 1, -1 for no span.
func spanYears(c string) int {
	if c == "About a year later" {
		return 1
	}
	n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(c, "About "), " years later"))
	if err != nil || spanText(n) != c {
		return -1
	}
	return n
}

// TestSequenceItems: the sequence generators on the paper's sentences:
// the embassies of ¶4 ("It was the second state to open its Embassy in
// Dushanbe in March 1992 and Tajikistan opened its Embassy in Washington
// in December 2002", "It" the America of the sentence before) and the
// PfP of ¶17 ("All the Central Asian republics except Tajikistan joined
// NATO's PFP by mid-1994. Tajikistan formally joined, in February 2002,
// the PFP program as the last ..."), named by whose it is: "PFP" is the
// answer of "Which NATO programme did Tajikistan commit to joining?".
func TestSequenceItems(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	prior := priorOf(x, "sequence")
	got := append(x.sequenceQuizzes(), x.lateQuizzes(prior)...)
	want := []struct{ question, answer string }{
		{"How long after the United States opened its embassy in Dushanbe did Tajikistan open its embassy in Washington?", "About 11 years later"},
		{"How long after the other Central Asian republics did Tajikistan join NATO's program?", "About 8 years later"},
	}
	if len(got) != len(want) {
		t.Fatalf("%d sequence items, want %d: %+v", len(got), len(want), got)
	}
	for i, q := range got {
		checkWellFormed(t, q)
		if q.Question != want[i].question || q.Choices[q.Answer] != want[i].answer {
			t.Errorf("item %d: %q -> %q, want %q -> %q", i, q.Question, q.Choices[q.Answer], want[i].question, want[i].answer)
		}
		// three spans of its own, none another sequence item offers, and
		// no date anywhere to answer or give away a date item
		for _, c := range wrongOf(q) {
			if spanYears(c) < 1 {
				t.Errorf("item %d: wrong choice %q is no span", i, c)
			}
			for j, o := range got {
				if j != i && slices.Contains(o.Choices[:], c) {
					t.Errorf("items %d and %d both offer %q", i, j, c)
				}
			}
		}
		// nor does a span give the other sequence item away by the words
		// they share ("About twenty years later" beside "About eight
		// years later": about, years, later and a number word)
		for j, o := range got {
			if j != i {
				if c, ok := givesAwayItem(q, o); ok {
					t.Errorf("item %d's %q gives away item %d", i, c, j)
				}
			}
		}
		if reStemYear.MatchString(q.Question) {
			t.Errorf("item %d names a year: %q", i, q.Question)
		}
		for _, p := range prior {
			if o, ok := givesAwayItem(q, p); ok {
				t.Errorf("option %q gives away %q", o, p.Question)
			}
		}
	}
	// the PfP item's key shows both dates: the group's and Tajikistan's
	if s := got[1].Sentence; !strings.Contains(s, "mid-1994") || !strings.Contains(s, "February 2002") {
		t.Errorf("the late item's key sentence lacks a date: %q", s)
	}
}

// TestSixteenthPassFillers: the two sequence items fill the floor in
// place of the WTO item (dropped by the term rule) and the aid total (the
// least salient filler left); the water's share and the embargo (asked as
// an act since the fifteenth pass), each their theme's one item, stay.
func TestSixteenthPassFillers(t *testing.T) {
	checkKept(t, []keptCase{
		{"How long after the United States opened its embassy in Dushanbe did Tajikistan open its embassy in Washington?", true},
		{"How long after the other Central Asian republics did Tajikistan join NATO's program?", true},
		{"To which organisation did the United States support Tajikistan's accession?", false},
		{"How much was America's budgeted aid to Tajikistan from 1992 to 2010?", false},
		// i10water: the share goes, pushed out by the standing item,
		// which asks the water's theme ("Its ample water and other
		// resources", standing_test.go)
		{"Complete: Tajikistan had ____ of Central Asia's water resources.", false},
		// dropped since the fifteenth pass: the embargo is asked as an act
		// ("What did the US do in January 2002?"), which keeps its theme
		{"When did the US lift an eight-year-old arms sales embargo on Tajikistan?", false},
		{"What did the US do in January 2002?", true},
	})
}
