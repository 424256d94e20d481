package store

import (
	"fmt"
	"strings"
	"testing"
)

// TestFullDiskVisible fills the database to a page limit
// (PRAGMA max_page_count, SQLite's own SQLITE_FULL, "database or disk is
// full", as a full disk gives): the failed writes are counted and Check
// reports the cause while reads still work; once there is room again,
// Check's probe write succeeds, Check is nil and writes work again.
func TestFullDiskVisible(t *testing.T) {
	ctx := testCtx(t)
	s := openTest(t, tempDB(t))
	if err := s.Check(ctx); err != nil {
		t.Fatalf("Check on a new database: %v", err)
	}
	if err := s.SaveSettings(ctx, "g", Settings{Private: true}); err != nil {
		t.Fatal(err)
	}
	var pages int
	if err := s.db.QueryRowContext(ctx, "PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	// The writer pool has one connection, so the limit holds for every write.
	if _, err := s.db.ExecContext(ctx, fmt.Sprintf("PRAGMA max_page_count = %d", pages)); err != nil {
		t.Fatal(err)
	}

	// Write until each kind of write has failed: a small row still fits in
	// a page the file has, so a kind fails once its pages are full.
	long := strings.Repeat("Why did the US reopen its embassy in Dushanbe? ", 40)
	writes := []func(i int) error{
		func(i int) error {
			return s.LogQuestion(ctx, Asked{Guild: "g", User: "u", Question: fmt.Sprint(long, i)})
		},
		func(i int) error {
			_, err := s.RecordAnswer(ctx, QuizAnswer{Guild: "g", QuizID: fmt.Sprint(long, i), User: "u", Correct: true})
			return err
		},
		func(i int) error { return s.AddThread(ctx, "g", fmt.Sprint(long, i)) },
	}
	var failed uint64
	for k, write := range writes {
		for i := 0; ; i++ {
			if i == 1000 {
				t.Fatalf("write kind %d: 1000 writes fitted in a full database", k)
			}
			err := write(i)
			if err == nil {
				continue
			}
			if !strings.Contains(err.Error(), "database or disk is full") {
				t.Fatalf("write kind %d into a full database: %v", k, err)
			}
			failed++
			break
		}
	}
	if n := s.WriteFailures(); n != failed {
		t.Fatalf("WriteFailures = %d, want %d", n, failed)
	}
	err := s.Check(ctx)
	if err == nil || !strings.Contains(err.Error(), "full") || !strings.Contains(err.Error(), s.Path()) {
		t.Fatalf("Check with a full database: %v", err)
	}
	t.Logf("Check: %v", err)
	if err := s.Check(ctx); err == nil {
		t.Fatal("Check became nil with the database still full")
	}
	if n := s.WriteFailures(); n != failed {
		t.Fatalf("Check's probes counted as failed writes: %d", n)
	}
	// Reads still answer.
	if st, err := s.Settings(ctx, "g"); err != nil || !st.Private {
		t.Fatalf("read from a full database: %+v %v", st, err)
	}

	// Room again: Check's probe succeeds, and so do writes.
	if _, err := s.db.ExecContext(ctx, "PRAGMA max_page_count = 1073741823"); err != nil {
		t.Fatal(err)
	}
	if err := s.Check(ctx); err != nil {
		t.Fatalf("Check with room again: %v", err)
	}
	for i, write := range writes {
		if err := write(-1); err != nil {
			t.Fatalf("write kind %d with room again: %v", i, err)
		}
	}
	scoresMatchAnswers(t, s)
	if n := s.WriteFailures(); n != failed {
		t.Fatalf("WriteFailures = %d after recovery, want still %d", n, failed)
	}
}

// TestWriteSucceedsClearsCheck: a successful write of any kind, not only
// Check's probe, makes Check nil again.
func TestWriteSucceedsClearsCheck(t *testing.T) { forEachEngine(t, testWriteSucceedsClearsCheck) }

func testWriteSucceedsClearsCheck(t *testing.T, dsn string) {
	ctx := testCtx(t)
	s := openTest(t, dsn)
	s.wrote(fmt.Errorf("disk I/O error"))
	if err := s.Check(ctx); err != nil {
		t.Fatalf("Check whose probe can write: %v", err)
	}
	s.wrote(fmt.Errorf("disk I/O error"))
	if err := s.SaveSettings(ctx, "g", Settings{}); err != nil {
		t.Fatal(err)
	}
	if err := s.lastWriteErr(); err != nil {
		t.Fatalf("after a successful write: %v", err)
	}
	if n := s.WriteFailures(); n != 2 {
		t.Fatalf("WriteFailures = %d, want 2", n)
	}
}
