package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// latencies collects per-call durations and reports their p50 and p99.
type latencies struct {
	mu sync.Mutex
	d  []time.Duration
}

func (l *latencies) add(d time.Duration) {
	l.mu.Lock()
	l.d = append(l.d, d)
	l.mu.Unlock()
}

func (l *latencies) report(b *testing.B) {
	if len(l.d) == 0 {
		return
	}
	slices.Sort(l.d)
	q := func(p float64) float64 { return float64(l.d[int(p*float64(len(l.d)-1))].Nanoseconds()) }
	b.ReportMetric(q(0.50), "p50-ns")
	b.ReportMetric(q(0.99), "p99-ns")
}

func benchStore(b *testing.B, conns int) *Store {
	s, err := open(tempDB(b), conns)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkVote: one user after another votes on answers; every vote is a
// new, committed row.
func BenchmarkVote(b *testing.B) {
	ctx := context.Background()
	s := benchStore(b, 1)
	var lat latencies
	i := 0
	for b.Loop() {
		t0 := time.Now()
		ok, err := s.Vote(ctx, Vote{AnswerID: fmt.Sprintf("a%d", i/30), Guild: "g", User: fmt.Sprintf("u%d", i%30),
			Question: "Who opened the first embassy in Dushanbe?", Paragraph: i % 40, Helpful: i%3 != 0})
		lat.add(time.Since(t0))
		if err != nil || !ok {
			b.Fatal(ok, err)
		}
		i++
	}
	lat.report(b)
}

// BenchmarkRecordAnswer: a class of 30 answers quiz after quiz.
func BenchmarkRecordAnswer(b *testing.B) {
	ctx := context.Background()
	s := benchStore(b, 1)
	var lat latencies
	i := 0
	for b.Loop() {
		t0 := time.Now()
		first, err := s.RecordAnswer(ctx, QuizAnswer{Guild: "g", QuizID: fmt.Sprintf("q%d", i/30), User: fmt.Sprintf("u%d", i%30),
			Choice: i % 4, Correct: i%4 == 0})
		lat.add(time.Since(t0))
		if err != nil || !first {
			b.Fatal(first, err)
		}
		i++
	}
	lat.report(b)
}

// BenchmarkRecordAnswerDuplicate: the cost of a repeated answer, which
// changes nothing.
func BenchmarkRecordAnswerDuplicate(b *testing.B) {
	ctx := context.Background()
	s := benchStore(b, 1)
	a := QuizAnswer{Guild: "g", QuizID: "q", User: "u"}
	if _, err := s.RecordAnswer(ctx, a); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if first, err := s.RecordAnswer(ctx, a); err != nil || first {
			b.Fatal(first, err)
		}
	}
}

// BenchmarkVoteParallel: 50 users vote at once (b.SetParallelism), with one
// pooled connection (Open's choice) and with four.
func BenchmarkVoteParallel(b *testing.B) {
	for _, conns := range []int{1, 4} {
		b.Run(fmt.Sprintf("conns=%d", conns), func(b *testing.B) {
			ctx := context.Background()
			s := benchStore(b, conns)
			var lat latencies
			var n atomic.Int64
			b.SetParallelism(25) // 25 x GOMAXPROCS goroutines
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					i := n.Add(1)
					t0 := time.Now()
					ok, err := s.Vote(ctx, Vote{AnswerID: fmt.Sprintf("a%d", i/50), Guild: "g", User: fmt.Sprintf("u%d", i%50),
						Question: "Why?", Paragraph: 1, Helpful: true})
					lat.add(time.Since(t0))
					if err != nil || !ok {
						b.Error(ok, err)
						return
					}
				}
			})
			b.StopTimer()
			lat.report(b)
		})
	}
}

// BenchmarkLeaderboard: the top 10 of a guild of 200 users who answered 50
// quizzes each (10,000 answers).
func BenchmarkLeaderboard(b *testing.B) {
	ctx := context.Background()
	s := benchStore(b, 1)
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for q := range 50 {
			for u := range 200 {
				if _, err := tx.ExecContext(ctx, `INSERT INTO quiz_answers VALUES ('g', ?, ?, 0, ?, ?)`,
					fmt.Sprintf("q%d", q), fmt.Sprintf("u%03d", u), boolInt((q*u)%3 == 0), int64(q*1000+u)); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	var lat latencies
	for b.Loop() {
		t0 := time.Now()
		board, err := s.Leaderboard(ctx, "g", 10)
		lat.add(time.Since(t0))
		if err != nil || len(board) != 10 {
			b.Fatal(len(board), err)
		}
	}
	lat.report(b)
}

// BenchmarkRank: one user's place in the same guild.
func BenchmarkRank(b *testing.B) {
	ctx := context.Background()
	s := benchStore(b, 1)
	for u := range 200 {
		for q := range 50 {
			if _, err := s.RecordAnswer(ctx, QuizAnswer{Guild: "g", QuizID: fmt.Sprintf("q%d", q), User: fmt.Sprintf("u%03d", u), Correct: (q*u)%3 == 0}); err != nil {
				b.Fatal(err)
			}
		}
	}
	for b.Loop() {
		if rank, _, err := s.Rank(ctx, "g", "u123"); err != nil || rank == 0 {
			b.Fatal(rank, err)
		}
	}
}
