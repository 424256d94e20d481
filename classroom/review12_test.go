package classroom

import (
	"strings"
	"testing"
)

// TestTwelfthPassItems: the twelfth pass's understanding item is in
// today's quiz and pushes a recall filler out. The commitment item (what
// Rahmon and Bush expressed a willingness for) offers the January 2009
// non-lethal supplies as a wrong deal, which states the fact the date
// item on that agreement asks: that recall item goes (dropGiveaways), and
// the floor of 28 takes back no other. Seen failing before commitment.go:
// no such item, and the date item kept.
func TestTwelfthPassItems(t *testing.T) {
	all := defaultQuizzer(t).All()
	if len(all) < 28 {
		t.Fatalf("%d items, want at least 28", len(all))
	}
	var commitment *Quiz
	for i, q := range all {
		if q.Kind == "commitment" {
			commitment = &all[i]
		}
		// the pushed-out filler
		if strings.HasPrefix(q.Question, "When did the U.S. and Tajikistan agree on non-lethal supplies") {
			t.Errorf("January 2009 filler kept: %q", q.Question)
		}
	}
	if commitment == nil {
		t.Fatal("no commitment item")
	}
	if got := commitment.Choices[commitment.Answer]; got != "A long-term strategic partnership" {
		t.Errorf("commitment answer %q", got)
	}
	if strings.Contains(commitment.Question, "2002") {
		t.Errorf("commitment stem dated: %q", commitment.Question)
	}
}
