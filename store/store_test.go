package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// testCtx bounds every test's database calls.
func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // a hang detector: seeding under -race on a busy machine took over 30 s
	t.Cleanup(cancel)
	return ctx
}

func openTest(t testing.TB, path string) *Store {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func tempDB(t testing.TB) string { return filepath.Join(t.TempDir(), "paperbot.db") }

func TestOpenSettings(t *testing.T) {
	ctx := testCtx(t)
	s := openTest(t, tempDB(t))
	for pragma, want := range map[string]string{
		"journal_mode": "wal",
		"busy_timeout": "5000",
		"foreign_keys": "1",
		"synchronous":  "1", // NORMAL
		"user_version": fmt.Sprint(SchemaVersion()),
	} {
		var got string
		if err := s.db.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %q, want %q", pragma, got, want)
		}
	}
}

func TestOpenTwiceAndRestart(t *testing.T) { forEachEngine(t, testOpenTwiceAndRestart) }

func testOpenTwiceAndRestart(t *testing.T, dsn string) {
	ctx := testCtx(t)
	path := dsn

	// Two stores on the same file at once (as two processes would be).
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.RecordAnswer(ctx, QuizAnswer{Guild: "g", QuizID: "q1", User: "u1", Choice: 2, Correct: true}); err != nil {
		t.Fatal(err)
	}
	if first, err := b.RecordAnswer(ctx, QuizAnswer{Guild: "g", QuizID: "q1", User: "u1", Choice: 3}); err != nil || first {
		t.Fatalf("second store's duplicate answer: first=%v err=%v", first, err)
	}
	if err := a.LogQuestion(ctx, Asked{AnswerID: "m1", Guild: "g", User: "u3", Question: "Why?", Answered: true, Paragraph: 7, Paragraphs: []int{7, 4}}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Vote(ctx, Vote{AnswerID: "m1", Guild: "g", User: "u2", Question: "Who?", Paragraph: 4}); err != nil {
		t.Fatal(err)
	}
	if err := a.AddThread(ctx, "g", "t1"); err != nil {
		t.Fatal(err)
	}
	if err := a.SaveSettings(ctx, "g", Settings{Channels: []string{"c1", "c2"}, Private: true}); err != nil {
		t.Fatal(err)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}

	// Restart: everything is still there, and migrations did not run again.
	for range 2 {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if rank, sc, err := s.Rank(ctx, "g", "u1"); err != nil || rank != 1 || sc.Points != 1 || sc.Answered != 1 {
			t.Fatalf("after restart: rank %d score %+v err %v", rank, sc, err)
		}
		rep, err := s.Report(ctx, 10)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Questions != 1 || rep.Votes != 1 || len(rep.NotHelpful) != 1 || rep.NotHelpful[0].Paragraph != 4 {
			t.Fatalf("after restart: report %+v", rep)
		}
		st, err := s.Settings(ctx, "g")
		if err != nil {
			t.Fatal(err)
		}
		if want := (Settings{Channels: []string{"c1", "c2"}, Private: true}); !reflect.DeepEqual(st, want) {
			t.Fatalf("after restart: settings %+v, want %+v", st, want)
		}
		if ok, err := s.IsThread(ctx, "t1"); err != nil || !ok {
			t.Fatalf("after restart: thread t1 %v %v", ok, err)
		}
		if v, err := s.version(ctx, s.db); err != nil || v != SchemaVersion() {
			t.Fatalf("schema version %d err %v", v, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	random := make([]byte, 64<<10)
	for i := range random {
		random[i] = byte(i*131 + i>>7 + 17)
	}
	// A real database whose pages after the header are overwritten.
	damaged := filepath.Join(dir, "damaged.db")
	{
		s := openTest(t, damaged)
		ctx := testCtx(t)
		for i := range 200 {
			if err := s.LogQuestion(ctx, Asked{Guild: "g", User: "u", Question: strings.Repeat("long question ", 20) + string(rune('a'+i%26))}); err != nil {
				t.Fatal(err)
			}
		}
		s.Close()
		f, err := os.OpenFile(damaged, os.O_RDWR, 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.WriteAt(random[:8192], 4096); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	notDir := write("plain-file", []byte("x"))

	for _, tc := range []struct {
		name, path, want string
	}{
		{"text file", write("text.db", []byte("this is not a database\n")), "file is not a database"},
		{"random bytes", write("random.db", random), "file is not a database"},
		{"damaged pages", damaged, "malformed"},
		{"parent is a file", filepath.Join(notDir, "x.db"), "not a directory"},
		{"missing directory", filepath.Join(dir, "missing", "x.db"), "no such file or directory"},
		{"path is a directory", dir, "is a directory"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(tc.path)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%s) succeeded", tc.path)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "open database "+tc.path+": ") || !strings.Contains(msg, tc.want) {
				t.Fatalf("Open(%s) error %q, want it to name the path and say %q", tc.path, msg, tc.want)
			}
		})
	}
	if _, err := Open(""); err == nil {
		t.Fatal("Open(\"\") succeeded")
	}
}

func TestNewerSchemaRefused(t *testing.T) { forEachEngine(t, testNewerSchemaRefused) }

func testNewerSchemaRefused(t *testing.T, dsn string) {
	path := dsn
	s := openTest(t, path)
	setVersion(t, s, 99)
	s.Close()
	_, err := Open(path)
	if err == nil || !strings.Contains(err.Error(), "newer") || !strings.Contains(err.Error(), Redact(path)) {
		t.Fatalf("Open of a newer schema: %v", err)
	}
}

func TestRecordAnswerFirstCounts(t *testing.T) { forEachEngine(t, testRecordAnswerFirstCounts) }

func testRecordAnswerFirstCounts(t *testing.T, dsn string) {
	ctx := testCtx(t)
	s := openTest(t, dsn)
	rec := func(guild, quiz, user string, correct bool) bool {
		t.Helper()
		first, err := s.RecordAnswer(ctx, QuizAnswer{Guild: guild, QuizID: quiz, User: user, Correct: correct})
		if err != nil {
			t.Fatal(err)
		}
		return first
	}
	if !rec("g", "q1", "u", false) {
		t.Fatal("first answer not first")
	}
	if rec("g", "q1", "u", true) {
		t.Fatal("second answer counted")
	}
	if !rec("g2", "q1", "u", true) {
		t.Fatal("same quiz in another guild is a first answer")
	}
	if !rec("g", "q2", "u", true) {
		t.Fatal("another quiz is a first answer")
	}
	rank, sc, err := s.Rank(ctx, "g", "u")
	if err != nil {
		t.Fatal(err)
	}
	if rank != 1 || sc.Points != 1 || sc.Answered != 2 {
		t.Fatalf("rank %d score %+v, want 1, 1 point of 2", rank, sc)
	}
	if rank, sc, err := s.Rank(ctx, "g", "nobody"); err != nil || rank != 0 || sc != (Score{User: "nobody"}) {
		t.Fatalf("no answers: rank %d score %+v err %v", rank, sc, err)
	}
	if _, err := s.RecordAnswer(ctx, QuizAnswer{Guild: "g", QuizID: "", User: "u"}); err == nil {
		t.Fatal("empty quiz id accepted")
	}
}

func TestLeaderboardTieRule(t *testing.T) { forEachEngine(t, testLeaderboardTieRule) }

func testLeaderboardTieRule(t *testing.T, dsn string) {
	ctx := testCtx(t)
	s := openTest(t, dsn)
	t0 := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	ans := func(user, quiz string, correct bool, min int) {
		t.Helper()
		if _, err := s.RecordAnswer(ctx, QuizAnswer{Guild: "g", QuizID: quiz, User: user, Correct: correct, At: t0.Add(time.Duration(min) * time.Minute)}); err != nil {
			t.Fatal(err)
		}
	}
	// ann: 2 points of 2.           bob: 2 of 3 (more tries).
	// cat: 2 of 2, reached later.   dan: 2 of 2 at the same time as ann: id breaks the tie.
	// eve: 0 of 1.                  fay: 0 of 1.                 gus: 3 of 5.
	ans("ann", "q1", true, 1)
	ans("ann", "q2", true, 5)
	ans("bob", "q1", true, 1)
	ans("bob", "q2", false, 2)
	ans("bob", "q3", true, 3)
	ans("cat", "q1", true, 1)
	ans("cat", "q2", true, 9)
	ans("dan", "q2", true, 5)
	ans("dan", "q1", true, 0)
	ans("fay", "q1", false, 1)
	ans("eve", "q1", false, 2)
	for i, c := range []bool{true, false, true, false, true} {
		ans("gus", "q"+string(rune('1'+i)), c, 20)
	}
	ans("zed", "q1", true, 1)
	if _, err := s.RecordAnswer(ctx, QuizAnswer{Guild: "other", QuizID: "q1", User: "zed", Correct: true}); err != nil {
		t.Fatal(err)
	}

	board, err := s.Leaderboard(ctx, "g", 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, sc := range board {
		got = append(got, sc.User)
	}
	want := []string{"gus", "ann", "dan", "cat", "bob", "zed", "eve", "fay"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("order %v, want %v", got, want)
	}
	if b := board[1]; b.Points != 2 || b.Answered != 2 || !b.LastWin.Equal(t0.Add(5*time.Minute)) {
		t.Fatalf("ann %+v", b)
	}
	top3, err := s.Leaderboard(ctx, "g", 3)
	if err != nil || len(top3) != 3 || top3[2].User != "dan" {
		t.Fatalf("limit 3: %+v %v", top3, err)
	}
	for i, u := range want {
		rank, sc, err := s.Rank(ctx, "g", u)
		if err != nil || rank != i+1 || sc != board[i] {
			t.Fatalf("Rank(%s) = %d %+v %v, want %d %+v", u, rank, sc, err, i+1, board[i])
		}
	}
	if empty, err := s.Leaderboard(ctx, "nobody", 10); err != nil || len(empty) != 0 {
		t.Fatalf("empty guild: %v %v", empty, err)
	}
}

func TestVoteOnce(t *testing.T) { forEachEngine(t, testVoteOnce) }

func testVoteOnce(t *testing.T, dsn string) {
	ctx := testCtx(t)
	s := openTest(t, dsn)
	if err := s.LogQuestion(ctx, Asked{AnswerID: "m1", Guild: "g", User: "asker", Question: "What?", Answered: true, Paragraph: 3, Paragraphs: []int{3}}); err != nil {
		t.Fatal(err)
	}
	v := Vote{AnswerID: "m1", Guild: "g", User: "u", Question: "What?", Paragraph: 3, Helpful: false}
	if ok, err := s.Vote(ctx, v); err != nil || !ok {
		t.Fatalf("first vote: %v %v", ok, err)
	}
	v.Helpful = true
	if ok, err := s.Vote(ctx, v); err != nil || ok {
		t.Fatalf("second vote: %v %v", ok, err)
	}
	v.User = "u2"
	if ok, err := s.Vote(ctx, v); err != nil || !ok {
		t.Fatalf("other user's vote: %v %v", ok, err)
	}
	rep, err := s.Report(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Votes != 2 || rep.Helpful != 1 || !reflect.DeepEqual(rep.NotHelpful, []Count{{"What?", 3, 1}}) {
		t.Fatalf("report %+v", rep)
	}
	if _, err := s.Vote(ctx, Vote{User: "u"}); err == nil {
		t.Fatal("vote without answer id accepted")
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"  What IS   the\tUS role?  ": "what is the us role",
		"Why?!...":                    "why",
		"why":                         "why",
		"e.g. this. ":                 "e.g. this",
		"???":                         "",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReport(t *testing.T) { forEachEngine(t, testReport) }

func testReport(t *testing.T, dsn string) {
	ctx := testCtx(t)
	s := openTest(t, dsn)
	ask := func(guild, q string, answered bool, para int, answer string, paras ...int) {
		t.Helper()
		if err := s.LogQuestion(ctx, Asked{AnswerID: answer, Guild: guild, User: "u", Question: q, Answered: answered, Paragraph: para, Paragraphs: paras}); err != nil {
			t.Fatal(err)
		}
	}
	ask("g", "Who opened the embassy?", true, 4, "a3", 4, 3)
	ask("g", "who opened  the Embassy", true, 4, "")
	ask("h", "WHO OPENED THE EMBASSY!!", true, 5, "")
	ask("g", "What about cheese?", false, 0, "")
	ask("h", "what about cheese", false, 0, "")
	ask("g", "When was it?", true, 2, "a1") // logged without paragraphs: the top one counts
	ask("g", "Zebra?", false, 0, "a2", 3)
	vote := func(answer, user, q string, para int, helpful bool) {
		t.Helper()
		if _, err := s.Vote(ctx, Vote{AnswerID: answer, Guild: "g", User: user, Question: q, Paragraph: para, Helpful: helpful}); err != nil {
			t.Fatal(err)
		}
	}
	vote("a1", "u1", "When was it?", 2, false)
	vote("a1", "u2", "when was it", 2, false)
	vote("a2", "u1", "When was it", 3, false)
	vote("a3", "u1", "Who opened the embassy?", 4, true)
	vote("a1", "u1", "When was it?", 2, true) // repeat: ignored

	rep, err := s.Report(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := Report{
		MostAsked: []Count{
			{"Who opened the embassy?", 5, 3},
			{"What about cheese?", 0, 2},
			{"When was it?", 2, 1},
			{"Zebra?", 0, 1},
		},
		Unanswered: []Count{{"What about cheese?", 0, 2}, {"Zebra?", 0, 1}},
		NotHelpful: []Count{{"When was it?", 2, 2}, {"When was it", 3, 1}},
		Questions:  7, Votes: 4, Helpful: 1,
	}
	if !reflect.DeepEqual(rep, want) {
		t.Fatalf("report\n got %+v\nwant %+v", rep, want)
	}

	top1, err := s.Report(ctx, 1)
	if err != nil || len(top1.MostAsked) != 1 || len(top1.Unanswered) != 1 || len(top1.NotHelpful) != 1 || top1.Questions != 7 {
		t.Fatalf("limit 1: %+v %v", top1, err)
	}
	g, err := s.ReportGuild(ctx, "h", 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := []Count{{"what about cheese", 0, 1}, {"WHO OPENED THE EMBASSY!!", 5, 1}}; !reflect.DeepEqual(g.MostAsked, want) || g.Questions != 2 || g.Votes != 0 {
		t.Fatalf("guild h: %+v", g)
	}
	if err := s.LogQuestion(ctx, Asked{Question: "   "}); err == nil {
		t.Fatal("blank question accepted")
	}
}

// TestReportKeepsDMsApart: questions and votes from DMs (guild "") count
// in no server's report, not even the all-servers one; DirectMessages
// reports only them.
func TestReportKeepsDMsApart(t *testing.T) { forEachEngine(t, testReportKeepsDMsApart) }

func testReportKeepsDMsApart(t *testing.T, dsn string) {
	ctx := testCtx(t)
	s := openTest(t, dsn)
	for _, q := range []Asked{
		{AnswerID: "s1", Guild: "g", User: "u", Question: "Who?", Answered: true, Paragraph: 4},
		{Guild: "h", User: "u", Question: "Who?", Answered: true, Paragraph: 4},
		{AnswerID: "d1", Guild: "", User: "x", Question: "Who?", Answered: true, Paragraph: 6},
		{Guild: "", User: "x", Question: "Cheese?"},
		{Guild: "", User: "y", Question: "Cheese?"},
	} {
		if err := s.LogQuestion(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	for _, v := range []Vote{
		{AnswerID: "s1", Guild: "g", User: "v", Paragraph: 4},
		{AnswerID: "d1", Guild: "", User: "x", Paragraph: 6, Helpful: true},
	} {
		if ok, err := s.Vote(ctx, v); err != nil || !ok {
			t.Fatalf("vote %+v: %v %v", v, ok, err)
		}
	}
	for _, tc := range []struct {
		guild string
		want  Report
	}{
		{"", Report{MostAsked: []Count{{"Who?", 4, 2}}, NotHelpful: []Count{{"Who?", 4, 1}}, Questions: 2, Votes: 1}},
		{"g", Report{MostAsked: []Count{{"Who?", 4, 1}}, NotHelpful: []Count{{"Who?", 4, 1}}, Questions: 1, Votes: 1}},
		{DirectMessages, Report{
			MostAsked:  []Count{{"Cheese?", 0, 2}, {"Who?", 6, 1}},
			Unanswered: []Count{{"Cheese?", 0, 2}},
			Questions:  3, Votes: 1, Helpful: 1,
		}},
	} {
		got, err := s.ReportGuild(ctx, tc.guild, 0)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ReportGuild(%q)\n got %+v\nwant %+v", tc.guild, got, tc.want)
		}
	}
}

func TestSettings(t *testing.T) { forEachEngine(t, testSettings) }

func testSettings(t *testing.T, dsn string) {
	ctx := testCtx(t)
	s := openTest(t, dsn)
	st, saved, err := s.LoadSettings(ctx, "g")
	if err != nil || saved || !reflect.DeepEqual(st, Settings{}) {
		t.Fatalf("defaults: %+v %v %v", st, saved, err)
	}
	in := Settings{Channels: []string{"b", "", "a", "b"}, Private: true, Threads: true}
	if err := s.SaveSettings(ctx, "g", in); err != nil {
		t.Fatal(err)
	}
	st, saved, err = s.LoadSettings(ctx, "g")
	if want := (Settings{Channels: []string{"b", "a"}, Private: true, Threads: true}); err != nil || !saved || !reflect.DeepEqual(st, want) {
		t.Fatalf("saved: %+v %v %v", st, saved, err)
	}
	if err := s.SaveSettings(ctx, "g", Settings{Threads: true}); err != nil {
		t.Fatal(err)
	}
	if st, err := s.Settings(ctx, "g"); err != nil || !reflect.DeepEqual(st, Settings{Threads: true}) {
		t.Fatalf("replaced: %+v %v", st, err)
	}
	if st, err := s.Settings(ctx, "other"); err != nil || !reflect.DeepEqual(st, Settings{}) {
		t.Fatalf("other guild: %+v %v", st, err)
	}
	if err := s.SaveSettings(ctx, "", Settings{}); err == nil {
		t.Fatal("empty guild accepted")
	}
}

func TestRolledBackWriteLeavesNothing(t *testing.T) {
	forEachEngine(t, testRolledBackWriteLeavesNothing)
}

func testRolledBackWriteLeavesNothing(t *testing.T, dsn string) {
	ctx := testCtx(t)
	path := dsn
	s := openTest(t, path)
	boom := errors.New("boom")
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO quiz_answers VALUES ('g','q','u',1,1,1)`); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO votes VALUES ('a','u','g','q','q',1,0,1)`); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("inTx: %v", err)
	}
	// A failing statement inside a transaction rolls back its earlier ones too.
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO quiz_answers VALUES ('g','q','u',1,1,1)`); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO votes VALUES ('a','u','g','q','q',1,7,1)`) // CHECK fails
		return err
	})
	if err == nil {
		t.Fatal("CHECK constraint not enforced")
	}
	s.Close()
	s = openTest(t, path)
	if n := rowCount(t, s, "quiz_answers") + rowCount(t, s, "votes"); n != 0 {
		t.Fatalf("%d rows survived rolled-back transactions", n)
	}
}

func rowCount(t testing.TB, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestQuestionFor(t *testing.T) { forEachEngine(t, testQuestionFor) }

func testQuestionFor(t *testing.T, dsn string) {
	s := openTest(t, dsn)
	ctx := testCtx(t)
	if err := s.LogQuestion(ctx, Asked{AnswerID: "111", Guild: "g", User: "u", Question: "When  did the war end?", Answered: true, Paragraph: 2}); err != nil {
		t.Fatal(err)
	}
	q, p, ok, err := s.QuestionFor(ctx, "111")
	if err != nil || !ok || q != "When did the war end?" || p != 2 {
		t.Errorf("QuestionFor = %q %d %v %v", q, p, ok, err)
	}
	if _, _, ok, err := s.QuestionFor(ctx, "999"); ok || err != nil {
		t.Errorf("unknown answer: ok %v err %v", ok, err)
	}
}

// TestMigrateFromVersion1: a database written by the first schema gains
// the answer ids and keeps its rows.
func TestMigrateFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(migrations[0] + "PRAGMA user_version = 1;"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO questions (guild, user_id, question, norm, answered, paragraph, at) VALUES ('g', 'u', 'q?', 'q', 1, 3, 0)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r, err := s.Report(context.Background(), 10)
	if err != nil || r.Questions != 1 {
		t.Errorf("after migration: %+v %v", r, err)
	}
	if err := s.LogQuestion(context.Background(), Asked{AnswerID: "a1", Guild: "g", User: "u", Question: "q2"}); err != nil {
		t.Error(err)
	}
}
