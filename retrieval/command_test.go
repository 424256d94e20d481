package retrieval

import "testing"

// TestBotCommand: a message written as a bot command ("!help", "?ask",
// "/summary pls") is not a question about the paper; a question that only
// starts or ends with punctuation is.
func TestBotCommand(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"!help", true},
		{"?commands", true},
		{"/summary pls", true},
		{" !support me now", true},
		{"/what did the us do after 9/11 in tajikistan", false}, // a question, however written
		{"?? when did the embassy open", false},
		{"what is the IPP?", false},
		{"!", false},
	} {
		if got := botCommand(c.q, scan(c.q, nil)); got != c.want {
			t.Errorf("botCommand(%q) = %v, want %v", c.q, got, c.want)
		}
	}
	// Declined by the rule, answered with it off (the failure seen
	// before the rule).
	ix := loadIndex(t)
	for _, q := range []string{"!info", "/commands"} {
		ix.skipRules = 0
		if r := ix.Search(q, 1); r.Answered {
			t.Errorf("%q answered (%.2f)", q, r.Confidence)
		}
		ix.skipRules = ruleCommand
		if r := ix.Search(q, 1); !r.Answered {
			t.Errorf("%q: declined with the rule off too (%.2f): the rule is not what declines it", q, r.Confidence)
		}
	}
	ix.skipRules = 0
}
