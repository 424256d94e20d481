package classroom

import (
	"slices"
	"strings"
	"testing"
)

// TestShiftItem: the shift item on the paper's sentences (seen failing
// before shift.go: no item): how the title's pivot changed a country's
// foreign policy, "The events" of ¶14 resolved to 9/11 by the paragraph
// before; the wrong choices what the paper says of Tajikistan's ties at
// other times (the 2005 cooling, the dependence on Russia since
// independence), none from the answer's own paragraph, none stating an
// earlier item's answer (the SCO's demand, the accusation, national and
// regime security).
func TestShiftItem(t *testing.T) {
	q := oneOfKind(t, defaultQuizzer(t).All(), shiftKind)
	if want := "How did the events of 9/11 change Tajikistan's foreign policy?"; q.Question != want {
		t.Errorf("stem %q, want %q", q.Question, want)
	}
	if a := q.Choices[q.Answer]; a != "Its relations with Western and Asian countries expanded" {
		t.Errorf("answer %q", a)
	}
	var wrong []string
	for i, c := range q.Choices {
		if i == q.Answer {
			continue
		}
		wrong = append(wrong, c)
		lc := strings.ToLower(c)
		for _, bad := range []string{"sco", "withdraw", "timetable", "unity", "soros", "ngo", "security", "partnership", "reduced", "balance", "accords", "revolution"} {
			if strings.Contains(lc, bad) {
				t.Errorf("wrong choice %q: %q", c, bad)
			}
		}
	}
	slices.Sort(wrong)
	want := []string{"It grew reluctant to pursue close connections with the U.S.", "Its dependence on Russia increased", "Its relations with Iran, China and Russia expanded"}
	if !slices.Equal(wrong, want) {
		t.Errorf("wrong choices %q, want %q", wrong, want)
	}
	checkWellFormed(t, q)
}
