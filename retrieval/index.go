package retrieval

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

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
	// AdverbWeight scales the idf of a question's adverb.
	AdverbWeight = 0.3
)

// Index is the searchable form of one paper. It is read-only after New and
// safe for concurrent searches.
type Index struct {
	paper   *paper.Paper
	model   *Model // fitted weights: read-only (the fitter replaces them in tests)
	an      *Analyzer
	terms   map[string]int32 // term -> id
	names   []string         // id -> term
	kinds   []TokenKind      // id -> kind of its first occurrence
	month   []bool           // id -> the term is a month name
	dated   []bool           // id -> the term dates an event: a month name, or a name holding a number ("9/11")
	causal  []bool           // id -> the term marks a reason or purpose
	numWord []bool           // id -> the term is a number written as a word ("eight-year-old")
	// rareName: id -> a name or acronym in at most a quarter of the
	// paragraphs.
	rareName []bool
	// nameForm: a capitalised word as written, lower-cased ("rakhmonov",
	// "hilary") -> its index in formDocs, the paragraphs writing it so. A
	// fact told twice is often told once in the student's form of the
	// name ("Hilary Clinton went to Tajikistan") and once in another of
	// its class ("Secretary Clinton went by to Tajikistan").
	nameForm map[string]int32
	formDocs [][]int32
	// curated: the paper has curated thesauri, so a question word missing
	// from an answer is missing, not just the paper's other wording.
	curated bool

	sectionTerm  map[int32]bool  // terms of section titles
	abstract     []int           // paragraphs of the abstract
	conclusion   []int           // paragraphs of the conclusion (or the last section)
	oneWordTitle map[string]bool // section titles of one word ("conclusion"), as terms
	post         [][]posting     // id -> paragraphs holding it
	occ          [][]occurrence  // id -> every occurrence, in paragraph order
	paras        []para
	avgLen       float64
	idf1         float64 // idf of a term in one paragraph
	// firstYear, lastYear: the years the paper's own text (not its
	// citations) spans; 0 when it names none. A question about 2020 is
	// outside a history of 2001-2013 however well its topic words match.
	firstYear, lastYear int

	infoCache sync.Map     // surface word -> *frontEntry[wordInfo], for questions
	nInfo     atomic.Int64 // entries in infoCache
	infoFront *frontCache[wordInfo]

	synTo        map[string][]string // shared with the Lexicon: read-only
	synCache     sync.Map            // term -> *frontEntry[[]int32], its expansions in this paper
	synFront     *frontCache[[]int32]
	synHead      map[string][]phrase // shared with the Lexicon: read-only
	phrases      map[string][]phrase // shared with the Lexicon: read-only
	wnTo         map[string][]string // WordNet links, shared with the Lexicon: read-only
	wnCache      sync.Map            // term -> []int32, its WordNet links in this paper
	spell        spelling            // typo corrections toward the paper's words
	countries    countryNames        // the names of the world's countries, for one the paper never names
	countryOnce  sync.Once
	countryTerms map[string]bool // the names classes' canonical terms holding a country ("russia" of "russian federation"), built on first use
	parties      map[string]bool // the country terms the paper's title names ("us", "tajikistan"), built with countryTerms
	skipRules    int             // askedMiss rules (and ruleBound) left off: tests measure each rule's effect
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
}

type sent struct {
	terms []int32 // term ids, in order; phrase terms follow their first word
	pos   []int32 // position of each term in the sentence
	kinds []TokenKind
	cite  []bool // the term is part of an in-text citation
	// Precomputed sentence features.
	logLen  float64 // log(1 + number of terms)
	anaphor bool    // opens with "This", "It", ...: continues the sentence before
	// Terms of the kinds an answer may need: years and months, numbers,
	// names and acronyms, reason words.
	nWhen, nNum, nName, nCausal int16
	nRareName                   int16 // names found in at most a quarter of the paragraphs
	nSelf                       int16 // words a paper speaks of itself in: "this study focuses", "the paper investigates"
	// narrative: the sentence names a cited author in its running text
	// ("according to Human Rights Watch, (2013)"): it says who said it.
	narrative bool
	// excl: the terms the sentence names as an exception ("with the
	// exclusion of Tajikistan", "except Uzbekistan"): it says the rest
	// did, not they.
	excl []int32
	// vague: speaks of unnamed items ("in numerous different regions",
	// "various zones"): a heading for the sentences that name them.
	vague bool
	// consequence: follows from the sentence before ("Tajikistan then
	// dedicated to joining ...", "As a result, ..."): that one says why.
	consequence bool
	// list: enumerates three or more short items ("rich in coal, marble,
	// gold, silver"; "exports were mainly poultry, pharmaceutical
	// preparations, and meat"): what a question asking for items wants.
	list bool
}

