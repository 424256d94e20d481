package retrieval

import (
	"strings"
	"sync"
	"sync/atomic"
)

// Analyzer turns text into terms: tokens, case folding, possessives,
// numbers and years kept whole, stop words dropped, names of one thing
// brought to one spelling, and snowball stems. Questions and passages go
// through the same Analyzer so that their terms meet.
//
// An Analyzer is read-only after NewAnalyzer and safe for concurrent use.
type Analyzer struct {
	names    map[string]string // surface phrase ("united states") -> canonical term ("us")
	maxName  int               // longest name phrase, in words
	stems    map[string]string // stems of the words seen while learning
	base     map[string]string // stems shared with the analyzer this one was forked from
	nameHead map[string]bool   // first words of multi-word names
	codes    map[string]string // country code written in capitals ("TJ") -> canonical term of a class naming the country
	// mayName is a filter over the single words that are names or start
	// one (keys of names without a space, and of nameHead): a word whose
	// bit is clear is neither, and costs matchName no map lookup.
	mayName  *wordFilter
	learning bool // remember new stems (only while the index is built)

	// seen caches the stems of question words the paper does not have,
	// so a word asked twice is stemmed once; bounded against hostile
	// input.
	seen  sync.Map // string -> string
	nSeen atomic.Int64
}

// maxSeen bounds the cache of question-word stems.
const maxSeen = 1 << 16

// NewAnalyzer builds an analyzer from name classes (see names.txt).
func NewAnalyzer(classes [][][]string) *Analyzer {
	a := &Analyzer{names: map[string]string{}, stems: map[string]string{}, nameHead: map[string]bool{}}
	for _, class := range classes {
		canon := strings.Join(class[0], "")
		for _, m := range class {
			key := strings.Join(m, " ")
			a.names[key] = canon
			if len(m) > a.maxName {
				a.maxName = len(m)
			}
			if len(m) > 1 {
				a.nameHead[m[0]] = true
			}
		}
	}
	a.codes = countryCodes(a.names)
	a.mayName = &wordFilter{}
	for k := range a.names {
		if !strings.Contains(k, " ") {
			a.mayName.add(k)
		}
	}
	for k := range a.nameHead {
		a.mayName.add(k)
	}
	return a
}

// wordFilter is a one-hash Bloom filter over words: has is false only for
// a word never added. 64K bits, so that with the paper's names (a few
// hundred words) most other words are rejected.
type wordFilter [1 << 10]uint64

func wordHash(w string) uint32 {
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h & (1<<16 - 1)
}

func (f *wordFilter) add(w string) {
	h := wordHash(w)
	f[h>>6] |= 1 << (h & 63)
}

func (f *wordFilter) has(w string) bool {
	h := wordHash(w)
	return f[h>>6]&(1<<(h&63)) != 0
}

// fork returns an analyzer with the same names that shares a's stem table
// read-only and learns new stems into a table of its own. a must no longer
// be learning.
func (a *Analyzer) fork() *Analyzer {
	return &Analyzer{names: a.names, maxName: a.maxName, nameHead: a.nameHead, codes: a.codes, mayName: a.mayName, base: a.stems, stems: map[string]string{}}
}

// Analyze returns the terms of question s in order.
func (a *Analyzer) Analyze(s string) []Token {
	return a.analyze(s, nil, nil, false)
}

// analyze appends the terms of s to out, reusing raw as scratch space.
// passage is true for the paper's text, false for a question.
func (a *Analyzer) analyze(s string, out []Token, raw []rawToken, passage bool) []Token {
	return a.analyzeRaw(scan(s, raw[:0]), out, passage)
}

