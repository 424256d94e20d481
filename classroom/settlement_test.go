package classroom

import (
	"slices"
	"strings"
	"testing"
)

// TestSettlementSentences: the settlement rule on the paper's sentences
// (in plain English, as bodySentences gives them) and near misses.
func TestSettlementSentences(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	const war = "Tajikistan was the only state in Central Asia to endure a brutal civil war, from 1992 to 1997"
	wrong := []string{"Through a military victory", "Through a territorial partition", "Through a foreign intervention"}
	for _, c := range []struct {
		s, before string
		q, answer string
		wrong     []string
	}{
		// ¶4: "It" and "such violence" from the sentence before
		{"It was also the only state in Central Asia to resolve such violence through negotiated compromise that incorporated a quota system for the opposition in government", war,
			"How did Tajikistan resolve its civil war?", "Through a negotiated compromise", wrong},
		// a side named, its war named, another spelling of the same way
		{"Tajikistan resolved its civil war through a peace agreement signed in Moscow", "",
			"How did Tajikistan resolve its civil war?", "Through a peace agreement", wrong},
		// an ending the list does not know: the answer is never the list's
		{"It was also the only state in Central Asia to resolve such violence through dialogue", war, "", "", nil},
		// "such violence" with no war before it
		{"It was also the only state in Central Asia to resolve such violence through negotiated compromise", "Tajikistan faced several problems", "", "", nil},
		// no side: the subject names no country
		{"The opposition resolved its conflict through negotiated compromise", "", "", "", nil},
		// other "through" sentences of the paper: channels, not endings
		{"From the conclusion in 1997 of the Tajik civil war, the US had sought to expand its relations with Tajikistan through political and cultural accords and small-scale economic agreements", "", "", "", nil},
		{"It engaged with Tajikistan through Annual Bilateral Consultation and was focusing on border security, drug smuggling, economy, science and technology, democratization and human rights", "", "", "", nil},
		{"They were creating practical cooperation in various areas through the nation's Individual Partnership Program, which was mutually agreed for a two-year period", "", "", "", nil},
	} {
		q, answer, got := x.settlement(c.s, c.before)
		if q != c.q || answer != c.answer || !slices.Equal(got, c.wrong) {
			t.Errorf("settlement(%q)\n = %q, %q, %q\nwant %q, %q, %q", c.s, q, answer, got, c.q, c.answer, c.wrong)
		}
	}
}

// TestOtherEndingsNotNamed: a way of ending a war the paper names is no
// wrong choice (a paper that says "peace settlement" names the answer's
// own way, which is therefore never offered as another).
func TestOtherEndingsNotNamed(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	if got := x.otherEndings("negotiated compromise"); slices.Contains(got, "negotiated compromise") || len(got) < 3 {
		t.Errorf("otherEndings = %q", got)
	}
	for _, m := range x.world.members["war-ending"] {
		if x.namedInBody(m) && m != "negotiated compromise" {
			t.Errorf("%q is named in the paper: no wrong choice", m)
		}
	}
}

// TestSettlementItem: the paper's settlement item is in the quiz, as the
// rule makes it, and its wrong choices share no word with the answer.
func TestSettlementItem(t *testing.T) {
	var found *Quiz
	for _, q := range defaultQuizzer(t).All() {
		if q.Kind == "settlement" {
			found = &q
		}
	}
	if found == nil {
		t.Fatal("no settlement item in the quiz")
	}
	if found.Question != "How did Tajikistan resolve its civil war?" || found.Choices[found.Answer] != "Through a negotiated compromise" {
		t.Errorf("settlement item: %q %q", found.Question, found.Choices)
	}
	for i, c := range found.Choices {
		if i != found.Answer && (sharesWord(strings.TrimPrefix(c, "Through "), "negotiated compromise") || !strings.HasPrefix(c, "Through a")) {
			t.Errorf("wrong choice %q", c)
		}
	}
}

// TestSettlementPassFillers: the settlement item takes the floor's place
// of the Rasht valley (a place, the first bare recall filler to go); the
// water's share, the second review's theme, and the embargo's act item
// stay, and the quiz keeps 28 items.
func TestSettlementPassFillers(t *testing.T) {
	if n := len(defaultQuizzer(t).All()); n < quizFloor {
		t.Errorf("%d items, want at least %d", n, quizFloor)
	}
	checkKept(t, []keptCase{
		{"How did Tajikistan resolve its civil war?", true},
		{"In which valley did U.S. Special Forces give strategic support to Tajik government troops in repelling an attempted Islamist militant operation?", false},
		// the i10rights pass: the reaction item (rights.go) pushes the water's
		// share out, bare recall every strict blind reader judged WEAK
		// (TestReactionInQuiz)
		{"Complete: Tajikistan had ____ of Central Asia's water resources.", false},
		{"Which restriction on Tajikistan did the United States lift in January 2002, after 9/11?", true}, // i10act: the embargo's item asks which restriction (restriction.go)
	})
}
