package retrieval

import (
	"os"
	"testing"
)

func TestDiagConfidence(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	ix := loadIndex(t)
	off := append(readQuestions(t, "testdata/offtopic-train.jsonl"), readQuestions(t, "testdata/offtopic-train2.jsonl")...)
	off = append(off, readQuestions(t, "../../shared/eval/offtopic-dev.jsonl")...)
	real := append(readQuestions(t, "testdata/train.jsonl"), readQuestions(t, "testdata/train2.jsonl")...)
	for _, th := range []float64{0.2, 0.3, 0.4, 0.5, 0.6} {
		var near, clear, nearRej, clearRej float64
		for _, q := range off {
			s := ix.getScratch()
			ok := ix.rank(q.Q, s)
			named := false
			for _, c := range s.q.concepts {
				if (c.kind == KindName || c.kind == KindAcronym) && c.df > 0 {
					named = true
				}
			}
			conf := 0.0
			if ok {
				conf = ix.confidence(&s.q, s)
			}
			if named {
				near++
				if conf < th {
					nearRej++
				}
			} else {
				clear++
				if conf < th {
					clearRej++
				}
			}
		}
		ans := 0.0
		for _, q := range real {
			if ix.Search(q.Q, 1).Confidence >= th {
				ans++
			}
		}
		t.Logf("threshold %.1f: real answered %.3f; off-topic naming the paper's names rejected %.3f (%d), others rejected %.3f (%d)", th, ans/float64(len(real)), nearRej/near, int(near), clearRej/clear, int(clear))
	}
}
