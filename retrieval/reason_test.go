package retrieval

import (
	"strings"
	"testing"
)

// TestWhyShowsTheReason: a "why" question whose best-matching sentence
// gives no reason is answered by the continuation that does ("This was
// carried out as a prize for ..."); one whose sentence gives it keeps it.
func TestWhyShowsTheReason(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		q, sentence string
		para        int
	}{
		{"why was tajikistan given army gear by america in 2002", "This was carried out as a prize for its backing", 19},
		{"why did the color revolutions make the tajik elite anxious", "had become anxious about the lasting American objectives", 8},
	} {
		r := ix.Search(c.q, 1)
		if len(r.Hits) == 0 || r.Hits[0].Paragraph.N != c.para || !strings.Contains(r.Hits[0].SentenceText(), c.sentence) {
			got := ""
			if len(r.Hits) > 0 {
				got = r.Hits[0].SentenceText()
			}
			t.Errorf("%q: got %q, want ¶%d %q", c.q, got, c.para, c.sentence)
		}
	}
}
