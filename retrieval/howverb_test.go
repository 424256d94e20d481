package retrieval

import (
	"strings"
	"testing"
)

// TestHowVerbSentence: "how did X respond", "how were X perceived" is
// answered by the sentence holding the verb asked about ("It condemned
// those attacks", "These were widely perceived as ..."), not by its
// neighbour holding the rest of the question.
func TestHowVerbSentence(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		q, want string
	}{
		// Bolded the neighbour before (fit on every author, in-sample).
		{"How did Tajikistan respond to the September 11 attacks?", "It condemned those attacks"},
		{"how were the colour revolutions perceived in central asia", "These were widely perceived"},
		// Right before, kept.
		{"how did tajikistan react to 9/11", "It condemned those attacks"},
		{"how did dushanbe respond to september 11", "It condemned those attacks"},
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
