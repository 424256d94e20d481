package classroom

import (
	"slices"
	"strings"
	"testing"
)

// TestTurnedFirsts: the firsts the paper gives another Central Asian
// republic, and Tajikistan's last turned round, as wrong causes of the
// why-item comparing Tajikistan with Kazakhstan and Kyrgyzstan; a first
// whose sentence another item is built on is left out (the last blind
// read's Q28: four borders, three struck by the map).
func TestTurnedFirsts(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	const stem = "Why was Tajikistan's practical importance to the U.S. military, which acquired landing and overflight rights there, more significant than that of Kazakhstan and Kyrgyzstan?"
	// the late-joiner item of ¶17 ("How did Tajikistan compare with the
	// other Central Asian republics in joining NATO's program?") is built
	// on its two sentences, and its key strikes "first to join"
	var late Quiz
	for _, q := range defaultQuizzer(t).All() {
		if strings.HasPrefix(q.Question, "How did Tajikistan compare with the other Central Asian republics") {
			late = q
		}
	}
	if late.Question == "" {
		t.Fatal("no late-joiner item")
	}
	tests := []struct {
		name, stem string
		prior      []Quiz
		want       []string
	}{
		{"no item built on the sentences", stem, nil, []string{
			"Because it was the first to offer its support for the Afghan campaign", // "Uzbekistan was the first Central Asian republic to offer ... and opened its military bases": the "and opened" conjunct is not ranked
			"Because it was the first to join NATO's PFP",                           // "All the Central Asian republics except Tajikistan joined NATO's PFP by mid-1994"
		}},
		{"the late-joiner item built on ¶17", stem, []Quiz{late}, []string{
			"Because it was the first to offer its support for the Afghan campaign",
		}},
		{"an answer of another item named", stem, []Quiz{{Choices: [4]string{"PFP"}}}, []string{
			"Because it was the first to offer its support for the Afghan campaign",
		}},
		{"no comparison", "Why did the U.S. military acquire landing and overflight rights in Tajikistan?", nil, nil},
		{"compared with a country of no shared region", "Why was Tajikistan's practical importance to the U.S. military more significant than that of Russia?", nil, nil},
		{"the first is the subject's own", "Why was Uzbekistan's practical importance to the U.S. military more significant than that of Kazakhstan?", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.turnedFirsts(Quiz{Question: tt.stem}, tt.prior); !slices.Equal(got, tt.want) {
				t.Errorf("turnedFirsts(%q) = %q, want %q", tt.stem, got, tt.want)
			}
		})
	}
}

// TestWhyBordersNotAllMap: the why-item on Tajikistan's importance offers
// at least one wrong cause that is no border (the map alone strikes a
// border Tajikistan lacks), all of the army's kind, none the paper says
// of Tajikistan; three that are no border are not all of one form.
func TestWhyBordersNotAllMap(t *testing.T) {
	for _, q := range defaultQuizzer(t).All() {
		// the compared states named by their region (i10map: the names were
		// a map cue for the border they lack; unnameLacking)
		if !strings.Contains(q.Question, "more significant than that of two other Central Asian countries") {
			continue
		}
		if q.Choices[q.Answer] != "Because it borders Afghanistan" {
			t.Errorf("answer %q", q.Choices[q.Answer])
		}
		notBorder := 0
		form := map[string]bool{} // the wrong causes' forms: "Because it <first two words>"
		for i, c := range q.Choices {
			if i != q.Answer && !strings.HasPrefix(c, "Because it borders ") {
				notBorder++
			}
			if f := strings.Fields(c); i != q.Answer && len(f) >= 4 {
				form[strings.Join(f[2:4], " ")] = true
			}
		}
		// no border the map strikes (mapStruck: i10guess), so all three may
		// be no border, but then not all of one form ("Because it was the
		// first to ..." three times beside the one border)
		if notBorder == 0 || notBorder == 3 && len(form) < 2 {
			t.Errorf("%d of the wrong causes are no border, in %d forms: %q", notBorder, len(form), q.Choices)
		}
		if offKindWhy(q) {
			t.Errorf("wrong causes of another kind: %q", q.Choices)
		}
		return
	}
	t.Error("no why-item on Tajikistan's importance")
}

// TestFirstMayBeTrue: a first is a cause the paper may state for a
// subject only where a sentence makes that subject the first (mayBeTrue's
// paragraph test flagged ¶15's Uzbek first for Tajikistan, as ¶15 names
// Kazakhstan, a first and a campaign).
func TestFirstMayBeTrue(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	const tajik = "Why was Tajikistan's practical importance to the U.S. military, which acquired landing and overflight rights there, more significant than that of Kazakhstan and Kyrgyzstan?"
	for _, tt := range []struct {
		question, cause string
		want            bool
	}{
		{tajik, "Because it was the first to offer its support for the Afghan campaign", false},
		{tajik, "Because it was the first to join NATO's PFP", false},
		{"Why was Uzbekistan's practical importance to the U.S. military more significant than that of Kazakhstan?", "Because it was the first to offer its support for the Afghan campaign", true},
		// "It was the second state who opened its Embassy in Dushanbe": no first
		{"Why did the US open its embassy in Dushanbe?", "Because it was the first to open its Embassy in Dushanbe", false},
		// "The US was one of the first nations to recognize Tajikistan"
		{"Why did the US establish diplomatic relations with Tajikistan?", "Because it was the first to recognize Tajikistan as an independent nation", true},
	} {
		if got := x.mayBeTrue(reason{question: tt.question}, tt.cause); got != tt.want {
			t.Errorf("mayBeTrue(%q, %q) = %v, want %v", tt.question, tt.cause, got, tt.want)
		}
	}
}
