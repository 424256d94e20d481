package store

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"
)

// TestReadsDoNotWaitForWriter: another process holds the write lock
// (BEGIN IMMEDIATE on its own connection) and one of our writes is waiting
// for it on the writer connection. Every read must still complete while
// the lock is held and the write is pending: the lock is released only
// after the reads returned, so a read that queued behind the write would
// first wait the whole busy timeout, the write would fail with
// SQLITE_BUSY, and the test would fail on either.
func TestReadsDoNotWaitForWriter(t *testing.T) {
	ctx := testCtx(t)
	path := tempDB(t)
	s := openTest(t, path)
	if err := s.SaveSettings(ctx, "g", Settings{Channels: []string{"c1"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecordAnswer(ctx, QuizAnswer{Guild: "g", QuizID: "q1", User: "u", Correct: true}); err != nil {
		t.Fatal(err)
	}
	if err := s.LogQuestion(ctx, Asked{AnswerID: "a1", Guild: "g", User: "u", Question: "Who?", Answered: true, Paragraph: 4}); err != nil {
		t.Fatal(err)
	}
	if err := s.AddThread(ctx, "g", "t1"); err != nil {
		t.Fatal(err)
	}

	// The other process: its own pool on the same file, holding the lock.
	other, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	lock, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Close()
	if _, err := lock.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	locked := true
	defer func() {
		if locked {
			lock.ExecContext(context.Background(), "ROLLBACK")
		}
	}()

	// Our write: it takes the writer connection and waits for the lock.
	writeDone := make(chan error, 1)
	go func() {
		_, err := s.RecordAnswer(ctx, QuizAnswer{Guild: "g", QuizID: "q2", User: "u", Correct: true})
		writeDone <- err
	}()
	for s.db.Stats().InUse == 0 { // until the write holds the writer connection
		select {
		case err := <-writeDone:
			t.Fatalf("write finished while the lock was held: %v", err)
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		case <-time.After(time.Millisecond):
		}
	}

	reads := []struct {
		name string
		read func() error
	}{
		{"LoadSettings", func() error {
			st, saved, err := s.LoadSettings(ctx, "g")
			if err == nil && (!saved || len(st.Channels) != 1) {
				t.Errorf("settings %+v saved %v", st, saved)
			}
			return err
		}},
		{"Settings", func() error { _, err := s.Settings(ctx, "g"); return err }},
		{"Leaderboard", func() error {
			b, err := s.Leaderboard(ctx, "g", 10)
			if err == nil && (len(b) != 1 || b[0].Points != 1) {
				t.Errorf("leaderboard %+v", b)
			}
			return err
		}},
		{"Rank", func() error { _, _, err := s.Rank(ctx, "g", "u"); return err }},
		{"QuestionFor", func() error { _, _, _, err := s.QuestionFor(ctx, "a1"); return err }},
		{"Report", func() error { _, err := s.Report(ctx, 10); return err }},
		{"ReportGuild", func() error { _, err := s.ReportGuild(ctx, "g", 10); return err }},
		{"IsThread", func() error { _, err := s.IsThread(ctx, "t1"); return err }},
		{"Check", func() error { return s.Check(ctx) }},
		{"Ping", s.Ping},
	}
	for _, r := range reads {
		if err := r.read(); err != nil {
			t.Errorf("%s while another process holds the write lock: %v", r.name, err)
		}
	}
	select {
	case err := <-writeDone:
		t.Fatalf("the write finished before the lock was released (%v): the reads waited for it", err)
	default:
	}

	if _, err := lock.ExecContext(ctx, "ROLLBACK"); err != nil {
		t.Fatal(err)
	}
	locked = false
	if err := <-writeDone; err != nil {
		t.Fatalf("the write after the lock was released: %v", err)
	}
	if _, sc, err := s.Rank(ctx, "g", "u"); err != nil || sc.Points != 2 {
		t.Fatalf("after the write: %+v %v", sc, err)
	}
}

// TestReadPoolCannotWrite: the read pool's connections refuse every kind of
// write, even inside a transaction.
func TestReadPoolCannotWrite(t *testing.T) {
	ctx := testCtx(t)
	s := openTest(t, tempDB(t))
	for _, stmt := range []string{
		`INSERT INTO settings (guild, updated_at) VALUES ('g', 1)`,
		`INSERT INTO scores VALUES ('g', 'u', 1, 1, 1)`,
		`DELETE FROM quiz_answers`,
		`CREATE TABLE x (a)`,
		`PRAGMA user_version = 99`,
	} {
		// As many times as there are connections, so every one is tried.
		for range readers + 1 {
			_, err := s.rd.ExecContext(ctx, stmt)
			if err == nil || !strings.Contains(err.Error(), "readonly") {
				t.Fatalf("read pool ran %q: %v", stmt, err)
			}
		}
	}
	tx, err := s.rd.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO threads VALUES ('t', 'g', 1)`); err == nil {
		t.Fatal("read pool wrote in a transaction")
	}
	if v, err := fileVersion(ctx, s.db); err != nil || v != SchemaVersion() {
		t.Fatalf("schema version %d %v", v, err)
	}
}
