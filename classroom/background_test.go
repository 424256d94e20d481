package classroom

import "testing"

// TestPartyDroppedByFloor: the party item (a name from before the
// paper's period, backgroundName) leaves the quiz at the floor, the SCO
// and agency items (names of the period) staying (the i10alliance pass's
// rule and checks, brought over by the i10wto pass; seen failing with the
// rule off: the party item kept).
func TestPartyDroppedByFloor(t *testing.T) {
	all := defaultQuizzer(t).All()
	if len(all) < quizFloor {
		t.Fatalf("%d items", len(all))
	}
	const partyQ = "Which party led the opposition in the civil war?"
	orgs := 0
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	for _, it := range all {
		if it.Question == partyQ {
			t.Errorf("the party item is still in the quiz")
		}
		if it.Kind == "organisation" {
			orgs++
			if x.backgroundName(it) {
				t.Errorf("%q taken for background", it.Question)
			}
		}
	}
	if orgs < 2 {
		t.Errorf("%d organisation items, want the SCO and agency items", orgs)
	}
	var party Quiz
	for _, it := range x.items() {
		if it.Question == partyQ {
			party = it.Quiz
		}
	}
	if !x.backgroundName(party) {
		t.Errorf("the party item is not taken for background: %+v", party)
	}
}
