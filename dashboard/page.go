package dashboard

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

//go:embed page.html
var pageHTML string

//go:embed page.css
var pageCSS string

// pageTemplates are parsed once; the CSS is fixed, so the Content-Security-
// Policy allows exactly it by hash and nothing else runs or loads.
var pageTemplates = template.Must(template.New("").Funcs(template.FuncMap{
	"pct": func(x float64) string { return strconv.Itoa(int(x*100+0.5)) + "%" },
	"add": func(i, from int) int { return from + i + 1 },
	"quizRows": func(rows []QuizRow, from int, caption string) quizTable {
		return quizTable{rows, from, caption}
	},
	"bin":   binName,
	"pages": pages,
}).Parse(pageHTML))

// contentSecurityPolicy lets the page use its own inline style and nothing
// else: no script, no outside resource, no frame, no form.
var contentSecurityPolicy = func() string {
	sum := sha256.Sum256([]byte(pageCSS))
	return "default-src 'none'; style-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) +
		"'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
}()

func pages(from, to int) string {
	if to > from {
		return fmt.Sprintf("pp. %d–%d", from, to)
	}
	return fmt.Sprintf("p. %d", from)
}

// On-page bounds; the downloads have everything.
const (
	groupsOnPage     = 50
	wordingsOnPage   = 10 // per group
	notHelpfulOnPage = 50
	studentsOnPage   = 100
)

// pageView is what the page template reads.
type pageView struct {
	R            Report
	CSS          template.CSS
	Expires      time.Time
	Sections     []heatSection
	Reached      int // ¶ with at least one answer
	MostAnswers  int
	DaysChart    *chart
	QuizChart    *chart
	ScoresChart  *chart
	Groups       []groupView
	QuizCharted  []QuizRow // the items the chart shows, in its order
	QuizRest     []QuizRow
	NotHelpful   []notHelpfulView
	Students     []StudentRow
	MoreStudents int // students taking part not in Students
	Tables       []string
	Everything   string // report.json's link

	guild, token string
}

// groupView is a group of unanswered wordings with the first few shown.
type groupView struct {
	Group
	Shown []Wording
	More  int
}

// notHelpfulView is a not-helpful answer with the start of its passage;
// the whole passage is in the heat map's cell, which the row links to.
type notHelpfulView struct {
	NotHelpfulRow
	Excerpt string
}

// excerptLen is about how much of a passage a not-helpful row shows.
const excerptLen = 160

// excerpt is s cut at the last space within n bytes, with an ellipsis.
func excerpt(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut <= 0 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// quizTable is a run of quiz rows numbered from From+1.
type quizTable struct {
	Rows    []QuizRow
	From    int
	Caption string
}

// heatSection is one section of the heat map: its ¶ in order.
type heatSection struct {
	Title         string
	Page, EndPage int
	First, Last   int
	Paragraphs    []ParagraphRow
}

// download is the pair of links to a table.
type download struct{ CSV, JSON string }

// Download links table name, relative to the page (so a proxy's path
// prefix is kept), with the page's token.
func (v pageView) Download(name string) download {
	return download{CSV: v.link(name + ".csv"), JSON: v.link(name + ".json")}
}

func (v pageView) link(file string) string {
	return url.PathEscape(v.guild) + "/" + file + "?token=" + url.QueryEscape(v.token)
}

func newPageView(r Report, token string, expires time.Time) pageView {
	v := pageView{R: r, CSS: template.CSS(pageCSS), Expires: expires.UTC(), Tables: Tables, guild: r.Guild, token: token,
		DaysChart: daysChart(r.Days), QuizChart: quizChart(r.QuizItems), ScoresChart: scoresChart(r.Scores),
		Students: head(r.Students, studentsOnPage)}
	for _, g := range head(r.Unanswered, groupsOnPage) {
		shown := head(g.Wordings, wordingsOnPage)
		v.Groups = append(v.Groups, groupView{g, shown, len(g.Wordings) - len(shown)})
	}
	v.MoreStudents = r.Participation.Students - len(v.Students)
	v.Everything = v.link("report.json")
	for _, n := range head(r.NotHelpful, notHelpfulOnPage) {
		v.NotHelpful = append(v.NotHelpful, notHelpfulView{n, excerpt(n.Passage, excerptLen)})
	}
	n := min(len(r.QuizItems), maxQuizBars)
	v.QuizCharted, v.QuizRest = r.QuizItems[:n], r.QuizItems[n:]
	for _, p := range r.Paragraphs {
		if p.Answers > 0 {
			v.Reached++
		}
		v.MostAnswers = max(v.MostAnswers, p.Answers)
		title := p.Section
		if title == "" {
			title = "Untitled section"
		}
		if n := len(v.Sections); n == 0 || v.Sections[n-1].Title != title {
			v.Sections = append(v.Sections, heatSection{Title: title, Page: p.Page, First: p.Paragraph})
		}
		s := &v.Sections[len(v.Sections)-1]
		s.Paragraphs = append(s.Paragraphs, p)
		s.Last, s.EndPage = p.Paragraph, max(p.Page, p.EndPage)
	}
	return v
}

// renderPage writes the page for r into buf (whole, or with an error).
func renderPage(buf *bytes.Buffer, r Report, token string, expires time.Time) error {
	buf.Grow(pageSizeHint)
	if err := pageTemplates.ExecuteTemplate(buf, "page", newPageView(r, token, expires)); err != nil {
		return fmt.Errorf("render report page: %w", err)
	}
	return nil
}

// pageSizeHint is about the size of a busy server's page, allocated at
// once rather than grown by doubling.
const pageSizeHint = 256 << 10

// renderDenied writes the page shown instead of the report: it says what
// to do and shows nothing of the server's data.
func renderDenied(w io.Writer, title, message string) error {
	return pageTemplates.ExecuteTemplate(w, "denied", struct {
		Title, Message string
		CSS            template.CSS
	}{title, message, template.CSS(pageCSS)})
}
