package store

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"sort"
	"sync"
	"testing"
	"time"

	"paperbot/dashboard"
	"paperbot/dashboard/dashboardtest"
)

var _ dashboard.Source = (*Store)(nil)

// liveRecorder writes seeded events through the store's own writes
// (LogQuestion, Vote, RecordAnswer) and mirrors into mem those the store
// kept (a repeated vote is not), except those of the users in skip (and
// the wording of the questions others voted on in their answers): mem is
// then what the store should show after ForgetUser of those users.
type liveRecorder struct {
	ctx     context.Context
	s       *Store
	mem     *dashboard.Memory
	skip    map[string]bool
	n       int
	answers map[string]string // guild, question, ¶ -> the latest answer id
	askers  map[string]string // answer id -> user
}

func newLiveRecorder(ctx context.Context, s *Store, mem *dashboard.Memory, skip ...string) *liveRecorder {
	r := &liveRecorder{ctx: ctx, s: s, mem: mem, skip: map[string]bool{}, answers: map[string]string{}, askers: map[string]string{}}
	for _, u := range skip {
		r.skip[u] = true
	}
	return r
}

func answerKey(guild, q string, p int) string { return fmt.Sprintf("%s\x00%s\x00%d", guild, q, p) }

func (r *liveRecorder) Ask(q dashboard.Asked) error {
	r.n++
	id := fmt.Sprintf("a%d", r.n)
	var paras []int
	if q.Answered {
		paras = []int{q.Paragraph}
		r.answers[answerKey(q.Guild, q.Question, q.Paragraph)] = id
	}
	r.askers[id] = q.User
	err := r.s.LogQuestion(r.ctx, Asked{AnswerID: id, Guild: q.Guild, User: q.User, Question: q.Question,
		Answered: q.Answered, Paragraph: q.Paragraph, Paragraphs: paras, At: q.At})
	if err == nil && !r.skip[q.User] {
		r.mem.Ask(q)
	}
	return err
}

func (r *liveRecorder) Vote(v dashboard.Vote) error {
	r.n++
	id := r.answers[answerKey(v.Guild, v.Question, v.Paragraph)]
	ok, err := r.s.Vote(r.ctx, Vote{AnswerID: id, Guild: v.Guild, User: v.User, Paragraph: v.Paragraph, Helpful: v.Helpful,
		At: time.Unix(0, int64(r.n))})
	if ok && !r.skip[v.User] {
		if r.skip[r.askers[id]] {
			// A vote on a forgotten user's answer still counts, without
			// their question's wording.
			v.Question = ""
		}
		r.mem.Vote(v)
	}
	return err
}

func (r *liveRecorder) Answer(a dashboard.QuizAnswer) error {
	_, err := r.s.RecordAnswer(r.ctx, QuizAnswer{Guild: a.Guild, QuizID: a.QuizID, User: a.User, Correct: a.Correct, At: time.Unix(0, int64(r.n))})
	r.n++
	if err == nil && !r.skip[a.User] {
		r.mem.Answer(a)
	}
	return err
}

// sourceDump is everything a Source gives for a guild, in a canonical
// order, for comparing two Sources.
type sourceDump struct {
	Paragraphs  []dashboard.ParagraphStat
	Questions   []dashboard.ParagraphQuestion
	Questions3  []dashboard.ParagraphQuestion
	Days        []dashboard.Day
	Unanswered  []dashboard.Wording
	Unanswered5 []dashboard.Wording
	NotHelpful  []dashboard.NotHelpfulStat
	NotHelpful4 []dashboard.NotHelpfulStat
	Quiz        []dashboard.QuizStat
	Students    []dashboard.Student
	Students5   []dashboard.Student
	Class       dashboard.Class
	ShowNames   bool
}

