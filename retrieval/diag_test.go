package retrieval

import (
	"os"
	"testing"
)

func TestDiag(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	ix := loadIndex(t)
	gs := goldQuestions(t, ix, readQuestions(t, os.Getenv("DIAG")))
	s := ix.getScratch()
	vocab, weight := 0, 0
	for _, g := range gs {
		ix.rank(g.q, s)
		if s.cands[0].doc == g.doc {
			continue
		}
		var gold *cand
		for i := range s.cands {
			if s.cands[i].doc == g.doc {
				gold = &s.cands[i]
			}
		}
		top := &s.cands[0]
		if gold == nil {
			t.Logf("NOT-CAND ¶%d: %s", g.doc+1, g.q)
			vocab++
			continue
		}
		kind := "weight"
		if gold.feat[fCov] < top.feat[fCov]-1e-9 {
			kind = "vocab"
			vocab++
		} else {
			weight++
		}
		t.Logf("%-6s gold ¶%d cov %.2f sent %.2f cnt %.2f | top ¶%d cov %.2f sent %.2f cnt %.2f: %s", kind, g.doc+1, gold.feat[fCov], gold.feat[fSentCov], gold.feat[fCount], top.doc+1, top.feat[fCov], top.feat[fSentCov], top.feat[fCount], g.q)
	}
	t.Logf("vocab %d weight %d", vocab, weight)
}
