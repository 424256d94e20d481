package dashboard

import (
	"cmp"
	"context"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"paperbot/classroom"
	"paperbot/paper"
)

// Report is everything the teacher's page shows for one server, in the form
// its JSON download (report.json) gives. Students are named by pseudonym
// unless the server shows display names; no user id is in it.
type Report struct {
	Guild         string          `json:"guild"`
	Paper         string          `json:"paper"`     // the paper's title
	Generated     time.Time       `json:"generated"` // UTC
	Totals        Totals          `json:"totals"`
	Paragraphs    []ParagraphRow  `json:"paragraphs"` // every ¶ of the paper, in order
	Days          []Day           `json:"days"`       // days with questions, in order
	Unanswered    []Group         `json:"unanswered"` // similar wordings grouped, most asked first
	NotHelpful    []NotHelpfulRow `json:"not_helpful"`
	QuizItems     []QuizRow       `json:"quiz_items"` // hardest first
	Scores        []ScoreBin      `json:"scores"`     // how many students have each score
	Participation Participation   `json:"participation"`
	Names         bool            `json:"names"`    // students named by display name, not pseudonym
	Students      []StudentRow    `json:"students"` // most active first
}

// Totals are the report's counts.
type Totals struct {
	Questions   int `json:"questions"`
	Answered    int `json:"answered"`
	Unanswered  int `json:"unanswered"`
	Helpful     int `json:"helpful"`     // votes
	NotHelpful  int `json:"not_helpful"` // votes
	QuizAnswers int `json:"quiz_answers"`
	QuizRight   int `json:"quiz_right"`
	// Elsewhere counts answers and votes about ¶ numbers this paper does not
	// have (recorded for another version of the paper): counted in the
	// totals, not on the heat map.
	Elsewhere int `json:"elsewhere"`
}

// ParagraphRow is one ¶ of the paper with the class's activity on it.
type ParagraphRow struct {
	Paragraph  int       `json:"paragraph"`
	Section    string    `json:"section"`
	Page       int       `json:"page"`
	EndPage    int       `json:"end_page"`
	Answers    int       `json:"answers"`
	Helpful    int       `json:"helpful"`
	NotHelpful int       `json:"not_helpful"`
	Questions  []Wording `json:"questions"` // the most asked wordings that led here
	Level      int       `json:"-"`         // heat-map shade, 0 (none) to 5
	Text       string    `json:"-"`
}

// NotHelpfulRow is an answer voted Not helpful, with the passage it gave.
type NotHelpfulRow struct {
	Question  string `json:"question"`
	Paragraph int    `json:"paragraph"`
	Section   string `json:"section"`
	Page      int    `json:"page"`
	Votes     int    `json:"votes"`
	Passage   string `json:"passage"` // the ¶'s text; empty when the paper has no such ¶
}

// QuizRow is one quiz item's results.
type QuizRow struct {
	QuizID     string  `json:"quiz_id"`
	Question   string  `json:"question"` // empty when the paper no longer makes this quiz
	Paragraph  int     `json:"paragraph"`
	Answered   int     `json:"answered"`
	Right      int     `json:"right"`
	ShareRight float64 `json:"share_right"` // Right / Answered, 0..1
}

// ScoreBin is how many students' scores (right first answers, the
// leaderboard's points) fall in From..To.
type ScoreBin struct {
	From     int `json:"from"`
	To       int `json:"to"`
	Students int `json:"students"`
}

// Participation says how much of the class takes part.
type Participation struct {
	Students   int `json:"students"`    // who asked or answered anything
	Askers     int `json:"askers"`      // who asked at least one question
	QuizTakers int `json:"quiz_takers"` // who answered at least one quiz
	// MedianQuizAnswers is the median number of quizzes a quiz taker answered.
	MedianQuizAnswers float64 `json:"median_quiz_answers"`
}

// StudentRow is one student's activity, named by pseudonym (or display
// name when the server shows them).
type StudentRow struct {
	Student      string `json:"student"`
	Asked        int    `json:"asked"`
	QuizAnswered int    `json:"quiz_answered"`
	QuizRight    int    `json:"quiz_right"`
}