func dump(t testing.TB, src dashboard.Source, guild string) sourceDump {
	t.Helper()
	ctx := context.Background()
	var d sourceDump
	var err error
	check := func(what string, e error) {
		if e != nil {
			t.Fatalf("%s: %v", what, e)
		}
	}
	d.Paragraphs, err = src.Paragraphs(ctx, guild)
	check("paragraphs", err)
	sort.Slice(d.Paragraphs, func(i, j int) bool { return d.Paragraphs[i].Paragraph < d.Paragraphs[j].Paragraph })
	d.Questions, err = src.ParagraphQuestions(ctx, guild, 0)
	check("questions", err)
	d.Questions3, err = src.ParagraphQuestions(ctx, guild, 3)
	check("questions 3", err)
	d.Days, err = src.Days(ctx, guild)
	check("days", err)
	d.Unanswered, err = src.Unanswered(ctx, guild, 0)
	check("unanswered", err)
	d.Unanswered5, err = src.Unanswered(ctx, guild, 5)
	check("unanswered 5", err)
	d.NotHelpful, err = src.NotHelpful(ctx, guild, 0)
	check("not helpful", err)
	d.NotHelpful4, err = src.NotHelpful(ctx, guild, 4)
	check("not helpful 4", err)
	d.Quiz, err = src.QuizItems(ctx, guild)
	check("quiz", err)
	sort.Slice(d.Quiz, func(i, j int) bool { return d.Quiz[i].QuizID < d.Quiz[j].QuizID })
	// In the order the Source gives: the most active first, ties by id.
	d.Students, err = src.Students(ctx, guild, 0)
	check("students", err)
	d.Students5, err = src.Students(ctx, guild, 5)
	check("students 5", err)
	d.Class, err = src.Class(ctx, guild)
	check("class", err)
	sort.Slice(d.Class.Quiz, func(i, j int) bool {
		x, y := d.Class.Quiz[i], d.Class.Quiz[j]
		return x.Answered < y.Answered || x.Answered == y.Answered && x.Right < y.Right
	})
	d.ShowNames, err = src.ShowNames(ctx, guild)
	check("show names", err)
	return d
}

func compareDumps(t *testing.T, got, want sourceDump) {
	t.Helper()
	g, w := reflect.ValueOf(got), reflect.ValueOf(want)
	for i := range g.NumField() {
		if g.Field(i).Kind() == reflect.Slice && g.Field(i).Len() == 0 && w.Field(i).Len() == 0 {
			continue // nil and empty alike
		}
		if !reflect.DeepEqual(g.Field(i).Interface(), w.Field(i).Interface()) {
			gs, ws := fmt.Sprint(g.Field(i).Interface()), fmt.Sprint(w.Field(i).Interface())
			t.Errorf("%s differs:\n got %.600s\nwant %.600s", g.Type().Field(i).Name, gs, ws)
		}
	}
}

// smallSpec is a class: two servers' worth of activity is seeded with it.
func smallSpec(f dashboardtest.Fixture, guild string, seed uint64) dashboardtest.Spec {
	return dashboardtest.Spec{Guild: guild, Seed: seed, Questions: 600, Votes: 300, QuizAnswers: 400, Students: 12, Days: 9,
		QuizIDs: f.QuizIDs()}
}

// TestStoreSourceMatchesMemory: the store's counters, kept by its own
// writes, give what dashboard.Memory computes from the same events, on two
// servers at once.
func TestStoreSourceMatchesMemory(t *testing.T) {
	forEachEngine(t, func(t *testing.T, dsn string) {
		ctx := testCtx(t)
		f := dashboardtest.NewFixture(t)
		s := openTest(t, dsn)
		mem := dashboard.NewMemory()
		r := newLiveRecorder(ctx, s, mem)
		for i, g := range []string{"111", "222"} {
			if err := dashboardtest.Seed(r, f.Paper, smallSpec(f, g, uint64(i+1))); err != nil {
				t.Fatal(err)
			}
		}
		for _, g := range []string{"111", "222", "333"} {
			t.Run(g, func(t *testing.T) {
				got, want := dump(t, s, g), dump(t, mem, g)
				if g != "333" && (len(got.Paragraphs) == 0 || len(got.NotHelpful) == 0 || len(got.Quiz) == 0 || len(got.Unanswered) == 0) {
					t.Fatalf("seeded too little: %+v", got)
				}
				compareDumps(t, got, want)
			})
		}
	})
}

// TestMigrationBackfillsCounters: a database written before the counters
// existed (schema 2, events only) gets them from migration 7, equal to
// what Memory computes from the same events.
func TestMigrationBackfillsCounters(t *testing.T) {
	f := dashboardtest.NewFixture(t)
	path := tempDB(t)
	mem := dashboard.NewMemory()
	if err := seedRaw(path, mem, f, smallSpec(f, "111", 7)); err != nil {
		t.Fatal(err)
	}
	s := openTest(t, path)
	compareDumps(t, dump(t, s, "111"), dump(t, mem, "111"))
}

