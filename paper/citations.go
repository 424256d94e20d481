package paper

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// months maps month names and abbreviations (lowercase) to themselves being
// months; used for dates in citations and references.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
}

// connectives may appear lowercase inside an author name.
var connectives = map[string]bool{
	"and": true, "&": true, "of": true, "on": true, "for": true, "the": true, "in": true,
	"de": true, "van": true, "von": true, "der": true, "den": true, "du": true, "la": true,
	"le": true, "et": true, "al": true, "al.": true, "y": true, "da": true, "di": true, "to": true,
}

// locatorWords may appear in the page part of a citation.
var locatorWords = map[string]bool{
	"p": true, "pp": true, "page": true, "pages": true, "ch": true, "chap": true,
	"chapter": true, "para": true, "paras": true, "sec": true, "section": true, "fig": true,
	"table": true, "vol": true, "no": true, "and": true, "f": true, "ff": true, "n": true,
	"d": true, "nd": true, "online": true, "np": true,
}

// citeParts is the parsed content of a parenthesis that may be a citation.
type citeParts struct {
	author  string // empty for the "(2016, p.104)" of a narrative citation
	year    int
	date    string
	locator string
}

// isCitationContent reports whether the inside of a parenthesis is a
// citation, parenthetical or the year part of a narrative one.
func isCitationContent(s string) bool {
	_, ok := parseCiteContent(s)
	return ok
}

// parseCiteContent parses "Nichol, 2009, July, pp. 17-21" or "2016, p.104".
// A year is required; anything before it must read as a name, anything after
// it as a date or page locator.
func parseCiteContent(s string) (citeParts, bool) {
	var c citeParts
	if len(s) > 250 || strings.ContainsAny(s, "()") {
		return c, false
	}
	ys, ye := findYear(s)
	if ys >= 0 {
		c.year = atoi(s[ys:ye])
	} else if ys = strings.Index(s, "n.d."); ys >= 0 {
		ye = ys + len("n.d.") // undated: year 0
	} else {
		return c, false
	}
	author := trimPunct(s[:ys])
	for _, pre := range []string{"see also ", "see ", "e.g., ", "e.g. ", "cf. ", "cf "} {
		if len(author) > len(pre) && strings.EqualFold(author[:len(pre)], pre) {
			author = trimPunct(author[len(pre):])
		}
	}
	after := s[ye:]
	if len(after) > 0 && isLowerByte(after[0]) && (len(after) == 1 || !unicode.IsLetter(rune(after[1]))) {
		after = after[1:] // 2005a
	}
	if a := strings.TrimLeft(after, " "); a != "" && (a[0] == '-' || strings.HasPrefix(a, "–") || a[0] == '/') {
		return c, false // a year range, "(1992-97)"
	}
	if author != "" && !validAuthor(author) {
		return c, false
	}
	c.author = author
	rest := trimPunct(after)
	if len(rest) > 60 {
		return c, false
	}
	// A date: "July", "October 22", "May 3".
	if w := leadingWord(rest); months[strings.ToLower(strings.TrimSuffix(w, "."))] {
		d := len(w)
		t := rest[d:]
		if sp := strings.TrimLeft(t, " "); sp != "" && isDigit(sp[0]) {
			e := len(t) - len(sp)
			for e < len(t) && isDigit(t[e]) {
				e++
			}
			d += e
		}
		c.date = strings.TrimSpace(rest[:d])
		rest = trimPunct(rest[d:])
	}
	if !validLocator(rest) {
		return c, false
	}
	c.locator = rest
	return c, true
}

// findYear returns the byte range of the first plausible four-digit year in
// s that stands alone (not part of a longer number or a decimal), or -1.
func findYear(s string) (int, int) {
	for i := 0; i+4 <= len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		e := i
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		if e-i == 4 && (i == 0 || (s[i-1] != '.' && s[i-1] != '$' && !isUpperByte(s[i-1]) && !isLowerByte(s[i-1]) && !(s[i-1] == ',' && i >= 2 && isDigit(s[i-2])))) && (e == len(s) || s[e] != '.' || e+1 == len(s) || !isDigit(s[e+1])) {
			if y := atoi(s[i:e]); y >= 1600 && y <= 2099 {
				return i, e
			}
		}
		i = e
	}
	return -1, -1
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// leadingWord returns the letters (and a trailing dot) at the start of s.
func leadingWord(s string) string {
	e := 0
	for e < len(s) && (isUpperByte(s[e]) || isLowerByte(s[e])) {
		e++
	}
	if e > 0 && e < len(s) && s[e] == '.' {
		e++
	}
	return s[:e]
}

// validLocator accepts page parts as written: "pp. 17-21", "p.164", "p111",
// "p-91", "pp. 22 & 55".
func validLocator(s string) bool {
	if s == "" {
		return true
	}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return !(r < utf8.RuneSelf && (isDigit(byte(r)) || isUpperByte(byte(r)) || isLowerByte(byte(r))))
	}) {
		l := strings.ToLower(f)
		if locatorWords[l] || months[l] {
			continue
		}
		// digits with an optional short suffix ("22nd", "p111", "12a")
		d := strings.TrimLeft(l, "p")
		k := 0
		for k < len(d) && isDigit(d[k]) {
			k++
		}
		if k == 0 || len(d)-k > 2 {
			return false
		}
	}
	// Only a few other characters: separators and ranges.
	for _, r := range s {
		if r >= utf8.RuneSelf && r != '–' && r != '—' {
			return false
		}
		if r < utf8.RuneSelf && !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(" .,;:&-/", r)) {
			return false
		}
	}
	return true
}

