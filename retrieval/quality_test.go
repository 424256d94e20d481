package retrieval

import (
	"os"
	"testing"

	"paperbot/paper"
)

func loadIndex(t testing.TB) *Index {
	t.Helper()
	p, err := paper.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func readQuestions(t testing.TB, path string) []Question {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	qs, err := ReadQuestions(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return qs
}

func TestTrainReport(t *testing.T) {
	ix := loadIndex(t)
	for _, f := range []string{"testdata/train.jsonl", "../../shared/eval/dev.jsonl"} {
		if _, err := os.Stat(f); err != nil {
			continue
		}
		r := Evaluate(ix, readQuestions(t, f), 0)
		t.Logf("%s: n=%d P@1 %.3f R@3 %.3f MRR %.3f S@1 %.3f answered %.3f", f, r.N, r.PAt1, r.RecallAt3, r.MRR, r.SAt1, r.AnsweredRate)
		if testing.Verbose() && os.Getenv("MISSES") != "" {
			for _, m := range r.Misses {
				t.Logf("  %s got ¶%d want ¶%d: %s | %s", m.Why, m.Got, m.Want, m.Q, m.Sentence)
			}
		}
	}
	r := Evaluate(ix, readQuestions(t, "testdata/offtopic-train.jsonl"), 0)
	t.Logf("offtopic: n=%d rejected %.3f", r.OffTopic, r.Rejected)
}