// occurrence is one place a term occurs, for matching a question against
// the sentences of a few candidate paragraphs without reading them whole.
type occurrence struct {
	doc  int32
	sent uint16
	pos  uint16
	kind TokenKind
	cite bool // in an in-text citation
}

// New indexes p with what k knows of it (its word lists and fitted
// models); k nil, or without a lexicon or model, gets the generic analyzer
// and model (the one fitted with WordNet's list when k has that list).
func New(p *paper.Paper, k *Knowledge) *Index {
	var lex *Lexicon
	var m *Model
	if k != nil {
		lex, m = k.Lexicon, k.Model
	}
	if lex == nil {
		lex = emptyLexicon()
	}
	if m == nil {
		m = GenericModel()
		if len(lex.wnTo) > 0 {
			m = GenericWordNetModel()
		}
	}
	ix := &Index{
		paper:        p,
		model:        m,
		an:           lex.an.fork(),
		terms:        map[string]int32{},
		synTo:        lex.synTo,
		curated:      len(lex.synTo) > 0,
		wnTo:         lex.wnTo,
		sectionTerm:  map[int32]bool{},
		oneWordTitle: map[string]bool{},
		synHead:      lex.synHead,
		phrases:      lex.phrases,
		infoFront:    &frontCache[wordInfo]{},
		synFront:     &frontCache[[]int32]{},
	}
	ix.an.learning = true
	defer func() { ix.an.learning = false }()
	var toks []Token
	var raw []rawToken
	total := 0.0
	ix.nameForm = map[string]int32{}
	for _, pp := range p.Paragraphs {
		var pa para
		for _, s := range pp.Sentences {
			raw = scan(s.Text, raw[:0])
			toks = ix.an.analyzeRaw(raw, toks[:0], true)
			ix.noteNameForms(raw, int32(len(ix.paras)))
			st := sent{anaphor: isAnaphor(s.Text), narrative: narrativeCite(&pp, s.Start, len(s.Text))}
			ix.addTerms(&st, toks, func(off int) bool { return inCitation(&pp, s.Start+off) })
			st.excl = ix.excluded(s.Text, toks)
			st.vague = isVague(s.Text)
			st.consequence = isConsequence(s.Text)
			st.list = isList(s.Text)
			st.logLen = math.Log1p(float64(len(st.terms)))
			pa.sents = append(pa.sents, st)
			pa.length += float64(len(st.terms))
		}
		toks = ix.an.analyze(pp.Section, toks[:0], raw, true)
		if len(toks) == 1 {
			ix.oneWordTitle[toks[0].Term] = true
		}
		for _, t := range toks {
			id := ix.id(t.Term, t.Kind)
			pa.section = append(pa.section, id)
			ix.sectionTerm[id] = true
		}
		total += pa.length
		ix.paras = append(ix.paras, pa)
	}
	ix.carryDates(p)
	if len(ix.paras) > 0 {
		ix.avgLen = total / float64(len(ix.paras))
	}
	ix.idf1 = idf(len(ix.paras), 1)
	// Occurrences and answer-kind counts.
	ix.occ = make([][]occurrence, len(ix.names))
	for d := range ix.paras {
		for si := range ix.paras[d].sents {
			se := &ix.paras[d].sents[si]
			for i, t := range se.terms {
				k := se.kinds[i]
				ix.occ[t] = append(ix.occ[t], occurrence{doc: int32(d), sent: uint16(min(si, math.MaxUint16)), pos: uint16(min(se.pos[i], math.MaxUint16)), kind: k, cite: se.cite[i]})
				if se.cite[i] {
					continue // a citation's year or author answers nothing
				}
				if k == KindYear {
					ix.notePeriod(ix.names[t])
				}
				if selfStems[ix.names[t]] {
					se.nSelf++
				}
				c := answerKinds(k, ix.dated[t], ix.causal[t])
				if k == KindNumber && (nextToMonth(ix, se, i) || strings.Contains(ix.names[t], "/")) {
					// "7 October 2001", "9/11": a day, not an amount.
					c.num, c.when = 0, 1
				}
				se.nWhen += c.when
				se.nNum += c.num
				se.nName += c.name
				se.nCausal += c.causal
			}
		}
	}
	// Postings.
	ix.post = make([][]posting, len(ix.names))
	// Paragraphs in order, so every posting list comes out sorted.
	tf := make([]float32, len(ix.names))
	var seen []int32
	for d, pa := range ix.paras {
		for _, s := range pa.sents {
			for _, t := range s.terms {
				if tf[t] == 0 {
					seen = append(seen, t)
				}
				tf[t]++
			}
		}
		for _, t := range seen {
			ix.post[t] = append(ix.post[t], posting{doc: int32(d), tf: tf[t]})
			tf[t] = 0
		}
		seen = seen[:0]
	}
	ix.findAbstractAndConclusion()
	// Names that single a thing out: a "who" question about the paper's
	// own subjects (Tajikistan, the US) is answered by another name.
	ix.rareName = make([]bool, len(ix.names))
	for t := range ix.names {
		k := ix.kinds[t]
		ix.rareName[t] = (k == KindName || k == KindAcronym) && len(ix.post[t])*4 <= len(ix.paras)
	}
	for d := range ix.paras {
		for si := range ix.paras[d].sents {
			se := &ix.paras[d].sents[si]
			for i, t := range se.terms {
				if k := se.kinds[i]; (k == KindName || k == KindAcronym) && ix.rareName[t] && !se.cite[i] {
					se.nRareName++
				}
			}
		}
	}
	return ix
}

