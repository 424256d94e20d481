package classroom

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
)

// The thirteenth pass answers the blind reader of blind24/quiz-report.md
// (19 of 28 good) on a theme it found missing: democratisation pressure,
// Rice's 2005 visit and its message (its theme 4). The item is a message
// item (message.go); the check below finds the theme missing in main's
// 28 items as that reader saw them (testdata/quiz-reviewed13.json) and
// present today.

// thirteenthThemeFlaws: no item asks what an envoy said about democracy
// on a visit (the stem names a visit, the answer speaks of democracy).
func thirteenthThemeFlaws(_ *extractor, all []Quiz) []string {
	for _, q := range all {
		if strings.Contains(q.Question, "visit") && strings.Contains(strings.ToLower(q.Choices[q.Answer]), "democratic") {
			return nil
		}
	}
	return []string{"no item on an envoy's message on democracy (Rice's 2005 visit)"}
}

// TestQuizThirteenthReview: today's items ask the theme, and there are at
// least 28.
func TestQuizThirteenthReview(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	holdsToday(t, x, defaultQuizzer(t).All(), map[string]func(*extractor, []Quiz) []string{"themes": thirteenthThemeFlaws})
}

// TestChecksCatchTheThirteenthReview: the theme check finds the theme
// missing in main's 28 items (seen failing there: the act item on Rice's
// visit went, its wrong deeds each another item's stem).
func TestChecksCatchTheThirteenthReview(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	catchesReviewed(t, x, loadReviewed28(t, "testdata/quiz-reviewed13.json"),
		map[string]func(*extractor, []Quiz) []string{"themes": thirteenthThemeFlaws},
		map[string][]string{"themes": {"Rice's 2005 visit"}})
}

// TestMessageItem: the message generator on the paper's own sentences:
// Rice's call for democratic development (¶8), against what Clinton
// (¶9, 2011), the embassy (¶21, 2012) and Bush (¶19, 2002) said.
func TestMessageItem(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	var prior []Quiz
	for _, it := range x.items() {
		if it.Kind != "message" {
			prior = append(prior, it.Quiz)
		}
	}
	qs := x.messageQuizzes(prior)
	if len(qs) != 1 {
		t.Fatalf("%d message items, want 1: %+v", len(qs), qs)
	}
	q := qs[0]
	checkWellFormed(t, q)
	if want := "What did Condoleezza Rice do during her visit to Tajikistan in October 2005?"; q.Question != want {
		t.Errorf("question\n got %q\nwant %q", q.Question, want)
	}
	// its first call: the wrong choices are single calls, so the answer is
	// not the one long option
	if want := "Told Tajikistan of the need for democratic development to continue"; q.Choices[q.Answer] != want {
		t.Errorf("answer %q, want %q", q.Choices[q.Answer], want)
	}
	var wrong []string
	for i, c := range q.Choices {
		if i != q.Answer {
			wrong = append(wrong, c)
		}
	}
	sort.Strings(wrong)
	// not Clinton's warning on religious freedom (it states the answer of
	// the item on her 2011 warning), not her "need for further democratic
	// reforms" (it shares the answer's words: a reader could not reject
	// it), not the ABC's human rights of 2012 (set up after 2005), not the
	// Uzbek officials' demand (another side)
	want := []string{
		"Called for freedom of the press to be respected",
		"Called on the government to respect human rights, including those of prisoners",
		"Praised Rahmon for his stand in the international fight against terrorism",
	}
	if !slices.Equal(wrong, want) {
		t.Errorf("wrong choices\n got %q\nwant %q", wrong, want)
	}
	for _, p := range prior {
		if o, ok := givesAwayItem(q, p); ok {
			t.Errorf("option %q gives away %q", o, p.Question)
		}
	}
}

// TestMessagePriorFilter: without the items made before it, the message
// item offers Clinton's warning on religious freedom, which states the
// answer of the item on that warning (seen: the generator's first cut
// offered it); with them it does not.
func TestMessagePriorFilter(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	offers := func(qs []Quiz, s string) bool {
		for _, q := range qs {
			for _, c := range q.Choices {
				if strings.Contains(c, s) {
					return true
				}
			}
		}
		return false
	}
	const warning = "limitations on religious freedom"
	if !offers(x.messageQuizzes(nil), warning) {
		t.Errorf("without prior items: the warning is not offered; the filter tests nothing")
	}
	var prior []Quiz
	for _, it := range x.items() {
		if it.Kind != "message" {
			prior = append(prior, it.Quiz)
		}
	}
	if offers(x.messageQuizzes(prior), warning) {
		t.Errorf("with prior items: the warning is still offered")
	}
}

// TestMessageRules: the message rules on their own inputs.
func TestMessageRules(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	for _, tt := range []struct{ before, want string }{
		// the clause's own subject, not the first country of the sentence
		{"In another incident, when Tajik troops were sent to the nation's southern Badakshan region bordering Afghanistan in July 2012, the U.S. embassy publicly expressed concern about civilian deaths and ", "United States"},
		// no subject in the last clause: the sentence's
		{"Secretary Clinton visited Tajikistan in October 2011, warned the president, and ", "United States"},
		{"To Central Command's annoyance, however, Uzbek officials refused to allow the open deployment of combat aircraft and ", "Uzbekistan"},
	} {
		if got := x.speakerOf(tt.before); got != tt.want {
			t.Errorf("speakerOf(%q) = %q, want %q", tt.before, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"Told Tajikistan of the need for democratic development to continue and for elections to be free, fair and inclusive", "Told Tajikistan of the need for democratic development to continue"},
		{"called on the government to respect human rights, including those of prisoners, and to respect press freedom", "called on the government to respect human rights, including those of prisoners"},
		{"thanked President Rahmon for the critical role, calling Tajikistan a solid partner", "thanked President Rahmon for the critical role"},
		{"Called for freedom of the press to be respected", "Called for freedom of the press to be respected"},
	} {
		if got := reMessageCut.ReplaceAllString(tt.in, ""); got != tt.want {
			t.Errorf("cut %q\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
	msgs := x.messages()
	var got []string
	for _, m := range msgs {
		got = append(got, fmt.Sprintf("¶%d %s: %s", m.para.N, m.actor, m.pred))
	}
	// Clinton's three messages of ¶9 each its own, the embassy's call
	// of ¶21 the U.S.'s
	for _, w := range []string{
		"¶9 United States: Called for freedom of the press to be respected",
		"¶9 United States: Warned the president that limitations on religious freedom could fuel rising religious discontent",
		"¶21 United States: Called on the government to respect human rights, including those of prisoners",
		"¶15 Uzbekistan: Demanded that the base be used mainly for humanitarian purposes",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("messages: no %q in\n%s", w, strings.Join(got, "\n"))
		}
	}
}
