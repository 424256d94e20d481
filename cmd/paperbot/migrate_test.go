package main

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"paperbot/internal/pgtest"
	"paperbot/store"
)

// TestMigrateSQLiteToPostgres: paperbot migrate copies every table of a
// SQLite database into an empty PostgreSQL one, where the leaderboards,
// reports, settings, threads and votes read the same; a second run
// refuses the non-empty target and changes nothing; new rows get new ids.
func TestMigrateSQLiteToPostgres(t *testing.T) {
	url, _ := pgtest.Own(t) // this package has no TestMain to remove a shared cluster
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	file := filepath.Join(t.TempDir(), "class.db")
	src, err := store.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	for u := range 30 {
		for q := range 7 {
			for _, g := range []string{"700", ""} {
				if _, err := src.RecordAnswer(ctx, store.QuizAnswer{Guild: g, QuizID: fmt.Sprint("q", q), User: fmt.Sprint("u", u), Choice: u % 4,
					Correct: (u+q)%3 == 0, At: t0.Add(time.Duration(u*7+q) * time.Minute)}); err != nil {
					t.Fatal(err)
				}
			}
		}
		if err := src.LogQuestion(ctx, store.Asked{AnswerID: fmt.Sprint("a", u), Guild: "700", User: fmt.Sprint("u", u), Question: fmt.Sprintf("Why %d?", u%5),
			Answered: u%4 != 0, Paragraph: 3, Paragraphs: []int{3, 9}, At: t0}); err != nil {
			t.Fatal(err)
		}
		if _, err := src.Vote(ctx, store.Vote{AnswerID: fmt.Sprint("a", u), Guild: "700", User: "voter", Paragraph: 9, Helpful: u%2 == 0}); err != nil {
			t.Fatal(err)
		}
	}
	if err := src.SaveSettings(ctx, "700", store.Settings{Channels: []string{"800", "801"}, Private: true}); err != nil {
		t.Fatal(err)
	}
	if err := src.AddThread(ctx, "700", "900"); err != nil {
		t.Fatal(err)
	}
	src.Close()

	code, out, errOut := runCLI(t, nil, "migrate", "--from", file, "--to", url)
	if code != 0 || !strings.Contains(out, "quiz_answers") || !strings.Contains(out, "420 rows") {
		t.Fatalf("migrate: exit %d\n%s\n%s", code, out, errOut)
	}
	t.Logf("%s", out)

	a, err := store.OpenReadOnly(file)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := store.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for _, g := range []string{"700", ""} {
		la, err1 := a.Leaderboard(ctx, g, 0)
		lb, err2 := b.Leaderboard(ctx, g, 0)
		if err1 != nil || err2 != nil || len(la) != 30 || !reflect.DeepEqual(la, lb) {
			t.Errorf("guild %q leaderboard: %v %v\nsqlite   %v\npostgres %v", g, err1, err2, la, lb)
		}
	}
	ra, _ := a.Report(ctx, 0)
	rb, err := b.Report(ctx, 0)
	if err != nil || !reflect.DeepEqual(ra, rb) {
		t.Errorf("report: %v\nsqlite   %+v\npostgres %+v", err, ra, rb)
	}
	if st, err := b.Settings(ctx, "700"); err != nil || !reflect.DeepEqual(st, store.Settings{Channels: []string{"800", "801"}, Private: true}) {
		t.Errorf("settings: %+v %v", st, err)
	}
	if ok, err := b.IsThread(ctx, "900"); err != nil || !ok {
		t.Errorf("thread: %v %v", ok, err)
	}
	// The teacher's report reads the URL (read-only) as it read the file.
	_, fromFile, _ := runCLI(t, map[string]string{"PAPERBOT_DB": file}, "report", "--json")
	code, fromURL, errOut := runCLI(t, map[string]string{"PAPERBOT_DB": url}, "report", "--json")
	if code != 0 || fromURL != fromFile || !strings.Contains(fromURL, `"questions": 30`) {
		t.Errorf("report on the URL: exit %d %s\n%s\nwant %s", code, errOut, fromURL, fromFile)
	}
	// Copied answers take votes; a vote copied is not cast twice; a new
	// question gets a new id.
	if ok, err := b.Vote(ctx, store.Vote{AnswerID: "a3", Guild: "700", User: "voter", Paragraph: 3}); err != nil || ok {
		t.Errorf("vote copied, cast again: %v %v", ok, err)
	}
	if ok, err := b.Vote(ctx, store.Vote{AnswerID: "a3", Guild: "700", User: "new", Paragraph: 3}); err != nil || !ok {
		t.Errorf("new vote on a copied answer: %v %v", ok, err)
	}
	if err := b.LogQuestion(ctx, store.Asked{AnswerID: "b1", Guild: "700", User: "u1", Question: "New?"}); err != nil {
		t.Errorf("a new question after the copy: %v", err)
	}

	// Again: refused, nothing doubled.
	code, _, errOut = runCLI(t, nil, "migrate", "--from", file, "--to", url)
	if code != 1 || !strings.Contains(errOut, "already holds") || !strings.Contains(errOut, "empty database") {
		t.Errorf("second migrate: exit %d: %s", code, errOut)
	}
	if lb, _ := b.Leaderboard(ctx, "700", 0); len(lb) != 30 || lb[0].Answered != 7 {
		t.Errorf("after the refused run: %v", lb)
	}
}

func TestMigrateUsage(t *testing.T) {
	file := filepath.Join(t.TempDir(), "x.db")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"migrate"}, 2, "both required"},
		{[]string{"migrate", "--from", file}, 2, "both required"},
		{[]string{"migrate", "--from", "postgres://u:pw@h/db", "--to", "postgres://h/db"}, 2, "want a SQLite file"},
		{[]string{"migrate", "--from", file, "--to", "other.db"}, 2, "want a postgres:// URL"},
		{[]string{"migrate", "--from", file, "--to", "postgres://h/db"}, 1, "no database at"},
	} {
		code, _, errOut := runCLI(t, nil, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) || strings.Contains(errOut, ":pw@") {
			t.Errorf("%v: exit %d %q, want %d %q", tc.args, code, errOut, tc.code, tc.want)
		}
	}
}