// notePeriod widens the paper's period to hold year term y.
func (ix *Index) notePeriod(y string) {
	v, err := strconv.Atoi(y)
	if err != nil {
		return
	}
	if ix.firstYear == 0 || v < ix.firstYear {
		ix.firstYear = v
	}
	ix.lastYear = max(ix.lastYear, v)
}

// selfStems are the stems a paper speaks of itself with ("This study
// focuses on", "The paper investigates", "The study analyzed"): the
// sentences that answer a question about the paper as a whole.
var selfStems = map[string]bool{"studi": true, "focus": true, "investig": true, "analyz": true, "analys": true,
	"conclud": true, "argu": true, "examin": true, "explor": true, "discuss": true, "aim": true, "object": true}

// findAbstractAndConclusion finds the abstract's paragraphs (its section,
// else the paper's Abstract as ¶1) and the conclusion's (a section titled
// so, else the last section).
func (ix *Index) findAbstractAndConclusion() {
	last := ""
	for d, pp := range ix.paper.Paragraphs {
		title := strings.ToLower(pp.Section)
		switch {
		case strings.Contains(title, "abstract") || strings.Contains(title, "summary") && d == 0:
			ix.abstract = append(ix.abstract, d)
		case strings.Contains(title, "conclu") || strings.Contains(title, "final remarks") || strings.Contains(title, "discussion"):
			ix.conclusion = append(ix.conclusion, d)
		}
		last = pp.Section
	}
	if len(ix.abstract) == 0 && ix.paper.Abstract != "" && len(ix.paras) > 0 {
		ix.abstract = []int{0}
	}
	if len(ix.conclusion) == 0 {
		for d := len(ix.paper.Paragraphs) - 1; d >= 0 && ix.paper.Paragraphs[d].Section == last; d-- {
			ix.conclusion = append([]int{d}, ix.conclusion...)
		}
	}
}

// nextToMonth reports whether term i of se stands beside a month name.
func nextToMonth(ix *Index, se *sent, i int) bool {
	return i > 0 && ix.month[se.terms[i-1]] || i+1 < len(se.terms) && ix.month[se.terms[i+1]]
}

// addTerms appends toks to st, and a phrase term after the first word of
// every indexed phrase found.
func (ix *Index) addTerms(st *sent, toks []Token, cited func(off int) bool) {
	for i, t := range toks {
		c := cited(t.Off)
		st.terms = append(st.terms, ix.id(t.Term, t.Kind))
		st.pos = append(st.pos, int32(t.Pos))
		st.kinds = append(st.kinds, t.Kind)
		st.cite = append(st.cite, c)
		for _, ph := range ix.phrases[t.Term] {
			if matchPhrase(toks, i, ph.words) {
				st.terms = append(st.terms, ix.id(ph.key, KindWord))
				st.pos = append(st.pos, int32(t.Pos))
				st.kinds = append(st.kinds, KindWord)
				st.cite = append(st.cite, c)
			}
		}
	}
}

