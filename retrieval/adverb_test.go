package retrieval

import "testing"

// TestAdverbs: how a student hedges ("mostly", "in total") is not what
// is asked. Rare in the paper, such a word outweighed the question and
// picked the one sentence holding it ("remittances mostly coming from
// Russia", "the total trade volume"); its weight is now cut.
func TestAdverbs(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		q, word string
		adverb  bool
	}{
		{"what did the US mostly care about in Tajikistan", "most", true},
		{"how much aid did the US give Tajikistan in total", "total", true},
		{"what was the total trade volume in 2013", "total", false},
		{"in total, how much aid did the US give", "total", true},
		{"when did Tajikistan formally join the PFP", "formal", true},
		{"which countries did Tajikistan get closer to", "closer", false},
	} {
		checkAdverb(t, ix, c.q, c.word, c.adverb)
	}
	for _, c := range []struct {
		q    string
		want []int // answering paragraphs
	}{
		{"what did the US mostly care about in Tajikistan", []int{1}},
		{"how much aid did the US give Tajikistan in total", []int{5, 22}},
	} {
		r := ix.Search(c.q, 1)
		got := r.Hits[0].Paragraph.N
		ok := false
		for _, w := range c.want {
			ok = ok || got == w
		}
		if !ok {
			t.Errorf("%q: ¶%d %q, want one of ¶%v", c.q, got, r.Hits[0].SentenceText(), c.want)
		}
	}
}

// checkAdverb fails unless question q has a concept word whose adverb
// (hedge, frame) marking is want.
func checkAdverb(t *testing.T, ix *Index, q, word string, want bool) {
	t.Helper()
	s := ix.getScratch()
	pq := ix.parseQuery(q, s)
	scratchPool.Put(s)
	for _, cc := range pq.concepts {
		if cc.term == word {
			if cc.adverb != want {
				t.Errorf("%q: %q adverb %v, want %v", q, word, cc.adverb, want)
			}
			return
		}
	}
	t.Errorf("%q: no concept %q", q, word)
}
