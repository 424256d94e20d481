package retrieval

import (
	_ "embed"
	"strconv"
	"strings"
)

// english.txt is general-English word frequency and part of speech (from
// the Wall Street Journal lexicon of Debian's festlex-poslex; see its
// header and tools/wordfreq), sorted by word: "population 5.0 n". It tells
// a question's foreign content word ("population", "currency", "heroin")
// from a word that says little ("actually", "ever", "big"), whatever the
// paper.
//
//go:embed english.txt
var englishText string

// englishBody is englishText without its comment header, so that a
// lookup is a binary search over sorted lines with no table built at
// start.
var englishBody = func() string {
	s := englishText
	for strings.HasPrefix(s, "#") {
		_, s, _ = strings.Cut(s, "\n")
	}
	return s
}()

// englishWord returns the Zipf frequency (log10 of occurrences per billion
// words; 9 for a function word) and commonest part of speech ('n', 'v',
// 'j', 'r', 'f') of the lower-cased word w; ok is false for a word too
// rare to be listed.
func englishWord(w string) (zipf float64, pos byte, ok bool) {
	s := englishBody
	lo, hi := 0, len(s)
	for lo < hi {
		mid := (lo + hi) / 2
		// The line holding mid.
		start := strings.LastIndexByte(s[:mid], '\n') + 1
		end := strings.IndexByte(s[mid:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += mid
		}
		line := s[start:end]
		word, rest, _ := strings.Cut(line, " ")
		switch c := strings.Compare(w, word); {
		case c == 0:
			f, p, _ := strings.Cut(rest, " ")
			z, err := strconv.ParseFloat(f, 64)
			if err != nil || p == "" {
				return 0, 0, false
			}
			return z, p[0], true
		case c < 0:
			hi = start
		default:
			lo = end + 1
		}
	}
	return 0, 0, false
}

// informativeness is how much a question word says about what is asked,
// from its general-English frequency: 0 for function words and the
// commonest words, rising to 1 for words too rare to be listed.
func informativeness(w string) float64 {
	if std, ok := informal[w]; ok {
		w = std
	}
	z, pos, ok := englishWord(w)
	switch {
	case !ok:
		return 1
	case pos == 'f':
		return 0
	}
	// Zipf 6.5 and above ("people", "year") say little; 3.5 and below
	// (rare) say much.
	return min(1, max(0, (6.5-z)/3))
}
