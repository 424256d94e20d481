package retrieval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"

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

// loadGeneratedIndex indexes the default paper as a paper whose folder
// holds only the list a tool generates with no reading, wordnet.txt: the
// generic analyzer and model, and WordNet's links. The default paper's
// generated list is test data (testdata/wordnet.txt, by tools/wordnet):
// its own folder keeps the curated lists, which WordNet's does not improve
// on (README, Quality and speed).
func loadGeneratedIndex(t testing.TB) *Index {
	t.Helper()
	p, err := paper.Default()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("testdata/" + wordnetFile)
	if err != nil {
		t.Fatal(err)
	}
	k, err := LoadKnowledge(fstest.MapFS{wordnetFile: &fstest.MapFile{Data: b}})
	if err != nil {
		t.Fatal(err)
	}
	return New(p, k)
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
// change that drops below fails here; raise them as ranking improves. The
// targets themselves (P@1 0.90, R@3 0.97, S@1 0.82, answered 0.95,
// near-topic off-topic rejected 0.85, all off-topic 0.92) are reported by
// TestCrossAuthor and `paperbot eval`, not enforced.
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
	// Each author's questions with their off-topic ones; the floors were
	// raised on 2026-12-05 to the figures measured then less one question
	// (again after CountMiss and the reason sentence for "why", and after
	// lacksAnswer, the paper's period and the adverbs: rounded down, so
	// that one question's worth is really allowed; none lowered; S@1
	// again after the exception, how-verb, vague-heading, talk-about and
	// consequence sentence rules; authors 5 and 6's rejection after the
	// tenth pass's decline rules, 0.880 -> 0.920 and 0.871 -> 0.914; P@1,
	// R@3 and S@1 after the twelfth pass's List and KindNear; after the
	// thirteenth pass's rules (asked.go), author 1's answered 0.966 ->
	// 0.974 and rejection 0.944 -> 0.966, authors 2 and 5's rejection
	// 0.93 -> 0.972 and 0.906 -> 0.92; each field the higher of the two
	// passes' floors; authors 6 to 10's rejection after the sixteenth
	// pass's ending rule, event.go; authors 4 to 6 and 8 to 11's after
	// the seventeenth pass's start, amount, advice, company, named
	// quantity and chat rules; authors 8 and 10's answered and S@1 after
	// its scope rule, about.go).
	for _, c := range []struct {
		a author
		f floor
	}{
		{authors[0], floor{p1: 0.923, r3: 0.983, s1: 0.894, answered: 0.974, rejected: 0.966}},
		{authors[1], floor{p1: 0.863, r3: 0.965, s1: 0.812, answered: 0.96, rejected: 0.972}},
		{authors[2], floor{p1: 0.86, r3: 0.939, s1: 0.83, answered: 0.957, rejected: 0.918}},
		{authors[3], floor{p1: 0.883, r3: 0.966, s1: 0.858, answered: 0.975, rejected: 0.96}},
		{authors[4], floor{p1: 0.875, r3: 0.983, s1: 0.866, answered: 0.983, rejected: 0.946}},
		{authors[5], floor{p1: 0.848, r3: 0.949, s1: 0.784, answered: 0.974, rejected: 0.942}},
		// Author 7 (80 real questions, 70 off-topic), added at the ninth
		// pass: measured less one question each, rounded down; its
		// rejection raised at the eleventh (the tenth pass's decline rules
		// with the seven-author fit), 0.785 -> 0.871, and at the thirteenth
		// (asked.go), 0.871 -> 0.885.
		{authors[6], floor{p1: 0.912, r3: 0.987, s1: 0.862, answered: 0.975, rejected: 0.9}},
		// Authors 8 and 9 (80 and 79 real questions, 70 off-topic each),
		// the unseen checks until the fourteenth pass: measured then, with
		// its measure, pay and return rules, its chat spellings of
		// function words and ordinals, its percent sign and bot
		// commands, less one question each, rounded down.
		{authors[7], floor{p1: 0.9, r3: 0.95, s1: 0.85, answered: 0.975, rejected: 0.942}},
		{authors[8], floor{p1: 0.886, r3: 0.962, s1: 0.835, answered: 0.949, rejected: 0.957}},
		// Author 10 (79 real questions, 69 off-topic), the unseen check
		// until the sixteenth pass: measured then, less one question
		// each, rounded down.
		{authors[9], floor{p1: 0.886, r3: 0.987, s1: 0.835, answered: 0.974, rejected: 0.884}},
		// Author 11 (80 real questions, 70 off-topic), the unseen check
		// until the seventeenth pass: measured then, less one question
		// each, rounded down.
		{authors[10], floor{p1: 0.887, r3: 0.962, s1: 0.862, answered: 0.95, rejected: 0.971}},
		// Author 12 (79 real questions, 70 off-topic), the unseen check
		// until the eighteenth pass: measured then, less one question
		// each, rounded down. Rejection floors of authors 8 to 12 raised
		// at the eighteenth pass (actor.go).
		{authors[11], floor{p1: 0.936, r3: 0.974, s1: 0.886, answered: 0.974, rejected: 0.985}},
	} {
		qs := readQuestions(t, c.a.real)
		for _, f := range c.a.off {
			qs = append(qs, readQuestions(t, f)...)
		}
		check(c.a.real, Evaluate(ix, qs, 0), c.f)
	}
	// The dev questions live outside the repository, beside it (../shared);
	// CI has them there too.
	dev := "../../shared/eval/dev.jsonl"
	if _, err := os.Stat(dev); err != nil {
		t.Logf("no %s: dev floor not checked", dev)
		return
	}
	qs := append(readQuestions(t, dev), readQuestions(t, "../../shared/eval/offtopic-dev.jsonl")...)
	check("dev", Evaluate(ix, qs, 0), floor{p1: 0.933, r3: 0.966, s1: 0.9, answered: 0.966, rejected: 1})
}

// TestTrainingQuestionsWellFormed: every training question's gold phrase
// lies within one sentence of the paragraph it names, and off-topic
// files hold no gold.
func TestTrainingQuestionsWellFormed(t *testing.T) {
	ix := loadIndex(t)
	for _, a := range authors {
		qs := readQuestions(t, a.real)
		min := 100
		if a.min > 0 {
			min = a.min
		}
		if len(qs) < min {
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

// TestNoDevQuestionInTraining: the fitted models and word lists never see
// a dev question: no file in testdata holds one (compared with case,
// punctuation and spacing ignored; greetings of one or two words like
// "hi" are no leak). Two did, and were removed.
func TestNoDevQuestionInTraining(t *testing.T) {
	dev := "../../shared/eval/dev.jsonl"
	if _, err := os.Stat(dev); err != nil {
		t.Skipf("no %s", dev)
	}
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})
	}
	questions := func(path string) []string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, line := range strings.Split(string(b), "\n") {
			var q struct{ Q string }
			if json.Unmarshal([]byte(line), &q) == nil && len(words(q.Q)) > 2 {
				out = append(out, strings.Join(words(q.Q), " "))
			}
		}
		return out
	}
	seen := map[string]bool{}
	for _, f := range []string{dev, "../../shared/eval/offtopic-dev.jsonl"} {
		for _, q := range questions(f) {
			seen[q] = true
		}
	}
	files, err := filepath.Glob("testdata/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		for _, q := range questions(f) {
			if seen[q] {
				t.Errorf("%s holds the dev question %q", f, q)
			}
		}
	}
}
