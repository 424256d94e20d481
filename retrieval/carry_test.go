package retrieval

import (
	"slices"
	"testing"
)

// TestCarryDates: a sentence opening with a definite reference to what was
// just told carries that telling's dates. ¶14 opens "The events created a
// completely new situation in Tajikistan": the events are ¶13's "The Sept.
// 11, 2001, terrorist assaults on America were events ...", so a question
// on how 9/11 changed Tajikistan meets ¶14's sentence. Sentences that do
// not refer back keep only their own terms.
func TestCarryDates(t *testing.T) {
	ix := loadIndex(t)
	has := func(d, i int, term string) bool {
		id, ok := ix.terms[term]
		return ok && slices.Contains(ix.paras[d-1].sents[i].terms, id)
	}
	for _, c := range []struct {
		para, sent int
		term       string
		want       bool
	}{
		{14, 0, "9/11", true},  // "The events created ..."
		{14, 0, "2001", true},  // the year of those events
		{4, 6, "1997", true},   // "The war had further set back ...": the war of 1992 to 1997
		{14, 1, "9/11", false}, // "Tajikistan's foreign policy was activated": refers to nothing
		{13, 1, "2001", false}, // "As the U.S. started bombing ...": not a definite reference
	} {
		if got := has(c.para, c.sent, c.term); got != c.want {
			t.Errorf("¶%d sentence %d %q holds %q: %v, want %v", c.para, c.sent+1, ix.paper.Paragraphs[c.para-1].Sentences[c.sent].Text[:30], c.term, got, c.want)
		}
	}
}
