package dashboard

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestLevel(t *testing.T) {
	for _, tc := range []struct{ n, most, want int }{
		{0, 0, 0}, {0, 100, 0}, {1, 1, 5}, {100, 100, 5}, {1, 1000, 1}, {30, 1000, 2}, {999, 1000, 4},
	} {
		if got := level(tc.n, tc.most); got != tc.want {
			t.Errorf("level(%d, %d) = %d, want %d", tc.n, tc.most, got, tc.want)
		}
	}
}

func TestScoreBins(t *testing.T) {
	for _, tc := range []struct {
		points []int
		want   []ScoreBin
	}{
		{nil, nil},
		{[]int{0}, []ScoreBin{{0, 0, 1}}},
		{[]int{0, 2, 2, 3}, []ScoreBin{{0, 0, 1}, {1, 1, 0}, {2, 2, 2}, {3, 3, 1}}},
		// best 30: width 3, bins 0-2 ... 30-30, all present, empty ones too.
		{[]int{0, 1, 29, 30}, func() []ScoreBin {
			var bs []ScoreBin
			for from := 0; from <= 30; from += 3 {
				bs = append(bs, ScoreBin{from, min(from+2, 30), 0})
			}
			bs[0].Students, bs[9].Students, bs[10].Students = 2, 1, 1
			return bs
		}()},
	} {
		counts := map[int]int{}
		for _, p := range tc.points {
			counts[p]++
		}
		got := scoreBins(counts)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("scoreBins(%v) = %v, want %v", tc.points, got, tc.want)
		}
		if len(got) > maxBins {
			t.Errorf("scoreBins(%v): %d bins, at most %d", tc.points, len(got), maxBins)
		}
	}
}

func TestMedianOf(t *testing.T) {
	for _, tc := range []struct {
		counts map[int]int
		want   float64
	}{
		{nil, 0},
		{map[int]int{7: 1}, 7},
		{map[int]int{1: 1, 3: 1}, 2},
		{map[int]int{1: 2, 5: 1}, 1},            // 1 1 5
		{map[int]int{36: 3, 35: 2, 2: 1}, 35.5}, // 2 35 35 36 36 36
		{map[int]int{4: 0, 9: 2}, 9},
	} {
		if got := medianOf(tc.counts); got != tc.want {
			t.Errorf("medianOf(%v) = %v, want %v", tc.counts, got, tc.want)
		}
	}
}

func TestBucketDays(t *testing.T) {
	t.Run("gaps are filled", func(t *testing.T) {
		bs, per := bucketDays([]Day{{"2026-09-01", 2, 1}, {"2026-09-04", 1, 0}})
		if per != 1 || len(bs) != 4 || bs[0].answered != 2 || bs[0].unanswered != 1 || bs[1].answered+bs[2].answered != 0 || bs[3].answered != 1 {
			t.Fatalf("per %d, buckets %+v", per, bs)
		}
	})
	t.Run("a long range is drawn a few days a bar", func(t *testing.T) {
		var days []Day
		start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		total := 0
		for i := 0; i < 400; i += 3 {
			days = append(days, Day{start.AddDate(0, 0, i).Format(time.DateOnly), 1, 1})
			total += 2
		}
		bs, per := bucketDays(days)
		if len(bs) > maxDayBars || per != 4 {
			t.Fatalf("%d bars of %d days, want at most %d bars, 4 days each", len(bs), per, maxDayBars)
		}
		sum := 0
		for _, b := range bs {
			sum += b.answered + b.unanswered
		}
		if sum != total {
			t.Errorf("bars hold %d questions, want %d", sum, total)
		}
	})
	t.Run("a bad date is left out of the chart", func(t *testing.T) {
		bs, _ := bucketDays([]Day{{"yesterday", 5, 5}, {"2026-09-01", 1, 0}})
		if len(bs) != 1 || bs[0].answered != 1 {
			t.Fatalf("buckets %+v", bs)
		}
	})
}

func TestNiceCeil(t *testing.T) {
	for n, want := range map[int]int{0: 1, 1: 1, 2: 2, 7: 8, 9: 10, 25: 30, 41: 50, 212: 300, 1000: 1000, 1001: 2000} {
		if got := niceCeil(n); got != want {
			t.Errorf("niceCeil(%d) = %d, want %d", n, got, want)
		}
	}
}

func TestDefuse(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")", "+1": "'+1", "-2": "'-2", "@SUM(A1)": "'@SUM(A1)",
		"\tx": "'\tx", "why?": "why?", "": "", "3": "3",
	} {
		if got := defuse(in); got != want {
			t.Errorf("defuse(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestChartsDescribeTheirData checks each chart's description carries its
// numbers, so a screen reader hears what a sighted reader sees.
func TestChartsDescribeTheirData(t *testing.T) {
	days := daysChart([]Day{{"2026-09-01", 3, 1}, {"2026-09-03", 7, 2}})
	for _, want := range []string{"2026-09-01 to 2026-09-03", "13 questions", "10 answered", "3 not", "2026-09-03 with 9"} {
		if !strings.Contains(days.Desc, want) {
			t.Errorf("days chart description %q lacks %q", days.Desc, want)
		}
	}
	quiz := quizChart([]QuizRow{{QuizID: "a", Paragraph: 4, Answered: 10, Right: 1, ShareRight: 0.1}, {QuizID: "b", Answered: 4, Right: 4, ShareRight: 1}})
	for _, want := range []string{"#1 ¶4: 10% right of 10 answers", "#2: 100% right of 4 answers"} {
		if !strings.Contains(quiz.Desc, want) {
			t.Errorf("quiz chart description %q lacks %q", quiz.Desc, want)
		}
	}
	scores := scoresChart([]ScoreBin{{0, 0, 2}, {1, 1, 5}})
	for _, want := range []string{"7 quiz takers", "0: 2", "1: 5"} {
		if !strings.Contains(scores.Desc, want) {
			t.Errorf("scores chart description %q lacks %q", scores.Desc, want)
		}
	}
	if daysChart(nil) != nil || quizChart(nil) != nil || scoresChart(nil) != nil {
		t.Error("a chart without data is drawn")
	}
}
