package classroom

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
)

// The ninth pass answers the blind reader of blind19/quiz-report.md (16
// of 28 good) on the themes it found missing: what US military aid was
// for, border security as the key issue of security cooperation, the
// bridge's point rather than its cost, and what the civil war left
// Tajikistan depending on Russia for. Each is an item of a general
// generator (purpose.go, keyissue.go, keyevent.go, reliance.go); the
// checks below find the themes missing in main's 28 items as that reader
// saw them (testdata/quiz-reviewed8b.json) and present today.

// ninthThemes: the reader's missing themes this pass answers, with words
// an item's stem or answer on each would use.
var ninthThemes = map[string][]string{
	"what US military aid was for": {"counterinsurgency"},
	// since the i10keyissue pass held by the agency item ("Tajik Border
	// Force"): the key-issue item's answer named the stem's field
	"the key issue in security cooperation":  {"key issue", "Border Force"},
	"what the paper makes of the bridge":     {"key event"},
	"what Tajikistan depended on Russia for": {"dependent on Russia"},
}

// ninthThemeFlaws: a theme no item asks about.
func ninthThemeFlaws(_ *extractor, all []Quiz) []string {
	var errs []string
	for theme, words := range ninthThemes {
		found := false
		for _, q := range all {
			text := q.Question + " " + q.Choices[q.Answer]
			for _, w := range words {
				found = found || strings.Contains(text, w)
			}
		}
		if !found {
			errs = append(errs, "no item on "+theme)
		}
	}
	sort.Strings(errs)
	return errs
}

// understandingKinds are the kinds of the ninth pass's items and the later
// understanding kinds: what an envoy said (message.go, thirteenth pass),
// what two leaders committed to (commitment.go, twelfth pass), what a
// leader called something in a speech (speech.go, fourteenth pass).
var understandingKinds = map[string]bool{"purpose": true, "focus": true, "keyevent": true, "reliance": true, "message": true, "commitment": true, "speech": true}

// statedAnswerFlaws: a wrong choice of one item that says what an
// understanding item answers (two of its content words or more): the NATO
// why-item's "To guarantee that the Tajik army was well prepared to conduct
// counter-narcotics operations" beside "What was the military aid ...
// tailored to prepare the Tajik army to conduct?".
func statedAnswerFlaws(_ *extractor, all []Quiz) []string {
	var errs []string
	for _, u := range all {
		if !understandingKinds[u.Kind] {
			continue
		}
		ans := contentWords(u.Choices[u.Answer])
		for _, q := range all {
			if q.ID == u.ID {
				continue
			}
			for i, c := range q.Choices {
				if i == q.Answer {
					continue
				}
				if n := countIn(ans, contentWords(c)); n >= 2 || n == len(ans) && n > 0 {
					errs = append(errs, fmt.Sprintf("%s's option %q states %s's answer", q.ID, c, u.ID))
				}
			}
		}
	}
	return errs
}

// TestQuizNinthReview: today's items have an item on each theme, no
// option states an understanding item's answer, and there are at least 28.
func TestQuizNinthReview(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	all := defaultQuizzer(t).All()
	holdsToday(t, x, all, map[string]func(*extractor, []Quiz) []string{"themes": ninthThemeFlaws, "stated": statedAnswerFlaws})
	n := 0
	for _, q := range all {
		if understandingKinds[q.Kind] {
			n++
		}
	}
	if n < 5 { // the conclusion's focus item and this pass's four
		t.Errorf("%d understanding items, want 5", n)
	}
}

// TestChecksCatchTheNinthReview: the theme check finds the four themes
// missing in main's 28 items (seen failing there). Since the i10keyissue
// pass the key issue's theme, border security in security cooperation,
// is held by the agency item ("Which agency did the USA agree to support
// ...?" Tajik Border Force), as the key-issue item's answer names the
// stem's field and makes none (keyissue.go): main's items had that agency
// item, so only the other three are missing there; without it the fourth
// is too.
func TestChecksCatchTheNinthReview(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	old := loadReviewed28(t, "testdata/quiz-reviewed8b.json")
	got := ninthThemeFlaws(x, old)
	if len(got) != len(ninthThemes)-1 || strings.Contains(strings.Join(got, "\n"), "key issue") {
		t.Errorf("themes: %d found missing in main's items, want %d, the key issue's held: %q", len(got), len(ninthThemes)-1, got)
	}
	var noAgency []Quiz
	for _, q := range old {
		if !strings.Contains(q.Choices[q.Answer], "Border Force") {
			noAgency = append(noAgency, q)
		}
	}
	if got := ninthThemeFlaws(x, noAgency); len(got) != len(ninthThemes) {
		t.Errorf("themes without the agency item: %d found missing, want %d: %q", len(got), len(ninthThemes), got)
	}
}

