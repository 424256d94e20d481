package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"paperbot/answer"
	"paperbot/retrieval"
)

// printAnswer renders an answer as terminal text: for each hit the
// answering sentence, the paragraph and a citation line.
func printAnswer(w io.Writer, e *answer.Engine, a answer.Answer) {
	if p := a.Paper; p != nil {
		fmt.Fprintf(w, "%s\nby %s", p.Title, p.Author)
		if p.Affiliation != "" {
			fmt.Fprintf(w, ", %s", p.Affiliation)
		}
		if p.Year != 0 {
			fmt.Fprintf(w, " (%d)", p.Year)
		}
		fmt.Fprintln(w)
		if len(p.Keywords) > 0 {
			fmt.Fprintf(w, "Keywords: %s\n", strings.Join(p.Keywords, ", "))
		}
		fmt.Fprintln(w)
	}
	if !a.Answered {
		fmt.Fprintln(w, "The paper does not seem to answer this question.")
		if len(a.Hits) == 0 {
			return
		}
		fmt.Fprintln(w, "The closest passages, as suggestions:")
		fmt.Fprintln(w)
	}
	for i, h := range a.Hits {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%d. %s\n", h.Rank, h.Where())
		if h.Sentence != "" {
			fmt.Fprintf(w, "   » %s\n\n", h.Sentence)
		}
		printPassage(w, h, 3)
	}
	fmt.Fprintf(w, "\nSource: %s\n", source(e))
}

// printPassage prints a paragraph wrapped, then the works it cites.
func printPassage(w io.Writer, h answer.Hit, indent int) {
	if indent < 0 {
		fmt.Fprintln(w, h.Where())
		fmt.Fprintln(w)
		indent = 0
	}
	pad := strings.Repeat(" ", indent)
	for _, line := range wrap(h.Text, 96-indent) {
		fmt.Fprintln(w, pad+line)
	}
	// The works the answering sentence cites come first (answer marks
	// them), then the paragraph's others.
	heading := "Cites:"
	if h.Sentence != "" {
		// the answering sentence names no source and none covers it: say
		// so, so no student takes the paragraph's works for its own
		heading = "Cited in the paragraph (" + noSource + "):"
	}
	for i, c := range h.Citations {
		switch {
		case i == 0 && c.ForSentence && c.Nearest:
			heading = "Nearest citation (the sentence cites none itself):"
		case i == 0 && c.ForSentence:
			heading = "Cited for this sentence:"
		case i > 0 && !c.ForSentence && h.Citations[i-1].ForSentence:
			heading = "Also cited in the paragraph:"
		}
		if heading != "" {
			fmt.Fprintln(w, pad+heading)
			heading = ""
		}
		fmt.Fprintln(w, pad+"  "+citationLine(c))
	}
}

// noSource is said of an answering sentence no citation covers.
const noSource = "none for this sentence, which names no source"

func citationLine(c answer.Citation) string {
	loc := ""
	if c.PageLocator != "" {
		loc = ", " + c.PageLocator
	}
	switch c.Match {
	case "exact":
		return fmt.Sprintf("%s: %s%s", c.Text, c.Work, loc)
	case "approximate":
		return fmt.Sprintf("%s: probably %s%s (approximate: %s)", c.Text, c.Work, loc, c.Note)
	}
	return fmt.Sprintf("%s: not in the paper's reference list", c.Text)
}

// source is the paper's own citation.
func source(e *answer.Engine) string {
	p := e.Paper
	s := p.Author
	if p.Year != 0 {
		s += fmt.Sprintf(" (%d)", p.Year)
	}
	if s != "" {
		s += ". "
	}
	return s + p.Title
}

// placeList turns the places a reference is cited into "¶4 (p. 3), ¶15
// (p. 8)", each with the page of the citation itself.
func placeList(e *answer.Engine, id int, ns []int) string {
	parts := make([]string, 0, len(ns))
	for _, n := range ns {
		p, ok := e.Paper.Paragraph(n)
		if !ok {
			continue
		}
		var pages []string
		for _, c := range p.Citations {
			if pg := fmt.Sprintf("p. %d", c.Page); c.Reference == id && !slices.Contains(pages, pg) {
				pages = append(pages, pg)
			}
		}
		parts = append(parts, fmt.Sprintf("¶%d (%s)", n, strings.Join(pages, ", ")))
	}
	return strings.Join(parts, ", ")
}

// wrap breaks s into lines of at most width columns at spaces.
func wrap(s string, width int) []string {
	var lines []string
	var cur strings.Builder
	n := 0
	for _, word := range strings.Fields(s) {
		wl := len([]rune(word))
		if n > 0 && n+1+wl > width {
			lines = append(lines, cur.String())
			cur.Reset()
			n = 0
		}
		if n > 0 {
			cur.WriteByte(' ')
			n++
		}
		cur.WriteString(word)
		n += wl
	}
	if n > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func printReport(w io.Writer, r retrieval.Report) {
	if r.N > 0 {
		fmt.Fprintf(w, "questions %d: P@1 %.3f  R@3 %.3f  MRR %.3f  S@1 %.3f  answered %.3f\n",
			r.N, r.PAt1, r.RecallAt3, r.MRR, r.SAt1, r.AnsweredRate)
	}
	if r.OffTopic > 0 {
		fmt.Fprintf(w, "off-topic %d: rejected (answered=false) %.3f\n", r.OffTopic, r.Rejected)
	}
	fmt.Fprintf(w, "search latency p50 %.1f µs, p99 %.1f µs; parse+index %.2f ms\n", r.Latency.P50, r.Latency.P99, r.BuildMS)
	if len(r.Misses) > 0 {
		fmt.Fprintf(w, "misses (%d):\n", len(r.Misses))
		for _, m := range r.Misses {
			switch m.Why {
			case "offtopic":
				fmt.Fprintf(w, "  offtopic answered (¶%d): %s\n", m.Got, m.Q)
			case "answered":
				fmt.Fprintf(w, "  not answered (¶%d right): %s\n", m.Got, m.Q)
			default:
				fmt.Fprintf(w, "  %s: got ¶%d want ¶%d: %s\n      gold %q\n      said %q\n", m.Why, m.Got, m.Want, m.Q, m.Gold, m.Sentence)
			}
		}
	}
}
