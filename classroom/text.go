package classroom

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"paperbot/paper"
)

var (
	spaceRun     = regexp.MustCompile(`\s+`)
	spaceBefore  = regexp.MustCompile(`\s+([,.;:!?)])`)
	emptyParens  = regexp.MustCompile(`\(\s*\)`)
	punctRepeat  = regexp.MustCompile(`[,;:]\s*([.;,])`)
	doubleStop   = regexp.MustCompile(`\.\s*\.`)
	openParenGap = regexp.MustCompile(`\(\s+`)
)

// edit replaces para.Text[start:end] with repl when a sentence is rendered.
type edit struct {
	start, end int
	repl       string
}

// citationCuts lists the edits that remove a paragraph's in-text citations:
// whole parenthetical citations, and for narrative ones ("As Crosston, (2016,
// p.104) ...") only the parenthesis, so the sentence keeps its subject.
func citationCuts(para *paper.Paragraph) []edit {
	var cuts []edit
	for _, c := range para.Citations {
		s, e := c.Start, c.Start+len(c.Text)
		if c.Narrative {
			i := strings.IndexByte(c.Text, '(')
			if i < 0 {
				continue
			}
			s = c.Start + i
			// drop the comma that joined author and parenthesis
			for s > 0 && (para.Text[s-1] == ' ' || para.Text[s-1] == ',') && s > c.Start {
				s--
			}
		}
		cuts = append(cuts, edit{s, e, ""})
	}
	return cuts
}

// citeRanges are the byte ranges of a paragraph's citations, whole, so that a
// year or name inside "(Nichol, 2009, July, pp. 17-21)" or "Jamestown
// Foundation, (2002, May 3)" is never read as a fact of the text.
func citeRanges(para *paper.Paragraph) [][2]int {
	rs := make([][2]int, 0, len(para.Citations))
	for _, c := range para.Citations {
		rs = append(rs, [2]int{c.Start, c.Start + len(c.Text)})
	}
	return rs
}

func overlapsAny(rs [][2]int, s, e int) bool {
	for _, r := range rs {
		if s < r[1] && r[0] < e {
			return true
		}
	}
	return false
}

// render applies the edits that fall inside [from, to) of text and tidies the
// result: edits outside the range are ignored, overlapping ones after the
// first are dropped.
func render(text string, from, to int, edits []edit) string {
	sorted := make([]edit, 0, len(edits))
	for _, e := range edits {
		if e.start >= from && e.end <= to && e.start <= e.end {
			sorted = append(sorted, e)
		}
	}
	sortEdits(sorted)
	var b strings.Builder
	at := from
	for _, e := range sorted {
		if e.start < at {
			continue
		}
		b.WriteString(text[at:e.start])
		b.WriteString(e.repl)
		at = e.end
	}
	b.WriteString(text[at:to])
	return tidy(b.String())
}

func sortEdits(es []edit) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].start < es[j-1].start; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

// tidy repairs the spacing and punctuation left behind when citations are
// cut out: "donor (Nichol, 2013, p.17)." becomes "donor." and "onward. (…)."
// becomes "onward.".
func tidy(s string) string {
	s = spaceRun.ReplaceAllString(s, " ")
	s = emptyParens.ReplaceAllString(s, "")
	s = openParenGap.ReplaceAllString(s, "(")
	s = spaceBefore.ReplaceAllString(s, "$1")
	s = punctRepeat.ReplaceAllString(s, "$1")
	s = doubleStop.ReplaceAllString(s, ".")
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, ",;: ")
	return s
}

// asSentence gives s a single closing full stop (a sentence that ended in a
// citation has none once the citation is cut).
func asSentence(s string) string {
	s = strings.TrimRight(s, " ,;:")
	if s == "" {
		return s
	}
	switch s[len(s)-1] {
	case '.', '?', '!':
		return s
	}
	return s + "."
}

// sentenceAt is the index of the sentence of para containing byte off, or -1.
func sentenceAt(para *paper.Paragraph, off int) int {
	for i, s := range para.Sentences {
		if off >= s.Start && off < s.End {
			return i
		}
	}
	return -1
}

// clip shortens s to at most max bytes at a word boundary, keeping the
// byte range [keepFrom, keepTo) visible: a long sentence is cut around its
// date rather than before it.
func clip(s string, max, keepFrom, keepTo int) string {
	if len(s) <= max {
		return s
	}
	start := 0
	if keepTo > max-1 {
		start = keepFrom - max/3
		if start < 0 {
			start = 0
		}
		for start > 0 && s[start-1] != ' ' {
			start++
			if start >= keepFrom {
				break
			}
		}
	}
	end := start + max
	if end >= len(s) {
		end = len(s)
	} else {
		for end > start && s[end] != ' ' {
			end--
		}
		if end <= keepTo && keepTo <= len(s) {
			end = keepTo
		}
	}
	out := strings.TrimSpace(s[start:end])
	out = strings.TrimRight(out, ",;:")
	if start > 0 {
		out = "…" + out
	}
	if end < len(s) {
		out += "…"
	}
	return out
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// containsWord reports whether needle occurs in hay case-insensitively with
// no letter or digit directly on either side ("US" is not in "USSR").
func containsWord(hay, needle string) bool {
	if needle == "" {
		return false
	}
	h, n := strings.ToLower(hay), strings.ToLower(needle)
	for from := 0; ; {
		i := strings.Index(h[from:], n)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(n)
		before, _ := utf8.DecodeLastRuneInString(h[:i])
		after, _ := utf8.DecodeRuneInString(h[j:])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		from = i + 1
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

var pronouns = map[string]bool{
	"it": true, "its": true, "they": true, "this": true, "these": true, "those": true,
	"he": true, "she": true, "we": true, "there": true, "that": true, "such": true,
}
