package dashboard

import (
	"context"
	"sort"
	"strings"
	"sync"
	"time"
)

// Memory is a Source held in memory, for tests, benchmarks and demos: events
// go in through Ask, Vote and Answer, and the aggregates are computed on the
// first read after a change and kept, so repeated reads cost no more than
// the store's indexed queries would (a benchmark then measures the page).
// It is safe for concurrent use.
type Memory struct {
	mu        sync.Mutex
	questions []Asked
	votes     []Vote
	answers   []QuizAnswer
	names     map[string]string // user -> display name
	showNames map[string]bool   // guild -> setting
	agg       map[string]*aggregate
}

// Asked is a question put to the bot, as the store records it.
type Asked struct {
	Guild, User, Question string
	Answered              bool
	Paragraph             int // the ¶ the answer quoted; 0 when unanswered
	At                    time.Time
}

// Vote is a vote on an answer, as the store records it.
type Vote struct {
	Guild, User, Question string
	Paragraph             int
	Helpful               bool
}

// QuizAnswer is a user's first answer to a quiz item.
type QuizAnswer struct {
	Guild, QuizID, User string
	Correct             bool
}

// NewMemory returns an empty Memory.
func NewMemory() *Memory {
	return &Memory{names: map[string]string{}, showNames: map[string]bool{}, agg: map[string]*aggregate{}}
}

// Ask records a question.
func (m *Memory) Ask(q Asked) { m.change(func() { m.questions = append(m.questions, q) }) }

// Vote records a vote.
func (m *Memory) Vote(v Vote) { m.change(func() { m.votes = append(m.votes, v) }) }

// Answer records a first answer to a quiz item.
func (m *Memory) Answer(a QuizAnswer) { m.change(func() { m.answers = append(m.answers, a) }) }

// SetName records a user's display name.
func (m *Memory) SetName(user, name string) { m.change(func() { m.names[user] = name }) }

// SetShowNames sets a server's "show display names" setting.
func (m *Memory) SetShowNames(guild string, on bool) { m.change(func() { m.showNames[guild] = on }) }

func (m *Memory) change(f func()) {
	m.mu.Lock()
	defer m.mu.Unlock()
	f()
	if len(m.agg) > 0 {
		clear(m.agg)
	}
}

// aggregate is one guild's answers to every Source method.
type aggregate struct {
	paragraphs []ParagraphStat
	byPara     []ParagraphQuestion         // every wording per ¶, most asked first
	limited    map[int][]ParagraphQuestion // byPara cut to n per ¶, by n
	days       []Day
	unanswered []Wording
	notHelpful []NotHelpfulStat
	quiz       []QuizStat
	students   []Student // most active first
	class      Class
}

// of returns guild's aggregates, computing them when a change made them
// stale.
func (m *Memory) of(guild string) *aggregate {
	m.mu.Lock()
	defer m.mu.Unlock()
	if a, ok := m.agg[guild]; ok {
		return a
	}
	a := m.compute(guild)
	m.agg[guild] = a
	return a
}

// wordingCount counts one normalised wording, keeping its first form.
type wordingCount struct {
	first string
	n     int
}