// Limits bound the report's lists; zero values take the defaults.
type Limits struct {
	PerParagraph int // wordings shown per ¶ (10)
	Unanswered   int // unanswered wordings read before grouping (500)
	NotHelpful   int // not-helpful answers (200)
}

func (l Limits) withDefaults() Limits {
	if l.PerParagraph <= 0 {
		l.PerParagraph = 10
	}
	if l.Unanswered <= 0 {
		l.Unanswered = 500
	}
	if l.NotHelpful <= 0 {
		l.NotHelpful = 200
	}
	return l
}

// Builder reads a server's report from a Source and lays it against the
// paper.
type Builder struct {
	Source  Source
	Paper   *paper.Paper
	Quizzes *classroom.Quizzer // names quiz items; nil leaves their questions empty
	Key     []byte             // keys the pseudonyms
	Limits  Limits
	// StudentLimit keeps only the most active students' rows (0: all),
	// the only ones read; Participation and Scores still count everyone.
	StudentLimit int
}

// Build reads guild's report at now.
func (b Builder) Build(ctx context.Context, guild string, now time.Time) (Report, error) {
	lim := b.Limits.withDefaults()
	src := b.Source
	r := Report{Guild: guild, Paper: b.Paper.Title, Generated: now.UTC()}

	stats, err := src.Paragraphs(ctx, guild)
	if err != nil {
		return Report{}, fmt.Errorf("report %s: paragraphs: %w", guild, err)
	}
	questions, err := src.ParagraphQuestions(ctx, guild, lim.PerParagraph)
	if err != nil {
		return Report{}, fmt.Errorf("report %s: questions per paragraph: %w", guild, err)
	}
	r.Days, err = src.Days(ctx, guild)
	if err != nil {
		return Report{}, fmt.Errorf("report %s: days: %w", guild, err)
	}
	unanswered, err := src.Unanswered(ctx, guild, lim.Unanswered)
	if err != nil {
		return Report{}, fmt.Errorf("report %s: unanswered: %w", guild, err)
	}
	notHelpful, err := src.NotHelpful(ctx, guild, lim.NotHelpful)
	if err != nil {
		return Report{}, fmt.Errorf("report %s: not helpful: %w", guild, err)
	}
	quiz, err := src.QuizItems(ctx, guild)
	if err != nil {
		return Report{}, fmt.Errorf("report %s: quiz items: %w", guild, err)
	}
	students, err := src.Students(ctx, guild, b.StudentLimit)
	if err != nil {
		return Report{}, fmt.Errorf("report %s: students: %w", guild, err)
	}
	class, err := src.Class(ctx, guild)
	if err != nil {
		return Report{}, fmt.Errorf("report %s: class: %w", guild, err)
	}
	r.Names, err = src.ShowNames(ctx, guild)
	if err != nil {
		return Report{}, fmt.Errorf("report %s: settings: %w", guild, err)
	}

	r.Days = sortedDays(r.Days)
	for _, d := range r.Days {
		r.Totals.Answered += d.Answered
		r.Totals.Unanswered += d.Unanswered
	}
	r.Totals.Questions = r.Totals.Answered + r.Totals.Unanswered
	r.Paragraphs = b.paragraphs(stats, questions, lim.PerParagraph, &r.Totals)
	r.Unanswered = GroupWordings(unanswered)
	r.NotHelpful = b.notHelpful(notHelpful)
	r.QuizItems = b.quizItems(quiz, &r.Totals)
	r.Students = b.students(guild, students, r.Names)
	r.Scores, r.Participation = classStats(class)
	// Empty lists are [] in JSON, not null.
	r.Days, r.Unanswered, r.NotHelpful = nonNil(r.Days), nonNil(r.Unanswered), nonNil(r.NotHelpful)
	r.QuizItems, r.Scores, r.Students = nonNil(r.QuizItems), nonNil(r.Scores), nonNil(r.Students)
	return r, nil
}

