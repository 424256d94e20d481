// Package answer is the command layer: it takes plain inputs (a question, a
// ¶ number, a reference query) and returns plain view values that the CLI,
// the console and the Discord bot each render in their own way. It knows
// nothing of Discord or terminals.
package answer

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"paperbot/paper"
	"paperbot/retrieval"
)

// Engine answers questions about one paper.
type Engine struct {
	Paper *paper.Paper
	Index *retrieval.Index
}

// New indexes p as a paper without word lists: the generic analyzer,
// ranker and confidence. A paper with its own folder of word lists and
// models is indexed by NewWith.
func New(p *paper.Paper) (*Engine, error) {
	return NewWith(p, nil)
}

// NewWith indexes p with what k knows of it (see retrieval.LoadKnowledge);
// k may be nil.
func NewWith(p *paper.Paper, k *retrieval.Knowledge) (*Engine, error) {
	if p == nil {
		return nil, errors.New("index paper: no paper")
	}
	return &Engine{Paper: p, Index: retrieval.New(p, k)}, nil
}

// Answer is the reply to a question.
type Answer struct {
	Question string `json:"question"`
	Answered bool   `json:"answered"`
	// About is set for a question about the paper itself: "argument",
	// "scope", "method", "conclusion", "section", "author" or "keywords".
	About string `json:"about,omitempty"`
	// Paper is the paper's own description, for questions about its
	// author or keywords, which no paragraph answers.
	Paper *PaperInfo `json:"paper,omitempty"`
	Hits  []Hit      `json:"hits"`
}

// PaperInfo is what the paper says of itself on its title page.
type PaperInfo struct {
	Title       string   `json:"title"`
	Author      string   `json:"author"`
	Affiliation string   `json:"affiliation,omitempty"`
	Email       string   `json:"email,omitempty"`
	Year        int      `json:"year,omitempty"`
	Keywords    []string `json:"keywords,omitempty"`
}

// Hit is one passage of an answer with its citation.
type Hit struct {
	Rank      int        `json:"rank"`
	Score     float64    `json:"score"`
	Section   string     `json:"section"`
	Page      int        `json:"page"`
	EndPage   int        `json:"end_page,omitempty"`
	Paragraph int        `json:"paragraph"`
	Sentence  string     `json:"sentence"`
	Text      string     `json:"text"`
	Citations []Citation `json:"citations"`
}

// Where is the citation heading of a hit: "Political Relations · p. 3 ·
// ¶4", or "pp. 7-8" for a paragraph that crosses a page break.
func (h Hit) Where() string {
	page := fmt.Sprintf("p. %d", h.Page)
	if h.EndPage > h.Page {
		page = fmt.Sprintf("pp. %d-%d", h.Page, h.EndPage)
	}
	sec := h.Section
	if sec == "" {
		sec = "Untitled section"
	}
	return fmt.Sprintf("%s · %s · ¶%d", sec, page, h.Paragraph)
}

// Citation is an in-text citation of a passage, resolved against the
// paper's reference list.
type Citation struct {
	Text        string `json:"text"`
	PageLocator string `json:"page_locator"`
	Match       string `json:"match"`
	Reference   *int   `json:"reference"` // reference id, null when unresolved
	Note        string `json:"note"`
	// ForSentence marks the works cited by the answering sentence: its
	// own citations, or else the nearest citation that covers it. They
	// come first in Hit.Citations.
	ForSentence bool `json:"for_sentence,omitempty"`
	// Nearest marks a ForSentence citation the sentence does not hold
	// itself: the nearest one that covers it (see sentenceFirst).
	Nearest bool `json:"nearest,omitempty"`
	// Entry is the resolved reference's text, for display; not in JSON,
	// which gives the id.
	Entry string `json:"-"`
	Work  string `json:"-"` // "Author (year). Title" of the resolved reference
}

// MaxK bounds the hits one question may ask for.
const MaxK = 10

// MaxQuestion is the longest question taken, in bytes; longer ones are cut
// at a rune boundary.
const MaxQuestion = 1000

// ErrEmpty is returned for a question with nothing to search.
var ErrEmpty = errors.New("the question is empty")

// Ask answers question with up to k passages (k <= 0: 3).
func (e *Engine) Ask(question string, k int) (Answer, error) {
	question = Clean(question)
	if question == "" {
		return Answer{}, ErrEmpty
	}
	if k <= 0 {
		k = 3
	}
	k = min(k, MaxK)
	res := e.Index.Search(question, k)
	a := Answer{Question: question, Answered: res.Answered, About: res.About.String(), Hits: []Hit{}}
	if res.About == retrieval.AboutAuthor || res.About == retrieval.AboutKeywords {
		p := e.Paper
		a.Paper = &PaperInfo{Title: p.Title, Author: p.Author, Affiliation: p.Affiliation, Email: p.Email, Year: p.Year, Keywords: p.Keywords}
	}
	for i, h := range res.Hits {
		hit := e.hit(h.Paragraph)
		hit.Citations = sentenceFirst(h.Paragraph, h.Sentence, hit.Citations)
		hit.Rank = i + 1
		hit.Score = round(h.Score)
		hit.Sentence = h.SentenceText()
		a.Hits = append(a.Hits, hit)
	}
	return a, nil
}

