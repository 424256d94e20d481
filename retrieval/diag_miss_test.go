package retrieval

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestDiagMiss lists, over the held-out folds, the R@3 misses: questions
// whose answering paragraph is not in the top three at all. For each: its
// rank among the BM25 candidates (past maxCandidates, the cut is the
// cause) and among the re-ranked ones, the top paragraph's sentence and
// the gold one, and each question concept with whether the gold and the
// top paragraph hold it (L literally, S through a thesaurus, - neither).
// DIAG_MISS=1,2,3 limits the folds to those authors held out.
// DIAG_MISS=1,2,3 go test ./retrieval -run TestDiagMiss -v
func TestDiagMiss(t *testing.T) {
	env := os.Getenv("DIAG_MISS")
	if env == "" {
		t.Skip("set DIAG_MISS=1,2,3 (the authors whose folds to list)")
	}
	want := map[int]bool{}
	for _, f := range strings.Split(env, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			t.Fatalf("DIAG_MISS: %v", err)
		}
		want[n-1] = true
	}
	ix := loadIndex(t)
	sets := authorSets(t, ix)
	cut, total := 0, 0
	for h := range sets {
		if !want[h] {
			continue
		}
		fitWithout(ix, sets, h)
		s := ix.getScratch()
		for _, g := range sets[h].real {
			if !ix.rank(g.q, s) {
				t.Logf("[%d] %s | NO MATCH", h+1, g.q)
				total++
				continue
			}
			ci := -1
			for i := range s.cands {
				if s.cands[i].doc == g.doc {
					ci = i
				}
			}
			if ci >= 0 && ci < 3 {
				continue
			}
			total++
			pi := -1
			slices.SortFunc(s.pre, comparePre) // rank keeps only its best in order
			for i := range s.pre {
				if int(s.pre[i].doc) == g.doc {
					pi = i
				}
			}
			if ci < 0 {
				cut++
			}
			ps := ix.paper.Paragraphs
			top := s.cands[0]
			t.Logf("[%d] %s | gold ¶%d (%s) bm25 rank %d of %d, reranked %d; top ¶%d (%s)", h+1, g.q, g.doc+1, ps[g.doc].Section, pi+1, len(s.pre), ci+1, top.doc+1, ps[top.doc].Section)
			var b strings.Builder
			for _, c := range s.q.concepts {
				fmt.Fprintf(&b, " %s[%s|%s idf %.1f]", c.term, holds(ix, &c, g.doc), holds(ix, &c, top.doc), c.idf)
			}
			t.Logf("    concepts (gold|top):%s", b.String())
			t.Logf("    top  %s", fmtPara(top.feat[:], ix.model.Para[:]))
			if ci >= 0 {
				t.Logf("    gold %s", fmtPara(s.cands[ci].feat[:], ix.model.Para[:]))
			}
			t.Logf("    top  %s", clip(ps[top.doc].Sentences[top.sent].Text))
			t.Logf("    gold %s", clip(ps[g.doc].Sentences[g.sent].Text))
			if g.sent > 0 {
				t.Logf("    prev %s", clip(ps[g.doc].Sentences[g.sent-1].Text))
			}
		}
	}
	t.Logf("%d R@3 misses, %d of them not among the %d re-ranked candidates", total, cut, maxCandidates)
}

func holds(ix *Index, c *concept, doc int) string {
	in := func(id int32) bool {
		for _, p := range ix.post[id] {
			if int(p.doc) == doc {
				return true
			}
		}
		return false
	}
	if c.lit >= 0 && in(c.lit) {
		return "L"
	}
	for _, e := range c.exp {
		if in(e) {
			return "S"
		}
	}
	return "-"
}
