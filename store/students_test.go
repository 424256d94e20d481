package store

import (
	"strings"
	"testing"
	"time"

	"paperbot/dashboard"
)

// TestStudentsQueryPlan: the teacher's page reads the most active students
// as the first rows of students_by_activity (no sort of every student) and
// the class's aggregates as a range of class_counts' key, so neither reads
// a row per student beyond those shown.
func TestStudentsQueryPlan(t *testing.T) {
	s := openTest(t, tempDB(t))
	for _, tc := range []struct {
		name, query string
		args        []any
		want        []string
	}{
		{"top students", studentsSQL + " LIMIT ?", []any{"g", 100}, []string{
			"SEARCH s USING INDEX students_by_activity (guild=?)",
			"SEARCH n USING PRIMARY KEY (guild=? AND user_id=?)",
		}},
		{"class", classSQL, []any{"g"}, []string{"SEARCH class_counts USING PRIMARY KEY (guild=?)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := queryPlan(t, s, tc.query, tc.args...)
			t.Logf("EXPLAIN QUERY PLAN:\n%s", p)
			for _, w := range tc.want {
				if !strings.Contains(p, w) {
					t.Errorf("plan lacks %q", w)
				}
			}
			for _, bad := range []string{"TEMP B-TREE", "SCAN s", "SCAN students", "SCAN n", "SCAN class_counts"} {
				if strings.Contains(p, bad) {
					t.Errorf("plan has %q", bad)
				}
			}
		})
	}
}

// TestClassCountsFollowEveryOrder: a student moves between the class's
// groups whatever the order of their questions and quiz answers (a quiz
// taker who asks later, an asker who takes quizzes, a repeated answer that
// does not count), and the class and the top students are what Memory
// computes from the same events, on both engines.
func TestClassCountsFollowEveryOrder(t *testing.T) {
	forEachEngine(t, func(t *testing.T, dsn string) {
		ctx := testCtx(t)
		s := openTest(t, dsn)
		mem := dashboard.NewMemory()
		r := newLiveRecorder(ctx, s, mem)
		at := time.Date(2026, 9, 1, 10, 0, 0, 0, time.UTC)
		ask := func(g, u string) dashboard.Asked {
			return dashboard.Asked{Guild: g, User: u, Question: "Why the base at " + u + "?", At: at}
		}
		quiz := func(g, u, id string, right bool) dashboard.QuizAnswer {
			return dashboard.QuizAnswer{Guild: g, QuizID: id, User: u, Correct: right}
		}
		for _, e := range []any{
			quiz("1", "a", "q1", true), ask("1", "a"), // a quiz taker who asks later
			ask("1", "b"), quiz("1", "b", "q1", false), quiz("1", "b", "q2", true), // an asker who takes quizzes
			quiz("1", "c", "q1", true), quiz("1", "c", "q2", false), ask("1", "c"), ask("1", "c"),
			ask("1", "d"), ask("1", "d"), ask("1", "d"), // asks only
			quiz("2", "a", "q1", false), // another server
			quiz("", "a", "q3", true),   // DMs
		} {
			var err error
			switch e := e.(type) {
			case dashboard.Asked:
				err = r.Ask(e)
			case dashboard.QuizAnswer:
				err = r.Answer(e)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		// A second answer to a quiz counts nowhere.
		if first, err := s.RecordAnswer(ctx, QuizAnswer{Guild: "1", QuizID: "q1", User: "c"}); first || err != nil {
			t.Fatalf("a second answer: first %v, %v", first, err)
		}
		for _, g := range []string{"1", "2", "3"} {
			got, want := dump(t, s, g), dump(t, mem, g)
			compareDumps(t, got, want)
		}
		if c, _ := s.Class(ctx, "1"); c.Students != 4 || c.Askers != 4 {
			t.Errorf("class of server 1: %+v, want 4 students, all askers", c)
		}
	})
}
