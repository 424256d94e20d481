package retrieval

import "testing"

// TestRoleFrame: "what role did X play in Y" asks what X did in Y. "Role"
// and "play" frame the question, weighed like a hedge; at full weight the
// one paragraph saying "the discriminating part Tajikistan had played"
// (¶16, Clinton's thanks) outranked the Northern Distribution Network's
// (¶20) for every question about Tajikistan's role in it.
func TestRoleFrame(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		q, word string
		framed  bool
	}{
		{"what part did Tajikistan play in the Northern Distribution Network", "play", true},
		{"what part did Tajikistan play in the Northern Distribution Network", "part", true},
		{"which roles have US special forces played in Tajikistan", "role", true},
		{"what was the role of the Tajik Border Force", "role", false},
		{"did the US play any part in the peace talks", "part", true},
	} {
		checkAdverb(t, ix, c.q, c.word, c.framed)
	}
	for _, c := range []struct {
		q    string
		want int // answering paragraph
	}{
		{"what part did Tajikistan play in the Northern Distribution Network", 20},
	} {
		if got := ix.Search(c.q, 1).Hits[0].Paragraph.N; got != c.want {
			t.Errorf("%q: ¶%d, want ¶%d", c.q, got, c.want)
		}
	}
}
