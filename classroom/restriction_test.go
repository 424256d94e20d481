package classroom

import (
	"strings"
	"testing"
)

// TestLiftedRestriction: a dated deed that lifted a restriction of a
// known kind on a country asks which restriction it was, the time and the
// title's pivot as context; the other deeds give no such item (seen
// failing on main: no restriction item).
func TestLiftedRestriction(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	tests := []struct {
		pred, q, answer string // q "" for no item
	}{
		{"Lifted an eight-year-old arms sales embargo on Tajikistan",
			"Which restriction on Tajikistan did the United States lift in January 2002, after 9/11?", "An arms sales embargo"},
		{"Signed the establishment of Annual Bilateral Consultation with each Central Asian state", "", ""},
		{"Agreed on non-lethal supplies to support military operations of NATO and the International Security Assistance Force in Afghanistan", "", ""},
		{"Expressed concern about civilian deaths", "", ""},
		{"Raised human rights issues in annual bilateral consultations with Tajikistan", "", ""},
	}
	acts := map[string]act{}
	for _, a := range x.acts() {
		acts[a.pred] = a
	}
	for _, tt := range tests {
		a, ok := acts[tt.pred]
		if !ok {
			t.Errorf("no deed %q", tt.pred)
			continue
		}
		q, answer, wrong := x.liftedRestriction(a)
		if q != tt.q || answer != tt.answer {
			t.Errorf("%q: %q / %q, want %q / %q", tt.pred, q, answer, tt.q, tt.answer)
		}
		if q == "" {
			continue
		}
		if len(wrong) < 3 {
			t.Errorf("%q: %d wrong choices", tt.pred, len(wrong))
		}
		para := x.paraWithout(x.plainParagraph(a.para))
		for _, w := range wrong {
			if sharesWordStem(w, answer) || sharesWordStem(w, para) {
				t.Errorf("%q: wrong choice %q shares a word with the answer or its paragraph", tt.pred, w)
			}
			if n := wordCount(w); n < 2 || n > 7 {
				t.Errorf("%q: wrong choice %q of %d words", tt.pred, w, n)
			}
		}
	}
}

// TestRestrictionItem: the quiz asks which restriction the US lifted
// after 9/11, not what it did in January 2002 among its deeds of other
// years (two strict blind reads, blind46 and blind47: "a date-matching
// trap"); seen failing on main.
func TestRestrictionItem(t *testing.T) {
	var found *Quiz
	for _, q := range defaultQuizzer(t).All() {
		if q.Question == "What did the US do in January 2002?" {
			t.Errorf("the date-matching act item is still asked: %q", q.Choices)
		}
		if q.Kind == "restriction" {
			found = &q
		}
	}
	if found == nil {
		t.Fatal("no restriction item")
	}
	if found.Question != "Which restriction on Tajikistan did the United States lift in January 2002, after 9/11?" {
		t.Errorf("stem %q", found.Question)
	}
	if got := found.Choices[found.Answer]; got != "An arms sales embargo" {
		t.Errorf("answer %q", got)
	}
	for i, c := range found.Choices {
		if i != found.Answer && (strings.Contains(c, "civilian") || strings.HasPrefix(c, "Signed ") || strings.HasPrefix(c, "Agreed ")) {
			t.Errorf("wrong choice %q is a deed of another year", c)
		}
	}
}

// TestBilateralStep: a wrong choice of a key event "in bilateral
// relations" is a step between two states, naming the other; the ABC's
// founding "with each Central Asian state" is a regional one, which the
// stem's "bilateral" strikes (seen failing on main: no bilateralStep; with
// the act item gone, the key-event item offered it in place of the
// human-rights consultations and went for giving two year items away).
func TestBilateralStep(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	for _, tt := range []struct {
		deed string
		want bool
	}{
		{"Recognising Tajikistan as an independent nation", true},
		{"Establishing diplomatic relations with Tajikistan", true},
		{"Raising human rights issues in annual bilateral consultations with Tajikistan", true},
		{"Signing the establishment of Annual Bilateral Consultation with each Central Asian state", false},
		{"Expressing concern about civilian deaths", false},
	} {
		if got := x.bilateralStep(tt.deed); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.deed, got, tt.want)
		}
	}
}
