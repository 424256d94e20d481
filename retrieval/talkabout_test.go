package retrieval

import (
	"strings"
	"testing"
)

// TestWhatAboutSentence: "what did X and Y talk about" is shown the
// sentence holding the verb asked about ("Discussions focused on ..."),
// after the one that names the meeting.
func TestWhatAboutSentence(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		q, want string
	}{
		{"what did rahmon and bush talk about", "Discussions focused on"},
		{"What did Rahmon and the American officials talk about in Washington?", "Discussions focused on"},
		{"what did the presidents talk abt in december 2002", "Discussions focused on"},
	} {
		r := ix.Search(c.q, 1)
		if len(r.Hits) == 0 {
			t.Errorf("%q: no hits", c.q)
			continue
		}
		if got := r.Hits[0].SentenceText(); !strings.Contains(got, c.want) {
			t.Errorf("%q: sentence %q, want the one with %q", c.q, got, c.want)
		}
	}
}