func sortedDays(ds []Day) []Day {
	ds = append([]Day(nil), ds...)
	sort.Slice(ds, func(i, j int) bool { return ds[i].Date < ds[j].Date })
	return ds
}

// paragraphs lays the activity on every ¶ of the paper, shading each
// relative to the busiest on a log scale, so a ¶ reached once still shows
// next to one reached a thousand times.
func (b Builder) paragraphs(stats []ParagraphStat, questions []ParagraphQuestion, per int, t *Totals) []ParagraphRow {
	rows := make([]ParagraphRow, len(b.Paper.Paragraphs))
	for i, p := range b.Paper.Paragraphs {
		rows[i] = ParagraphRow{Paragraph: p.N, Section: p.Section, Page: p.Page, EndPage: p.EndPage, Text: p.Text, Questions: []Wording{}}
	}
	in := func(n int) bool { return n >= 1 && n <= len(rows) }
	for _, s := range stats {
		t.Helpful += s.Helpful
		t.NotHelpful += s.NotHelpful
		if !in(s.Paragraph) {
			t.Elsewhere += s.Answers + s.Helpful + s.NotHelpful
			continue
		}
		row := &rows[s.Paragraph-1]
		row.Answers += s.Answers
		row.Helpful += s.Helpful
		row.NotHelpful += s.NotHelpful
	}
	sorted := append([]ParagraphQuestion(nil), questions...)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].Paragraph != sorted[j].Paragraph {
			return sorted[i].Paragraph < sorted[j].Paragraph
		}
		return sorted[i].Count > sorted[j].Count
	})
	for _, q := range sorted {
		if in(q.Paragraph) && len(rows[q.Paragraph-1].Questions) < per {
			rows[q.Paragraph-1].Questions = append(rows[q.Paragraph-1].Questions, Wording{Question: q.Question, Count: q.Count})
		}
	}
	most := 0
	for _, r := range rows {
		most = max(most, r.Answers)
	}
	for i := range rows {
		rows[i].Level = level(rows[i].Answers, most)
	}
	return rows
}

// level is a heat-map shade: 0 for none, else 1..5 by log(1+n)/log(1+most).
func level(n, most int) int {
	if n <= 0 || most <= 0 {
		return 0
	}
	return 1 + int(4*math.Log1p(float64(n))/math.Log1p(float64(most)))
}

func (b Builder) notHelpful(ns []NotHelpfulStat) []NotHelpfulRow {
	out := make([]NotHelpfulRow, 0, len(ns))
	for _, n := range ns {
		row := NotHelpfulRow{Question: n.Question, Paragraph: n.Paragraph, Votes: n.Votes}
		if n.Paragraph >= 1 && n.Paragraph <= len(b.Paper.Paragraphs) {
			p := b.Paper.Paragraphs[n.Paragraph-1]
			row.Section, row.Page, row.Passage = p.Section, p.Page, p.Text
		}
		out = append(out, row)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Votes > out[j].Votes })
	return out
}

// quizItems orders quiz items hardest first: by share right, then by more
// answers (a hard item many tried says more), then by id.
func (b Builder) quizItems(qs []QuizStat, t *Totals) []QuizRow {
	out := make([]QuizRow, 0, len(qs))
	for _, q := range qs {
		t.QuizAnswers += q.Answered
		t.QuizRight += q.Right
		row := QuizRow{QuizID: q.QuizID, Answered: q.Answered, Right: q.Right}
		if q.Answered > 0 {
			row.ShareRight = float64(q.Right) / float64(q.Answered)
		}
		if b.Quizzes != nil {
			if qz, ok := b.Quizzes.ByID(q.QuizID); ok {
				row.Question, row.Paragraph = qz.Question, qz.Paragraph
			}
		}
		out = append(out, row)
	}
	sort.Slice(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if x.ShareRight != y.ShareRight {
			return x.ShareRight < y.ShareRight
		}
		if x.Answered != y.Answered {
			return x.Answered > y.Answered
		}
		return x.QuizID < y.QuizID
	})
	return out
}