// analyzeRaw appends the terms of the scanned tokens raw to out.
func (a *Analyzer) analyzeRaw(raw []rawToken, out []Token, passage bool) []Token {
	pos := 0
	for i := 0; i < len(raw); i++ {
		t := raw[i]
		// Names, longest first: "united states of america" before "united".
		if canon, n := a.matchName(raw, i); n > 0 {
			out = append(out, Token{Term: canon, Kind: KindName, Pos: pos, Off: t.off})
			// In a passage, the words of a multi-word name are terms too,
			// at the name's position: "annual consultations" meets "Annual
			// Bilateral Consultation" as well as "ABC" does.
			if passage && n > 1 {
				for _, w := range raw[i : i+n] {
					if !w.num && !stopWords[w.text] && w.text != canon {
						out = append(out, Token{Term: a.stem(w.text), Kind: KindWord, Pos: pos, Off: w.off})
					}
				}
			}
			pos++
			i += n - 1
			continue
		}
		switch {
		case t.num:
			kind := KindNumber
			if isYear(t.text) {
				kind = KindYear
			}
			out = append(out, Token{Term: t.text, Kind: kind, Pos: pos, Off: t.off})
			// In a passage, a year also names its decade, so a question
			// about "the 1990s" meets 1992 (a question's year stays exact).
			if kind == KindYear && passage {
				out = append(out, Token{Term: t.text[:3] + "0s", Kind: KindYear, Pos: pos, Off: t.off})
			}
			// A year range "1992-97" also names its last year.
			if kind == KindYear && t.joinR && i+1 < len(raw) && raw[i+1].num {
				if y := expandYear(t.text, raw[i+1].text); y != "" {
					out = append(out, Token{Term: y, Kind: KindYear, Pos: pos, Off: raw[i+1].off})
					i++
				}
			}
			// "18%" also says "percent", so "what percentage" meets it.
			if t.pct {
				out = append(out, Token{Term: percentTerm, Kind: KindWord, Pos: pos, Off: t.off})
			}
			pos++
			continue
		case stopWords[t.text]:
			continue
		}
		// A decade: "1990s", "90s", "'90s".
		if d := decade(t.text); d != "" {
			out = append(out, Token{Term: d, Kind: KindYear, Pos: pos, Off: t.off})
			pos++
			continue
		}
		// A country's ISO code in capitals ("TJ", "RUS") names the
		// country, when the name classes hold it: never a word in lower
		// case, never a stop word ("AND" is Andorra's).
		if t.caps {
			if canon, ok := a.codes[t.text]; ok {
				out = append(out, Token{Term: canon, Kind: KindName, Pos: pos, Off: t.off})
				pos++
				continue
			}
		}
		kind := KindWord
		if t.caps {
			kind = KindAcronym
		} else if t.upper && pos > 0 {
			kind = KindName
		}
		out = append(out, Token{Term: a.stem(t.text), Kind: kind, Pos: pos, Off: t.off})
		// A hyphenated compound is also a term whole: "counter-terrorism"
		// meets "counterterrorism".
		if t.joinR && i+1 < len(raw) && !raw[i+1].num && !stopWords[raw[i+1].text] {
			out = append(out, Token{Term: a.stem(t.text + raw[i+1].text), Kind: KindWord, Pos: pos, Off: t.off})
		}
		pos++
	}
	return out
}

// percentTerm is the stem of "percent", the term a "%" sign adds.
const percentTerm = "percent"

// matchName finds the longest name phrase starting at raw[i] and returns its
// canonical term and length in words.
func (a *Analyzer) matchName(raw []rawToken, i int) (string, int) {
	if raw[i].num && !strings.Contains(raw[i].text, "/") {
		return "", 0
	}
	if a.mayName != nil && !a.mayName.has(raw[i].text) {
		return "", 0
	}
	if a.nameHead[raw[i].text] {
		// The phrase is built in a buffer on the stack: a lookup by
		// string(bytes) does not allocate.
		var buf [128]byte
		b := append(buf[:0], raw[i].text...)
		best, bestN := "", 0
		for n := 2; n <= a.maxName && i+n <= len(raw); n++ {
			b = append(b, ' ')
			b = append(b, raw[i+n-1].text...)
			if c, ok := a.names[string(b)]; ok {
				best, bestN = c, n
			}
		}
		if bestN > 0 {
			return best, bestN
		}
	}
	if c, ok := a.names[raw[i].text]; ok {
		return c, 1
	}
	return "", 0
}

// stem returns the stem of w, from the table of words met while the index
// was built (the paper's and the thesaurus's), so that familiar words cost
// a map lookup; the table is read-only once searches begin.
func (a *Analyzer) stem(w string) string {
	if s, ok := a.base[w]; ok {
		return s
	}
	if s, ok := a.stems[w]; ok {
		return s
	}
	if s, ok := a.seen.Load(w); ok {
		return s.(string)
	}
	s := stem(w)
	switch {
	case a.learning:
		a.stems[w] = s
	case a.nSeen.Load() < maxSeen:
		// Clone: w may be a slice of a long question we must not pin.
		if _, loaded := a.seen.LoadOrStore(strings.Clone(w), s); !loaded {
			a.nSeen.Add(1)
		}
	}
	return s
}

// expandYear turns the end of a range like 1992-97 into 1997; it returns ""
// when b is not a plausible end year for a.
func expandYear(a, b string) string {
	switch {
	case len(b) == 4 && isYear(b) && b > a:
		return b
	case len(b) == 2 && b[0] >= '0' && b[0] <= '9' && b[1] >= '0' && b[1] <= '9':
		y := a[:2] + b
		if y > a {
			return y
		}
	}
	return ""
}

// decade returns the decade term ("1990s") of a word like "1990s" or
// "90s", or "".
func decade(w string) string {
	if !strings.HasSuffix(w, "s") {
		return ""
	}
	d := w[:len(w)-1]
	for i := 0; i < len(d); i++ {
		if d[i] < '0' || d[i] > '9' {
			return ""
		}
	}
	switch {
	case len(d) == 4 && d[3] == '0' && isYear(d):
		return d + "s"
	case len(d) == 2 && d[1] == '0':
		if d[0] >= '3' {
			return "19" + d + "s"
		}
		return "20" + d + "s"
	}
	return ""
}
