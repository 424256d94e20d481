package paper

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// prefixAbbrevs never end a sentence: titles, months, and bibliographic
// abbreviations that are always followed by what they qualify.
var prefixAbbrevs = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "st": true, "mt": true,
	"gen": true, "col": true, "capt": true, "lt": true, "sgt": true, "rev": true, "hon": true,
	"pres": true, "gov": true, "sen": true, "rep": true, "messrs": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"p": true, "pp": true, "no": true, "nos": true, "vol": true, "vols": true, "ed": true,
	"eds": true, "vs": true, "cf": true, "fig": true, "figs": true, "eq": true, "ch": true,
	"chap": true, "sec": true, "approx": true, "ca": true, "al": true, "art": true,
	"para": true, "e.g": true, "i.e": true, "viz": true, "op": true, "est": true,
}

// finalAbbrevs may end a sentence ("... with the U.S. After ...") or not
// ("U.S. Department"): they end one only before a typical sentence opener.
var finalAbbrevs = map[string]bool{
	"govt": true, "etc": true, "inc": true, "ltd": true, "co": true, "corp": true,
	"jr": true, "sr": true, "bros": true, "dept": true, "univ": true, "assn": true,
}

// openers are words that typically begin a sentence; after an ambiguous
// abbreviation or a citation, one of them signals a new sentence.
var openers = map[string]bool{
	"The": true, "This": true, "These": true, "That": true, "Those": true, "It": true,
	"Its": true, "In": true, "On": true, "At": true, "After": true, "Before": true,
	"As": true, "But": true, "And": true, "However": true, "Since": true, "When": true,
	"While": true, "Then": true, "There": true, "They": true, "We": true, "He": true,
	"She": true, "A": true, "An": true, "For": true, "From": true, "Further": true,
	"Furthermore": true, "Moreover": true, "Also": true, "Although": true, "Because": true,
	"During": true, "Thus": true, "Hence": true, "Therefore": true, "Consequently": true,
	"Meanwhile": true, "Yet": true, "Despite": true, "With": true, "By": true, "To": true,
	"If": true, "Under": true, "Both": true, "All": true, "Each": true, "Many": true,
	"Most": true, "Some": true, "Several": true, "Such": true, "What": true, "Which": true,
	"Who": true, "How": true, "Why": true, "Where": true, "Our": true, "Their": true,
	"His": true, "Her": true, "I": true, "Nevertheless": true, "Instead": true,
	"Indeed": true, "Later": true, "Today": true, "Now": true, "Finally": true,
	"First": true, "Second": true, "Third": true, "Similarly": true, "Likewise": true,
	"Accordingly": true, "Overall": true, "Following": true, "Given": true, "Unlike": true,
	"Like": true, "Only": true, "Even": true, "Another": true, "Other": true, "Recently": true,
	"According": true, "Whereas": true, "Here": true, "Still": true, "Over": true,
}

// SplitSentences splits plain paragraph text into sentences. It does not break
// after abbreviations, initials or decimal points, nor inside brackets; a
// citation in parentheses that follows a full stop ("... Asia. (Smith, 2005,
// p.3) The ...") is attached to the sentence before it. Offsets are bytes.
func SplitSentences(text string) []Sentence {
	var out []Sentence
	partner := bracketPartners(text)
	emit := func(a, b int) {
		seg := text[a:b]
		t := strings.TrimLeftFunc(seg, unicode.IsSpace)
		a += len(seg) - len(t)
		b = a + len(strings.TrimRightFunc(t, unicode.IsSpace))
		if a < b {
			out = append(out, Sentence{Text: text[a:b], Start: a, End: b})
		}
	}
	start, depth := 0, 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch c {
		case '(', '[':
			if partner != nil && partner[i] >= 0 {
				depth++
			}
		case ')', ']':
			if partner == nil || partner[i] < 0 {
				continue
			}
			depth--
			// "(Jonson, 2004, p-91) Further, ..." ends a sentence without
			// a full stop.
			if depth == 0 && c == ')' && isCitationContent(text[partner[i]+1:i]) && i+1 < len(text) && text[i+1] == ' ' && openers[nextWord(text, i+2)] {
				emit(start, i+1)
				start = i + 1
			}
		case '.', '!', '?':
			if depth > 0 {
				continue
			}
			if end, ok := sentenceEnd(text, i, partner); ok {
				emit(start, end)
				start = end
				i = end - 1
			}
		}
	}
	emit(start, len(text))
	return out
}

// sentenceEnd decides whether the terminal punctuation at i ends a sentence
// and, if so, returns the end offset (after closing quotes or an attached
// citation).
func sentenceEnd(text string, i int, partner []int32) (int, bool) {
	j := i + 1
	for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == '"' || text[j] == '\'') {
		j++
	}
	for strings.HasPrefix(text[j:], "”") || strings.HasPrefix(text[j:], "’") {
		j += len("”")
	}
	if j >= len(text) {
		return len(text), true
	}
	if !isSpaceByte(text[j]) {
		return 0, false // "U.S-led", "p.164", "9.5", "etc.,"
	}
	k := j
	for k < len(text) && isSpaceByte(text[k]) {
		k++
	}
	if k >= len(text) {
		return j, true
	}
	var w string
	if text[i] == '.' {
		w = wordBefore(text, i)
		lw := strings.ToLower(w)
		if prefixAbbrevs[lw] || isInitial(w) {
			return 0, false
		}
	}
	n := text[k]
	if n == '(' && partner != nil && partner[k] > 0 {
		close := int(partner[k])
		if !isCitationContent(text[k+1 : close]) {
			return j, true
		}
		e := close + 1
		if e < len(text) && text[e] == '.' {
			e++
		}
		if e >= len(text) || isSpaceByte(text[e]) {
			return e, true
		}
		return j, true
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	if unicode.IsLower(r) {
		return 0, false
	}
	if text[i] == '.' && (finalAbbrevs[strings.ToLower(w)] || strings.Contains(w, ".")) {
		return j, openers[nextWord(text, k)]
	}
	return j, true
}

// wordBefore returns the letters-and-dots token ending just before i, e.g.
// "U.S" for "U.S." or "govt" for "govt.".
func wordBefore(text string, i int) string {
	a := i
	for a > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:a])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		a -= size
	}
	return strings.TrimLeft(text[a:i], ".")
}

// isInitial reports a single capital letter: "M" in "M. W. Shoemaker".
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && size > 0 && unicode.IsUpper(r)
}

// nextWord returns the run of letters starting at k.
func nextWord(text string, k int) string {
	e := k
	for e < len(text) {
		r, size := utf8.DecodeRuneInString(text[e:])
		if !unicode.IsLetter(r) {
			break
		}
		e += size
	}
	return text[k:e]
}

// bracketPartners maps each matched bracket to its partner's offset and each
// unmatched one to -1, so an unclosed "(" cannot swallow the rest of a
// paragraph. It returns nil when the text has no brackets.
func bracketPartners(text string) []int32 {
	if strings.IndexAny(text, "()[]") < 0 {
		return nil
	}
	partner := make([]int32, len(text))
	var paren, square []int32
	for i := 0; i < len(text); i++ {
		partner[i] = -1
		switch text[i] {
		case '(':
			paren = append(paren, int32(i))
		case '[':
			square = append(square, int32(i))
		case ')':
			if n := len(paren); n > 0 {
				o := paren[n-1]
				paren = paren[:n-1]
				partner[o], partner[i] = int32(i), o
			}
		case ']':
			if n := len(square); n > 0 {
				o := square[n-1]
				square = square[:n-1]
				partner[o], partner[i] = int32(i), o
			}
		}
	}
	return partner
}