// seedRaw writes spec's events into a new database at schema version 2
// (before scores and the page's counters) in one transaction, then opens
// it, after running the later migrations and their backfills. mem gets the
// events the database kept.
func seedRaw(path string, mem *dashboard.Memory, f dashboardtest.Fixture, specs ...dashboardtest.Spec) error {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.Exec(migrations[0] + migrations[1] + "PRAGMA user_version = 2;"); err != nil {
		return err
	}
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	r := &rawRecorder{tx: tx, mem: mem, answers: map[string]string{}}
	for _, q := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&r.ask, `INSERT INTO questions (guild, user_id, question, norm, answered, paragraph, at, answer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`},
		{&r.vote, `INSERT INTO votes (answer_id, user_id, guild, question, norm, paragraph, helpful, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (answer_id, user_id) DO NOTHING`},
		{&r.answer, `INSERT INTO quiz_answers (guild, quiz_id, user_id, choice, correct, at) VALUES (?, ?, ?, 0, ?, ?)`},
	} {
		if *q.st, err = tx.Prepare(q.sql); err != nil {
			return err
		}
	}
	for _, spec := range specs {
		if err := dashboardtest.Seed(r, f.Paper, spec); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	// Open migrates (backfilling millions of events) with no deadline.
	s, err := Open(path)
	if err != nil {
		return err
	}
	return s.Close()
}

// rawRecorder inserts events with plain INSERTs, as an older paperbot did.
type rawRecorder struct {
	tx                *sql.Tx
	ask, vote, answer *sql.Stmt
	mem               *dashboard.Memory // may be nil
	n                 int
	answers           map[string]string
}

func (r *rawRecorder) Ask(q dashboard.Asked) error {
	r.n++
	id := fmt.Sprintf("a%d", r.n)
	r.answers[answerKey(q.Guild, q.Question, q.Paragraph)] = id
	_, err := r.ask.Exec(q.Guild, q.User, tidy(q.Question), Normalize(q.Question), boolInt(q.Answered), q.Paragraph, q.At.UnixNano(), id)
	if err == nil && r.mem != nil {
		r.mem.Ask(q)
	}
	return err
}

func (r *rawRecorder) Vote(v dashboard.Vote) error {
	r.n++
	res, err := r.vote.Exec(r.answers[answerKey(v.Guild, v.Question, v.Paragraph)], v.User, v.Guild, tidy(v.Question), Normalize(v.Question),
		v.Paragraph, boolInt(v.Helpful), r.n)
	if err == nil && affected(res) == 1 && r.mem != nil {
		r.mem.Vote(v)
	}
	return err
}

func (r *rawRecorder) Answer(a dashboard.QuizAnswer) error {
	r.n++
	_, err := r.answer.Exec(a.Guild, a.QuizID, a.User, boolInt(a.Correct), r.n)
	if err == nil && r.mem != nil {
		r.mem.Answer(a)
	}
	return err
}

