package paper

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// plain turns a markdown-ish fragment into plain text: *italics* markers and
// backslash escapes (\$) are removed and whitespace is collapsed to single
// spaces, so offsets computed on the result are stable.
func plain(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pending := false // a space is owed before the next visible rune
	emit := func(r rune) {
		if pending && b.Len() > 0 {
			b.WriteByte(' ')
		}
		pending = false
		b.WriteRune(r)
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			emit(rune(s[i+1]))
			i += 2
			continue
		case r == '*':
			// An asterisk with space on both sides is a literal (a
			// multiplication, a footnote mark); anything else is emphasis.
			before := i == 0 || isSpaceByte(s[i-1])
			after := i+1 >= len(s) || isSpaceByte(s[i+1])
			if before && after && i > 0 && i+1 < len(s) {
				emit('*')
			}
		case unicode.IsSpace(r):
			pending = true
		default:
			emit(r)
		}
		i += size
	}
	return b.String()
}

func isASCIIPunct(c byte) bool {
	return c < 0x80 && unicode.IsPunct(rune(c)) || c == '$' || c == '^' || c == '`' || c == '|' || c == '~' || c == '<' || c == '>' || c == '+' || c == '='
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }

// firstRune returns the first rune of s, or 0.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// lastRune returns the last rune of s, or 0.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// startsLower reports whether s begins with a lowercase letter: the mark of a
// text that continues a sentence begun elsewhere.
func startsLower(s string) bool {
	return unicode.IsLower(firstRune(strings.TrimLeft(s, "*_ ")))
}

// endsSentence reports whether s (raw or plain) ends with terminal punctuation,
// possibly followed by closing quotes, brackets or emphasis markers.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t*_\"'”’]")
	if s == "" {
		return true
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ')':
		return true
	}
	return false
}

// joinLines joins the lines of a block with spaces, except that a word
// hyphenated at the end of a line is rejoined without a space (the hyphen is
// kept: "counter-" + "terrorism" is "counter-terrorism").
func joinLines(lines []string) string {
	if len(lines) == 1 {
		return lines[0]
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteString(joiner(lines[i-1], l))
		}
		b.WriteString(l)
	}
	return b.String()
}

// joiner is the separator between two pieces of text that were split by a
// line or page break.
func joiner(prev, next string) string {
	if len(prev) >= 2 && prev[len(prev)-1] == '-' && unicode.IsLetter(lastRune(prev[:len(prev)-1])) && unicode.IsLetter(firstRune(next)) {
		return ""
	}
	return " "
}

// normName folds a name for comparison: lowercase, dots and apostrophes
// dropped, other punctuation turned into spaces, a leading "the" removed.
func normName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '.' || r == '\'' || r == '’' || r == '*':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	out := b.String()
	out = strings.TrimPrefix(out, "the ")
	return out
}

// words splits s on spaces; cheap and allocation-light for short strings.
func words(s string) []string { return strings.Fields(s) }

// trimPunct trims spaces and separating punctuation from both ends.
func trimPunct(s string) string { return strings.Trim(s, " \t,.;:") }

// pieces accumulates text cut by line or page breaks, joining it without
// quadratic copying when a paragraph or entry spans many breaks.
type pieces struct {
	parts []string
	last  string // the last piece added, for decisions about the next
}

func newPieces(s string) pieces { return pieces{parts: []string{s}, last: s} }

func (p *pieces) add(s string) {
	if len(p.parts) > 0 {
		p.parts = append(p.parts, joiner(p.last, s))
	}
	p.parts = append(p.parts, s)
	p.last = s
}

func (p *pieces) String() string { return strings.Join(p.parts, "") }