// carryDates gives a sentence opening with a definite reference to
// something just told ("The events created a completely new situation",
// after "The Sept. 11, 2001, terrorist assaults on America were events
// ...") the dates of the sentence it refers to: their years and dated names
// (9/11). The antecedent is the nearest sentence before, in its paragraph
// or the one before, holding the opener's noun.
func (ix *Index) carryDates(p *paper.Paper) {
	type at struct{ d, i int }
	var prev []at
	for d := range ix.paras {
		for i := range ix.paras[d].sents {
			cur := at{d, i}
			text := p.Paragraphs[d].Sentences[i].Text
			det, rest, _ := strings.Cut(text, " ")
			noun, _, _ := strings.Cut(rest, " ")
			noun = strings.Trim(noun, ",;:.")
			if (det == "The" || det == "These" || det == "Those" || det == "Such") && noun != "" && noun == strings.ToLower(noun) {
				id, ok := ix.terms[ix.an.stem(noun)]
				for k := len(prev) - 1; ok && k >= 0 && prev[k].d >= d-1; k-- {
					a := &ix.paras[prev[k].d].sents[prev[k].i]
					if !slices.Contains(a.terms, id) {
						continue
					}
					st := &ix.paras[d].sents[i]
					for j, t := range a.terms {
						k := a.kinds[j]
						if a.cite[j] || !(k == KindYear || (k == KindName && strings.ContainsAny(ix.names[t], "0123456789"))) || slices.Contains(st.terms, t) {
							continue
						}
						st.terms = append(st.terms, t)
						st.pos = append(st.pos, 1)
						st.kinds = append(st.kinds, k)
						st.cite = append(st.cite, false)
					}
					break
				}
			}
			prev = append(prev, cur)
		}
	}
}

// noteNameForms records the capitalised words of a sentence of paragraph
// d as written (lower-cased), for the forms of names.
func (ix *Index) noteNameForms(raw []rawToken, d int32) {
	for _, t := range raw {
		if !t.upper && !t.caps {
			continue
		}
		if t.num {
			continue
		}
		f, ok := ix.nameForm[t.text]
		if !ok {
			f = int32(len(ix.formDocs))
			ix.nameForm[t.text] = f
			ix.formDocs = append(ix.formDocs, nil)
		}
		if ds := ix.formDocs[f]; len(ds) == 0 || ds[len(ds)-1] != d {
			ix.formDocs[f] = append(ds, d)
		}
	}
}

// narrativeCite reports whether p's text from start for n bytes holds a
// narrative citation ("As Crosston, (2016, p.104)").
func narrativeCite(p *paper.Paragraph, start, n int) bool {
	for _, c := range p.Citations {
		if c.Narrative && c.Start >= start && c.Start < start+n {
			return true
		}
	}
	return false
}