// students names each student (pseudonym unless names are on and known)
// and orders them most active first, ties by name. The Source gave the
// most active (ties by user id), so a server of thousands hashes only the
// ids of the students it shows.
func (b Builder) students(guild string, ss []Student, names bool) []StudentRow {
	// Sort small keys: a pseudonym's 48 bits stand for its hex (same
	// order).
	type key struct {
		activity int
		bits     uint64 // the pseudonym's bits; 0 for a named student
		name     string // a display name
		i        int    // index in ss
	}
	var keys []key
	pseudonym := newPseudonymizer(b.Key, guild)
	for i, s := range ss {
		a := s.Asked + s.QuizAnswered
		if a == 0 {
			continue
		}
		k := key{activity: a, i: i}
		if names && s.Name != "" {
			k.name = s.Name
		} else {
			for _, c := range pseudonym.bits(s.User) {
				k.bits = k.bits<<8 | uint64(c)
			}
		}
		keys = append(keys, k)
	}
	nameOf := func(k key) string {
		if k.name != "" {
			return k.name
		}
		var b [6]byte
		for i := range b {
			b[i] = byte(k.bits >> (8 * (5 - i)))
		}
		return hex.EncodeToString(b[:])
	}
	slices.SortFunc(keys, func(x, y key) int {
		if c := cmp.Compare(y.activity, x.activity); c != 0 {
			return c
		}
		if x.name == "" && y.name == "" {
			return cmp.Compare(x.bits, y.bits)
		}
		return strings.Compare(nameOf(x), nameOf(y))
	})
	if b.StudentLimit > 0 {
		keys = head(keys, b.StudentLimit)
	}
	rows := make([]StudentRow, len(keys))
	for j, k := range keys {
		s := ss[k.i]
		rows[j] = StudentRow{Student: nameOf(k), Asked: s.Asked, QuizAnswered: s.QuizAnswered, QuizRight: s.QuizRight}
	}
	return rows
}

// classStats works out the score distribution and participation from the
// class's aggregates.
func classStats(c Class) ([]ScoreBin, Participation) {
	p := Participation{Students: c.Students, Askers: c.Askers}
	points := map[int]int{}   // score -> quiz takers
	answered := map[int]int{} // first answers -> quiz takers
	for _, g := range c.Quiz {
		if g.Answered <= 0 || g.Students <= 0 {
			continue
		}
		p.QuizTakers += g.Students
		points[g.Right] += g.Students
		answered[g.Answered] += g.Students
	}
	p.MedianQuizAnswers = medianOf(answered)
	return scoreBins(points), p
}

// medianOf is the median of a multiset given as value -> how many times.
func medianOf(counts map[int]int) float64 {
	n := 0
	values := make([]int, 0, len(counts))
	for v, k := range counts {
		n += k
		values = append(values, v)
	}
	if n == 0 {
		return 0
	}
	slices.Sort(values)
	// at is the value at 0-based position i of the sorted multiset.
	at := func(i int) int {
		for _, v := range values {
			if i < counts[v] {
				return v
			}
			i -= counts[v]
		}
		return values[len(values)-1]
	}
	if n%2 == 1 {
		return float64(at(n / 2))
	}
	return float64(at(n/2-1)+at(n/2)) / 2
}

// maxBins bounds the score histogram's bars.
const maxBins = 12

// scoreBins counts scores (score -> students) in at most maxBins bins of
// equal width from 0 to the best score, every bin present (empty ones too,
// so the shape shows).
func scoreBins(points map[int]int) []ScoreBin {
	if len(points) == 0 {
		return nil
	}
	best := 0
	for p := range points {
		best = max(best, p)
	}
	width := (best + maxBins) / maxBins // ceil((best+1)/maxBins)
	bins := make([]ScoreBin, best/width+1)
	for i := range bins {
		bins[i] = ScoreBin{From: i * width, To: i*width + width - 1}
	}
	bins[len(bins)-1].To = best
	for p, n := range points {
		bins[p/width].Students += n
	}
	return bins
}
