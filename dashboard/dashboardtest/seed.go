// Package dashboardtest seeds a server's activity deterministically and
// measures the teacher's page on it, for the dashboard's tests and for a
// benchmark over any Source (the store's included: give Seed a Recorder that
// writes to the store, and BenchPage a build function that returns it).
package dashboardtest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"paperbot/dashboard"
	"paperbot/paper"
)

// Recorder receives seeded events.
type Recorder interface {
	Ask(dashboard.Asked) error
	Vote(dashboard.Vote) error
	Answer(dashboard.QuizAnswer) error
}

// Memory is a Recorder over a dashboard.Memory.
func Memory(m *dashboard.Memory) Recorder { return memoryRecorder{m} }

type memoryRecorder struct{ m *dashboard.Memory }

func (r memoryRecorder) Ask(q dashboard.Asked) error         { r.m.Ask(q); return nil }
func (r memoryRecorder) Vote(v dashboard.Vote) error         { r.m.Vote(v); return nil }
func (r memoryRecorder) Answer(a dashboard.QuizAnswer) error { r.m.Answer(a); return nil }

// Spec is how much activity to seed on one server.
type Spec struct {
	Guild       string
	Seed        uint64 // the same Spec seeds the same events
	Questions   int
	Votes       int       // on answered questions; at most one per question
	QuizAnswers int       // first answers
	Students    int       // at least; raised to what QuizAnswers need (see Students)
	Days        int       // questions spread over this many days from Start (default 30)
	Start       time.Time // default 2026-09-01 UTC
	QuizIDs     []string
}

// User is the id of seeded student i: an 18-digit snowflake.
func User(i int) string { return fmt.Sprintf("4%017d", i) }

// Unanswered wordings: subjects the paper does not cover, each asked in a
// few ways, so that grouping has work to do.
var offTopic = [][]string{
	{"What is the population of Tajikistan?", "tajikistan population?", "What is the population of Tajikistan today", "population of tajikistan"},
	{"Who is the president of Russia now?", "who is russia's president", "Who is the current president of Russia?"},
	{"What is Tajikistan's GDP in 2024?", "tajikistan gdp 2024", "GDP of Tajikistan in 2024?"},
	{"Is this paper peer reviewed?", "was the paper peer reviewed", "Is the paper peer-reviewed?"},
	{"What language do people speak in Dushanbe?", "what languages are spoken in dushanbe"},
	{"How tall is the Pamir mountain range?", "height of the pamir mountains"},
	{"What is the weather like in Tajikistan in winter?", "tajikistan winter weather"},
	{"hello", "hi bot", "thanks!"},
}

// What students put around a question, so that the same question comes in
// many wordings.
var (
	prefixes = []string{"", "", "quick question: ", "hey, ", "um ", "sorry, ", "pls "}
	suffixes = []string{"", "", " thanks", " please", " ??"}
)

// Seed writes spec's events to r: questions over spec.Days days, about
// four in five answered, landing mostly on a few ¶ (a skewed pick, with the
// last fifth of the paper never reached, as a class that stops reading
// would); votes, a quarter of them Not helpful; quiz answers with items of
// differing difficulty.
func Seed(r Recorder, p *paper.Paper, spec Spec) error {
	if spec.Days <= 0 {
		spec.Days = 30
	}
	if spec.Start.IsZero() {
		spec.Start = time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	}
	spec.Students = Students(spec)
	if spec.QuizAnswers > 0 && len(spec.QuizIDs) == 0 {
		return fmt.Errorf("seed: %d quiz answers and no quiz", spec.QuizAnswers)
	}
	rng := rand.New(rand.NewPCG(spec.Seed, 0x9e3779b97f4a7c15))
	users := make([]string, spec.Students)
	for i := range users {
		users[i] = User(i)
	}
	reach := max(1, len(p.Paragraphs)*4/5)
	topics := make([]string, len(p.Paragraphs))
	for i, para := range p.Paragraphs {
		topics[i] = topic(para)
	}
	asks := []string{"What does the paper say about %s?", "Explain %s", "why %s", "What happened with %s?", "Tell me about %s", "%s?"}
	type answered struct {
		q    string
		para int
	}
	var got []answered
	for i := range spec.Questions {
		u := users[rng.IntN(len(users))]
		at := spec.Start.Add(time.Duration(rng.IntN(spec.Days*24*60)) * time.Minute)
		if rng.IntN(5) == 0 {
			forms := offTopic[rng.IntN(len(offTopic))]
			q := prefixes[rng.IntN(len(prefixes))] + forms[rng.IntN(len(forms))] + suffixes[rng.IntN(len(suffixes))]
			if err := r.Ask(dashboard.Asked{Guild: spec.Guild, User: u, Question: q, At: at}); err != nil {
				return fmt.Errorf("seed question %d: %w", i, err)
			}
			continue
		}
		// Skewed: the square of a uniform pick favours the first ¶.
		f := rng.Float64()
		n := 1 + int(f*f*float64(reach))
		q := prefixes[rng.IntN(len(prefixes))] + fmt.Sprintf(asks[rng.IntN(len(asks))], topics[n-1]) + suffixes[rng.IntN(len(suffixes))]
		if err := r.Ask(dashboard.Asked{Guild: spec.Guild, User: u, Question: q, Answered: true, Paragraph: n, At: at}); err != nil {
			return fmt.Errorf("seed question %d: %w", i, err)
		}
		got = append(got, answered{q, n})
	}
	for i := 0; i < spec.Votes && len(got) > 0; i++ {
		a := got[rng.IntN(len(got))]
		v := dashboard.Vote{Guild: spec.Guild, User: users[rng.IntN(len(users))], Question: a.q, Paragraph: a.para, Helpful: rng.IntN(4) != 0}
		if err := r.Vote(v); err != nil {
			return fmt.Errorf("seed vote %d: %w", i, err)
		}
	}
	if spec.QuizAnswers == 0 {
		return nil
	}
	ease := make([]float64, len(spec.QuizIDs))
	for i := range ease {
		ease[i] = 0.15 + 0.8*rng.Float64()
	}
	// Each student answers an equal share of the quizzes, a random
	// subset, so no (quiz, student) pair repeats.
	per, extra := spec.QuizAnswers/spec.Students, spec.QuizAnswers%spec.Students
	order := make([]int, len(spec.QuizIDs))
	for s, u := range users {
		k := per
		if s < extra {
			k++
		}
		for i := range order {
			order[i] = i
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, qi := range order[:k] {
			a := dashboard.QuizAnswer{Guild: spec.Guild, QuizID: spec.QuizIDs[qi], User: u, Correct: rng.Float64() < ease[qi]}
			if err := r.Answer(a); err != nil {
				return fmt.Errorf("seed quiz answer: %w", err)
			}
		}
	}
	return nil
}

// topic is the first few words of a ¶'s first sentence.
func topic(p paper.Paragraph) string {
	s := p.Text
	if len(p.Sentences) > 0 {
		s = p.Sentences[0].Text
	}
	w := strings.Fields(s)
	return strings.ToLower(strings.Trim(strings.Join(w[:min(6, len(w))], " "), ".,;:"))
}

// Students is how many students Seed makes for spec: spec.Students, or more
// when QuizAnswers first answers need more with len(QuizIDs) items (the
// quiz's item count changes as the quiz generator improves; a test's data
// must not break with it).
func Students(spec Spec) int {
	n := spec.Students
	if n <= 0 {
		n = 30
	}
	if q := len(spec.QuizIDs); q > 0 {
		n = max(n, (spec.QuizAnswers+q-1)/q)
	}
	return n
}