func (m *Memory) compute(guild string) *aggregate {
	a := &aggregate{limited: map[int][]ParagraphQuestion{}}
	paras := map[int]*ParagraphStat{}
	para := func(n int) *ParagraphStat {
		if paras[n] == nil {
			paras[n] = &ParagraphStat{Paragraph: n}
		}
		return paras[n]
	}
	type paraKey struct {
		n    int
		norm string
	}
	byPara := map[paraKey]*wordingCount{}
	unanswered := map[string]*wordingCount{}
	days := map[string]*Day{}
	students := map[string]*Student{}
	student := func(u string) *Student {
		if students[u] == nil {
			students[u] = &Student{User: u, Name: m.names[u]}
		}
		return students[u]
	}
	count := func(m map[string]*wordingCount, norm, q string) {
		if m[norm] == nil {
			m[norm] = &wordingCount{first: tidy(q)}
		}
		m[norm].n++
	}
	for _, q := range m.questions {
		if q.Guild != guild {
			continue
		}
		norm := normalize(q.Question)
		date := q.At.UTC().Format(time.DateOnly)
		if days[date] == nil {
			days[date] = &Day{Date: date}
		}
		student(q.User).Asked++
		if q.Answered {
			days[date].Answered++
			para(q.Paragraph).Answers++
			k := paraKey{q.Paragraph, norm}
			if byPara[k] == nil {
				byPara[k] = &wordingCount{first: tidy(q.Question)}
			}
			byPara[k].n++
		} else {
			days[date].Unanswered++
			count(unanswered, norm, q.Question)
		}
	}
	type nhKey struct {
		norm string
		n    int
	}
	notHelpful := map[nhKey]*NotHelpfulStat{}
	for _, v := range m.votes {
		if v.Guild != guild {
			continue
		}
		if v.Helpful {
			para(v.Paragraph).Helpful++
			continue
		}
		para(v.Paragraph).NotHelpful++
		k := nhKey{normalize(v.Question), v.Paragraph}
		if notHelpful[k] == nil {
			notHelpful[k] = &NotHelpfulStat{Question: tidy(v.Question), Paragraph: v.Paragraph}
		}
		notHelpful[k].Votes++
	}
	quiz := map[string]*QuizStat{}
	for _, qa := range m.answers {
		if qa.Guild != guild {
			continue
		}
		if quiz[qa.QuizID] == nil {
			quiz[qa.QuizID] = &QuizStat{QuizID: qa.QuizID}
		}
		quiz[qa.QuizID].Answered++
		s := student(qa.User)
		s.QuizAnswered++
		if qa.Correct {
			quiz[qa.QuizID].Right++
			s.QuizRight++
		}
	}

	for _, p := range paras {
		a.paragraphs = append(a.paragraphs, *p)
	}
	sort.Slice(a.paragraphs, func(i, j int) bool { return a.paragraphs[i].Paragraph < a.paragraphs[j].Paragraph })
	for k, w := range byPara {
		a.byPara = append(a.byPara, ParagraphQuestion{Paragraph: k.n, Question: w.first, Count: w.n})
	}
	sort.Slice(a.byPara, func(i, j int) bool {
		x, y := a.byPara[i], a.byPara[j]
		if x.Paragraph != y.Paragraph {
			return x.Paragraph < y.Paragraph
		}
		if x.Count != y.Count {
			return x.Count > y.Count
		}
		return normalize(x.Question) < normalize(y.Question)
	})
	for _, d := range days {
		a.days = append(a.days, *d)
	}
	sort.Slice(a.days, func(i, j int) bool { return a.days[i].Date < a.days[j].Date })
	a.unanswered = sortedWordings(unanswered)
	for _, nh := range notHelpful {
		a.notHelpful = append(a.notHelpful, *nh)
	}
	sort.Slice(a.notHelpful, func(i, j int) bool {
		x, y := a.notHelpful[i], a.notHelpful[j]
		if x.Votes != y.Votes {
			return x.Votes > y.Votes
		}
		if nx, ny := normalize(x.Question), normalize(y.Question); nx != ny {
			return nx < ny
		}
		return x.Paragraph < y.Paragraph
	})
	for _, q := range quiz {
		a.quiz = append(a.quiz, *q)
	}
	sort.Slice(a.quiz, func(i, j int) bool { return a.quiz[i].QuizID < a.quiz[j].QuizID })
	for _, s := range students {
		a.students = append(a.students, *s)
	}
	// The most active first, ties by user id, as Source.Students says.
	sort.Slice(a.students, func(i, j int) bool {
		x, y := a.students[i], a.students[j]
		if ax, ay := x.Asked+x.QuizAnswered, y.Asked+y.QuizAnswered; ax != ay {
			return ax > ay
		}
		return x.User < y.User
	})
	quizGroups := map[[2]int]int{}
	for _, s := range a.students {
		a.class.Students++
		if s.Asked > 0 {
			a.class.Askers++
		}
		if s.QuizAnswered > 0 {
			quizGroups[[2]int{s.QuizAnswered, s.QuizRight}]++
		}
	}
	for k, n := range quizGroups {
		a.class.Quiz = append(a.class.Quiz, QuizGroup{Answered: k[0], Right: k[1], Students: n})
	}
	sort.Slice(a.class.Quiz, func(i, j int) bool {
		x, y := a.class.Quiz[i], a.class.Quiz[j]
		if x.Answered != y.Answered {
			return x.Answered < y.Answered
		}
		return x.Right < y.Right
	})
	return a
}

