package retrieval

import (
	"strings"
	"sync"
	"sync/atomic"
)

// spelling corrects a question word the paper never uses and general
// English does not know ("independant", "goverment") to the one word of
// the paper's text a single edit away ("independent"), so that a typo
// neither misses the paragraph nor reads as a foreign word asked about.
// A word with no neighbour ("manas") or with two ("formr": "former",
// "form") stays as it is. Built on the first question that needs it.
type spelling struct {
	once  sync.Once
	words map[string]bool   // the paper's lower-cased surface words
	canon map[string]string // the same, each word to itself
	del   map[string]string // a word with one letter deleted -> the word, "" when several
	// seen remembers the answer for a word outside the paper: the general
	// English lookups cost a tenth of a search. Bounded like wordInfo's.
	seen  sync.Map // question word -> its correction (itself when none)
	nSeen atomic.Int64
}

// minSpellLen: shorter words are too often another word one edit away.
const minSpellLen = 5

func (sp *spelling) build(ix *Index) {
	sp.words = map[string]bool{}
	sp.canon = map[string]string{}
	sp.del = map[string]string{}
	add := func(w string) {
		sp.canon[w] = w
		for i := 0; i < len(w); i++ {
			d := w[:i] + w[i+1:]
			if o, ok := sp.del[d]; ok && o != w {
				sp.del[d] = ""
			} else {
				sp.del[d] = w
			}
		}
	}
	var raw []rawToken
	for _, p := range ix.paper.Paragraphs {
		raw = scan(p.Text, raw[:0])
		for _, t := range raw {
			w := t.text
			if t.num || len(w) < minSpellLen-1 || sp.words[w] || stopWords[w] || !isLetters(w) {
				continue
			}
			sp.words[w] = true
			add(w)
		}
	}
	// A typo of a function word ("acording", "happend") is that word,
	// not a foreign word asked about (fourteenth pass). Map order does
	// not matter: a deletion two words share maps to neither.
	for w := range stopWords {
		if len(w) >= minSpellLen-1 && isLetters(w) {
			add(w)
		}
	}
}

// correct returns the paper's word for the question word w, or w.
func (sp *spelling) correct(ix *Index, w string) string {
	if len(w) < minSpellLen || stopWords[w] || !isLetters(w) {
		return w
	}
	sp.once.Do(func() { sp.build(ix) })
	if sp.words[w] {
		return w
	}
	if v, ok := sp.seen.Load(w); ok {
		return v.(string)
	}
	c := sp.lookup(ix, w)
	if sp.nSeen.Load() < maxSeen {
		if c == w {
			c = strings.Clone(w) // w may share the question's memory
		}
		if _, loaded := sp.seen.LoadOrStore(strings.Clone(w), c); !loaded {
			sp.nSeen.Add(1)
		}
	}
	return c
}

// lookup is correct's answer for a word outside the paper.
func (sp *spelling) lookup(ix *Index, w string) string {
	if _, ok := informal[w]; ok {
		return w
	}
	if isEnglish(w) || strings.HasSuffix(w, "s") && isEnglish(w[:len(w)-1]) || strings.HasSuffix(w, "es") && isEnglish(w[:len(w)-2]) {
		// A word of general English, or its plural ("prisons" is no
		// typo of the paper's "persons").
		return w
	}
	found := ""
	add := func(c string) bool {
		if stopWords[found] && stopWords[c] {
			// Two function words ("happen", "happened") are one:
			// either drops out of the question.
			return true
		}
		if found != "" && found != c {
			found = "-"
			return false
		}
		found = c
		return true
	}
	// One letter missing from w, one too many, or one changed (or two
	// swapped). The deletions are looked up from a buffer: no garbage.
	if c, ok := sp.del[w]; ok && (c == "" || !add(c)) {
		return w
	}
	var arr [32]byte
	if len(w) > len(arr) {
		return w
	}
	for i := 0; i < len(w); i++ {
		d := append(append(arr[:0], w[:i]...), w[i+1:]...)
		if c, ok := sp.canon[string(d)]; ok && !add(c) {
			return w
		}
		if c, ok := sp.del[string(d)]; ok && c != w && (c == "" || !add(c)) {
			return w
		}
	}
	if found == "" || found == "-" {
		return w
	}
	if _, ok := ix.terms[stem(w)]; ok {
		// Another form of a word the paper uses ("consultations").
		return w
	}
	return found
}

func isLetters(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

func isEnglish(w string) bool {
	_, _, ok := englishWord(w)
	return ok
}
