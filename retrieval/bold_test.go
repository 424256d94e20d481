package retrieval

import (
	"strings"
	"testing"
)

// boldCase is a question and a phrase of the sentence its first hit must
// bold.
type boldCase struct{ q, want string }

// checkBold runs the sentence rules' tables: each question's first hit
// bolds the sentence holding want.
func checkBold(t *testing.T, cases []boldCase) {
	t.Helper()
	ix := loadIndex(t)
	for _, c := range cases {
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
