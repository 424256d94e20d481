package retrieval

import "testing"

// TestAmountMiss: "what is X's population" is declined when the top
// hit's sentences write no quantity; a quantity the paper gives stays
// answered. Each declined case is answered with its rule off.
func TestAmountMiss(t *testing.T) {
	ix := loadIndex(t)
	checkRuleCases(t, ix, []ruleCase{
		{"what was tajikistan's population in 2005", ruleAmount},
		{"whats kyrgyzstans population", ruleAmount},
		// A rank the paper gives in words.
		{"what was tajikistan's rank among central asian states in poverty", 0},
		{"what is the us budget for aid to tajikistan", 0},
	})
}

// TestOwnedAmountAsked: a quantity of a thing named before it.
func TestOwnedAmountAsked(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"what is tajikistan's population", true},
		{"whats tajikistans gdp", true},
		{"what was the us aid budget", true},
		{"what is the population of tajikistan", false},
		{"what causes inflation", false},
		{"what percent of the aid went to security", false},
	} {
		if got := ownedAmountAsked(scan(c.q, nil)); got != c.want {
			t.Errorf("%q: %v, want %v", c.q, got, c.want)
		}
	}
}

// TestHoldsAmount: years, dates like 9/11 and pages are no quantity.
func TestHoldsAmount(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"America budgeted aid to Tajikistan was $988.57 million from 1992 to 2010.", true},
		{"it had also 65 percent of Central Asia's water resources", true},
		{"troops numbering 300 stayed", true},
		{"The March 2005 Tulip Revolution alerted the leadership (Blank, 2005, p.17).", false},
		{"After 9/11 it condemned the attacks (USCIRF, 2013, pp. 10-11).", false},
		{"the civil war (1992-97) ended", false},
		{"Clinton went on 22 October, 2011 (The Express Tribune 2011, October 22).", false},
		{"troops numbering 300 arrived on 7 October 2001", true},
	} {
		if got := holdsAmount(c.text); got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestNameAmountMiss: a quantity asked of a named party is declined when
// the answer's sentences lack the name; a quantity the paper gives of
// the parties named stays answered. Each declined case is answered with
// its rule off.
func TestNameAmountMiss(t *testing.T) {
	ix := loadIndex(t)
	checkRuleCases(t, ix, []ruleCase{
		// The paper gives the US's trade with Tajikistan, not Russia's.
		{"how much did tajikistan sell to russia", ruleNameAmount},
		// Nor what the war in Afghanistan cost.
		{"how much did america spend fighting in afghanistan", ruleNameAmount},
		{"how much aid did the us give tajikistan", 0},
		{"how much did the us export to tajikistan", 0},
	})
}
