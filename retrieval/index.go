package retrieval

import (
	"fmt"
	"math"
	"strings"

	"paperbot/paper"
)

// BM25 parameters. Paragraphs here are long (60-300 terms) and answers sit
// in one sentence of them, so length normalisation is kept mild (b); k1 lets
// a repeated term count, but not much. Tuned on the training questions
// (testdata/train.jsonl) with `go test -run TestTuneBM25 -tune`.
//
// They are variables only so that the tuning test can vary them; nothing
// else assigns them.
var (
	K1 = 1.2
	B  = 0.3
	// SynWeight is the weight of a thesaurus expansion against the
	// student's literal word.
	SynWeight = 0.9
)

// Index is the searchable form of one paper. It is read-only after New and
// safe for concurrent searches.
type Index struct {
	paper  *paper.Paper
	an     *Analyzer
	terms  map[string]int32 // term -> id
	names  []string         // id -> term
	kinds  []TokenKind      // id -> kind of its first occurrence
	post   [][]posting      // id -> paragraphs holding it
	paras  []para
	avgLen float64

	syn     map[string][]int32 // student term (or phrase key) -> paper term ids
	synHead map[string][][]string
	phrases map[string][][]string // first term -> multi-word paper phrases to index
}

type posting struct {
	doc int32
	tf  float32
}

// para is one paragraph as terms, sentence by sentence.
type para struct {
	sents   []sent
	length  float64 // number of term occurrences
	section []int32 // terms of the section title
	years   []int32
}

type sent struct {
	terms []int32 // term ids, in order; phrase terms follow their first word
	pos   []int32 // position of each term in the sentence
	kinds []TokenKind
	text  string
	n     int // number of word positions
}

// New indexes p with the embedded thesaurus and names.
func New(p *paper.Paper) (*Index, error) {
	entries, err := parseThesaurus(thesaurusText)
	if err != nil {
		return nil, fmt.Errorf("thesaurus: %w", err)
	}
	classes, err := parseNames(namesText)
	if err != nil {
		return nil, fmt.Errorf("names: %w", err)
	}
	return build(p, entries, classes), nil
}

func build(p *paper.Paper, entries []Entry, classes [][][]string) *Index {
	var warm strings.Builder
	for _, pp := range p.Paragraphs {
		warm.WriteString(pp.Text)
		warm.WriteByte(' ')
	}
	for _, s := range p.Sections {
		warm.WriteString(s.Title)
		warm.WriteByte(' ')
	}
	warm.WriteString(thesaurusText)
	ix := &Index{
		paper:   p,
		an:      NewAnalyzer(classes, warm.String()),
		terms:   map[string]int32{},
		syn:     map[string][]int32{},
		synHead: map[string][][]string{},
		phrases: map[string][][]string{},
	}
	// Phrases of the thesaurus (both sides) are indexed as terms of their
	// own, so "majority rule government" can stand for "democracy".
	type rule struct {
		from string
		to   [][]string
	}
	var rules []rule
	for _, e := range entries {
		from := ix.terms2(e.From)
		if len(from) == 0 {
			continue
		}
		r := rule{from: strings.Join(from, " ")}
		if len(from) > 1 {
			ix.addPhrase(from)
			ix.synHead[from[0]] = append(ix.synHead[from[0]], from)
		}
		for _, t := range e.To {
			to := ix.terms2(t)
			if len(to) == 0 {
				continue
			}
			if len(to) > 1 {
				ix.addPhrase(to)
			}
			r.to = append(r.to, to)
		}
		rules = append(rules, r)
	}
	var toks []Token
	var raw []rawToken
	total := 0.0
	for _, pp := range p.Paragraphs {
		var pa para
		for _, s := range pp.Sentences {
			toks = ix.an.analyze(s.Text, toks[:0], raw)
			st := sent{text: s.Text}
			ix.addTerms(&st, toks, true)
			pa.sents = append(pa.sents, st)
			pa.length += float64(len(st.terms))
		}
		toks = ix.an.analyze(pp.Section, toks[:0], raw)
		for _, t := range toks {
			pa.section = append(pa.section, ix.id(t.Term, t.Kind))
		}
		total += pa.length
		ix.paras = append(ix.paras, pa)
	}
	if len(ix.paras) > 0 {
		ix.avgLen = total / float64(len(ix.paras))
	}
	for d, pa := range ix.paras {
		seen := map[int32]bool{}
		for _, s := range pa.sents {
			for i, t := range s.terms {
				if s.kinds[i] == KindYear && !seen[t] {
					seen[t] = true
					ix.paras[d].years = append(ix.paras[d].years, t)
				}
			}
		}
	}
	// Postings.
	ix.post = make([][]posting, len(ix.names))
	for d, pa := range ix.paras {
		tf := map[int32]float32{}
		for _, s := range pa.sents {
			for _, t := range s.terms {
				tf[t]++
			}
		}
		for t, n := range tf {
			ix.post[t] = append(ix.post[t], posting{doc: int32(d), tf: n})
		}
	}
	for _, pl := range ix.post {
		sortPostings(pl)
	}
	// Resolve thesaurus targets to the paper's terms; targets the paper
	// lacks are dropped.
	for _, r := range rules {
		for _, to := range r.to {
			id, ok := ix.terms[strings.Join(to, " ")]
			if !ok || len(ix.post[id]) == 0 {
				continue
			}
			ix.syn[r.from] = appendUnique(ix.syn[r.from], id)
		}
	}
	return ix
}

