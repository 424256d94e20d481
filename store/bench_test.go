package store

import (
	"context"
	"database/sql"
	"encoding/json"
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

// logAnswers logs n answers a0, a1, ... in guild g offering paragraphs
// 0..39, so that votes on them are accepted.
func logAnswers(b *testing.B, s *Store, n int) {
	b.Helper()
	paras := make([]int, 40)
	for i := range paras {
		paras[i] = i
	}
	err := s.inTx(context.Background(), func(tx *sql.Tx) error {
		js, _ := json.Marshal(paras)
		for i := range n {
			if _, err := tx.Exec(`INSERT INTO questions (guild, user_id, question, norm, answered, paragraph, at, answer_id, paragraphs)
VALUES ('g', 'u', 'Why?', 'why', 1, 1, 0, ?, ?)`, fmt.Sprintf("a%d", i), string(js)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
}

// BenchmarkVote: one user after another votes on answers; every vote is a
// new, committed row. The answers are logged beforehand (up to 3 million
// votes), so that each vote's check finds its answer.
func BenchmarkVote(b *testing.B) {
	ctx := context.Background()
	s := benchStore(b, 1)
	logAnswers(b, s, 100_000)
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
			logAnswers(b, s, 100_000)
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
	s, _ := scoresFixture(b, 200, 10_000, func(q, u int) bool { return (q*u)%3 == 0 })
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

// scoresFixture writes a database at schema version 2 (before the scores
// table) holding answers quiz answers in guild "g": users users answering
// answers/users quizzes each, right when correct(quiz, user), then opens it,
// so the migrations that follow (and their backfill) run as they would on
// a real upgrade. It returns the store and how long Open took.
func scoresFixture(b *testing.B, users, answers int, correct func(q, u int) bool) (*Store, time.Duration) {
	b.Helper()
	path := tempDB(b)
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, migrations[0]+migrations[1]+"PRAGMA user_version = 2;"); err != nil {
		b.Fatal(err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	ins, err := tx.PrepareContext(ctx, `INSERT INTO quiz_answers VALUES ('g', ?, ?, 0, ?, ?)`)
	if err != nil {
		b.Fatal(err)
	}
	quizzes := answers / users
	for q := range quizzes {
		for u := range users {
			if _, err := ins.ExecContext(ctx, fmt.Sprintf("q%d", q), fmt.Sprintf("u%06d", u),
				boolInt(correct(q, u)), int64(q*users+u)); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	db.Close()
	t0 := time.Now()
	s, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	opened := time.Since(t0)
	b.Cleanup(func() { s.Close() })
	return s, opened
}

// BenchmarkScores: /leaderboard (top 10) and the caller's rank in one guild
// of 300,000 answers (6,000 users x 50 quizzes) and of 1,000,000 (20,000 x
// 50), the sizes at which aggregating every answer on each read took
// 0.28-0.48 s. The leaderboard's open-ms is how long Open took on that file
// (the migrations and their backfill included).
func BenchmarkScores(b *testing.B) {
	for _, size := range []struct {
		name           string
		users, answers int
	}{{"300k", 6000, 300_000}, {"1M", 20_000, 1_000_000}} {
		b.Run(size.name, func(b *testing.B) {
			ctx := context.Background()
			s, opened := scoresFixture(b, size.users, size.answers, func(q, u int) bool { return (q*7+u*13)%3 == 0 })
			b.Run("leaderboard", func(b *testing.B) {
				for b.Loop() {
					if board, err := s.Leaderboard(ctx, "g", 10); err != nil || len(board) != 10 {
						b.Fatal(len(board), err)
					}
				}
				b.ReportMetric(float64(opened.Milliseconds()), "open-ms")
			})
			mid := fmt.Sprintf("u%06d", size.users/2)
			b.Run("rank", func(b *testing.B) {
				for b.Loop() {
					if rank, _, err := s.Rank(ctx, "g", mid); err != nil || rank == 0 {
						b.Fatal(rank, err)
					}
				}
			})
		})
	}
}