func round(f float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', 4, 64), 64)
	return v
}

// hit describes paragraph p, without rank and sentence.
func (e *Engine) hit(p *paper.Paragraph) Hit {
	h := Hit{Section: p.Section, Page: p.Page, Paragraph: p.N, Text: p.Text, Citations: []Citation{}}
	if p.EndPage != p.Page {
		h.EndPage = p.EndPage
	}
	for _, c := range p.Citations {
		h.Citations = append(h.Citations, e.citation(c))
	}
	return h
}

func (e *Engine) citation(c paper.Citation) Citation {
	out := Citation{Text: c.Text, PageLocator: c.Locator, Match: string(c.Match), Note: c.Note}
	if r, ok := e.Paper.Reference(c.Reference); ok && c.Match != paper.MatchNone {
		id := r.ID
		out.Reference = &id
		out.Entry = r.Entry
		out.Work = Work(r)
	}
	if c.Match == paper.MatchNone && out.Note == "" {
		out.Note = "not in the paper's reference list"
	}
	return out
}

// Work is a short "Author (year). Title" form of a reference.
func Work(r *paper.Reference) string {
	var b strings.Builder
	b.WriteString(strings.Join(r.Authors, " & "))
	if r.Year != 0 {
		fmt.Fprintf(&b, " (%d", r.Year)
		if r.Date != "" {
			b.WriteString(", " + r.Date)
		}
		b.WriteString(")")
	}
	if r.Title != "" {
		b.WriteString(". " + r.Title)
	}
	return b.String()
}

// Passage is one paragraph shown whole.
type Passage struct {
	Hit
	Sentences []string `json:"sentences"`
}

// ErrNoParagraph is returned for a ¶ number the paper does not have.
type ErrNoParagraph struct{ N, Max int }

func (e ErrNoParagraph) Error() string {
	return fmt.Sprintf("no paragraph %d: the paper has paragraphs 1 to %d", e.N, e.Max)
}

// Passage returns paragraph n.
func (e *Engine) Passage(n int) (Passage, error) {
	p, ok := e.Paper.Paragraph(n)
	if !ok {
		return Passage{}, ErrNoParagraph{N: n, Max: len(e.Paper.Paragraphs)}
	}
	ps := Passage{Hit: e.hit(p), Sentences: []string{}}
	ps.Rank = 0
	for _, s := range p.Sentences {
		ps.Sentences = append(ps.Sentences, s.Text)
	}
	return ps, nil
}

// HitAt rebuilds the hit of paragraph n with sentence s as the answer, for
// a button on an old answer (its state is only ¶ and sentence numbers).
func (e *Engine) HitAt(n, s int) (Hit, error) {
	ps, err := e.Passage(n)
	if err != nil {
		return Hit{}, err
	}
	if s < 0 || s >= len(ps.Sentences) {
		return Hit{}, fmt.Errorf("paragraph %d has no sentence %d", n, s+1)
	}
	h := ps.Hit
	h.Sentence = ps.Sentences[s]
	p, _ := e.Paper.Paragraph(n)
	h.Citations = sentenceFirst(p, s, h.Citations)
	return h, nil
}

// SentenceIndex returns the index of sentence in paragraph n, or -1.
func (e *Engine) SentenceIndex(n int, sentence string) int {
	p, ok := e.Paper.Paragraph(n)
	if !ok {
		return -1
	}
	for i, s := range p.Sentences {
		if s.Text == sentence {
			return i
		}
	}
	return -1
}

// ErrNoPage is returned for a page the paper does not have or that has no
// paragraphs.
type ErrNoPage struct{ N, Max int }

func (e ErrNoPage) Error() string {
	return fmt.Sprintf("no paragraphs on page %d: the paper has pages 1 to %d", e.N, e.Max)
}

// Page returns the paragraphs that start on or run onto page n.
func (e *Engine) Page(n int) ([]Passage, error) {
	var out []Passage
	for _, p := range e.Paper.ParagraphsOnPage(n) {
		ps, err := e.Passage(p.N)
		if err != nil {
			return nil, err
		}
		out = append(out, ps)
	}
	if len(out) == 0 {
		return nil, ErrNoPage{N: n, Max: e.Paper.Pages}
	}
	return out, nil
}

// Clean makes user text safe to search and echo: invalid UTF-8, control
// and zero-width characters removed, whitespace collapsed, length bounded.
func Clean(s string) string {
	s = strings.ToValidUTF8(s, "")
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if b.Len()+len(string(r)) > MaxQuestion {
			break
		}
		b.WriteRune(r)
	}
	return b.String()
}
