package store

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestConcurrentWrites has 50 goroutines each make 20 writes at once: quiz
// answers, votes and threads, with two goroutines per user racing on the
// same keys so that duplicates arrive together, while readers query the
// leaderboard, ranks and threads. Every write must succeed (no SQLITE_BUSY)
// and the final counts must be exact: one winner per key, the points those
// winners carried, and every score equal to its answers' aggregate.
//
// "two stores" splits the goroutines between two Store values on the same
// database, each with its own pool: two processes (replicas) racing on the
// same keys, on both engines.
func TestConcurrentWrites(t *testing.T) {
	for _, conns := range []int{1, 4} {
		t.Run(fmt.Sprintf("sqlite/conns=%d", conns), func(t *testing.T) {
			s, err := open(tempDB(t), conns)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			testConcurrentWrites(t, s)
		})
	}
	t.Run("two stores", func(t *testing.T) {
		forEachEngine(t, func(t *testing.T, dsn string) {
			testConcurrentWrites(t, openTest(t, dsn), openTest(t, dsn))
		})
	})
}

// testConcurrentWrites runs the test on stores, goroutine g writing
// through stores[g%len(stores)]; stores[0] checks the outcome.
func testConcurrentWrites(t *testing.T, stores ...*Store) {
	const (
		goroutines = 50
		writes     = 20
		quizzes    = 6 // each goroutine answers these in turn, so it repeats itself too
		answers    = 7
	)
	ctx := testCtx(t)
	s := stores[0]
	for a := range answers {
		if err := s.LogQuestion(ctx, Asked{AnswerID: fmt.Sprintf("a%d", a), Guild: "g", User: "asker", Question: "Q?", Answered: true, Paragraph: 1, Paragraphs: []int{1, 2}}); err != nil {
			t.Fatal(err)
		}
	}

	var (
		firsts, points, recorded, notHelpful atomic.Int64
		errs                                 = make(chan error, goroutines*writes)
		wg                                   sync.WaitGroup
		stopReaders                          = make(chan struct{})
		readers                              sync.WaitGroup
	)
	for g := range goroutines {
		wg.Go(func() {
			s := stores[g%len(stores)]
			user := fmt.Sprintf("user%02d", g/2) // two goroutines per user
			for i := range writes {
				if i%2 == 0 {
					first, err := s.RecordAnswer(ctx, QuizAnswer{
						Guild: "g", QuizID: fmt.Sprintf("q%d", (i/2)%quizzes), User: user,
						Choice: g % 4, Correct: (g+i)%3 == 0,
					})
					if err != nil {
						errs <- err
						continue
					}
					if first {
						firsts.Add(1)
						if (g+i)%3 == 0 {
							points.Add(1)
						}
					}
				} else {
					helpful := (g+i)%4 == 0
					ok, err := s.Vote(ctx, Vote{
						AnswerID: fmt.Sprintf("a%d", (i/2)%answers), Guild: "g", User: user,
						Question: "Q?", Paragraph: 1, Helpful: helpful,
					})
					if err != nil {
						errs <- err
						continue
					}
					if ok {
						recorded.Add(1)
						if !helpful {
							notHelpful.Add(1)
						}
					}
					if err := s.AddThread(ctx, "g", fmt.Sprintf("thread%02d", g/2)); err != nil {
						errs <- err
					}
				}
			}
		})
	}
	for range 2 {
		readers.Go(func() {
			for {
				select {
				case <-stopReaders:
					return
				default:
				}
				if _, err := s.Leaderboard(ctx, "g", 10); err != nil {
					errs <- err
					return
				}
				if _, _, err := s.Rank(ctx, "g", "user03"); err != nil {
					errs <- err
					return
				}
				if _, err := s.IsThread(ctx, "thread03"); err != nil {
					errs <- err
					return
				}
				time.Sleep(time.Millisecond)
			}
		})
	}
	wg.Wait()
	close(stopReaders)
	readers.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}

	users := goroutines / 2
	wantAnswers := users * quizzes // each user answers every quiz at least once
	wantVotes := users * answers
	if firsts.Load() != int64(wantAnswers) {
		t.Errorf("%d first answers, want %d", firsts.Load(), wantAnswers)
	}
	if recorded.Load() != int64(wantVotes) {
		t.Errorf("%d recorded votes, want %d", recorded.Load(), wantVotes)
	}
	board, err := s.Leaderboard(ctx, "g", 0)
	if err != nil {
		t.Fatal(err)
	}
	var answered, pts int
	for _, sc := range board {
		answered += sc.Answered
		pts += sc.Points
	}
	if len(board) != users || answered != wantAnswers || pts != int(points.Load()) {
		t.Errorf("leaderboard: %d users, %d answered, %d points; want %d, %d, %d",
			len(board), answered, pts, users, wantAnswers, points.Load())
	}
	scoresMatchAnswers(t, s)
	var threads int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM threads").Scan(&threads); err != nil || threads != users {
		t.Errorf("%d threads, want %d (%v)", threads, users, err)
	}
	rep, err := s.Report(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	var nh int
	for _, c := range rep.NotHelpful {
		nh += c.Count
	}
	if rep.Votes != wantVotes || nh != int(notHelpful.Load()) || rep.Votes-rep.Helpful != nh {
		t.Errorf("report: %d votes, %d not helpful; want %d, %d", rep.Votes, nh, wantVotes, notHelpful.Load())
	}
}