func sortedWordings(m map[string]*wordingCount) []Wording {
	type kv struct {
		norm string
		w    Wording
	}
	var all []kv
	for norm, w := range m {
		all = append(all, kv{norm, Wording{Question: w.first, Count: w.n}})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].w.Count != all[j].w.Count {
			return all[i].w.Count > all[j].w.Count
		}
		return all[i].norm < all[j].norm
	})
	out := make([]Wording, len(all))
	for i := range all {
		out[i] = all[i].w
	}
	return out
}

// Paragraphs implements Source.
func (m *Memory) Paragraphs(_ context.Context, guild string) ([]ParagraphStat, error) {
	return m.of(guild).paragraphs, nil
}

// ParagraphQuestions implements Source.
func (m *Memory) ParagraphQuestions(_ context.Context, guild string, perParagraph int) ([]ParagraphQuestion, error) {
	a := m.of(guild)
	m.mu.Lock()
	defer m.mu.Unlock()
	if out, ok := a.limited[perParagraph]; ok {
		return out, nil
	}
	var out []ParagraphQuestion
	run := 0 // rows of the current ¶ kept so far
	for i, q := range a.byPara {
		if i == 0 || a.byPara[i-1].Paragraph != q.Paragraph {
			run = 0
		}
		if perParagraph > 0 && run >= perParagraph {
			continue
		}
		run++
		out = append(out, q)
	}
	a.limited[perParagraph] = out
	return out, nil
}

// Days implements Source.
func (m *Memory) Days(_ context.Context, guild string) ([]Day, error) { return m.of(guild).days, nil }

// Unanswered implements Source.
func (m *Memory) Unanswered(_ context.Context, guild string, limit int) ([]Wording, error) {
	return head(m.of(guild).unanswered, limit), nil
}

// NotHelpful implements Source.
func (m *Memory) NotHelpful(_ context.Context, guild string, limit int) ([]NotHelpfulStat, error) {
	return head(m.of(guild).notHelpful, limit), nil
}

// QuizItems implements Source.
func (m *Memory) QuizItems(_ context.Context, guild string) ([]QuizStat, error) {
	return m.of(guild).quiz, nil
}

// Students implements Source.
func (m *Memory) Students(_ context.Context, guild string, limit int) ([]Student, error) {
	return head(m.of(guild).students, limit), nil
}

// Class implements Source.
func (m *Memory) Class(_ context.Context, guild string) (Class, error) {
	return m.of(guild).class, nil
}

// ShowNames implements Source.
func (m *Memory) ShowNames(_ context.Context, guild string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.showNames[guild], nil
}

// head returns the first limit elements of s (all when limit <= 0).
func head[T any](s []T, limit int) []T {
	if limit > 0 && len(s) > limit {
		return s[:limit]
	}
	return s
}

// normalize is store.Normalize: the form under which questions are
// grouped (lower case, white space collapsed, trailing '?', '!' and '.'
// removed).
func normalize(q string) string { return strings.TrimRight(strings.ToLower(tidy(q)), "?!. ") }

// tidy collapses white space, keeping the wording and case.
func tidy(q string) string { return strings.Join(strings.Fields(q), " ") }
