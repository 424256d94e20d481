package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkEngines: the hot writes and the leaderboard on SQLite and
// PostgreSQL in the same run, each through Open's default pools. The
// writes run from 8 x GOMAXPROCS goroutines (interactions arriving
// together), and report their p50 and p99 latency; ns/op is the time per
// write of the whole run, so 1e9/ns_op is the throughput.
//
//   - answers: first quiz answers, each with its score update (one
//     transaction);
//   - votes: a vote checked against its logged answer (one transaction);
//   - leaderboard-1M: the top 10 of a guild of 1,000,000 answers (20,000
//     users x 50 quizzes), and rank-1M a user's place in it.
//
// PostgreSQL runs in the pgtest cluster on this machine
// (synchronous_commit=off, fsync=off; see internal/pgtest), SQLite with
// its own settings (WAL, synchronous=NORMAL): neither waits for the disk
// at each commit.
func BenchmarkEngines(b *testing.B) {
	for _, e := range engines {
		b.Run(e.name, func(b *testing.B) {
			b.Run("answers", func(b *testing.B) {
				s := openTest(b, e.dsn(b))
				var n atomic.Int64
				parallelWrites(b, func(ctx context.Context) error {
					i := n.Add(1)
					first, err := s.RecordAnswer(ctx, QuizAnswer{Guild: "g", QuizID: fmt.Sprintf("q%d", i%50), User: fmt.Sprintf("u%d", i/50), Correct: i%3 == 0})
					if err == nil && !first {
						err = fmt.Errorf("answer %d not first", i)
					}
					return err
				})
			})
			b.Run("votes", func(b *testing.B) {
				s := openTest(b, e.dsn(b))
				logAnswers(b, s, 20_000)
				var n atomic.Int64
				parallelWrites(b, func(ctx context.Context) error {
					i := n.Add(1)
					ok, err := s.Vote(ctx, Vote{AnswerID: fmt.Sprintf("a%d", (i/50)%20_000), Guild: "g", User: fmt.Sprintf("u%d", i), Paragraph: 1, Helpful: true})
					if err == nil && !ok {
						err = fmt.Errorf("vote %d not recorded", i)
					}
					return err
				})
			})
			b.Run("1M", func(b *testing.B) {
				ctx := context.Background()
				s := openTest(b, e.dsn(b))
				fillScores(b, s, 20_000, 50)
				b.Run("leaderboard", func(b *testing.B) {
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
				})
				b.Run("rank", func(b *testing.B) {
					for b.Loop() {
						if rank, _, err := s.Rank(ctx, "g", "u1010000"); err != nil || rank == 0 {
							b.Fatal(rank, err)
						}
					}
				})
			})
		})
	}
}

// parallelWrites runs write from 8 goroutines per CPU and reports the
// latencies.
func parallelWrites(b *testing.B, write func(ctx context.Context) error) {
	b.Helper()
	ctx := context.Background()
	var lat latencies
	b.SetParallelism(8)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			t0 := time.Now()
			err := write(ctx)
			lat.add(time.Since(t0))
			if err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.StopTimer()
	lat.report(b)
}

// fillScores writes users x quizzes quiz answers in guild "g" and the
// scores they make, in one statement each, on either engine (a recursive
// CTE counts rows; both engines have them).
func fillScores(b *testing.B, s *Store, users, quizzes int) {
	b.Helper()
	ctx := context.Background()
	n := users * quizzes
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for _, q := range []string{`
WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n + 1 < ?)
INSERT INTO quiz_answers (guild, quiz_id, user_id, choice, correct, at)
SELECT 'g', 'q' || (n / ?), 'u' || (1000000 + n % ?), 0, CASE WHEN ((n / ?) * 7 + (n % ?) * 13) % 3 = 0 THEN 1 ELSE 0 END, n FROM i`, `
INSERT INTO scores (guild, user_id, points, answered, last_win)
SELECT guild, user_id, SUM(correct), COUNT(*), COALESCE(MAX(CASE WHEN correct = 1 THEN at END), 0)
FROM quiz_answers GROUP BY guild, user_id`} {
			args := []any{n, users, users, users, users}
			if !strings.Contains(q, "RECURSIVE") {
				args = nil
			}
			if _, err := tx.ExecContext(ctx, q, args...); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	if s.engine == postgresEngine {
		if _, err := s.db.ExecContext(ctx, `ANALYZE`); err != nil {
			b.Fatal(err)
		}
	}
}
