package classroom

import (
	"strings"
	"testing"
)

// TestReactionItem: the i10rights rule on ¶21's real sentence and on
// made-up near misses of it (seen failing before rights.go: no item was
// made). The real sentence asks how the U.S. responded in Badakshan, with
// the Rasht valley deed, its place cut, as the contrasted wrong choice;
// a sentence naming no place the list knows, a concern with no call on
// the government, or no "another incident" contrast make no item or no
// contrast.
func TestReactionItem(t *testing.T) {
	const real = "when Tajik troops were sent to the nation's southern Badakshan locale"
	tests := []struct {
		name, old, new string
		q, answer      string // "" : no item
		contrast       string
	}{
		{"the paper's sentence", "", "",
			"How did the U.S. respond when Tajik troops were sent to the Badakshan region in July 2012?",
			"It expressed concern about civilian deaths",
			"It gave strategic support to Tajik government troops"},
		{"no place the list knows", real, "when Tajik troops were sent to the nation's southern Zarbon locale", "", "", ""},
		{"a concern with no call", "and approached the administration to appreciation human rights", "without approaching the administration", "", "", ""},
		{"no contrast", "in an alternate episode, on the other hand, when", "when",
			"How did the U.S. respond when Tajik troops were sent to the Badakshan region in July 2012?",
			"It expressed concern about civilian deaths", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := loadPaper(t)
			if tt.old != "" {
				p = withSentence(t, p, 21, tt.old, tt.new)
			}
			x := newExtractor(p, buildGlossary(p), loadPlain(t))
			all := x.acts()
			var q, answer, contrast string
			for _, a := range all {
				if a.para.N == 21 {
					if q2, a2, c2, _ := x.reaction(a, all); q2 != "" {
						q, answer, contrast = q2, a2, c2
					}
				}
			}
			if q != tt.q || answer != tt.answer || contrast != tt.contrast {
				t.Errorf("got\n  %q\n  %q\n  %q\nwant\n  %q\n  %q\n  %q", q, answer, contrast, tt.q, tt.answer, tt.contrast)
			}
		})
	}
}

// TestReactionQuizzes: on the paper the rule makes one item, its wrong
// choices the contrasted deed and two of world.txt's state responses,
// none sharing a word stem with the answer or the paragraph, all of the
// answer's form ("It <deed>", one deed) and length band. In the quiz it
// keeps the Rice message item (its answer, the concern alone, states none
// of that item's wrong choices) and pushes the water's share out.
func TestReactionQuizzes(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	qs := x.reactionQuizzesOf(&priorItems{})
	if len(qs) != 1 {
		t.Fatalf("%d reaction items, want 1: %v", len(qs), qs)
	}
	q := qs[0]
	checkWellFormed(t, q)
	if f := lengthBandFlaws([]Quiz{q}); len(f) > 0 {
		t.Errorf("length band: %v", f)
	}
	contrast := 0
	for i, c := range q.Choices {
		if strings.Contains(c, " and ") {
			t.Errorf("choice %q holds two deeds", c)
		}
		if !strings.HasPrefix(c, "It ") {
			t.Errorf("choice %q is not of the answer's form", c)
		}
		if i != q.Answer && strings.Contains(c, "strategic support") {
			contrast++
		}
	}
	if contrast != 1 {
		t.Errorf("the contrasted deed is %d wrong choices, want 1: %q", contrast, q.Choices)
	}
}

// TestReactionInQuiz: the reaction item is in the quiz beside the Rice
// message item, and the water's share is the floor item it pushes out.
func TestReactionInQuiz(t *testing.T) {
	var reaction, rice, water bool
	for _, q := range defaultQuizzer(t).All() {
		reaction = reaction || q.Kind == reactionKind
		rice = rice || strings.Contains(q.Question, "Condoleezza Rice")
		water = water || strings.Contains(q.Question, "water resources")
	}
	if !reaction || !rice || water {
		t.Errorf("reaction %v, Rice %v, water %v; want true, true, false", reaction, rice, water)
	}
}
