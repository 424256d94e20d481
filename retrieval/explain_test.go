package retrieval

import (
	"fmt"
	"os"
	"testing"
)

// TestExplain prints the concepts and candidate features of the question
// in $Q (go test ./retrieval -run TestExplain -v Q="...").
func TestExplain(t *testing.T) {
	qtext := os.Getenv("Q")
	if qtext == "" {
		t.Skip("set Q to a question")
	}
	ix := loadIndex(t)
	s := ix.getScratch()
	ix.rank(qtext, s)
	for _, c := range s.q.concepts {
		var exp []string
		for _, e := range c.exp {
			exp = append(exp, ix.names[e])
		}
		lit := "-"
		if c.lit >= 0 {
			lit = ix.names[c.lit]
		}
		t.Logf("concept %-14q kind %d lit %-12s df %2d idf %.2f exp %v", c.term, c.kind, lit, c.df, c.idf, exp)
	}
	for _, c := range s.cands {
		line := fmt.Sprintf("¶%-2d score %6.3f sent %d |", c.doc+1, c.score, c.sent)
		for i, f := range c.feat {
			if f != 0 {
				line += fmt.Sprintf(" %s=%.2f", paraNames[i][1:], f)
			}
		}
		t.Log(line)
	}
	cf := ix.confFeatures(&s.q, s)
	t.Logf("confidence %.3f %v", ix.confidence(&s.q, s), cf)
}