// TestForgetUser: after ForgetUser the page's every figure, the other
// users' scores and ranks, and what is left of the tables are what they
// would be had the user never used the bot, except that the other users'
// votes on the user's answers still count, stripped of the user's
// question; forgetting again deletes nothing.
func TestForgetUser(t *testing.T) {
	forEachEngineDBs(t, func(t *testing.T, newDSN func() string) {
		ctx := testCtx(t)
		f := dashboardtest.NewFixture(t)
		forgotten := dashboardtest.User(3) // a student on both servers
		s := openTest(t, newDSN())
		without := openTest(t, newDSN()) // the same events, without the user's
		mem := dashboard.NewMemory()
		r := newLiveRecorder(ctx, s, mem, forgotten)
		w := &skipRecorder{inner: newLiveRecorder(ctx, without, dashboard.NewMemory()), skip: forgotten, outer: r}
		for i, g := range []string{"111", "222"} {
			if err := dashboardtest.Seed(w, f.Paper, smallSpec(f, g, uint64(i+1))); err != nil {
				t.Fatal(err)
			}
		}
		// Their DM answers and a display name go too.
		if _, err := s.RecordAnswer(ctx, QuizAnswer{QuizID: "q1", User: forgotten, Correct: true}); err != nil {
			t.Fatal(err)
		}
		if err := s.SaveSettings(ctx, "111", Settings{ShowNames: true}); err != nil {
			t.Fatal(err)
		}
		if err := without.SaveSettings(ctx, "111", Settings{ShowNames: true}); err != nil {
			t.Fatal(err)
		}
		mem.SetShowNames("111", true)
		if err := s.RememberName(ctx, "111", forgotten, "Forgotten Student"); err != nil {
			t.Fatal(err)
		}
		ranks := func(st *Store, g string) []Score {
			lb, err := st.Leaderboard(ctx, g, 0)
			if err != nil {
				t.Fatal(err)
			}
			return lb
		}

		got, err := s.ForgetUser(ctx, forgotten)
		if err != nil {
			t.Fatal(err)
		}
		if got.Questions == 0 || got.Votes == 0 || got.VotesOnAnswers == 0 || got.QuizAnswers == 0 || got.Scores != 3 || got.Names != 1 {
			t.Errorf("forgot %+v, want some of each, 3 scores (2 servers and DMs), 1 name", got)
		}
		for _, g := range []string{"111", "222"} {
			compareDumps(t, dump(t, s, g), dump(t, mem, g))
			if a, b := ranks(s, g), ranks(without, g); !reflect.DeepEqual(a, b) {
				t.Errorf("guild %s leaderboard after forget:\n%v\nwant\n%v", g, a, b)
			}
			rank, sc, err := s.Rank(ctx, g, dashboardtest.User(4))
			wrank, wsc, _ := without.Rank(ctx, g, dashboardtest.User(4))
			if err != nil || rank != wrank || sc != wsc {
				t.Errorf("guild %s: another user's rank %d %v %v, want %d %v", g, rank, sc, err, wrank, wsc)
			}
		}
		for _, table := range []string{"questions", "votes", "quiz_answers", "scores", "students", "names"} {
			var n int
			if err := s.rd.QueryRow(`SELECT COUNT(*) FROM `+table+` WHERE user_id = ?`, forgotten).Scan(&n); err != nil || n != 0 {
				t.Errorf("%s: %d rows of the user left (%v)", table, n, err)
			}
		}
		// The others' votes on the user's answers are kept, without the
		// user's words.
		var kept, worded int
		if err := s.rd.QueryRow(`
SELECT COUNT(*), COUNT(CASE WHEN question <> '' OR norm <> '' THEN 1 END) FROM votes
WHERE answer_id IN (SELECT answer_id FROM votes WHERE question = '')`).Scan(&kept, &worded); err != nil || kept != got.VotesOnAnswers || worded != 0 {
			t.Errorf("others' votes on the user's answers: %d kept (want %d), %d with a wording (want 0), %v", kept, got.VotesOnAnswers, worded, err)
		}
		// The counters hold what the tables hold: the same as the store that
		// never saw the user, first wordings included (the vote counts
		// differ by the votes kept: checked against Memory above).
		for _, table := range []string{"wording_counts", "day_counts", "quiz_counts", "students"} {
			if a, b := tableRows(t, s, table), tableRows(t, without, table); !reflect.DeepEqual(a, b) {
				t.Errorf("%s after forget differs from a store without the user (%d vs %d rows)", table, len(a), len(b))
			}
		}
		again, err := s.ForgetUser(ctx, forgotten)
		if err != nil || again.Total() != 0 {
			t.Errorf("forget again: %+v %v", again, err)
		}
		if _, err := s.ForgetUser(ctx, ""); err == nil {
			t.Error("forget of an empty id: no error")
		}
	})
}

// skipRecorder records every event with outer and passes on to inner
// those not of skip nor votes on skip's answers (as outer saw them).
type skipRecorder struct {
	inner, outer *liveRecorder
	skip         string
}

func (r *skipRecorder) Ask(q dashboard.Asked) error {
	if err := r.outer.Ask(q); err != nil {
		return err
	}
	if q.User == r.skip {
		r.inner.n++ // keep answer ids and times in step
		return nil
	}
	return r.inner.Ask(q)
}

func (r *skipRecorder) Vote(v dashboard.Vote) error {
	if err := r.outer.Vote(v); err != nil {
		return err
	}
	id := r.outer.answers[answerKey(v.Guild, v.Question, v.Paragraph)]
	if v.User == r.skip || r.outer.askers[id] == r.skip {
		r.inner.n++
		return nil
	}
	return r.inner.Vote(v)
}

func (r *skipRecorder) Answer(a dashboard.QuizAnswer) error {
	if err := r.outer.Answer(a); err != nil {
		return err
	}
	if a.User == r.skip {
		r.inner.n++
		return nil
	}
	return r.inner.Answer(a)
}

