package retrieval

import (
	"strings"
	"testing"
)

// TestTrustExamples: the questions of issue 9 whose answers students read.
// Right answers that were declined must be answered; near-topic questions
// the paper does not answer are reported (the signal catches some, not
// all: TestCrossAuthor measures the rate on authors never fitted).
func TestTrustExamples(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		q, sentence string
		para        int
	}{
		{"when did tajikistan get its own embassy in DC", "Tajikistan opened its Embassy in Washington in December 2002", 4},
		{"What is the Annual Bilateral Consultation supposed to improve?", "To enhance cooperation in economy", 7},
		{"why did us care abt tajikistan", "Tajikistan got special attention due to its location", 1},
	} {
		r := ix.Search(c.q, 1)
		if !r.Answered || len(r.Hits) == 0 || r.Hits[0].Paragraph.N != c.para || !strings.Contains(r.Hits[0].SentenceText(), c.sentence) {
			got := ""
			if len(r.Hits) > 0 {
				got = r.Hits[0].SentenceText()
			}
			t.Errorf("%q: answered %v, %q; want ¶%d %q", c.q, r.Answered, got, c.para, c.sentence)
		}
	}
	declined := 0
	near := []string{"what is the population of tajikistan", "what is the capital of kyrgyzstan", "how many russian soldiers are in tajikistan",
		"who is the current us ambassador to tajikistan", "when did the us pull out of afghanistan", "what happened to the manas air base"}
	for _, q := range near {
		if !ix.Search(q, 1).Answered {
			declined++
		}
	}
	t.Logf("issue 9's near-topic questions declined: %d of %d", declined, len(near))
	// Measured 2026-12-05: 4 of 6 (population, Russian soldiers, current
	// ambassador, the Manas air base); 3 before lacksAnswer, 0 before the
	// decline signals; 2026-12-06: 5 of 6, the capital of Kyrgyzstan too
	// (asked.go), then 6 of 6, the US pull-out from Afghanistan too (the
	// ending rule, event.go: ¶6's sentence writes no ending).
	if declined < 6 {
		t.Errorf("%d of the issue's near-topic questions declined, want all 6", declined)
	}
}