// validAuthor accepts a name run: capitalised words, initials and a few
// lowercase connectives; not a month or a sentence opener like "Since".
func validAuthor(s string) bool {
	if len(s) > 120 {
		return false
	}
	ws := words(s)
	if len(ws) == 0 || len(ws) > 12 {
		return false
	}
	if w := strings.Trim(ws[0], ",.;:"); openers[w] && w != "The" && w != "A" {
		return false
	}
	named := false
	for _, w := range ws {
		t := strings.Trim(w, ",.;:")
		if t == "" || t == "&" {
			continue
		}
		r := firstRune(t)
		switch {
		case unicode.IsUpper(r):
			if !months[strings.ToLower(t)] {
				named = true
			}
		case unicode.IsDigit(r):
		case connectives[strings.ToLower(t)]:
		default:
			return false
		}
		for _, r := range t {
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".-'’&", r)) {
				return false
			}
		}
	}
	return named
}

// FindCitations finds the in-text citations of one paragraph of plain text:
// parenthetical ones, "(Nichol, 2009, July, pp. 17-21)", and narrative ones,
// "As Crosston, (2016, p.104)". Match and Reference are left unresolved
// (Match is MatchNone) until Parse resolves them against the reference list.
func FindCitations(text string) []Citation {
	if strings.IndexByte(text, '(') < 0 {
		return nil
	}
	partner := bracketPartners(text)
	var out []Citation
	for o := 0; o < len(text); o++ {
		if text[o] != '(' || partner[o] < 0 {
			continue
		}
		c := int(partner[o])
		inner := text[o+1 : c]
		if strings.IndexByte(inner, ';') < 0 {
			if cit, ok := makeCitation(text, o, c, inner, o+1, true); ok {
				out = append(out, cit)
			}
			continue
		}
		// "(Smith, 2001; Jones, 2003)": one citation per part.
		at := o + 1
		for k, part := range strings.Split(inner, ";") {
			if cit, ok := makeCitation(text, o, c, part, at, k == 0); ok {
				out = append(out, cit)
			}
			at += len(part) + 1
		}
	}
	return out
}

// makeCitation builds a citation from the part of the parenthesis text[o:c+1]
// that starts at offset at.
func makeCitation(text string, o, c int, part string, at int, first bool) (Citation, bool) {
	cp, ok := parseCiteContent(part)
	if !ok {
		return Citation{}, false
	}
	cit := Citation{Author: cp.author, Year: cp.year, Date: cp.date, Locator: cp.locator, Match: MatchNone}
	switch {
	case cp.author == "" && first:
		a, author, ok := narrativeAuthor(text, o)
		if !ok {
			return Citation{}, false
		}
		cit.Author, cit.Narrative, cit.Start, cit.Text = author, true, a, text[a:c+1]
	case cp.author == "":
		return Citation{}, false
	case at == o+1 && at+len(part) == c:
		cit.Start, cit.Text = o, text[o:c+1]
	default:
		t := strings.TrimLeftFunc(part, unicode.IsSpace)
		cit.Start = at + len(part) - len(t)
		cit.Text = strings.TrimRightFunc(t, unicode.IsSpace)
	}
	return cit, true
}

// narrativeStops end the backward scan for a narrative author: the words that
// introduce one ("As", "According to") or start a sentence.
func narrativeStop(w string) bool {
	return openers[w] && w != "The"
}

// narrativeAuthor finds the capitalised name run just before the parenthesis
// at o ("According to Jamestown Foundation, (2002, May 3)") and returns its
// start offset and text.
func narrativeAuthor(text string, o int) (int, string, bool) {
	j := o
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	if j > 0 && text[j-1] == ',' {
		j--
	}
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	end := j
	start := -1
	pos := j
	for n := 0; n < 15 && pos > 0; n++ {
		// Look back a bounded distance so that a text full of parentheses
		// and no spaces stays linear.
		lo := max(0, pos-80)
		a := lo + strings.LastIndexByte(text[lo:pos], ' ') + 1
		if a == lo && lo > 0 {
			break // a "word" longer than any name
		}
		w := text[a:pos]
		if strings.ContainsAny(w, "(),;:\"") {
			break
		}
		if strings.HasSuffix(w, ".") && w != "al." && !isInitial(strings.TrimSuffix(w, ".")) {
			break // the end of the previous sentence
		}
		if r := firstRune(w); unicode.IsUpper(r) && !narrativeStop(w) && !months[strings.ToLower(w)] {
			start = a
		} else if !connectives[w] {
			break
		}
		pos = a
		for pos > 0 && text[pos-1] == ' ' {
			pos--
		}
	}
	if start < 0 {
		return 0, "", false
	}
	author := text[start:end]
	author = strings.TrimSuffix(strings.TrimSuffix(author, "'s"), "’s")
	if !validAuthor(author) {
		return 0, "", false
	}
	return start, author, true
}
