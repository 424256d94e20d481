package retrieval

import (
	"os"
	"strings"
	"testing"

	"paperbot/data"
	"paperbot/paper"
)

// loadIndex indexes the default paper with its own word lists and model.
func loadIndex(t testing.TB) *Index {
	t.Helper()
	p, err := paper.Default()
	if err != nil {
		t.Fatal(err)
	}
	return New(p, defaultKnowledge(t))
}

// loadGenericIndex indexes the default paper as any other paper without
// word lists: the generic analyzer and model.
func loadGenericIndex(t testing.TB) *Index {
	t.Helper()
	p, err := paper.Default()
	if err != nil {
		t.Fatal(err)
	}
	return New(p, nil)
}

func defaultKnowledge(t testing.TB) *Knowledge {
	t.Helper()
	k, err := LoadKnowledge(data.Knowledge())
	if err != nil {
		t.Fatal(err)
	}
	return k
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
	for _, f := range []string{"testdata/train.jsonl", "testdata/train2.jsonl", "../../shared/eval/dev.jsonl"} {
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

// Quality floors: what the ranking reaches today, less about one question's
// worth (a refit of the models moves single questions either way). A
// change that drops below fails here; raise them as ranking improves. The targets themselves
// (P@1 0.90, R@3 0.97, S@1 0.80, answered 0.95 / rejected 0.90) are
// reported by `paperbot eval`, not enforced.
type floor struct {
	p1, r3, s1, answered, rejected float64
}

func TestQualityFloor(t *testing.T) {
	ix := loadIndex(t)
	check := func(name string, r Report, f floor) {
		t.Helper()
		got := floor{r.PAt1, r.RecallAt3, r.SAt1, r.AnsweredRate, r.Rejected}
		t.Logf("%s: P@1 %.3f R@3 %.3f S@1 %.3f answered %.3f rejected %.3f", name, got.p1, got.r3, got.s1, got.answered, got.rejected)
		const eps = 1e-9
		if got.p1 < f.p1-eps || got.r3 < f.r3-eps || got.s1 < f.s1-eps || got.answered < f.answered-eps || got.rejected < f.rejected-eps {
			t.Errorf("%s below the floor %+v", name, f)
		}
	}
	// In-sample: the models are fitted on these (TestCrossAuthor gives
	// the out-of-sample view).
	train := append(readQuestions(t, "testdata/train.jsonl"), readQuestions(t, "testdata/offtopic-train.jsonl")...)
	check("train", Evaluate(ix, train, 0), floor{p1: 0.88, r3: 0.97, s1: 0.815, answered: 0.965, rejected: 0.87})
	train2 := append(readQuestions(t, "testdata/train2.jsonl"), readQuestions(t, "testdata/offtopic-train2.jsonl")...)
	check("train2", Evaluate(ix, train2, 0), floor{p1: 0.825, r3: 0.94, s1: 0.745, answered: 0.925, rejected: 0.82})
	train3 := append(readQuestions(t, "testdata/train3.jsonl"), readQuestions(t, "testdata/offtopic-train3.jsonl")...)
	check("train3", Evaluate(ix, train3, 0), floor{p1: 0.80, r3: 0.92, s1: 0.735, answered: 0.93, rejected: 0.79})
	// The dev questions live outside the repository, beside it (../shared);
	// CI has them there too.
	dev := "../../shared/eval/dev.jsonl"
	if _, err := os.Stat(dev); err != nil {
		t.Logf("no %s: dev floor not checked", dev)
		return
	}
	qs := append(readQuestions(t, dev), readQuestions(t, "../../shared/eval/offtopic-dev.jsonl")...)
	check("dev", Evaluate(ix, qs, 0), floor{p1: 0.9, r3: 0.933, s1: 0.766, answered: 0.966, rejected: 1})
}

// TestTrainingQuestionsWellFormed: every training question's gold phrase
// lies within one sentence of the paragraph it names, and off-topic
// files hold no gold.
func TestTrainingQuestionsWellFormed(t *testing.T) {
	ix := loadIndex(t)
	for _, a := range authors {
		qs := readQuestions(t, a.real)
		if len(qs) < 100 {
			t.Errorf("%s: %d questions", a.real, len(qs))
		}
		for _, q := range qs {
			if q.Para < 1 || q.Para > len(ix.paper.Paragraphs) || q.Gold == "" {
				t.Errorf("%s: %q: para %d, gold %q", a.real, q.Q, q.Para, q.Gold)
				continue
			}
			g, ok := normGold(q.Gold), false
			for _, s := range ix.paper.Paragraphs[q.Para-1].Sentences {
				ok = ok || strings.Contains(normGold(s.Text), g)
			}
			if !ok {
				t.Errorf("%s: gold %q is not within one sentence of ¶%d", a.real, q.Gold, q.Para)
			}
		}
		for _, f := range a.off {
			for _, q := range readQuestions(t, f) {
				if q.Gold != "" {
					t.Errorf("%s: off-topic question with a gold: %q", f, q.Q)
				}
			}
		}
	}
}
