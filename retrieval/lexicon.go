package retrieval

import (
	"fmt"
	"slices"
	"strings"
)

// Entry is one thesaurus line: a question phrase and the paper phrases it
// may stand for.
type Entry struct {
	From []string   // surface words of the student's phrase
	To   [][]string // surface words of each paper phrase
	Line int
	file int // which thesaurus, from 1, for errors
}

// parseThesaurus reads "student words => paper words, paper words # why".
// Every entry must give its reason: a mapping nobody can justify is noise.
func parseThesaurus(text string) ([]Entry, error) {
	var out []Entry
	err := eachLine(text, "thesaurus", func(n int, body string) error {
		from, to, ok := strings.Cut(body, "=>")
		if !ok {
			return fmt.Errorf("thesaurus line %d: want \"words => words, ...\"", n)
		}
		e := Entry{From: surfaceWords(from), Line: n}
		for _, t := range strings.Split(to, ",") {
			if w := surfaceWords(t); len(w) > 0 {
				e.To = append(e.To, w)
			}
		}
		if len(e.From) == 0 || len(e.To) == 0 {
			return fmt.Errorf("thesaurus line %d: empty side", n)
		}
		out = append(out, e)
		return nil
	})
	return out, err
}

// eachLine calls f with the number and the body of every entry line of a
// word list, skipping blank and comment lines; every entry must give its
// reason after "#".
func eachLine(text, what string, f func(n int, body string) error) error {
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		body, why, ok := strings.Cut(line, "#")
		if !ok || strings.TrimSpace(why) == "" {
			return fmt.Errorf("%s line %d: no rationale after #", what, n+1)
		}
		if err := f(n+1, body); err != nil {
			return err
		}
	}
	return nil
}

// parseNames reads classes "us = u.s. = united states # why"; the first
// member is the canonical spelling.
func parseNames(text string) ([][][]string, error) {
	var out [][][]string
	err := eachLine(text, "names", func(n int, body string) error {
		var class [][]string
		for _, m := range strings.Split(body, "=") {
			if w := surfaceWords(m); len(w) > 0 {
				class = append(class, w)
			}
		}
		if len(class) < 2 {
			return fmt.Errorf("names line %d: a class needs two or more spellings", n)
		}
		out = append(out, class)
		return nil
	})
	return out, err
}

// surfaceWords scans s into lower-cased surface words, the form names are
// matched in.
func surfaceWords(s string) []string {
	var ws []string
	for _, t := range scan(s, nil) {
		ws = append(ws, t.text)
	}
	return ws
}

// Lexicon is the curated word knowledge, analysed once and shared,
// read-only, by every Index: the names analyzer and the thesaurus rules as
// terms.
type Lexicon struct {
	an      *Analyzer
	synTo   map[string][]string // student term or phrase key -> paper term or phrase keys
	synHead map[string][]phrase // first term -> multi-word student phrases
	phrases map[string][]phrase // first term -> multi-word phrases to index as terms
	// wnTo: student term -> the paper's terms or phrase keys WordNet
	// links it to (wordnet.txt), nil for none.
	wnTo map[string][]string
}

// addWordNet adds wordnet.txt's links; a paper side of several words is
// indexed as a phrase ("majority rule" for "democracy").
func (lex *Lexicon) addWordNet(text string) error {
	m, err := parseWordNet(text)
	if err != nil {
		return err
	}
	for _, to := range m {
		for _, k := range to {
			if ws := strings.Fields(k); len(ws) > 1 {
				lex.addPhrase(ws)
			}
		}
	}
	lex.wnTo = m
	return nil
}

// phrase is a multi-word phrase as terms, and its key as one term.
type phrase struct {
	words []string
	key   string
}

// emptyLexicon is the lexicon of a paper without word lists.
func emptyLexicon() *Lexicon {
	lex, err := NewLexicon("")
	if err != nil {
		panic(err) // nothing to parse: cannot fail
	}
	return lex
}

// NewLexicon parses and analyses a names list and thesauri.
func NewLexicon(names string, thesauri ...string) (*Lexicon, error) {
	return newLexicon(names, "names", thesauri, nil)
}

// newLexicon is NewLexicon with the names of the names list and of each
// thesaurus, for errors (files nil: "thesaurus 1", "thesaurus 2" ...).
func newLexicon(names, namesLabel string, thesauri, files []string) (*Lexicon, error) {
	label := func(i int) string {
		if i < len(files) {
			return files[i]
		}
		return fmt.Sprintf("thesaurus %d", i+1)
	}
	var entries []Entry
	for i, th := range thesauri {
		es, err := parseThesaurus(th)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", label(i), err)
		}
		for k := range es {
			es[k].file = i + 1
		}
		entries = append(entries, es...)
	}
	classes, err := parseNames(names)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", namesLabel, err)
	}
	lex := &Lexicon{an: NewAnalyzer(classes), synTo: map[string][]string{}, synHead: map[string][]phrase{}, phrases: map[string][]phrase{}}
	lex.an.learning = true
	defer func() { lex.an.learning = false }()
	// Phrases of the thesaurus (both sides) are indexed as terms of their
	// own, so "majority rule government" can stand for "democracy".
	for _, e := range entries {
		from := lex.terms(e.From)
		if len(from) == 0 {
			return nil, fmt.Errorf("%s line %d: %q is only stop words", label(e.file-1), e.Line, strings.Join(e.From, " "))
		}
		key := strings.Join(from, " ")
		if len(from) > 1 {
			lex.addPhrase(from)
			if len(lex.synTo[key]) == 0 {
				lex.synHead[from[0]] = append(lex.synHead[from[0]], phrase{from, key})
			}
		}
		for _, t := range e.To {
			to := lex.terms(t)
			if len(to) == 0 {
				continue
			}
			if len(to) > 1 {
				lex.addPhrase(to)
			}
			if k := strings.Join(to, " "); k != key && !slices.Contains(lex.synTo[key], k) {
				lex.synTo[key] = append(lex.synTo[key], k)
			}
		}
	}
	return lex, nil
}

// terms analyses a thesaurus phrase into its terms, one per word position
// (a hyphen compound's whole form is left out).
func (lex *Lexicon) terms(words []string) []string {
	var out []string
	last := -1
	for _, t := range lex.an.Analyze(strings.Join(words, " ")) {
		if t.Pos == last {
			continue
		}
		last = t.Pos
		out = append(out, t.Term)
	}
	return out
}

func (lex *Lexicon) addPhrase(ph []string) {
	for _, q := range lex.phrases[ph[0]] {
		if slices.Equal(q.words, ph) {
			return
		}
	}
	lex.phrases[ph[0]] = append(lex.phrases[ph[0]], phrase{ph, strings.Join(ph, " ")})
}
