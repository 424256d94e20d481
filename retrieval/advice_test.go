package retrieval

import "testing"

// TestAdviceMiss: a question asking advice, or which company did
// something, is declined when the top hit's sentences write no advice or
// name no company. Each declined case is answered with its rule off (the
// failure seen before the rule).
func TestAdviceMiss(t *testing.T) {
	ix := loadIndex(t)
	checkRuleCases(t, ix, []ruleCase{
		// The paper, a history, gives no advice.
		{"what should the united states do to improve ties with tajikistan", ruleAdvice},
		{"what does the writer believe america should do next in the region", ruleAdvice},
		{"should the us keep giving military aid to tajikistan", ruleAdvice},
		// It names no American company investing.
		{"which us firms put money into tajikistan", ruleCompany},
		{"what american companies opened ventures in tajikistan", ruleCompany},
		// A reason asked with "should" is no advice asked.
		{"why should the us care about tajikistan", 0},
		{"according to the paper why should washington work with dushanbe", 0},
		// Real questions on the same paragraphs stay answered.
		{"how many joint american-tajik ventures were working in tajikistan", 0},
		{"what did the us tell tajikistan about religious freedom in 2011", 0},
	})
}

// TestAdviceAsked: "should", "ought" and "recommend" ask advice; "should
// I" is the asker's, and a question without them asks none.
func TestAdviceAsked(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"what should the us do next", true},
		{"what ought russia to do", true},
		{"does the author recommend anything", true},
		{"what should i write in my essay", false},
		{"why should america care about central asia", false},
		{"what did the us do after 9/11", false},
	} {
		if got := adviceAsked(scan(c.q, nil)); got != c.want {
			t.Errorf("%q: %v, want %v", c.q, got, c.want)
		}
	}
}

// TestCompanyAsked: "which (American) company" asks a company's name;
// "how many companies" and "what did the company do" do not.
func TestCompanyAsked(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"which american company invested", true},
		{"what firms built the bridge", true},
		{"which big us corporations came", true},
		{"how many companies were working in tajikistan", false},
		{"what did the company do in tajikistan", false},
	} {
		if got := companyAsked(scan(c.q, nil)); got != c.want {
			t.Errorf("%q: %v, want %v", c.q, got, c.want)
		}
	}
}

// TestChatOnly: a message of thanks or greeting only is chat; a question
// with one word of its own is not.
func TestChatOnly(t *testing.T) {
	ix := loadIndex(t)
	checkRuleCases(t, ix, []ruleCase{
		{"cool thx", ruleChat},
		{"what was the abc meant to improve", 0},
	})
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"thank you so much, that helped", true},
		{"ok cool", true},
		{"good night everyone", true},
		{"thanks, what did the us give tajikistan", false},
		{"is this bot working", false},
		{"", false},
	} {
		if got := chatOnly(scan(c.q, nil)); got != c.want {
			t.Errorf("%q: %v, want %v", c.q, got, c.want)
		}
	}
}
