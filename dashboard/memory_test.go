package dashboard

import (
	"context"
	"reflect"
	"testing"
	"time"
)

func TestMemory(t *testing.T) {
	ctx := context.Background()
	m := NewMemory()
	at := time.Date(2026, 9, 1, 23, 30, 0, 0, time.FixedZone("UTC+2", 2*3600)) // 21:30 UTC: 1 September
	for _, q := range []Asked{
		{Guild: "1", User: "a", Question: "Why the base?", Answered: true, Paragraph: 15, At: at},
		{Guild: "1", User: "b", Question: "why  the base", Answered: true, Paragraph: 15, At: at},
		{Guild: "1", User: "b", Question: "Who is Rahmon?", Answered: true, Paragraph: 15, At: at},
		{Guild: "1", User: "c", Question: "When?", Answered: true, Paragraph: 2, At: at.Add(3 * time.Hour)},
		{Guild: "1", User: "c", Question: "weather?", At: at.Add(3 * time.Hour)},
		{Guild: "2", User: "z", Question: "Why the base?", Answered: true, Paragraph: 15, At: at},
	} {
		m.Ask(q)
	}
	got, _ := m.ParagraphQuestions(ctx, "1", 1)
	want := []ParagraphQuestion{{2, "When?", 1}, {15, "Why the base?", 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("one wording per ¶: %v, want %v", got, want)
	}
	got, _ = m.ParagraphQuestions(ctx, "1", 0)
	if len(got) != 3 {
		t.Errorf("every wording: %v", got)
	}
	days, _ := m.Days(ctx, "1")
	if want := []Day{{"2026-09-01", 3, 0}, {"2026-09-02", 1, 1}}; !reflect.DeepEqual(days, want) {
		t.Errorf("days (UTC) %v, want %v", days, want)
	}
	// A change after a read is seen by the next read.
	m.Ask(Asked{Guild: "1", User: "d", Question: "Why the base?", Answered: true, Paragraph: 15, At: at})
	paras, _ := m.Paragraphs(ctx, "1")
	if want := []ParagraphStat{{Paragraph: 2, Answers: 1}, {Paragraph: 15, Answers: 4}}; !reflect.DeepEqual(paras, want) {
		t.Errorf("paragraphs %v, want %v", paras, want)
	}
	if s, _ := m.Students(ctx, "2", 0); len(s) != 1 || s[0].User != "z" {
		t.Errorf("guild 2's students: %v", s)
	}
	// The most active students first, ties by user id; the class counts
	// everyone.
	m.Answer(QuizAnswer{Guild: "1", QuizID: "q1", User: "a", Correct: true})
	m.Answer(QuizAnswer{Guild: "1", QuizID: "q2", User: "a"})
	top, _ := m.Students(ctx, "1", 2)
	if want := []Student{{User: "a", Asked: 1, QuizAnswered: 2, QuizRight: 1}, {User: "b", Asked: 2}}; !reflect.DeepEqual(top, want) {
		t.Errorf("top 2 students %+v, want %+v", top, want)
	}
	class, _ := m.Class(ctx, "1")
	if want := (Class{Students: 4, Askers: 4, Quiz: []QuizGroup{{Answered: 2, Right: 1, Students: 1}}}); !reflect.DeepEqual(class, want) {
		t.Errorf("class %+v, want %+v", class, want)
	}
}
