package classroom

import (
	"slices"
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

// TestOrderChoices: a wait of months is told as a lag a reader knows
// without a subtraction ("years" from two years, "months" up to half a
// year, nothing between), and the choices cross who came first with the
// two lags: the embassies' 129 months and the PfP's 92 (mid-1994 to
// February 2002) are years; three months are months; a year, or a return
// before the deed, is no item. Each wrong choice differs from the answer
// in one half, so none stands out by its form.
func TestOrderChoices(t *testing.T) {
	for _, tt := range []struct {
		months int
		lag    string
	}{{129, "years"}, {92, "years"}, {24, "years"}, {3, "months"}, {0, "months"}, {12, ""}, {23, ""}, {7, ""}, {-2, ""}} {
		if got := lagOf(tt.months); got != tt.lag {
			t.Errorf("lagOf(%d) = %q, want %q", tt.months, got, tt.lag)
		}
	}
	say := func(first bool, lag string) string {
		if first {
			return "A; B followed " + lag
		}
		return "B; A followed " + lag
	}
	answer, wrong := orderChoices(129, say)
	if want := []string{"B; A followed years", "A; B followed months", "B; A followed months"}; answer != "A; B followed years" || !slices.Equal(wrong, want) {
		t.Errorf("129 months: %q %q", answer, wrong)
	}
	if answer, wrong := orderChoices(3, say); answer != "A; B followed months" || !slices.Contains(wrong, "A; B followed years") {
		t.Errorf("3 months: %q %q", answer, wrong)
	}
	if answer, wrong := orderChoices(12, say); answer != "" || wrong != nil {
		t.Errorf("a year: %q %q", answer, wrong)
	}
}

// TestSequenceItems: the sequence generators on the paper's sentences
// (seen failing before orderChoices, which asked "How long after ..."
// with spans): the embassies of ¶4 ("It was the second state to open its Embassy in
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
		{"Which opened its embassy first, the United States in Dushanbe or Tajikistan in Washington, and how soon did the other follow?", "The United States; Tajikistan followed years later"},
		{"How did Tajikistan compare with the other Central Asian republics in joining NATO's program?", "The last, years after the rest"},
	}
	if len(got) != len(want) {
		t.Fatalf("%d sequence items, want %d: %+v", len(got), len(want), got)
	}
	for i, q := range got {
		checkWellFormed(t, q)
		if q.Question != want[i].question || q.Choices[q.Answer] != want[i].answer {
			t.Errorf("item %d: %q -> %q, want %q -> %q", i, q.Question, q.Choices[q.Answer], want[i].question, want[i].answer)
		}
		// the sides (or first and last) crossed with the lags: each
		// wrong choice differs from the answer in one half or both, and
		// no other sequence item offers one of them; no date anywhere to
		// answer or give away a date item
		for _, c := range wrongOf(q) {
			if c == q.Choices[q.Answer] || !strings.Contains(c, "years") && !strings.Contains(c, "within months") {
				t.Errorf("item %d: wrong choice %q is no lag", i, c)
			}
			for j, o := range got {
				if j != i && slices.Contains(o.Choices[:], c) {
					t.Errorf("items %d and %d both offer %q", i, j, c)
				}
			}
		}
		// nor does a choice give the other sequence item away by the
		// words they share
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
		{"Which opened its embassy first, the United States in Dushanbe or Tajikistan in Washington, and how soon did the other follow?", true},
		// the i10plan pass: no item asks the programme's name now, and the
		// stem names it (nameUnasked)
		{"How did Tajikistan compare with the other Central Asian republics in joining NATO's Partnership for Peace?", true},
		{"To which organisation did the United States support Tajikistan's accession?", false},
		{"How much was America's budgeted aid to Tajikistan from 1992 to 2010?", false},
		// the i10rights pass: the reaction item (rights.go) pushes the water's
		// share out, bare recall every strict blind reader judged WEAK
		// (TestReactionInQuiz)
		{"Complete: Tajikistan had ____ of Central Asia's water resources.", false},
		// dropped since the fifteenth pass: the embargo is asked as an act
		// ("What did the US do in January 2002?"), which keeps its theme
		{"When did the US lift an eight-year-old arms sales embargo on Tajikistan?", false},
		{"Which restriction on Tajikistan did the United States lift in January 2002, after 9/11?", true}, // i10act: the embargo's item asks which restriction (restriction.go)
	})
}
