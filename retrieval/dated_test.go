package retrieval

import "testing"

// TestDatedName: a name class whose canonical name holds a number ("9/11")
// dates what a sentence tells, as a year does: "As the U.S. started
// bombing Afghanistan after 9/11, its interest in the adjacent countries
// ... augmented" answers "when". Before, only years and months did, and
// the sentence read as holding no date.
func TestDatedName(t *testing.T) {
	ix := loadIndex(t)
	s := ix.getScratch()
	q := "when did US interest in afghanistans neighbours go up"
	if !ix.rank(q, s) {
		t.Fatalf("%q: no candidates", q)
	}
	top := &s.cands[0]
	text := ix.paper.Paragraphs[top.doc].Sentences[top.sent].Text
	if top.doc != 12 || top.sent != 1 {
		t.Fatalf("%q: top ¶%d %q, want ¶13's second sentence", q, top.doc+1, text)
	}
	if !s.stats[top.off+top.sent].atype {
		t.Errorf("%q: %q holds no date for the question", q, text)
	}
	// A question naming 9/11 already holds it: the date it asks for is
	// another ("when did the US start bombing afghanistan after 9/11" is
	// not answered by 9/11 alone).
	q = "when after 9/11 did the US start bombing afghanistan"
	if !ix.rank(q, s) {
		t.Fatalf("%q: no candidates", q)
	}
	for i := range s.cands {
		c := &s.cands[i]
		if c.doc == 12 && s.stats[c.off+1].atype {
			t.Errorf("%q: ¶13's second sentence counted as holding another date", q)
		}
	}
}
