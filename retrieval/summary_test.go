package retrieval

import "testing"

// TestSummaryFeature: the abstract's and the conclusion's paragraphs, which
// retell the body, are marked for the paragraph model (Summary), and no
// other paragraph is.
func TestSummaryFeature(t *testing.T) {
	ix := loadIndex(t)
	s := ix.getScratch()
	defer scratchPool.Put(s)
	// A question most paragraphs meet: Tajikistan and the US.
	if !ix.rank("US relations with Tajikistan", s) {
		t.Fatal("no candidates")
	}
	seen := map[int]bool{}
	for _, c := range s.cands {
		seen[c.doc] = true
		want := c.doc == 0 || c.doc == len(ix.paras)-1 // ¶1 Abstract, ¶23 Conclusion
		if got := c.feat[fSummary] == 1; got != want {
			t.Errorf("¶%d (%s): Summary %v, want %v", c.doc+1, ix.paper.Paragraphs[c.doc].Section, got, want)
		}
	}
	if !seen[0] && !seen[len(ix.paras)-1] {
		t.Errorf("neither the abstract nor the conclusion among the candidates: the test says nothing")
	}
}
