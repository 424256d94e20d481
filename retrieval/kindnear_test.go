package retrieval

import "testing"

// TestKindNear: for "how much", "when", "who", a term of the kind asked
// beside a word of the question ("Economic Growth ($91.98 million)")
// counts 1; one farther off less; a paragraph whose answering sentence
// holds none, 0.
func TestKindNear(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		q        string
		para     int
		min, max float64
	}{
		// ¶12: "The U.S. gave aid for Economic Growth ($91.98 million), ..."
		{"how much money was given for economic growth", 12, 1, 1},
		// ¶19: "In early December 2002, Rakhmonov went on his first official visit"
		{"when did rakhmonov go on his first official visit", 19, 0.5, 1},
		// ¶23's sentences hold no sum beside "economically".
		{"how much money was given for economic growth", 23, 0, 0},
	} {
		s := ix.getScratch()
		if !ix.rank(c.q, s) {
			t.Fatalf("%q: no match", c.q)
		}
		found := false
		for _, cd := range s.cands {
			if cd.doc+1 == c.para {
				found = true
				if got := cd.feat[fKindNear]; got < c.min || got > c.max {
					t.Errorf("%q ¶%d: KindNear %.2f, want %.2f-%.2f", c.q, c.para, got, c.min, c.max)
				}
			}
		}
		if !found {
			t.Errorf("%q: ¶%d not a candidate", c.q, c.para)
		}
		scratchPool.Put(s)
	}
}
