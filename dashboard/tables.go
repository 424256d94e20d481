package dashboard

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Tables are the downloads the page offers, each as name.csv and name.json;
// report.json is the whole Report.
var Tables = []string{"paragraphs", "questions", "days", "unanswered", "not_helpful", "quiz_items", "scores", "students"}

// table returns one of Tables as a header and rows (for CSV) and as the
// value its JSON gives; ok is false for an unknown name.
func (r Report) table(name string) (header []string, rows [][]string, data any, ok bool) {
	itoa := strconv.Itoa
	switch name {
	case "paragraphs":
		header = []string{"paragraph", "section", "page", "end_page", "answers", "helpful", "not_helpful"}
		for _, p := range r.Paragraphs {
			rows = append(rows, []string{itoa(p.Paragraph), p.Section, itoa(p.Page), itoa(p.EndPage), itoa(p.Answers), itoa(p.Helpful), itoa(p.NotHelpful)})
		}
		return header, rows, r.Paragraphs, true
	case "questions":
		header = []string{"paragraph", "question", "count"}
		qs := []ParagraphQuestion{}
		for _, p := range r.Paragraphs {
			for _, q := range p.Questions {
				qs = append(qs, ParagraphQuestion{Paragraph: p.Paragraph, Question: q.Question, Count: q.Count})
				rows = append(rows, []string{itoa(p.Paragraph), q.Question, itoa(q.Count)})
			}
		}
		return header, rows, qs, true
	case "days":
		header = []string{"date", "answered", "unanswered"}
		for _, d := range r.Days {
			rows = append(rows, []string{d.Date, itoa(d.Answered), itoa(d.Unanswered)})
		}
		return header, rows, nonNil(r.Days), true
	case "unanswered":
		header = []string{"group", "question", "count"}
		for i, g := range r.Unanswered {
			for _, w := range g.Wordings {
				rows = append(rows, []string{itoa(i + 1), w.Question, itoa(w.Count)})
			}
		}
		return header, rows, nonNil(r.Unanswered), true
	case "not_helpful":
		header = []string{"question", "paragraph", "section", "page", "votes", "passage"}
		for _, n := range r.NotHelpful {
			rows = append(rows, []string{n.Question, itoa(n.Paragraph), n.Section, itoa(n.Page), itoa(n.Votes), n.Passage})
		}
		return header, rows, nonNil(r.NotHelpful), true
	case "quiz_items":
		header = []string{"quiz_id", "question", "paragraph", "answered", "right", "share_right"}
		for _, q := range r.QuizItems {
			rows = append(rows, []string{q.QuizID, q.Question, itoa(q.Paragraph), itoa(q.Answered), itoa(q.Right), strconv.FormatFloat(q.ShareRight, 'f', 3, 64)})
		}
		return header, rows, nonNil(r.QuizItems), true
	case "scores":
		header = []string{"from", "to", "students"}
		for _, s := range r.Scores {
			rows = append(rows, []string{itoa(s.From), itoa(s.To), itoa(s.Students)})
		}
		return header, rows, nonNil(r.Scores), true
	case "students":
		header = []string{"student", "asked", "quiz_answered", "quiz_right"}
		for _, s := range r.Students {
			rows = append(rows, []string{s.Student, itoa(s.Asked), itoa(s.QuizAnswered), itoa(s.QuizRight)})
		}
		return header, rows, nonNil(r.Students), true
	}
	return nil, nil, nil, false
}

// nonNil makes an empty table's JSON [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// WriteCSV writes table name as CSV. A cell a spreadsheet would take for a
// formula (it starts with = + - @, a tab or a carriage return: students
// write the questions) is prefixed with a single quote.
func (r Report) WriteCSV(w io.Writer, name string) error {
	header, rows, _, ok := r.table(name)
	if !ok {
		return fmt.Errorf("no table %q", name)
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("write %s.csv: %w", name, err)
	}
	for _, row := range rows {
		for i, c := range row {
			row[i] = defuse(c)
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("write %s.csv: %w", name, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write %s.csv: %w", name, err)
	}
	return nil
}

// WriteJSON writes table name, or the whole report for "report", as JSON.
func (r Report) WriteJSON(w io.Writer, name string) error {
	var data any = r
	if name != "report" {
		var ok bool
		if _, _, data, ok = r.table(name); !ok {
			return fmt.Errorf("no table %q", name)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(data); err != nil {
		return fmt.Errorf("write %s.json: %w", name, err)
	}
	return nil
}

func defuse(c string) string {
	if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
		return "'" + c
	}
	return c
}
