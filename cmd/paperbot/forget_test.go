package main

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"paperbot/internal/pgtest"
	"paperbot/store"
)

// TestForgetCommand: paperbot forget deletes one user's records and says
// how many; a second run finds none; bad input is a usage error and a
// missing database is an error, not a new empty file.
func TestForgetCommand(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "f.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range []string{"111", "222"} {
		if err := db.LogQuestion(ctx, store.Asked{Guild: "7", User: u, Question: "Why the base?", Answered: true, Paragraph: 3}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.RecordAnswer(ctx, store.QuizAnswer{Guild: "7", QuizID: "q1", User: u, Correct: true}); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	forget := func(args ...string) (string, error) {
		var out bytes.Buffer
		err := run(ctx, append([]string{"forget"}, args...), func(string) string { return "" }, strings.NewReader(""), &out, &bytes.Buffer{})
		return out.String(), err
	}
	out, err := forget("--db", path, "--user", "111")
	if err != nil || !strings.Contains(out, "Deleted every record of user 111") || !strings.Contains(out, "     1 questions asked") || !strings.Contains(out, "     1 quiz answers") {
		t.Fatalf("forget: %v\n%s", err, out)
	}
	out, err = forget("--db", path, "--user", "111", "--json")
	if err != nil || !strings.Contains(out, `"questions": 0`) {
		t.Errorf("forget again: %v\n%s", err, out)
	}
	db, err = store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if lb, _ := db.Leaderboard(ctx, "7", 0); len(lb) != 1 || lb[0].User != "222" {
		t.Errorf("leaderboard after forget: %+v", lb)
	}
	for _, args := range [][]string{{"--db", path}, {"--db", path, "--user", "12a"}, {"--db", path, "--user", "1", "extra"}} {
		if _, err := forget(args...); !errors.As(err, new(usageError)) {
			t.Errorf("forget %q: %v, want a usage error", args, err)
		}
	}
	if _, err := forget("--db", filepath.Join(t.TempDir(), "none.db"), "--user", "1"); err == nil || errors.As(err, new(usageError)) {
		t.Errorf("missing database: %v, want an error", err)
	}
}

// TestForgetPostgres: paperbot forget takes a postgres:// URL as report
// and run do (it once looked for a file by that name and refused).
func TestForgetPostgres(t *testing.T) {
	url, _ := pgtest.Own(t)
	ctx := context.Background()
	db, err := store.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.LogQuestion(ctx, store.Asked{Guild: "7", User: "111", Question: "Why the base?", Answered: true, Paragraph: 3}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	code, out, errOut := runCLI(t, nil, "forget", "--db", url, "--user", "111")
	if code != 0 || !strings.Contains(out, "     1 questions asked") {
		t.Fatalf("forget on PostgreSQL: exit %d\n%s\n%s", code, out, errOut)
	}
}
