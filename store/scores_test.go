package store

import (
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"
)

// aggregateSQL is how the leaderboard was computed before the scores table
// (schema version 2): every answer of the guild aggregated on each read,
// ranked by the tie rule. It is the reference the scores table must agree
// with.
const aggregateSQL = `
WITH s AS (
	SELECT user_id,
	       SUM(correct) AS points,
	       COUNT(*) AS answered,
	       COALESCE(MAX(CASE WHEN correct = 1 THEN at END), 0) AS last_win
	FROM quiz_answers
	WHERE guild = ?
	GROUP BY user_id
)
SELECT ROW_NUMBER() OVER (ORDER BY points DESC, answered ASC, last_win ASC, user_id ASC) AS rank,
       user_id, points, answered, last_win
FROM s ORDER BY rank`

// aggregateBoard is the guild's whole leaderboard computed by aggregateSQL.
func aggregateBoard(t testing.TB, s *Store, guild string) []Score {
	t.Helper()
	rows, err := s.rd.Query(aggregateSQL, guild)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []Score
	for rows.Next() {
		var rank int
		sc, err := scanScore(rows, &rank)
		if err != nil {
			t.Fatal(err)
		}
		if rank != len(out)+1 {
			t.Fatalf("aggregate rank %d at row %d", rank, len(out)+1)
		}
		out = append(out, sc)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// scoresMatchAnswers checks every row of the scores table against the
// aggregate of the answers, in every guild, and that no user is missing.
func scoresMatchAnswers(t testing.TB, s *Store) {
	t.Helper()
	table := func(q string) string {
		rows, err := s.rd.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var b strings.Builder
		for rows.Next() {
			var guild, user string
			var points, answered, lastWin int64
			if err := rows.Scan(&guild, &user, &points, &answered, &lastWin); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%q %q %d %d %d\n", guild, user, points, answered, lastWin)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	got := table(`SELECT guild, user_id, points, answered, last_win FROM scores ORDER BY guild, user_id`)
	want := table(`
SELECT guild, user_id, SUM(correct), COUNT(*), COALESCE(MAX(CASE WHEN correct = 1 THEN at END), 0)
FROM quiz_answers GROUP BY guild, user_id ORDER BY guild, user_id`)
	if got != want {
		t.Fatalf("scores table differs from the answers' aggregate:\n got\n%s\nwant\n%s", got, want)
	}
}

// TestScoresMatchAggregate drives a random workload (the same every run)
// of first and repeated answers, right and wrong, at times out of order and
// often equal, in two servers and in DMs, and checks at intervals that
// Leaderboard (whole and top 10) and every user's Rank agree with the
// aggregate over all answers that the leaderboard used to compute.
func TestScoresMatchAggregate(t *testing.T) { forEachEngine(t, testScoresMatchAggregate) }

func testScoresMatchAggregate(t *testing.T, dsn string) {
	ctx := testCtx(t)
	s := openTest(t, dsn)
	rng := rand.New(rand.NewPCG(8, 2025))
	t0 := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	guilds := []string{"g1", "g2", ""}
	const (
		steps   = 3000
		users   = 40
		quizzes = 30
	)
	for i := 1; i <= steps; i++ {
		a := QuizAnswer{
			Guild:   guilds[rng.IntN(len(guilds))],
			QuizID:  fmt.Sprintf("q%d", rng.IntN(quizzes)),
			User:    fmt.Sprintf("u%02d", rng.IntN(users)),
			Choice:  rng.IntN(4),
			Correct: rng.IntN(3) == 0,
			At:      t0.Add(time.Duration(rng.IntN(60)) * time.Minute), // out of order, many equal
		}
		if _, err := s.RecordAnswer(ctx, a); err != nil {
			t.Fatal(err)
		}
		if i%750 != 0 {
			continue
		}
		scoresMatchAnswers(t, s)
		for _, g := range guilds {
			want := aggregateBoard(t, s, g)
			got, err := s.Leaderboard(ctx, g, 0)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("step %d guild %q: leaderboard\n got %+v\nwant %+v", i, g, got, want)
			}
			top, err := s.Leaderboard(ctx, g, 10)
			if err != nil || !reflect.DeepEqual(top, want[:min(10, len(want))]) {
				t.Fatalf("step %d guild %q: top 10 %+v %v", i, g, top, err)
			}
			for r, sc := range want {
				rank, got, err := s.Rank(ctx, g, sc.User)
				if err != nil || rank != r+1 || got != sc {
					t.Fatalf("step %d guild %q: Rank(%s) = %d %+v %v, want %d %+v", i, g, sc.User, rank, got, err, r+1, sc)
				}
			}
		}
	}
}

// TestDMQuiz: answers given in DMs (guild "") are recorded and scored per
// user, apart from every server's.
func TestDMQuiz(t *testing.T) { forEachEngine(t, testDMQuiz) }

func testDMQuiz(t *testing.T, dsn string) {
	ctx := testCtx(t)
	s := openTest(t, dsn)
	for _, a := range []QuizAnswer{
		{Guild: "", QuizID: "q1", User: "u", Correct: true},
		{Guild: "", QuizID: "q1", User: "u", Correct: false}, // repeat: ignored
		{Guild: "", QuizID: "q2", User: "u", Correct: false},
		{Guild: "", QuizID: "q1", User: "v", Correct: true},
		{Guild: "g", QuizID: "q1", User: "u", Correct: true},
	} {
		if _, err := s.RecordAnswer(ctx, a); err != nil {
			t.Fatalf("RecordAnswer(%+v): %v", a, err)
		}
	}
	rank, sc, err := s.Rank(ctx, "", "u")
	if err != nil || rank != 2 || sc.Points != 1 || sc.Answered != 2 {
		t.Fatalf("DM rank of u: %d %+v %v, want 2nd with 1 point of 2", rank, sc, err)
	}
	board, err := s.Leaderboard(ctx, "", 10)
	if err != nil || len(board) != 2 || board[0].User != "v" {
		t.Fatalf("DM leaderboard: %+v %v", board, err)
	}
	if g, err := s.Leaderboard(ctx, "g", 10); err != nil || len(g) != 1 || g[0].Answered != 1 {
		t.Fatalf("server g's leaderboard counts DM answers: %+v %v", g, err)
	}
}

// TestScoresQueryPlan: the leaderboard is a range of the index
// scores_by_rank read in order (no sort, no scan of the table), and a rank
// counts through the same index. Also the two look-ups of an answer by id
// (a vote's check, QuestionFor), which scanned the questions table until
// they told SQLite the id is not ” (the partial index's condition).
func TestScoresQueryPlan(t *testing.T) {
	s := openTest(t, tempDB(t))
	plan := func(query string, args ...any) string { return queryPlan(t, s, query, args...) }
	for _, tc := range []struct {
		name, query string
		args        []any
		want        []string
	}{
		{"leaderboard", leaderboardSQL, []any{"g", 10}, []string{"SEARCH scores USING COVERING INDEX scores_by_rank (guild=?)"}},
		{"score", scoreSQL, []any{"g", "u"}, []string{"SEARCH scores USING PRIMARY KEY (guild=? AND user_id=?)"}},
		{"ahead", aheadSQL, []any{"g", 3, 5, 1e18, "u"}, []string{
			"SEARCH scores USING COVERING INDEX scores_by_rank (guild=? AND points>?)",
			"SEARCH scores USING COVERING INDEX scores_by_rank (guild=? AND points=? AND (answered,last_win,user_id)<(?,?,?))",
		}},
		{"vote's answer", votableSQL, []any{"a"}, []string{"SEARCH questions USING INDEX questions_by_answer (answer_id=?)"}},
		{"question for", questionForSQL, []any{"a"}, []string{"SEARCH questions USING INDEX questions_by_answer (answer_id=?)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := plan(tc.query, tc.args...)
			t.Logf("EXPLAIN QUERY PLAN:\n%s", p)
			for _, w := range tc.want {
				if !strings.Contains(p, w) {
					t.Errorf("plan lacks %q", w)
				}
			}
			for _, bad := range []string{"TEMP B-TREE", "SCAN scores", "SCAN questions"} {
				if strings.Contains(p, bad) {
					t.Errorf("plan has %q", bad)
				}
			}
		})
	}
}

// queryPlan is SQLite's EXPLAIN QUERY PLAN of query, one step a line.
func queryPlan(t *testing.T, s *Store, query string, args ...any) string {
	t.Helper()
	rows, err := s.rd.Query("EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, detail)
	}
	return strings.Join(lines, "\n")
}

// TestMigrateFromVersion2: a database written before the scores table
// (schema version 2) gets one score row per user and guild from its
// answers, and later answers keep them up to date; its logged answers,
// which have no paragraph lists, take votes on their top paragraph only.
func TestMigrateFromVersion2(t *testing.T) {
	ctx := testCtx(t)
	path := tempDB(t)
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(migrations[0] + migrations[1] + `PRAGMA user_version = 2;
INSERT INTO quiz_answers VALUES
	('g', 'q1', 'ann', 0, 1, 100), ('g', 'q2', 'ann', 1, 0, 300), ('g', 'q3', 'ann', 2, 1, 200),
	('g', 'q1', 'bob', 0, 0, 50),
	('h', 'q1', 'ann', 0, 1, 70);
INSERT INTO questions (guild, user_id, question, norm, answered, paragraph, at, answer_id)
VALUES ('g', 'u', 'Who?', 'who', 1, 5, 0, 'a1');`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s := openTest(t, path)
	scoresMatchAnswers(t, s)
	if _, sc, err := s.Rank(ctx, "g", "ann"); err != nil || sc.Points != 2 || sc.Answered != 3 || sc.LastWin.UnixNano() != 200 {
		t.Fatalf("ann after backfill: %+v %v", sc, err)
	}
	if _, err := s.RecordAnswer(ctx, QuizAnswer{Guild: "g", QuizID: "q2", User: "bob", Correct: true, At: time.Unix(0, 400)}); err != nil {
		t.Fatal(err)
	}
	scoresMatchAnswers(t, s)
	if board, err := s.Leaderboard(ctx, "g", 0); err != nil || !reflect.DeepEqual(board, aggregateBoard(t, s, "g")) {
		t.Fatalf("after an answer: %+v %v", board, err)
	}
	if ok, err := s.Vote(ctx, Vote{AnswerID: "a1", Guild: "g", User: "v", Paragraph: 5}); err != nil || !ok {
		t.Fatalf("vote on an old answer's paragraph: %v %v", ok, err)
	}
	if _, err := s.Vote(ctx, Vote{AnswerID: "a1", Guild: "g", User: "w", Paragraph: 6}); !errors.Is(err, ErrUnknownAnswer) {
		t.Fatalf("vote on another paragraph of an old answer: %v", err)
	}
}
