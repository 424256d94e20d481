package retrieval

import "testing"

// TestEndingMiss: "when did X leave / pull out / close" is declined when
// the top hit's sentence writes no ending; the endings the paper writes
// stay answered. Each declined case is answered with its rule off (the
// failure seen before the rule).
func TestEndingMiss(t *testing.T) {
	ix := loadIndex(t)
	checkRuleCases(t, ix, []ruleCase{
		// The paper never tells the US leaving Afghanistan.
		{"when did american forces pull out of afghanistan for good", ruleEnding},
		{"when did the americans withdraw from afghanistan", ruleEnding},
		// Nor the Soros Foundation's office closing.
		{"when did the soros foundation shut down its tajik office", ruleEnding},
		{"when did the soros foundation quit tajikistan", ruleEnding},
		// The paper tells the civil war's end and the SCO's call to leave.
		{"when did the civil war in tajikistan end", 0},
		{"when did the sco ask american troops to leave central asia", 0},
	})
}

// TestEndingAsked: "when did X leave" asks the date of an ending; "when
// did X begin" and an ending outside a "when" question do not.
func TestEndingAsked(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"when did the us pull out", true},
		{"when was the base closed", true},
		{"exactly when did russian troops leave", true},
		{"when did the war begin", false},
		{"why did the us leave", false},
		{"when did the close partnership start", false},
	} {
		if got := endingAsked(scan(c.q, nil)); got != c.want {
			t.Errorf("%q: %v, want %v", c.q, got, c.want)
		}
	}
}