// TestNotAskedKeepsWhyChoicesApart: without notAsked the NATO why-item
// offers the military aid's purpose, the purpose item's answer (main's
// Q27, seen there); with it, no why-item does.
func TestNotAskedKeepsWhyChoicesApart(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	asked := x.understandingQuizzes(x.reasons())
	attrs := x.attributeQuizzes()
	offers := func(qs []Quiz) []string { return statedAnswerFlaws(x, append(qs, asked...)) }
	if got := offers(x.whyQuizzes(x.oneCausePerFact(x.reasons(), attrs))); len(got) == 0 {
		t.Errorf("without notAsked: no why-item offers an understanding item's answer; the check tests nothing")
	}
	if got := offers(x.whyQuizzes(x.oneCausePerFact(notAsked(x.reasons(), asked), attrs))); len(got) > 0 {
		t.Errorf("with notAsked: %q", got)
	}
}

// TestUnderstandingGenerators: each generator on the paper's own
// sentences, its question, answer and wrong choices.
func TestUnderstandingGenerators(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	tests := []struct {
		name     string
		make     func() []Quiz
		question string
		answer   string
		wrong    []string
	}{
		{"purpose", func() []Quiz { return x.purposeQuizzes(x.focusAreas()) },
			"What was the military aid Tajikistan began receiving from the United States after 9/11 tailored to prepare the Tajik army to conduct?",
			"Counter-narcotics and counterinsurgency operations",
			// operations an army conducts (world.txt's military-operation),
			// those the paper names first: humanitarian aid and stability
			// (¶5), NATO's peacekeeping and emergency management (¶18),
			// de-mining (¶22); not border security, which ¶16 says the aid
			// also went to, nor counter-terrorism, the conclusion's focus.
			// The tenth pass replaced main's "Non-proliferation and regional
			// development" and "Refuelling and humanitarian" (odd for an
			// army; see review10_test.go)
			[]string{"Humanitarian and stability operations", "De-mining and reconnaissance operations", "Peacekeeping and emergency management operations"}},
		// the i10keyissue pass: the paper's "border security as the key
		// issue in security cooperation" makes no item (its answer names
		// the stem's field: see keyissue.go and the check after the
		// table); the same sentence of defence cooperation makes one
		{"key issue", func() []Quiz {
			q := withSentence(t, p, 16, "U.S concentrated on fringe security as the key issue in security collaboration.",
				"U.S concentrated on fringe security as the key issue in defence collaboration.")
			y := newExtractor(q, buildGlossary(q), loadPlain(t))
			return y.keyIssueQuizzes(y.reasons(), y.focusAreas())
		},
			"What did the U.S. concentrate on as the key issue in defence cooperation?", "Border security",
			// the areas the paper's lists name, those beside the answer
			// first: not counter-terrorism (the conclusion's focus) nor
			// counter-narcotics (the military aid's stated purpose), nor
			// "civil emergency planning" beside "emergency management"
			[]string{"Non-proliferation", "Emergency management", "Peacekeeping"}},
		{"key event", x.keyEventQuizzes,
			"What does the paper call the key event in bilateral relations?", "Opening a bridge over the Pyanj River",
			// the US's other dated deeds, none the Rice act item offers
			[]string{"Recognising Tajikistan as an independent nation", "Establishing diplomatic relations with Tajikistan", "Raising human rights issues in annual bilateral consultations with Tajikistan"}},
		{"reliance", x.relianceQuizzes,
			"For what did the Tajik civil war leave Tajikistan highly dependent on Russia?", "Its national and regime security",
			// what America helped with or gave aid for
			[]string{"Its economic and political advancement", "Its military training and education", "Its food and other humanitarian needs"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := tt.make()
			if len(qs) != 1 {
				t.Fatalf("%d items, want 1: %+v", len(qs), qs)
			}
			q := qs[0]
			checkWellFormed(t, q)
			if q.Question != tt.question {
				t.Errorf("question\n got %q\nwant %q", q.Question, tt.question)
			}
			if q.Choices[q.Answer] != tt.answer {
				t.Errorf("answer %q, want %q", q.Choices[q.Answer], tt.answer)
			}
			var wrong []string
			for i, c := range q.Choices {
				if i != q.Answer {
					wrong = append(wrong, c)
				}
			}
			sort.Strings(wrong)
			want := slices.Clone(tt.wrong)
			sort.Strings(want)
			if !slices.Equal(wrong, want) {
				t.Errorf("wrong choices %q, want %q", wrong, want)
			}
		})
	}
	// the paper's own key issue shares the field: no item
	if qs := x.keyIssueQuizzes(x.reasons(), x.focusAreas()); len(qs) != 0 {
		t.Errorf("the paper's key issue made %d items: %+v", len(qs), qs)
	}
}