// inCitation reports whether byte off of p's text lies in an in-text
// citation: "(Rashid, 2003, p111)" names a year and an author, but
// neither is what a sentence says happened.
func inCitation(p *paper.Paragraph, off int) bool {
	for _, c := range p.Citations {
		if off >= c.Start && off < c.Start+len(c.Text) {
			return true
		}
	}
	return false
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
	ix.month = append(ix.month, isMonth(term))
	// "After 9/11" dates what it tells as "in 2001" does: a name class
	// whose canonical name holds a number is a date.
	ix.dated = append(ix.dated, isMonth(term) || kind == KindName && strings.ContainsAny(term, "0123456789"))
	ix.causal = append(ix.causal, isCausal(term))
	ix.numWord = append(ix.numWord, numberWords[term])
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

// Paper returns the indexed paper.
func (ix *Index) Paper() *paper.Paper { return ix.paper }

// kindCount counts terms by the kind of answer they can be.
type kindCount struct{ when, num, name, causal int16 }

func answerKinds(k TokenKind, dated, causal bool) kindCount {
	var c kindCount
	if k == KindYear || dated {
		c.when = 1
	}
	if k == KindNumber {
		c.num = 1
	}
	if k == KindName || k == KindAcronym {
		c.name = 1
	}
	if causal {
		c.causal = 1
	}
	return c
}

// exclusionWords open an exception: what follows is left out of what the
// sentence says ("All the republics with the exclusion of Tajikistan").
var exclusionWords = []string{"with the exclusion of", "exclusion of", "except for", "except", "excluding", "other than", "apart from", "aside from", "but not"}

// excluded returns the term of the first word after an exclusion phrase
// of text, or nil.
func (ix *Index) excluded(text string, toks []Token) []int32 {
	lower := strings.ToLower(text)
	end := -1
	for _, w := range exclusionWords {
		i := strings.Index(lower, w+" ")
		if i >= 0 && (i == 0 || lower[i-1] == ' ' || lower[i-1] == ',') {
			end = i + len(w)
			break
		}
	}
	if end < 0 {
		return nil
	}
	for _, t := range toks {
		if t.Off >= end {
			// The first word only: "of Tajikistan linked NATO's" leaves
			// out Tajikistan, not the linking.
			return []int32{ix.terms[t.Term]}
		}
	}
	return nil
}

// vagueWords speak of items without naming them.
var vagueWords = []string{"numerous ", "various ", "several ", "a number of ", "a range of ", "a variety of ", "many different "}

// isVague reports whether a sentence speaks of unnamed items and does not
// name them itself ("several challenges such as poor democratic
// performance" does).
func isVague(s string) bool {
	l := strings.ToLower(s)
	if strings.Contains(l, " such as ") || strings.Contains(l, " including ") || strings.Contains(l, " namely ") || strings.Contains(l, ": ") {
		return false
	}
	for _, w := range vagueWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// isList reports whether a sentence enumerates items: three or more
// short parts (four words at most) in a row, split at commas, semicolons,
// "and" and "or" ("rich in coal, marble, gold, silver"), or a clause
// ending in the first item and two short ones after it, joined by a comma
// and by "and" or "or" ("relations with Iran, China, and Russia").
// Citations in brackets are left out. Clauses between commas are longer:
// "its interest in the adjacent countries, including Tajikistan,
// augmented" is no list.
func isList(s string) bool {
	depth := 0
	run := 0                                // short parts in a row
	head, comma, and := false, false, false // of the current run
	sepComma, sepAnd := false, false        // joins since the last part
	words := 0                              // words of the current part
	part := func() bool {
		if words == 0 {
			return false // ", and meat": the comma parts nothing
		}
		n := words
		words = 0
		joinComma, joinAnd := sepComma, sepAnd
		sepComma, sepAnd = false, false
		if n > 4 {
			run, head, comma, and = 0, true, false, false
			return false
		}
		if run > 0 {
			// Joins between short parts, not the clause's own.
			comma = comma || joinComma
			and = and || joinAnd
		}
		run++
		return run >= 3 || head && run >= 2 && comma && and
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '(':
			depth++
			i++
		case c == ')':
			depth = max(0, depth-1)
			i++
		case depth > 0:
			i++
		case c == ',' || c == ';' || c == ':':
			if part() {
				return true
			}
			sepComma = true
			i++
		case c == ' ' || c == '.' || c == '\t' || c == '\n':
			i++
		default:
			j := i
			for j < len(s) && s[j] != ' ' && s[j] != '.' && s[j] != ',' && s[j] != ';' && s[j] != ':' && s[j] != '(' && s[j] != ')' && s[j] != '\t' && s[j] != '\n' {
				j++
			}
			if w := s[i:j]; strings.EqualFold(w, "and") || strings.EqualFold(w, "or") {
				if part() {
					return true
				}
				sepAnd = true
			} else {
				words++
			}
			i = j
		}
	}
	return part()
}

// consequenceWords mark a sentence as following from the one before.
var consequenceWords = []string{" then ", "as a result", "therefore", "consequently", "thus ", "hence ", "accordingly"}

// isConsequence reports whether a sentence follows from the one before.
func isConsequence(s string) bool {
	l := strings.ToLower(s)
	for _, w := range consequenceWords {
		if strings.HasPrefix(l, strings.TrimLeft(w, " ")) || strings.Contains(l, w) {
			return true
		}
	}
	return false
}
