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

// TestStartMiss: "when was X founded / did X become president" is
// declined when the top hit's sentence writes no start; the starts the
// paper writes, and the starts it dates otherwise ("open", "start"),
// stay answered. Each declined case is answered with its rule off.
func TestStartMiss(t *testing.T) {
	ix := loadIndex(t)
	checkRuleCases(t, ix, []ruleCase{
		// The paper never dates Rahmon taking office.
		{"in what year did rakhmonov become the tajik president", ruleStart},
		{"when did emomali rahmon come to power in tajikistan", ruleStart},
		// Nor the SCO's founding, nor an invasion of Afghanistan.
		{"when was the sco created", ruleStart},
		{"when did the soviets invade afghanistan", ruleStart},
		// It dates these.
		{"when did the americans open their embassy in dushanbe", 0},
		{"when did the isaf supplies start to cross tajikistan", 0},
		{"when did tajikistan become an independent state", 0},
		// A founding the paper writes as an opening or an establishment.
		{"when was the us embassy in dushanbe founded", 0},
		{"when was the abc formed", 0},
		{"when was the annual bilateral consultation created", 0},
	})
}

// TestStartAsked: a start asked after "when" or "what year"; not a start
// the paper dates by other verbs, nor "become" without an office.
func TestStartAsked(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"when was the organisation founded", true},
		{"what year did he become president", true},
		{"when exactly did he take office", true},
		{"when was the last presidential election", true},
		{"when did tajikistan become independent", false},
		{"when did the us open its embassy", false},
		{"who founded the sco", false},
		{"when did the form of aid change", false},
	} {
		if got := startAsked(scan(c.q, nil)) != nil; got != c.want {
			t.Errorf("%q: %v, want %v", c.q, got, c.want)
		}
	}
}
