package dashboardtest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"paperbot/classroom"
	"paperbot/dashboard"
	"paperbot/data"
	"paperbot/paper"
)

// Key is a fixed key for tests: never use it for a real bot.
var Key = []byte("dashboardtest key, 32 bytes long")

// Fixture is the paper, its quizzes and a handler over a Source.
type Fixture struct {
	Paper   *paper.Paper
	Quizzes *classroom.Quizzer
	Now     time.Time
}

// NewFixture parses the embedded paper and makes its quizzes, with its
// plain-English list as the bot does.
func NewFixture(tb testing.TB) Fixture {
	tb.Helper()
	p, err := paper.Default()
	if err != nil {
		tb.Fatal(err)
	}
	plain, err := classroom.LoadPlain(data.Knowledge())
	if err != nil {
		tb.Fatal(err)
	}
	return Fixture{Paper: p, Quizzes: classroom.NewQuizzer(p, plain), Now: time.Date(2026, 10, 15, 12, 0, 0, 0, time.UTC)}
}

// QuizIDs are the ids of every quiz the paper makes.
func (f Fixture) QuizIDs() []string {
	var ids []string
	for _, q := range f.Quizzes.All() {
		ids = append(ids, q.ID)
	}
	return ids
}

// Handler serves the page over src with Key, at f.Now.
func (f Fixture) Handler(src dashboard.Source) http.Handler {
	return dashboard.Handler(dashboard.Options{Source: src, Paper: f.Paper, Quizzes: f.Quizzes, Key: Key,
		Now: func() time.Time { return f.Now }})
}

// Path is the page's path for guild with a valid token (or the path of
// file, e.g. "days.csv", when file is not empty).
func (f Fixture) Path(guild, file string) string {
	p := "/report/" + guild
	if file != "" {
		p += "/" + file
	}
	return p + "?token=" + dashboard.Sign(Key, guild, f.Now.Add(dashboard.TokenTTL))
}

// BenchPage measures GET of the page for spec.Guild, served in-process
// over the Source that build returns (build seeds it, e.g. with Seed, and
// may stop the timer while it does). It reports the p50 and p99 of one
// request in ms, the CPU time a request takes (all threads, the collector's
// included) and the page's size.
func BenchPage(b *testing.B, spec Spec, build func(testing.TB, Fixture, Spec) dashboard.Source) {
	f := NewFixture(b)
	if spec.QuizIDs == nil {
		spec.QuizIDs = f.QuizIDs()
	}
	spec.Students = Students(spec) // what Seed makes
	src := build(b, f, spec)
	h := f.Handler(src)
	path := f.Path(spec.Guild, "")
	var took []time.Duration
	size := 0
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, cpuOK := cpuTime()
	for b.Loop() {
		start := time.Now()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		took = append(took, time.Since(start))
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
		size = rec.Body.Len()
	}
	b.StopTimer()
	b.ReportMetric(float64(spec.Students), "students")
	if cpu1, ok := cpuTime(); cpuOK && ok {
		b.ReportMetric(float64((cpu1-cpu0).Microseconds())/1000/float64(len(took)), "cpu-ms/op")
	}
	slices.Sort(took)
	at := func(q float64) float64 {
		return float64(took[min(len(took)-1, int(q*float64(len(took))))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
	b.ReportMetric(float64(size), "page-bytes")
}

// MemorySource seeds a dashboard.Memory and freezes its aggregates: a
// build function for BenchPage. The raw events are dropped, so the
// benchmark measures the page, not the collector scanning a million seeded
// events a database would hold on disk.
func MemorySource(tb testing.TB, f Fixture, spec Spec) dashboard.Source {
	m := dashboard.NewMemory()
	if err := Seed(Memory(m), f.Paper, spec); err != nil {
		tb.Fatal(err)
	}
	src, err := Freeze(context.Background(), m, spec.Guild)
	if err != nil {
		tb.Fatal(err)
	}
	return src
}

// Freeze reads everything src has for guild once and returns a Source that
// answers from what it read (for guild; nothing for another).
func Freeze(ctx context.Context, src dashboard.Source, guild string) (dashboard.Source, error) {
	f := &frozen{guild: guild}
	var err error
	if f.paragraphs, err = src.Paragraphs(ctx, guild); err != nil {
		return nil, err
	}
	if f.questions, err = src.ParagraphQuestions(ctx, guild, 0); err != nil {
		return nil, err
	}
	if f.days, err = src.Days(ctx, guild); err != nil {
		return nil, err
	}
	if f.unanswered, err = src.Unanswered(ctx, guild, 0); err != nil {
		return nil, err
	}
	if f.notHelpful, err = src.NotHelpful(ctx, guild, 0); err != nil {
		return nil, err
	}
	if f.quiz, err = src.QuizItems(ctx, guild); err != nil {
		return nil, err
	}
	if f.students, err = src.Students(ctx, guild, 0); err != nil {
		return nil, err
	}
	if f.class, err = src.Class(ctx, guild); err != nil {
		return nil, err
	}
	if f.names, err = src.ShowNames(ctx, guild); err != nil {
		return nil, err
	}
	return f, nil
}

type frozen struct {
	guild      string
	paragraphs []dashboard.ParagraphStat
	questions  []dashboard.ParagraphQuestion // by ¶, most asked first
	days       []dashboard.Day
	unanswered []dashboard.Wording
	notHelpful []dashboard.NotHelpfulStat
	quiz       []dashboard.QuizStat
	students   []dashboard.Student // most active first
	class      dashboard.Class
	names      bool
}

func pick[T any](f *frozen, guild string, s []T, limit int) []T {
	if guild != f.guild {
		return nil
	}
	if limit > 0 && len(s) > limit {
		return s[:limit]
	}
	return s
}

func (f *frozen) Paragraphs(_ context.Context, g string) ([]dashboard.ParagraphStat, error) {
	return pick(f, g, f.paragraphs, 0), nil
}

func (f *frozen) ParagraphQuestions(_ context.Context, g string, per int) ([]dashboard.ParagraphQuestion, error) {
	var out []dashboard.ParagraphQuestion
	run := 0
	for i, q := range pick(f, g, f.questions, 0) {
		if i == 0 || f.questions[i-1].Paragraph != q.Paragraph {
			run = 0
		}
		if per <= 0 || run < per {
			out = append(out, q)
		}
		run++
	}
	return out, nil
}

func (f *frozen) Days(_ context.Context, g string) ([]dashboard.Day, error) {
	return pick(f, g, f.days, 0), nil
}

func (f *frozen) Unanswered(_ context.Context, g string, limit int) ([]dashboard.Wording, error) {
	return pick(f, g, f.unanswered, limit), nil
}

func (f *frozen) NotHelpful(_ context.Context, g string, limit int) ([]dashboard.NotHelpfulStat, error) {
	return pick(f, g, f.notHelpful, limit), nil
}

func (f *frozen) QuizItems(_ context.Context, g string) ([]dashboard.QuizStat, error) {
	return pick(f, g, f.quiz, 0), nil
}

func (f *frozen) Students(_ context.Context, g string, limit int) ([]dashboard.Student, error) {
	return pick(f, g, f.students, limit), nil
}

func (f *frozen) Class(_ context.Context, g string) (dashboard.Class, error) {
	if g != f.guild {
		return dashboard.Class{}, nil
	}
	return f.class, nil
}

func (f *frozen) ShowNames(_ context.Context, g string) (bool, error) {
	return g == f.guild && f.names, nil
}
