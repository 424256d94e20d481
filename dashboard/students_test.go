package dashboard_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"paperbot/dashboard"
	"paperbot/dashboard/dashboardtest"
)

// limitSpy records the limits the page asks Students for.
type limitSpy struct {
	dashboard.Source
	mu     sync.Mutex
	limits []int
}

func (s *limitSpy) Students(ctx context.Context, g string, limit int) ([]dashboard.Student, error) {
	s.mu.Lock()
	s.limits = append(s.limits, limit)
	s.mu.Unlock()
	return s.Source.Students(ctx, g, limit)
}

// TestPageReadsTopStudentsOnly: the page asks the Source for the hundred
// most active students only, shows them most active first and counts the
// whole class from Class; the students download asks for everyone.
func TestPageReadsTopStudentsOnly(t *testing.T) {
	f := dashboardtest.NewFixture(t)
	m := dashboard.NewMemory()
	at := time.Date(2026, 9, 1, 10, 0, 0, 0, time.UTC)
	const class = 150
	for i := range class {
		u := dashboardtest.User(i)
		for range i % 7 { // activity 0..6 questions
			m.Ask(dashboard.Asked{Guild: guild, User: u, Question: "Why the base?", Answered: true, Paragraph: 4, At: at})
		}
		m.Answer(dashboard.QuizAnswer{Guild: guild, QuizID: "q1", User: u, Correct: i%3 == 0})
	}
	spy := &limitSpy{Source: m}
	h := f.Handler(spy)
	rec := get(t, h, f.Path(guild, ""))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	if fmt.Sprint(spy.limits) != "[100]" {
		t.Errorf("the page asked for students with limits %v, want [100]", spy.limits)
	}
	body := rec.Body.String()
	for _, want := range []string{
		"the first 100 of 150",
		"Students taking part</dt><dd>150",
		"150 of the 150 students taking part answered quizzes",
	} {
		if !strings.Contains(body, want) && !strings.Contains(text(parse(t, rec.Body.Bytes())), want) {
			t.Errorf("page lacks %q", want)
		}
	}
	spy.limits = nil
	rec = get(t, h, f.Path(guild, "students.csv"))
	lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\n")
	if fmt.Sprint(spy.limits) != "[0]" || len(lines) != 1+class {
		t.Errorf("students.csv asked with limits %v and has %d lines, want [0] and %d", spy.limits, len(lines), 1+class)
	}
	// Most active first: 6 questions and a quiz answer.
	if !strings.HasSuffix(lines[1], ",6,1,0") && !strings.HasSuffix(lines[1], ",6,1,1") {
		t.Errorf("first student row %q, want one of the most active (6 asked, 1 quiz)", lines[1])
	}
}

// TestNotHelpfulWithoutQuestion: a Not helpful vote whose question was
// deleted (its asker used /forget) still shows under its ¶, saying so.
func TestNotHelpfulWithoutQuestion(t *testing.T) {
	f := dashboardtest.NewFixture(t)
	m := dashboard.NewMemory()
	m.Vote(dashboard.Vote{Guild: guild, User: ada, Question: "", Paragraph: 12, Helpful: false})
	rec := get(t, f.Handler(m), f.Path(guild, ""))
	if body := rec.Body.String(); rec.Code != http.StatusOK || !strings.Contains(body, "(question deleted by its asker)") {
		t.Errorf("status %d; the not-helpful row does not say its question was deleted", rec.Code)
	}
}
