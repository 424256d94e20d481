package store

import (
	"strings"
	"testing"
)

// TestStudentsQueryPlan: the teacher's page reads the most active students
// as the first rows of students_by_activity (no sort of every student) and
// the class's aggregates as one walk of the covering index
// students_by_quiz in its order (no temporary b-tree to group in), so
// neither reads a row per student beyond those shown.
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
		{"class", classSQL, []any{"g"}, []string{"SEARCH students USING COVERING INDEX students_by_quiz (guild=?)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := queryPlan(t, s, tc.query, tc.args...)
			t.Logf("EXPLAIN QUERY PLAN:\n%s", p)
			for _, w := range tc.want {
				if !strings.Contains(p, w) {
					t.Errorf("plan lacks %q", w)
				}
			}
			for _, bad := range []string{"TEMP B-TREE", "SCAN s", "SCAN students", "SCAN n"} {
				if strings.Contains(p, bad) {
					t.Errorf("plan has %q", bad)
				}
			}
		})
	}
}