// TestUnderstandingRules: the generators' rules on their own inputs.
func TestUnderstandingRules(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Established diplomatic relations with Tajikistan", "Establishing diplomatic relations with Tajikistan"},
		{"Raised human rights issues in annual consultations", "Raising human rights issues in annual consultations"},
		{"Agreed on non-lethal supplies", "Agreeing on non-lethal supplies"},
		{"Told Tajikistan of the need", "Telling Tajikistan of the need"},
		{"Recognised Tajikistan as an independent nation", "Recognising Tajikistan as an independent nation"},
		{"Tajikistan", ""},
	} {
		if got := gerundPhrase(tt.in); got != tt.want {
			t.Errorf("gerundPhrase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	got := listedAreas("security and peacekeeping cooperation, particularly counter-terrorism cooperation and border security, emergency management and civil emergency planning")
	want := []string{"security", "peacekeeping", "counter-terrorism", "border security", "emergency management", "civil emergency planning"}
	if !slices.Equal(got, want) {
		t.Errorf("listedAreas = %q, want %q", got, want)
	}
	// a sentence a generator must not take
	for _, s := range []string{
		"U.S concentrated on border security", // no "as the key issue"
		"The key event in bilateral relations was a bridge",
	} {
		if reKeyIssue.MatchString(s) || reKeyEvent.MatchString(s) {
			t.Errorf("%q taken", s)
		}
	}
}

// TestDeedAfterPivotOutlastsOtherFillers: of the deed dates the floor
// keeps, the one the paper dates as a turn after its title's pivot
// (the arms embargo lifted "after 9/11") stays; the ABC's founding year and
// the recognition's year go first (both weak to the blind reader, the
// embargo's month good).
func TestDeedAfterPivotOutlastsOtherFillers(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	old := loadReviewed28(t, "testdata/quiz-reviewed8b.json")
	if !x.afterPivot(old[12].Sentence) { // Q13, the embargo
		t.Errorf("Q13 not after the pivot: %q", old[12].Sentence)
	}
	for _, n := range []int{2, 6} {
		if x.afterPivot(old[n-1].Sentence) {
			t.Errorf("Q%d after the pivot: %q", n, old[n-1].Sentence)
		}
	}
	have := todaysQuestions(t)
	// (fifteenth pass: the sentence is asked for what the US did in
	// January 2002, an act item, in place of the month: the turn's theme
	// stays, by its deed)
	asked := false
	for _, q := range defaultQuizzer(t).All() {
		// (i10act: as a restriction item, which restriction the US lifted)
		asked = asked || q.Sentence == old[12].Sentence && (q.Question == old[12].Question || q.Kind == "act" || q.Kind == "restriction")
	}
	if !asked {
		t.Errorf("embargo's sentence dropped: %q", old[12].Question)
	}
	// (eleventh pass: Q6, the ABC's year, is back: four weak items went (an
	// answer another item tells, a focus and a concern item whose wrong
	// choices the paper gives the side, a person another stem names) and
	// the floor of 28 refills from the fillers; the embargo's month still
	// outlasts it)
	for _, n := range []int{2, 5} {
		if have[old[n-1].Question] {
			t.Errorf("Q%d kept: %q", n, old[n-1].Question)
		}
	}
}
