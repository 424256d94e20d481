package paper

import (
	"regexp"
	"strings"
)

var (
	// entryMarkRe is a list marker that starts a new reference entry.
	entryMarkRe = regexp.MustCompile(`^(?:[-*•]\s+|\[\d{1,4}\]\s*|\d{1,4}\.\s+)`)
	// urlOnlyRe is a line that is nothing but a URL; it belongs to the entry
	// above it.
	urlOnlyRe = regexp.MustCompile(`^<?(?:https?://|www\.|doi:)\S*>?[.,]?$`)
	// entryStartRe is how an unmarked entry begins: "Surname, I." or a name
	// followed soon by a parenthesised year.
	entryStartRe = regexp.MustCompile(`^[\p{Lu}][^()]{0,120}?(?:\((?:1[6-9]\d\d|20\d\d|n\.d\.)|,\s*\p{Lu}\.)`)
	urlRe        = regexp.MustCompile(`<(https?://[^>\s]+)>|(https?://\S+)`)
	angleURLRe   = regexp.MustCompile(`<((?:https?://|www\.)[^>\s]*)>`)
	refYearRe    = regexp.MustCompile(`\(((?:1[6-9]\d\d|20\d\d)[a-z]?|n\.d\.)(?:,\s*([^)]{0,40}))?\)`)
	initialsRe   = regexp.MustCompile(`^(?:\p{Lu}\.?\s*-?\s*){1,4}$`)
	personalRe   = regexp.MustCompile(`,\s*(?:\p{Lu}\.\s*-?)+`)
	editorRe     = regexp.MustCompile(`(?i)\s*\((?:eds?\.?|editors?|trans\.?|comp\.?)\)`)
	andSplitRe   = regexp.MustCompile(`\s*(?:&|;|,|\band\b)\s*`)
)

// rawEntry is a reference entry before it is parsed.
type rawEntry struct {
	raw   pieces
	block int // index of the last block it took text from
}

// continuesEntry reports whether a line at the top of a page continues the
// entry cut by the page break rather than starting a new one.
func continuesEntry(prev, line string) bool {
	if urlOnlyRe.MatchString(line) || startsLower(line) {
		return true
	}
	if entryMarkRe.MatchString(line) || entryStartRe.MatchString(line) {
		return false
	}
	return !endsSentence(prev)
}

// addEntryLines adds the lines of a block in the reference list: a list
// marker or a new block starts an entry, a URL-only line or a continuation
// line extends the current one.
func addEntryLines(entries *[]rawEntry, b *block, bi int, cont bool) {
	for k, line := range b.lines {
		n := len(*entries)
		var cur *rawEntry
		if n > 0 {
			cur = &(*entries)[n-1]
		}
		newEntry := true
		switch {
		case cur == nil:
		case entryMarkRe.MatchString(line):
		case urlOnlyRe.MatchString(line):
			newEntry = false
		case k == 0:
			newEntry = !cont
		default:
			// Inside a block: a new entry only if it looks like one and the
			// previous line finished the one before.
			newEntry = entryStartRe.MatchString(line) && (endsSentence(b.lines[k-1]) || strings.HasSuffix(b.lines[k-1], ">"))
		}
		if m := entryMarkRe.FindString(line); m != "" && (newEntry || cur == nil) {
			line = line[len(m):]
		}
		if newEntry {
			*entries = append(*entries, rawEntry{raw: newPieces(line), block: bi})
			continue
		}
		cur.raw.add(line)
		cur.block = bi
	}
}

// parseReference reads authors, year, date, title and URL from one entry.
func parseReference(id int, raw string) Reference {
	r := Reference{ID: id}
	r.Entry = angleURLRe.ReplaceAllString(plain(raw), "$1")
	if m := urlRe.FindStringSubmatch(plain(raw)); m != nil {
		u := m[1]
		if u == "" {
			u = m[2]
		}
		r.URL = strings.TrimRight(u, ".,;:)>]*")
	}
	var authorPart, rest string
	if loc := refYearRe.FindStringSubmatchIndex(raw); loc != nil {
		authorPart, rest = raw[:loc[0]], raw[loc[1]:]
		if y := raw[loc[2]:loc[3]]; y != "n.d." {
			r.Year = atoi(y[:4])
		}
		if loc[4] >= 0 {
			r.Date = trimPunct(plain(raw[loc[4]:loc[5]]))
		}
	} else if ys, ye := findYear(raw); ys >= 0 {
		// "Smith, J. 2001. Title." without parentheses.
		authorPart, rest = raw[:ys], raw[ye:]
		r.Year = atoi(raw[ys:ye])
	} else {
		authorPart = raw
		if k := strings.Index(raw, ". "); k > 0 {
			authorPart, rest = raw[:k], raw[k+1:]
		}
	}
	r.Authors = parseAuthors(plain(authorPart))
	r.Title = refTitle(rest)
	return r
}

// parseAuthors turns "Abdullaev, K. & Akbarzaheh, S." into surnames and
// "Human Rights Watch." into one corporate author.
func parseAuthors(s string) []string {
	s = editorRe.ReplaceAllString(s, "")
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if !personalRe.MatchString(s) {
		// A corporate author is the whole name; drop the final stop unless
		// it belongs to an abbreviation such as "U.S.".
		if strings.HasSuffix(s, ".") && !isInitial(wordBefore(s, len(s)-1)) && !strings.Contains(wordBefore(s, len(s)-1), ".") {
			s = strings.TrimSuffix(s, ".")
		}
		s = strings.TrimRight(s, " ,;:")
		if s == "" {
			return nil
		}
		return []string{s}
	}
	var out []string
	for _, part := range andSplitRe.Split(s, -1) {
		part = strings.TrimRight(strings.TrimSpace(part), ". ")
		if part == "" || initialsRe.MatchString(part) || strings.EqualFold(strings.TrimSuffix(part, "."), "et al") {
			continue
		}
		out = append(out, part)
	}
	return out
}

// refTitle takes the title from what follows the year: the italic span if it
// starts there, else the first sentence, stopping before any URL.
func refTitle(rest string) string {
	rest = strings.TrimLeft(rest, " .,:")
	var t string
	if strings.HasPrefix(rest, "*") {
		if e := strings.IndexByte(rest[1:], '*'); e >= 0 {
			t = plain(rest[1 : e+1])
		}
	}
	if t == "" {
		p := plain(rest)
		if s := SplitSentences(p); len(s) > 0 {
			p = s[0].Text
		}
		if k := strings.Index(p, "http"); k >= 0 {
			p = p[:k]
		}
		if k := strings.IndexByte(p, '<'); k >= 0 {
			p = p[:k]
		}
		t = p
	}
	return strings.TrimRight(strings.TrimSpace(t), " .,;:")
}
