package retrieval

import "testing"

// TestVagueHeadingSentence: a question asking for items ("what are the
// main areas") is shown the sentence naming them ("Key regions included
// security and peacekeeping ..."), not the one announcing "numerous
// different regions"; a sentence naming its items itself ("several
// challenges such as ...") stays.
func TestVagueHeadingSentence(t *testing.T) {
	checkBold(t, []boldCase{
		{"what are the key areas of cooperation between NATO and Tajikistan", "Key regions included"},
		{"what were the main fields of NATO-Tajik cooperation", "Key regions included"},
		{"main fields of NATO-Tajikistan cooperation?", "Key regions included"},
		{"key areas of nato and tajik cooperation", "Key regions included"},
		{"what challenges does Tajikistan face according to the abstract", "several challenges such as"},
	})
}

// TestIsVague: unnamed items, unless the sentence names them.
func TestIsVague(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"NATO and Tajikistan had created pragmatic participation in numerous different regions.", true},
		{"They were creating functional participation in various zones.", true},
		{"Tajikistan faced several challenges such as poor democratic performance and unemployment.", false},
		{"Key regions included security and peacekeeping participation.", false},
	} {
		if got := isVague(c.s); got != c.want {
			t.Errorf("isVague(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