// terms2 analyses a thesaurus phrase into its terms.
func (ix *Index) terms2(words []string) []string {
	// Hyphen compounds repeat a position: keep one word per position.
	return dedupePositions(ix.an.Analyze(strings.Join(words, " ")))
}

func dedupePositions(toks []Token) []string {
	var out []string
	last := -1
	for _, t := range toks {
		if t.Pos == last {
			continue
		}
		last = t.Pos
		out = append(out, t.Term)
	}
	return out
}

func (ix *Index) addPhrase(ph []string) {
	for _, q := range ix.phrases[ph[0]] {
		if equal(q, ph) {
			return
		}
	}
	ix.phrases[ph[0]] = append(ix.phrases[ph[0]], ph)
}

// addTerms appends toks to st, and a phrase term after the first word of
// every indexed phrase found.
func (ix *Index) addTerms(st *sent, toks []Token, register bool) {
	for i, t := range toks {
		st.terms = append(st.terms, ix.id(t.Term, t.Kind))
		st.pos = append(st.pos, int32(t.Pos))
		st.kinds = append(st.kinds, t.Kind)
		if t.Pos+1 > st.n {
			st.n = t.Pos + 1
		}
		for _, ph := range ix.phrases[t.Term] {
			if matchPhrase(toks, i, ph) {
				st.terms = append(st.terms, ix.id(strings.Join(ph, " "), KindWord))
				st.pos = append(st.pos, int32(t.Pos))
				st.kinds = append(st.kinds, KindWord)
			}
		}
	}
}

// matchPhrase reports whether the phrase ph occurs at toks[i], one word per
// position (a hyphen compound shares its first word's position).
func matchPhrase(toks []Token, i int, ph []string) bool {
	if toks[i].Term != ph[0] {
		return false
	}
	k := 1
	last := toks[i].Pos
	for j := i + 1; j < len(toks) && k < len(ph); j++ {
		if toks[j].Pos == last {
			continue
		}
		if toks[j].Pos != last+1 || toks[j].Term != ph[k] {
			return false
		}
		last = toks[j].Pos
		k++
	}
	return k == len(ph)
}

func (ix *Index) id(term string, kind TokenKind) int32 {
	if id, ok := ix.terms[term]; ok {
		return id
	}
	id := int32(len(ix.names))
	ix.terms[term] = id
	ix.names = append(ix.names, term)
	ix.kinds = append(ix.kinds, kind)
	return id
}

// idf is BM25's inverse document frequency (the +1 form, never negative).
func idf(n, df int) float64 {
	return math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
}

// bm25 is the saturation of term frequency tf in a document of length dl.
func bm25(tf, dl, avgdl float64) float64 {
	if tf <= 0 {
		return 0
	}
	return tf * (K1 + 1) / (tf + K1*(1-B+B*dl/avgdl))
}

func sortPostings(pl []posting) {
	for i := 1; i < len(pl); i++ {
		for j := i; j > 0 && pl[j].doc < pl[j-1].doc; j-- {
			pl[j], pl[j-1] = pl[j-1], pl[j]
		}
	}
}

func appendUnique(s []int32, v int32) []int32 {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Paper returns the indexed paper.
func (ix *Index) Paper() *paper.Paper { return ix.paper }
