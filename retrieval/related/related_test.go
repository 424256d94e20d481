package related

import (
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kljensen/snowball/english"

	"paperbot/data"
)

var (
	loadOnce sync.Once
	table    *Table
	loadErr  error
)

func mustLoad(t testing.TB) *Table {
	t.Helper()
	loadOnce.Do(func() { table, loadErr = Load() })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return table
}

func stem(w string) string { return english.Stem(w, true) }

func TestLoad(t *testing.T) {
	start := time.Now()
	tb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("loaded %d stems in %v", tb.Len(), time.Since(start))
	if tb.Len() < 20000 {
		t.Fatalf("only %d stems", tb.Len())
	}
	for key, nbs := range tb.m {
		if len(nbs) == 0 || len(nbs) > 12 {
			t.Fatalf("%s: %d neighbours", key, len(nbs))
		}
		for i, n := range nbs {
			if n.Score < 0.01 || n.Score > 1 || n.Stem == "" || n.Stem == key {
				t.Fatalf("%s: bad neighbour %+v", key, n)
			}
			if i > 0 && n.Score > nbs[i-1].Score {
				t.Fatalf("%s: neighbours not sorted: %v", key, nbs)
			}
		}
	}
}

func TestScoreBasics(t *testing.T) {
	tb := mustLoad(t)
	if got := tb.Score("border", "border"); got != 1 {
		t.Errorf("Score(x,x) = %v, want 1", got)
	}
	if got := tb.Score("border", "xyzzyq"); got != 0 {
		t.Errorf("Score with unknown stem = %v, want 0", got)
	}
	if tb.Neighbors("xyzzyq") != nil {
		t.Errorf("Neighbors of unknown stem not nil")
	}
	if a, b := tb.Score("border", "fring"), tb.Score("fring", "border"); a != b {
		t.Errorf("Score not symmetric: %v vs %v", a, b)
	}
	// British spellings fall back to the American stems
	if tb.Neighbors(stem("recognise")) == nil || tb.Neighbors(stem("colour")) == nil {
		t.Errorf("British spelling fallback failed: recognise=%q colour=%q", stem("recognise"), stem("colour"))
	}
	if got := tb.Score(stem("civilisation"), stem("civilization")); got != 1 {
		t.Errorf("Score(civilisation, civilization) = %v, want 1", got)
	}
}

// TestPaperPairs checks pairs of plain words and the paraphrased words that
// the default paper uses for them.
func TestPaperPairs(t *testing.T) {
	tb := mustLoad(t)
	// pairs the table is expected to relate (asserted)
	must := [][2]string{
		{"border", "fringe"}, {"independence", "autonomy"}, {"narcotics", "opiates"},
		{"opposition", "resistance"}, {"violence", "savagery"}, {"torture", "torment"},
		{"education", "instruction"}, {"weapons", "arms"}, {"annual", "yearly"},
		{"crisis", "emergency"}, {"destruction", "devastation"}, {"civilian", "citizen"},
		{"training", "preparing"}, {"energy", "vitality"}, {"embargo", "boycott"},
	}
	// harder paraphrases, printed only
	show := [][2]string{
		{"civil", "common"}, {"recognize", "perceive"}, {"ventures", "wanders"},
		{"intelligence", "sagacity"}, {"equipment", "gear"}, {"investment", "venture"},
		{"democracy", "majority"}, {"exports", "fares"},
	}
	for _, p := range must {
		a, b := stem(p[0]), stem(p[1])
		s := tb.Score(a, b)
		t.Logf("%s(%s) ~ %s(%s): %.2f", p[0], a, p[1], b, s)
		if s <= 0 {
			t.Errorf("Score(%s, %s) = 0, want > 0", a, b)
		}
	}
	for _, p := range show {
		a, b := stem(p[0]), stem(p[1])
		t.Logf("%s(%s) ~ %s(%s): %.2f  (not asserted)", p[0], a, p[1], b, tb.Score(a, b))
	}
}

// TestPaperRanks measures, for the asserted pairs above plus a few more,
// where the paper's word ranks among all the paper's stems by Score.
func TestPaperRanks(t *testing.T) {
	tb := mustLoad(t)
	vocab := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(data.Paper), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if len(w) >= 2 {
			vocab[stem(w)] = true
		}
	}
	pairs := [][2]string{
		{"border", "fringe"}, {"independence", "freedom"}, {"narcotics", "opiates"},
		{"opposition", "resistance"}, {"torture", "torment"}, {"weapons", "arms"},
		{"annual", "yearly"}, {"crisis", "emergency"}, {"consultations", "conferences"},
		{"exercises", "practices"}, {"education", "instruction"},
	}
	top5 := 0
	for _, p := range pairs {
		a, b := stem(p[0]), stem(p[1])
		if !vocab[b] {
			t.Fatalf("%s not in the paper", p[1])
		}
		var scores []float64
		for v := range vocab {
			if v != a && v != b {
				scores = append(scores, tb.Score(a, v))
			}
		}
		sort.Sort(sort.Reverse(sort.Float64Slice(scores)))
		sb := tb.Score(a, b)
		rank := 1 + sort.Search(len(scores), func(i int) bool { return scores[i] < sb })
		if rank <= 5 {
			top5++
		}
		t.Logf("%s -> %s: score %.2f, rank %d of %d", p[0], p[1], sb, rank, len(vocab))
	}
	if top5*2 < len(pairs) {
		t.Errorf("only %d of %d pairs in the top 5", top5, len(pairs))
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkScore(b *testing.B) {
	tb := mustLoad(b)
	pairs := [][2]string{{"border", "fring"}, {"narcot", "opiat"}, {"civil", "common"}, {"xyzzy", "border"}}
	b.ResetTimer()
	var s float64
	for i := 0; i < b.N; i++ {
		p := pairs[i%len(pairs)]
		s += tb.Score(p[0], p[1])
	}
	_ = s
}