func tableRows(t *testing.T, s *Store, table string) [][]any {
	t.Helper()
	rows, err := s.rd.Query(`SELECT * FROM ` + table + ` ORDER BY 1, 2, 3`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out [][]any
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, vals)
	}
	// In the order of every column: ORDER BY 1, 2, 3 leaves ties (the
	// norm of wording_counts) to the engine, and PostgreSQL breaks them
	// differently from one table to the other.
	sort.Slice(out, func(i, j int) bool { return fmt.Sprint(out[i]...) < fmt.Sprint(out[j]...) })
	return out
}

// TestShowNames: a display name is kept only while the server's
// show_names is on, and turning it off deletes the server's names.
func TestShowNames(t *testing.T) {
	forEachEngine(t, func(t *testing.T, dsn string) {
		ctx := testCtx(t)
		s := openTest(t, dsn)
		if err := s.LogQuestion(ctx, Asked{Guild: "1", User: "u1", Question: "Why?"}); err != nil {
			t.Fatal(err)
		}
		name := func() string {
			st, err := s.Students(ctx, "1", 0)
			if err != nil || len(st) != 1 {
				t.Fatalf("students %v %v", st, err)
			}
			return st[0].Name
		}
		if err := s.RememberName(ctx, "1", "u1", "Ada"); err != nil || name() != "" {
			t.Fatalf("kept a name with show_names off (default): %q %v", name(), err)
		}
		if on, err := s.ShowNames(ctx, "1"); on || err != nil {
			t.Fatalf("show names by default: %v %v", on, err)
		}
		if err := s.SaveSettings(ctx, "1", Settings{ShowNames: true, Private: true}); err != nil {
			t.Fatal(err)
		}
		if st, _ := s.Settings(ctx, "1"); !st.ShowNames || !st.Private {
			t.Errorf("settings read back: %+v", st)
		}
		if err := s.RememberName(ctx, "1", "u1", " Ada  Lovelace "); err != nil || name() != "Ada Lovelace" {
			t.Fatalf("name with show_names on: %q %v", name(), err)
		}
		if on, err := s.ShowNames(ctx, "1"); !on || err != nil {
			t.Fatalf("show names: %v %v", on, err)
		}
		if err := s.SaveSettings(ctx, "2", Settings{ShowNames: true}); err != nil {
			t.Fatal(err)
		}
		if err := s.RememberName(ctx, "2", "u1", "Ada elsewhere"); err != nil {
			t.Fatal(err)
		}
		if err := s.SaveSettings(ctx, "1", Settings{}); err != nil {
			t.Fatal(err)
		}
		if name() != "" || rowCount(t, s, "names") != 1 {
			t.Errorf("after show_names off: name %q, %d names kept (want guild 2's only)", name(), rowCount(t, s, "names"))
		}
	})
}

// TestReportKeyOneForAll: two processes (here two Stores on one file)
// generating the report key at once both end with the one key kept; a
// restart reads it back; PAPERBOT_SECRET, when set, wins and is not kept.
func TestReportKeyOneForAll(t *testing.T) {
	forEachEngine(t, func(t *testing.T, dsn string) {
		ctx := testCtx(t)
		path := dsn
		a, b := openTest(t, path), openTest(t, path)
		keys := make([][]byte, 2)
		errs := make([]error, 2)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i, s := range []*Store{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				keys[i], errs[i] = s.ReportKey(ctx, "", nil)
			}()
		}
		close(start)
		wg.Wait()
		if errs[0] != nil || errs[1] != nil {
			t.Fatal(errs)
		}
		if len(keys[0]) != dashboard.KeySize || string(keys[0]) != string(keys[1]) {
			t.Fatalf("two keys: %x %x", keys[0], keys[1])
		}
		a.Close()
		c := openTest(t, path)
		if k, err := c.ReportKey(ctx, "", nil); err != nil || string(k) != string(keys[0]) {
			t.Errorf("after a restart: %x %v, want %x", k, err, keys[0])
		}
		secret := "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
		if k, err := c.ReportKey(ctx, secret, nil); err != nil || fmt.Sprintf("%x", k) != secret {
			t.Errorf("with PAPERBOT_SECRET: %x %v", k, err)
		}
		if k, _ := c.Secret(ctx, ReportKeyName); string(k) != string(keys[0]) {
			t.Errorf("PAPERBOT_SECRET replaced the kept key")
		}
		if _, err := c.ReportKey(ctx, "short", nil); err == nil {
			t.Error("a short PAPERBOT_SECRET was accepted")
		}
	})
}
