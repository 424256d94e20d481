package retrieval

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"

	"paperbot/paper"
)

// Result is the answer to one question: the ranked paragraphs and whether
// the paper answers the question at all.
type Result struct {
	Question   string
	About      About // what a question about the paper itself asks for, or AboutNone
	Answered   bool
	Confidence float64 // 0..1; Answered is Confidence >= the tuned threshold
	Hits       []Hit
}

// Hit is one ranked paragraph and the sentence in it that answers best.
type Hit struct {
	Paragraph *paper.Paragraph
	Sentence  int     // index into Paragraph.Sentences
	Score     float64 // ranking score; higher is better, comparable within one Result
}

// SentenceText returns the text of the hit's answering sentence.
func (h Hit) SentenceText() string {
	if h.Sentence < 0 || h.Sentence >= len(h.Paragraph.Sentences) {
		return ""
	}
	return h.Paragraph.Sentences[h.Sentence].Text
}

// maxConcepts bounds the question terms that count; a question longer than
// this is cut (a 4,000-character paste is not 4,000 questions).
const maxConcepts = 64

// concept is one term of the question with the paper terms that stand for it.
type concept struct {
	term string
	kind TokenKind
	lit  int32   // the term itself in the paper, or -1
	exp  []int32 // thesaurus expansions in the paper
	wn   []int32 // WordNet links in the paper, other than lit and exp
	idf  float64
	df   int
	// info is how much the word says in general English (see
	// informativeness): a foreign content word asked about weighs more
	// than "actually".
	info float64
	// adverb: general English uses the word mostly as an adverb.
	adverb bool
	// section: the word names a section of the paper ("according to the
	// abstract", "the defense section"): structure, not content, so it
	// is left out of the content match.
	section bool
	// form: for a name, its first word as the question writes it
	// ("hilary"), for fNameForm: 1 + its index in formDocs, or -1 when
	// the paper never writes it so; 0 for other concepts.
	form int32
}

// query is an analysed question.
type query struct {
	concepts  []concept
	weight    float64 // sum of concept idfs
	atype     answerType
	present   bool   // asks about today ("now", "currently"): the paper is a history
	lacks     bool   // the top hit plainly lacks what was asked (set by confFeatures)
	outside   bool   // names a year outside the paper's period ("in 2020", "after 2014", "the 1930s")
	about     About  // a question about the paper itself
	focus     int    // the concept naming what is asked for ("population", "soldiers"), or -1
	verb      int    // "how were X seen", "how did X respond": the concept of the verb asked about, or -1
	verbShown bool   // "what did they talk about": the verb's sentence is shown, the paragraph ranked by the model's
	items     bool   // asks for items: "what are the main areas", "which bodies" (a plural focus)
	others    bool   // asks about "the other(s)", "all but X": a sentence naming an exception answers
	count     bool   // "how many" that focus: the answer is a number beside it
	much      bool   // "how much" of that focus, a thing ("heroin"), not money: the answer is a number beside it
	role      bool   // "who was the X": the focus is a role, and the answer names its holder beside it
	named     int    // "what is the name of X", "what is X called": the concept of X, or -1
	namedBy   uint64 // the names qualifying X ("the Russian base"): concepts the sentence naming X must hold
	unit      int    // a unit of measure asked in ("how long is the border in km"): its concept, or -1
	head      int    // the head noun of a phrase of two words or more asked for ("the unemployment rate" -> "rate"), or -1
	share     bool   // asks for a part of a whole ("what share of", "what percentage of")
	bound     bool   // every year named bounds a span ("after 2001"): the paragraph need not write it
	rules     int    // the askedMiss rules the top hit fails (set by confFeatures)
	acronym   string // the acronym a question asks the meaning of, alone ("what's the IRP"), or ""
	years     []string
	numbers   []string
}

type answerType uint8

const (
	atNone answerType = iota
	atWhen
	atAmount
	atWho
	atWhere
	atWhy
)

// scratch is per-search working memory, pooled so searches do not allocate
// in proportion to the paper.
type scratch struct {
	look   []int32 // term id -> concept index*4 + lookSyn, lookLit or lookWordNet, or -1
	tf     []float64
	score  []float64
	wscore []float64 // BM25 of the WordNet links alone, for choosing candidates
	touch  []int32
	mark   []bool
	toks   []Token
	raw    []rawToken
	pre    []preCand
	cands  []cand
	cands2 []cand     // sortCands's other buffer
	order  []int32    // selectTop's and sortCands's indices
	candOf []int32    // paragraph -> offset of its sentences in stats when a candidate, or -1
	stats  []sentStat // the candidates' sentences, candidate after candidate
	qterms []int32    // the paper terms of the question (those set in look)
	sf     [numSentFeatures]float64
	sscore []float64 // the sentence model's score of each sentence of a candidate
	q      query
	// sentHook, when set (by the model fitter), sees every sentence's
	// features.
	sentHook func(doc, sent int, f []float64)
	// idf and synIdf are each concept's idf and SynWeight times it, set
	// by rank once the idfs are final.
	idf, synIdf [maxConcepts]float64
}

// preCand is a paragraph that matched, before re-ranking.
type preCand struct {
	doc   int32
	named bool
	bm25  float64
	wn    float64 // BM25 through WordNet's links
	key   float64 // bm25 + wn, what candidates are chosen by
}

type cand struct {
	named bool // in a section the question names
	off   int  // offset of its sentences in scratch.stats
	doc   int
	bm25  float64
	feat  [numParaFeatures]float64
	sent  int
	score float64
}

var scratchPool sync.Pool

func (ix *Index) getScratch() *scratch {
	s, _ := scratchPool.Get().(*scratch)
	if s == nil || len(s.look) < len(ix.names) || len(s.tf) < len(ix.paras) {
		s = &scratch{
			look:   make([]int32, len(ix.names)),
			tf:     make([]float64, len(ix.paras)),
			score:  make([]float64, len(ix.paras)),
			wscore: make([]float64, len(ix.paras)),
			mark:   make([]bool, len(ix.paras)),
			candOf: make([]int32, len(ix.paras)),
		}
		for i := range s.look {
			s.look[i] = -1
		}
		for i := range s.candOf {
			s.candOf[i] = -1
		}
	}
	return s
}

// Search ranks the paper's paragraphs for question and returns the top k
// (k <= 0 means 3).
func (ix *Index) Search(question string, k int) Result {
	if k <= 0 {
		k = 3
	}
	res := Result{Question: question}
	s := ix.getScratch()
	defer scratchPool.Put(s)
	if !ix.rank(question, s) {
		// Nothing matched. A question that speaks of the paper ("what
		// does this paper say about penguins") still gets its abstract,
		// as a suggestion: no question about the paper goes empty.
		if mentionsSelf(s.raw) {
			for _, d := range ix.aboutParas(AboutScope) {
				if len(res.Hits) < k {
					res.Hits = append(res.Hits, Hit{Paragraph: &ix.paper.Paragraphs[d], Sentence: 0})
				}
			}
		}
		return res
	}
	res.Hits = make([]Hit, 0, min(k, len(s.cands)))
	for i := 0; i < len(s.cands) && i < k; i++ {
		c := s.cands[i]
		res.Hits = append(res.Hits, Hit{Paragraph: &ix.paper.Paragraphs[c.doc], Sentence: c.sent, Score: c.score})
	}
	cf := ix.confFeatures(&s.q, s)
	res.Confidence = 1 / (1 + math.Exp(-dot(ix.model.Conf[:], cf[:])))
	// A question about today ("the current ambassador", "nowadays") is
	// not answered by a history of 2001-2012 however well its topic words
	// match: with the model's own feature this declined 3 more off-topic
	// questions of 373 and no real one of 819 (TestCrossAuthor). Nor is
	// a question about a year outside the paper's period ("in 2020",
	// "after 2013"): 3 more of 373 declined, no real one (no real
	// question of the five authors names such a year).
	res.Answered = res.Confidence >= ix.model.Threshold && !s.q.present && !s.q.outside && !s.q.lacks
	if res.Answered && ix.skipRules&ruleCommand == 0 && botCommand(question, s.raw) {
		res.Answered = false
	}
	if s.q.acronym != "" && ix.skipRules&ruleAcronym == 0 {
		// "What's the IRP" is answered by the sentence of the top
		// paragraph spelling it out, "the Islamic Renaissance Party
		// (IRP)", however few words the question gives the model; that
		// sentence is the one shown.
		for i, se := range res.Hits[0].Paragraph.Sentences {
			if definesAcronym(se.Text, s.q.acronym) {
				res.Answered = true
				res.Hits[0].Sentence = i
				break
			}
		}
	}
	// The paper answers questions about itself from its abstract,
	// conclusion or the section named.
	if res.About = s.q.about; res.About != AboutNone {
		res.Answered = true
	}
	return res
}

// rank fills s.q and s.cands, best first; false when nothing matched.
func (ix *Index) rank(question string, s *scratch) bool {
	s.q = ix.parseQuery(question, s)
	q := &s.q
	if len(ix.paras) == 0 {
		return false
	}
	content := false
	// "which years are covered": the years are no topic. Read only when a
	// concept is a time word.
	coverage, coverageRead := false, false
	for i := range q.concepts {
		c := &q.concepts[i]
		if c.section || c.lit < 0 && len(c.exp) == 0 || aboutWord(c.term) {
			continue
		}
		if timeStems[c.term] {
			if !coverageRead {
				coverage, coverageRead = asksCoverage(s.raw), true
			}
			if coverage {
				continue
			}
		}
		content = true
		break
	}
	q.about = detectAbout(s.raw, q.namesSection(), content)
	if len(q.concepts) == 0 && q.about == AboutNone {
		return false
	}
	n := len(ix.paras)
	// Pass 1: BM25 over paragraphs, each concept (the word and its
	// expansions) counted as one term.
	for ci := range q.concepts {
		c := &q.concepts[ci]
		if c.section {
			continue
		}
		s.touch = s.touch[:0]
		if c.lit >= 0 {
			ix.addTF(s, c.lit, 1)
		}
		for _, e := range c.exp {
			ix.addTF(s, e, SynWeight)
		}
		c.df = len(s.touch)
		c.idf = idf(n, c.df)
		if c.adverb {
			// "mostly", "in total": how the student hedges, not what is
			// asked; rare in the paper, it would outweigh the question.
			c.idf *= AdverbWeight
		}
		for _, d := range s.touch {
			s.score[d] += c.idf * bm25(s.tf[d], ix.paras[d].length, ix.avgLen)
			s.tf[d] = 0
			s.mark[d] = false
		}
		if WordNetWeight > 0 && len(c.wn) > 0 {
			// WordNet's links choose candidates, but the BM25 the models
			// see stays the literal and curated one: a link is weaker
			// evidence, weighed by features of its own.
			s.touch = s.touch[:0]
			for _, e := range c.wn {
				ix.addTF(s, e, WordNetWeight)
			}
			for _, d := range s.touch {
				s.wscore[d] += c.idf * bm25(s.tf[d], ix.paras[d].length, ix.avgLen)
				s.tf[d] = 0
				s.mark[d] = false
			}
		}
	}
	for ci := range q.concepts {
		c := &q.concepts[ci]
		if c.section {
			c.idf = 0
			continue
		}
		if c.df == 0 {
			// A word the paper lacks counts against coverage by how much
			// it says in general English: "heroin" much, "supposed" less.
			c.idf = idf(n, 0) * (0.5 + 0.5*c.info)
			if c.adverb {
				c.idf *= AdverbWeight
			}
		}
		q.weight += c.idf
		// For coverage (features): each concept's weight met literally
		// and through the thesaurus, side by side.
		s.idf[ci], s.synIdf[ci] = c.idf, SynWeight*c.idf
	}
	if q.weight == 0 {
		// Only section names ("what does the conclusion say?"): rank that
		// section's paragraphs.
		q.weight = 1
	}
	// Candidates: every paragraph that matched, best BM25 first.
	s.pre = s.pre[:0]
	maxBM := 0.0
	// The named section: the title holding most of the question's section
	// words ("the economic relations section" is Economic Relations, not
	// every "... Relations").
	bestNamed := 0
	if q.namesSection() {
		for d := 0; d < n; d++ {
			bestNamed = max(bestNamed, ix.namedWords(q, d))
		}
	}
	about := ix.aboutParas(q.about)
	for d := 0; d < n; d++ {
		inNamed := bestNamed > 0 && ix.namedWords(q, d) == bestNamed || slices.Contains(about, d)
		if s.score[d] > 0 || s.wscore[d] > 0 || inNamed {
			s.pre = append(s.pre, preCand{doc: int32(d), bm25: s.score[d], wn: s.wscore[d], key: s.score[d] + s.wscore[d], named: inNamed})
			maxBM = max(maxBM, s.score[d])
		}
		s.score[d], s.wscore[d] = 0, 0
	}
	if len(s.pre) == 0 {
		return false
	}
	if maxBM == 0 {
		maxBM = 1
	}
	// Only the best maxCandidates are re-ranked: they are selected, in
	// order, without sorting the rest.
	s.order = selectTop(s.pre, maxCandidates, s.order[:0])
	s.cands = s.cands[:0]
	for _, i := range s.order {
		p := &s.pre[i]
		s.cands = append(s.cands, cand{doc: int(p.doc), bm25: p.bm25, named: p.named})
	}
	// Pass 2: features of each candidate and its best sentence, then the
	// learned linear model.
	ix.setLook(q, s, true)
	ix.matchSentences(q, s)
	for i := range s.cands {
		c := &s.cands[i]
		ix.features(q, s, c, s.stats[c.off:c.off+len(ix.paras[c.doc].sents)], maxBM)
		c.score = dot(ix.model.Para[:], c.feat[:])
		// A student who names a section ("in the conclusion") has said
		// where to look: its paragraphs come first.
		if c.named {
			c.score += sectionBonus
			if q.about == AboutSection {
				// A section as a whole: its paragraphs in the paper's
				// order, each by its opening sentence.
				c.score = sectionBonus + 1 - float64(c.doc)/float64(n)
				c.sent = 0
			}
		}
	}
	ix.setLook(q, s, false)
	s.sortCands()
	return true
}

// comparePre orders BM25 candidates, best first: paragraphs of a named
// section are always candidates, then by BM25 (with WordNet's), ties in the
// paper's order (a section summarised by no content word starts at its
// first paragraph). Paragraphs are unique, so the order is total.
func comparePre(a, b preCand) int {
	if a.named != b.named {
		if a.named {
			return -1
		}
		return 1
	}
	if c := cmp.Compare(b.key, a.key); c != 0 {
		return c
	}
	return cmp.Compare(a.doc, b.doc)
}

// sortCands sorts s.cands by score, best first, ties in their order: the
// order of slices.SortStableFunc, but the candidates (large structs) are
// moved once, not at every step of an insertion sort.
func (s *scratch) sortCands() {
	n := len(s.cands)
	s.order = s.order[:0]
	for i := int32(0); i < int32(n); i++ {
		j := len(s.order)
		s.order = append(s.order, i)
		for ; j > 0 && cmp.Compare(s.cands[s.order[j-1]].score, s.cands[i].score) < 0; j-- {
			s.order[j] = s.order[j-1]
		}
		s.order[j] = i
	}
	s.cands2 = s.cands2[:0]
	for _, i := range s.order {
		s.cands2 = append(s.cands2, s.cands[i])
	}
	s.cands, s.cands2 = s.cands2, s.cands
}

// addTF adds the term frequencies of term id, times w, to s.tf.
func (ix *Index) addTF(s *scratch, id int32, w float64) {
	for _, p := range ix.post[id] {
		if !s.mark[p.doc] {
			s.mark[p.doc] = true
			s.touch = append(s.touch, p.doc)
		}
		s.tf[p.doc] += w * float64(p.tf)
	}
}

// aboutBonus lifts, in a question about the paper itself, the sentences
// in which the paper speaks of itself.
const aboutBonus = 10

// sectionBonus lifts the paragraphs of a section the question names above
// all others.
const sectionBonus = 100

// maxCandidates is how many BM25 candidates the model re-ranks.
const maxCandidates = 12

func dot(w, f []float64) float64 {
	t := 0.0
	for i := range w {
		t += w[i] * f[i]
	}
	return t
}

// setLook marks the question's terms in the scratch term table (on) or
// clears them again (off). A term met literally wins over an expansion.
func (ix *Index) setLook(q *query, s *scratch, on bool) {
	if !on {
		for _, t := range s.qterms {
			s.look[t] = -1
		}
		s.qterms = s.qterms[:0]
		return
	}
	for ci := range q.concepts {
		c := &q.concepts[ci]
		if c.section {
			continue
		}
		for _, e := range c.exp {
			if s.look[e] < 0 || s.look[e]&3 == lookWordNet {
				if s.look[e] < 0 {
					s.qterms = append(s.qterms, e)
				}
				s.look[e] = int32(ci*4 + lookSyn)
			}
		}
		for _, e := range c.wn {
			if s.look[e] < 0 {
				s.look[e] = int32(ci*4 + lookWordNet)
				s.qterms = append(s.qterms, e)
			}
		}
	}
	for ci := range q.concepts {
		c := &q.concepts[ci]
		if c.section || c.lit < 0 {
			continue
		}
		if s.look[c.lit] < 0 {
			s.qterms = append(s.qterms, c.lit)
		}
		s.look[c.lit] = int32(ci*4 + lookLit)
	}
}

// How a paper term meets a question concept, in scratch.look (concept
// index*4 + this): a curated expansion, the word itself, a WordNet link.
const (
	lookSyn     = 0
	lookLit     = 1
	lookWordNet = 2
)

// matchSentences fills s.stats for every sentence of every candidate by
// walking the occurrences of the question's terms only.
func (ix *Index) matchSentences(q *query, s *scratch) {
	total := 0
	for i := range s.cands {
		c := &s.cands[i]
		c.off = total
		s.candOf[c.doc] = int32(total)
		total += len(ix.paras[c.doc].sents)
	}
	s.stats = slices.Grow(s.stats[:0], total)[:total]
	for i := range s.stats {
		s.stats[i] = sentStat{minPos: math.MaxInt32, maxPos: -1}
	}
	for _, t := range s.qterms {
		l := s.look[t]
		ci := l / 4
		dated, causal, rare := ix.dated[t], ix.causal[t], ix.rareName[t]
		for _, o := range ix.occ[t] {
			off := s.candOf[o.doc]
			if off < 0 {
				continue
			}
			st := &s.stats[int(off)+int(o.sent)]
			if l&3 == lookWordNet {
				// A WordNet link is its own, weaker, evidence.
				st.wn |= 1 << ci
				continue
			}
			st.mask |= 1 << ci
			if l&3 == lookLit {
				st.lit |= 1 << ci
			}
			if o.kind == KindYear {
				st.year = true
			}
			st.minPos = min(st.minPos, int32(o.pos))
			st.maxPos = max(st.maxPos, int32(o.pos))
			if o.cite {
				continue
			}
			m := answerKinds(o.kind, dated, causal)
			st.matched.when += m.when
			st.matched.num += m.num
			st.matched.name += m.name
			st.matched.causal += m.causal
			if rare && (o.kind == KindName || o.kind == KindAcronym) {
				st.rareNames++
			}
		}
	}
	for i := range s.cands {
		c := &s.cands[i]
		s.candOf[c.doc] = -1
		for si := range ix.paras[c.doc].sents {
			se := &ix.paras[c.doc].sents[si]
			st := &s.stats[c.off+si]
			if st.mask != 0 {
				st.prox = float64(bits.OnesCount64(st.mask)) / float64(st.maxPos-st.minPos+1)
			}
			// A term of the kind the question wants that the question does
			// not already hold is a candidate answer ("when" wants a date,
			// "who" a name, "how much" a number, "why" a reason).
			switch q.atype {
			case atWhen:
				st.atype = se.nWhen > st.matched.when
			case atAmount:
				st.atype = se.nNum > st.matched.num
			case atWho, atWhere:
				st.atype = se.nName > st.matched.name
				st.rareType = se.nRareName > st.rareNames
			case atWhy:
				st.atype = se.nCausal > st.matched.causal
			}
		}
	}
}

// parseQuery analyses the question into concepts. The returned query's
// slices reuse those of s.q (rank stores it there), so a search does not
// allocate them anew: a query from an earlier call on s is overwritten.
func (ix *Index) parseQuery(question string, s *scratch) query {
	q := query{focus: -1, verb: -1, named: -1, unit: -1, head: -1,
		concepts: s.q.concepts[:0], years: s.q.years[:0], numbers: s.q.numbers[:0]}
	s.raw = scan(question, s.raw[:0])
	for i := range s.raw {
		if !s.raw[i].num && !s.raw[i].caps {
			s.raw[i].text = ix.spell.correct(ix, s.raw[i].text)
		}
	}
	q.atype = detectAnswerType(s.raw)
	focusOff := -1
	q.items = ix.asksItems(s.raw)
	nameFrom, nameOff := -1, -1
	if f, h := nameHead(s.raw); h >= 0 {
		nameFrom, nameOff = s.raw[f].off, s.raw[h].off
	}
	headOff := -1
	if f := focusWord(s.raw); f >= 0 {
		focusOff = s.raw[f].off
		if h := phraseHead(s.raw, f); h > f {
			headOff = s.raw[h].off
		}
		q.count = f > 0 && s.raw[f-1].text == "many"
		// "How much heroin": a quantity of a thing, told as a number
		// beside it; "how much money" is told by any sum.
		// A noun, or a word general English does not list.
		pos := ix.wordInfo(s.raw[f].text).pos
		q.much = f > 0 && s.raw[f-1].text == "much" && (pos == 'n' || pos == 0) && !moneyWords[s.raw[f].text]
		q.role = q.atype == atWho && isWho(s.raw, f)
		q.share = shareWords[s.raw[f].text]
	}
	s.toks = ix.an.analyzeRaw(s.raw, s.toks[:0], false)
	addConcept := func(term string, kind TokenKind, surface string, adverbial bool) {
		if len(q.concepts) >= maxConcepts {
			return
		}
		for i := range q.concepts {
			if q.concepts[i].term == term {
				return
			}
		}
		wi := ix.wordInfo(surface)
		c := concept{term: term, kind: kind, lit: -1, info: wi.info, adverb: kind == KindWord && (wi.pos == 'r' && strings.HasSuffix(surface, "ly") || adverbial && wi.pos == 'j')}
		// A word of a section title counts even when the text never
		// uses it ("what's in the abstract").
		if id, ok := ix.terms[term]; ok && (len(ix.post[id]) > 0 || ix.sectionTerm[id]) {
			c.lit = id
		}
		c.exp = ix.expansions(term, c.lit)
		c.wn = ix.wordNetLinks(term, c.lit, c.exp)
		q.concepts = append(q.concepts, c)
		switch kind {
		case KindYear:
			q.years = append(q.years, term)
		case KindNumber:
			q.numbers = append(q.numbers, term)
		}
	}
	how, what := howAux(s.raw), whatAux(s.raw)
	frame := playsRole(s.raw)
	r := 0
	for i, t := range s.toks {
		// The surface word of the token, for its general-English weight.
		for r < len(s.raw)-1 && s.raw[r].off < t.Off {
			r++
		}
		surface := ""
		if r < len(s.raw) && s.raw[r].off == t.Off {
			surface = s.raw[r].text
		}
		// "in total", "in general" at the end of a clause: an adverb.
		adverbial := r > 0 && r < len(s.raw) && s.raw[r-1].text == "in" && (r == len(s.raw)-1 || stopWords[s.raw[r+1].text])
		addConcept(t.Term, t.Kind, surface, adverbial)
		if (t.Kind == KindName || t.Kind == KindAcronym) && surface != "" && len(q.concepts) > 0 && q.concepts[len(q.concepts)-1].term == t.Term {
			q.concepts[len(q.concepts)-1].form = -1
			if f, ok := ix.nameForm[surface]; ok {
				q.concepts[len(q.concepts)-1].form = f + 1
			}
		}
		if frame && roleFrame[surface] && len(q.concepts) > 0 && q.concepts[len(q.concepts)-1].term == t.Term {
			// "What role did X play in Y" asks what X did in Y: "role"
			// and "play" frame the question, like a hedge.
			q.concepts[len(q.concepts)-1].adverb = true
		}
		if q.verb < 0 && t.Kind == KindWord && len(q.concepts) > 0 && q.concepts[len(q.concepts)-1].term == t.Term &&
			(how && ix.wordInfo(surface).pos == 'v' || what && r+1 < len(s.raw) && (s.raw[r+1].text == "about" || s.raw[r+1].text == "abt")) {
			q.verb = len(q.concepts) - 1
			q.verbShown = !how
		}
		if t.Off == focusOff && q.role && (t.Kind != KindWord || ix.wordInfo(surface).pos == 'j') && r+1 < len(s.raw) && !stopWords[s.raw[r+1].text] {
			// "who was the US ambassador", "the first president": the
			// role follows.
			focusOff = s.raw[r+1].off
		}
		if t.Off == focusOff && q.role && (ix.wordInfo(surface).pos != 'n' || strings.HasSuffix(surface, "ing")) {
			q.role = false // "who was fighting": no role, no focus
			focusOff = -1
		}
		if t.Off == nameOff && q.named < 0 && len(q.concepts) > 0 && q.concepts[len(q.concepts)-1].term == t.Term {
			q.named = len(q.concepts) - 1
		}
		if t.Off >= nameFrom && t.Off < nameOff && (t.Kind == KindName || t.Kind == KindAcronym) {
			for ci := range q.concepts {
				if q.concepts[ci].term == t.Term {
					q.namedBy |= 1 << ci
				}
			}
		}
		if t.Off == headOff && q.head < 0 && ix.wordInfo(surface).pos == 'n' && len(q.concepts) > 0 && q.concepts[len(q.concepts)-1].term == t.Term {
			q.head = len(q.concepts) - 1
		}
		if unitWords[surface] && q.unit < 0 && len(q.concepts) > 0 && q.concepts[len(q.concepts)-1].term == t.Term {
			q.unit = len(q.concepts) - 1
		}
		if t.Off == focusOff && q.focus < 0 {
			for ci := range q.concepts {
				if q.concepts[ci].term == t.Term {
					q.focus = ci
				}
			}
		}
		for _, ph := range ix.synHead[t.Term] {
			if matchPhrase(s.toks, i, ph.words) {
				addConcept(ph.key, KindWord, surface, false)
			}
		}
	}
	for _, t := range s.raw {
		if presentWords[t.text] {
			q.present = true
		}
		if othersWords[t.text] {
			q.others = true
		}
	}
	if asksStill(s.raw) {
		q.present = true
	}
	q.outside = ix.outsidePeriod(s.raw)
	q.bound = yearBound(s.raw)
	q.acronym = acronymAsked(s.raw)
	ix.markSections(&q, s)
	return q
}

// wordInfo is what general English says of a question word.
type wordInfo struct {
	info float64 // informativeness
	pos  byte    // commonest part of speech ('r' an adverb: "mostly", "formally"), 0 unlisted
}

// wordInfo is the package's informativeness of w and whether it is an
// adverb, remembered: a lookup in the word list costs more than the rest
// of a question's analysis. Bounded against hostile input like the
// analyzer's cache.
func (ix *Index) wordInfo(w string) wordInfo {
	if v, ok := ix.infoFront.get(w); ok {
		return v
	}
	if v, ok := ix.infoCache.Load(w); ok {
		e := v.(*frontEntry[wordInfo])
		ix.infoFront.hold(e)
		return e.val
	}
	_, pos, _ := englishWord(w)
	v := wordInfo{info: informativeness(w), pos: pos}
	if ix.nInfo.Load() < maxSeen {
		e := &frontEntry[wordInfo]{key: strings.Clone(w), val: v}
		if _, loaded := ix.infoCache.LoadOrStore(e.key, e); !loaded {
			ix.nInfo.Add(1)
			ix.infoFront.hold(e)
		}
	}
	return v
}

// outsidePeriod reports whether a question names a year or decade the
// paper's own text never reaches ("in 2020", "the 1930s"), or asks what
// came after its last year ("after 2013", "since 2013").
func (ix *Index) outsidePeriod(raw []rawToken) bool {
	if ix.lastYear == 0 {
		return false
	}
	for i, t := range raw {
		from, to := 0, 0
		if t.num && isYear(t.text) {
			v, _ := strconv.Atoi(t.text)
			from, to = v, v
		} else if d := decade(t.text); d != "" {
			v, _ := strconv.Atoi(d[:4])
			from, to = v, v+9
		} else {
			continue
		}
		if to < ix.firstYear || from > ix.lastYear {
			return true
		}
		if i > 0 && from >= ix.lastYear {
			switch raw[i-1].text {
			case "after", "since", "beyond", "post":
				return true
			}
		}
	}
	return false
}

// presentWords ask about today; the paper is a history, and "the current
// ambassador" is not in it even when an ambassador is.
var presentWords = map[string]bool{"now": true, "nowadays": true, "today": true, "currently": true, "current": true,
	"presently": true, "latest": true, "anymore": true, "recently": true}

// namesSection reports whether the question names a section.
func (q *query) namesSection() bool {
	for i := range q.concepts {
		if q.concepts[i].section {
			return true
		}
	}
	return false
}

// namedWords counts the question's section words in paragraph d's title.
func (ix *Index) namedWords(q *query, d int) int {
	n := 0
	for i := range q.concepts {
		if !q.concepts[i].section {
			continue
		}
		for _, t := range ix.paras[d].section {
			if t == q.concepts[i].lit {
				n++
				break
			}
		}
	}
	return n
}

// markSections flags the question's words that name a section of the
// paper rather than ask about its content: a section-title word after "in
// the", "per the", "according to the" ..., or before "section" or "part".
func (ix *Index) markSections(q *query, s *scratch) {
	// Only a concept that is a title word can be flagged (its lit is then
	// that term): most questions hold none, and need no stemming here.
	title := false
	for i := range q.concepts {
		if l := q.concepts[i].lit; l >= 0 && ix.sectionTerm[l] {
			title = true
			break
		}
	}
	if !title {
		return
	}
	raw := s.raw
	word := func(i int) string {
		if i < 0 || i >= len(raw) {
			return ""
		}
		return raw[i].text
	}
	isTitle := func(i int) (string, bool) {
		if i < 0 || i >= len(raw) || raw[i].num || stopWords[raw[i].text] {
			return "", false
		}
		st := ix.an.stem(raw[i].text)
		id, ok := ix.terms[st]
		return st, ok && ix.sectionTerm[id]
	}
	for i := range raw {
		st, ok := isTitle(i)
		if !ok {
			continue
		}
		// Walk over the rest of a multi-word title ("political relations").
		j := i
		for {
			if _, ok := isTitle(j + 1); !ok {
				break
			}
			j++
		}
		k := i
		for {
			if _, ok := isTitle(k - 1); !ok {
				break
			}
			k--
		}
		named := false
		switch word(j + 1) {
		case "section", "sections", "part", "chapter", "heading":
			named = true
		}
		if word(k-1) == "the" {
			switch word(k - 2) {
			case "in", "per", "to", "from", "by", "of", "on":
				named = true
			}
			if summaryWords[word(k-2)] {
				// "summarise the political relations"
				named = true
			}
			// A one-word title after "the" ("how does the conclusion
			// describe ...") names the section; "the economic relations"
			// may be content.
			if k == j && ix.oneWordTitle[st] {
				named = true
			}
		}
		if !named {
			continue
		}
		for ci := range q.concepts {
			if q.concepts[ci].term == st {
				q.concepts[ci].section = true
			}
		}
	}
}

// expansions returns the thesaurus targets of term that the paper has,
// other than the term itself, resolved once and cached (the keys are the
// thesaurus's, so the cache is bounded by it). The slice is shared:
// read-only.
func (ix *Index) expansions(term string, lit int32) []int32 {
	if v, ok := ix.synFront.get(term); ok {
		return v
	}
	to := ix.synTo[term]
	if len(to) == 0 {
		return nil // most words: no look in the cache
	}
	if v, ok := ix.synCache.Load(term); ok {
		e := v.(*frontEntry[[]int32])
		ix.synFront.hold(e)
		return e.val
	}
	var exp []int32
	for _, k := range to {
		if id, ok := ix.terms[k]; ok && id != lit && len(ix.post[id]) > 0 && !slices.Contains(exp, id) {
			exp = append(exp, id)
		}
	}
	e := &frontEntry[[]int32]{key: strings.Clone(term), val: exp}
	ix.synCache.Store(e.key, e)
	ix.synFront.hold(e)
	return exp
}

// wordNetLinks returns the paper terms WordNet links term to, other than
// the term itself and its curated expansions, resolved once and cached
// (the keys are wordnet.txt's, so the cache is bounded by it). The slice
// is shared: read-only.
func (ix *Index) wordNetLinks(term string, lit int32, exp []int32) []int32 {
	if len(ix.wnTo[term]) == 0 {
		return nil
	}
	if v, ok := ix.wnCache.Load(term); ok {
		return v.([]int32)
	}
	var out []int32
	for _, k := range ix.wnTo[term] {
		if id, ok := ix.terms[k]; ok && id != lit && len(ix.post[id]) > 0 && !slices.Contains(exp, id) && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	ix.wnCache.Store(term, out)
	return out
}

// detectAnswerType reads the kind of answer a question wants from its
// question words ("when", "what year", "how much", "which country" ...).
func detectAnswerType(raw []rawToken) answerType {
	at := atNone
	better := func(t answerType) {
		// when > amount > who > where > why: the more specific first.
		if at == atNone || t < at {
			at = t
		}
	}
	word := func(i int) string {
		if i < 0 || i >= len(raw) {
			return ""
		}
		return raw[i].text
	}
	for i, t := range raw {
		switch t.text {
		case "when":
			// "When did ...", "by when", "... signed when?"; not "which
			// countries did it turn to when it cooled on the US".
			switch word(i - 1) {
			case "", "by", "since", "until", "till", "and", "so", "but", "exactly", "roughly", "about":
				better(atWhen)
			default:
				if i == len(raw)-1 {
					better(atWhen)
				}
			}
		case "what", "which", "whats", "wat", "wht":
			// The head of what is asked: "what year", "what is the
			// population of", "which exact country".
			j := i + 1
			for n := 0; n < 4 && framing[word(j)]; n++ {
				j++
			}
			if k, ok := headKind[word(j)]; ok {
				if word(j) == "area" && word(j+1) != "of" {
					// "which area" asks where; "the area of" how large.
					k = atWhere
				}
				better(k)
			}
		case "how":
			switch word(i + 1) {
			case "much", "many", "big", "large", "old", "far", "tall", "high", "deep", "wide", "often":
				better(atAmount)
			case "long":
				// "how long ago" asks when; "how long" alone may want
				// dates, a number of years or a length: no one kind.
				if word(i+2) == "ago" {
					better(atWhen)
				}
			}
		case "who", "whom":
			better(atWho)
		case "where":
			better(atWhere)
		case "why", "reason":
			better(atWhy)
		}
	}
	return at
}

// focusWord returns the index in raw of the thing a question asks for,
// or -1: the head after "what is the" ("the population of"), "which"
// ("which companies"), "how many"/"how much" ("how many soldiers").
func focusWord(raw []rawToken) int {
	for i, t := range raw {
		switch t.text {
		case "what", "which", "whats", "wat", "wht":
			j := i + 1
			for n := 0; n < 4 && j < len(raw) && framing[raw[j].text]; n++ {
				j++
			}
			if j < len(raw) && !stopWords[raw[j].text] && !raw[j].num {
				return j
			}
			return -1
		case "how":
			if i+2 < len(raw) && (raw[i+1].text == "many" || raw[i+1].text == "much") && !stopWords[raw[i+2].text] && !raw[i+2].num {
				return i + 2
			}
		case "who":
			// "who was the (US) ambassador": the role; parseQuery steps
			// over names and adjectives to it.
			j := i + 1
			if j < len(raw) && (raw[j].text == "is" || raw[j].text == "was" || raw[j].text == "are" || raw[j].text == "were") {
				j++
				for n := 0; n < 4 && j < len(raw) && framing[raw[j].text]; n++ {
					j++
				}
				if j < len(raw) && !stopWords[raw[j].text] && !raw[j].num {
					return j
				}
			}
			return -1
		}
	}
	return -1
}

// isWho reports whether the focus at f follows "who".
func isWho(raw []rawToken, f int) bool {
	for i := f - 1; i >= 0 && i >= f-6; i-- {
		if raw[i].text == "who" {
			return true
		}
	}
	return false
}

// framing words stand between "what" and the head of what is asked:
// "what is the exact population of".
var framing = map[string]bool{"is": true, "was": true, "are": true, "were": true, "s": true, "the": true, "a": true, "an": true,
	"exact": true, "total": true, "current": true, "approximate": true, "rough": true, "overall": true, "main": true, "official": true}

// headKind is the kind of answer a head noun after "what"/"which" asks
// for: general English, not this paper's words.
var headKind = map[string]answerType{
	"year": atWhen, "years": atWhen, "date": atWhen, "dates": atWhen, "month": atWhen, "day": atWhen, "time": atWhen, "decade": atWhen, "century": atWhen,
	"amount": atAmount, "percentage": atAmount, "percent": atAmount, "share": atAmount, "sum": atAmount, "number": atAmount,
	"figure": atAmount, "figures": atAmount, "population": atAmount, "size": atAmount, "area": atAmount, "gdp": atAmount,
	"length": atAmount, "height": atAmount, "age": atAmount, "cost": atAmount, "price": atAmount, "value": atAmount,
	"rate": atAmount, "budget": atAmount, "salary": atAmount, "income": atAmount, "distance": atAmount,
	"country": atWhere, "countries": atWhere, "organization": atWho, "organisation": atWho, "organizations": atWho, "organisations": atWho,
	"state": atWhere, "states": atWhere, "nation": atWhere, "nations": atWhere, "party": atWho, "president": atWho, "leader": atWho,
	"person": atWho, "official": atWho, "group": atWho, "name": atWho, "names": atWho, "capital": atWhere, "city": atWhere,
	"company": atWho, "companies": atWho, "ambassador": atWho, "minister": atWho, "language": atWho, "currency": atWho,
	"for": atWhy,
}

// Paragraph features, in the order of Model.Para.
const (
	fBM25Rel   = iota // BM25 / best BM25 of the question
	fBM25Abs          // BM25 / question weight
	fLitCov           // idf share of question concepts met literally in the paragraph
	fCov              // idf share met literally or through the thesaurus
	fSentCov          // best sentence: idf share met (thesaurus at SynWeight)
	fSentLit          // best sentence: literal idf share
	fWinCov           // best two-sentence window: idf share met
	fProx             // best sentence: matched concepts / span of their positions
	fYear             // share of the question's years in the paragraph
	fYearMiss         // the question names years and the paragraph none of them
	fNumber           // share of the question's numbers in the paragraph
	fName             // share of names and acronyms of the question met
	fSection          // idf share met in the section title
	fAType            // best sentence fits the answer type
	fRareLit          // the question's rarest concept met literally
	fSentCount        // best sentence: share of question concepts met, unweighted
	fCount            // share of question concepts met in the paragraph, unweighted
	fSectNamed        // the question names this paragraph's section ("in the conclusion")
	fMaxIdf           // highest idf of a concept met literally, over idf(N, 1)
	fWordNet          // idf share met only through WordNet in the paragraph
	fSummary          // the paragraph is the abstract's or the conclusion's: it retells the body
	fNameForm         // share of the question's rare names met in the paragraph only in another form of the name ("Clinton" for "Hilary Clinton")
	fList             // the question asks for items and the answering sentence lists some ("rich in coal, marble, gold")
	fKindNear         // when, how much, who, where: a term of the kind asked beside a word of the question in the answering sentence ("Economic Growth ($91.98 million)")
	numParaFeatures
)

// Sentence features, in the order of Model.Sent.
const (
	sCov         = iota // idf share met in the sentence
	sLit                // literal idf share
	sPrev               // idf share met in the sentence before
	sNext               // idf share met in the sentence after
	sProx               // matched concepts / span
	sAType              // fits the answer type
	sYear               // has a year of the question
	sAnaphor            // opens with "This", "It", "These" ...: continues the one before
	sFirst              // first sentence of the paragraph
	sLen                // log length in terms
	sCount              // share of question concepts met, unweighted
	sWin                // idf share met by this sentence and the one before together
	sNew                // idf share this sentence meets that the one before does not
	sATypeCov           // answer type fits, times coverage: a date in a sentence about the question
	sAnaphorPrev        // continues ("This was ...") a sentence that meets the question: often the answer
	sATypePrev          // holds the kind asked for, after a sentence that meets the question
	sWordNet            // idf share met only through WordNet
	sList               // the question asks for items and the sentence lists some
	numSentFeatures
)

// sentStat is what one sentence of a candidate holds of the question.
type sentStat struct {
	mask, lit      uint64
	wn             uint64 // concepts met only through WordNet (see mask for the others)
	prox           float64
	atype          bool
	year           bool
	minPos, maxPos int32
	matched        kindCount // matched terms by answer kind
	rareNames      int16     // matched names in at most a quarter of the paragraphs
	rareType       bool      // who/where: holds a rare name the question does not
}

// features fills c.feat and picks c.sent.
func (ix *Index) features(q *query, s *scratch, c *cand, st []sentStat, maxBM float64) {
	pa := &ix.paras[c.doc]
	w := q.weight
	var pmask, plit, pwn uint64
	for i := range st {
		pmask |= st[i].mask
		plit |= st[i].lit
		pwn |= st[i].wn
	}
	idfs, synIdfs := &s.idf, &s.synIdf
	cov := func(mask, lit uint64) float64 {
		t := 0.0
		for m := mask; m != 0; m &= m - 1 {
			ci := bits.TrailingZeros64(m)
			if lit&(1<<ci) != 0 {
				t += idfs[ci]
			} else {
				t += synIdfs[ci]
			}
		}
		return t / w
	}
	wnCov := func(mask uint64) float64 {
		t := 0.0
		for m := mask; m != 0; m &= m - 1 {
			t += idfs[bits.TrailingZeros64(m)]
		}
		return t / w
	}
	nc := float64(max(1, len(q.concepts)))
	// Sentence choice: the sentence model over each sentence's features.
	best, bestScore := 0, math.Inf(-1)
	sf := &s.sf
	bestWin := 0.0
	// Each sentence's coverage is its own, its follower's sPrev and its
	// predecessor's sNext: computed once, carried along.
	prevCov, curCov := 0.0, 0.0
	if len(st) > 0 {
		curCov = cov(st[0].mask, st[0].lit)
	}
	for i := range st {
		nextCov := 0.0
		if i+1 < len(st) {
			nextCov = cov(st[i+1].mask, st[i+1].lit)
		}
		*sf = [numSentFeatures]float64{}
		sf[sCov] = curCov
		sf[sLit] = cov(st[i].lit, st[i].lit)
		sf[sWin] = curCov
		sf[sNew] = curCov
		sf[sPrev] = prevCov
		sf[sNext] = nextCov
		if i > 0 {
			switch {
			case st[i-1].mask == 0 && st[i-1].lit == 0:
				// Nothing before: the window is this sentence, all new
				// (the same sums as cov's, so the same bits).
				sf[sWin], sf[sNew] = curCov, curCov
			case st[i].mask == 0 && st[i].lit == 0:
				// Nothing here: the window is the sentence before.
				sf[sWin], sf[sNew] = prevCov, 0
			default:
				sf[sWin] = cov(st[i].mask|st[i-1].mask, st[i].lit|st[i-1].lit)
				sf[sNew] = cov(st[i].mask&^st[i-1].mask, st[i].lit&^st[i-1].mask)
			}
			bestWin = max(bestWin, sf[sWin])
		}
		prevCov, curCov = curCov, nextCov
		sf[sProx] = st[i].prox
		sf[sAType] = b2f(st[i].atype)
		sf[sYear] = b2f(st[i].year)
		sf[sAnaphor] = b2f(pa.sents[i].anaphor)
		sf[sFirst] = b2f(i == 0)
		sf[sLen] = pa.sents[i].logLen
		sf[sCount] = float64(bits.OnesCount64(st[i].mask)) / nc
		sf[sATypeCov] = sf[sAType] * sf[sCov]
		sf[sAnaphorPrev] = sf[sAnaphor] * sf[sPrev]
		sf[sATypePrev] = sf[sAType] * sf[sPrev]
		sf[sWordNet] = wnCov(st[i].wn &^ st[i].mask)
		sf[sList] = b2f(q.items && pa.sents[i].list && st[i].mask != 0)
		if s.sentHook != nil {
			s.sentHook(c.doc, i, sf[:])
		}
		sc := dot(ix.model.Sent[:], sf[:])
		if c.named && q.about != AboutNone {
			// The paper on itself: "This study focuses on ... during
			// 2001-2012" answers its scope, "The study analyzed that"
			// its conclusion.
			sc += aboutBonus * b2f(pa.sents[i].nSelf > 0)
			if q.about == AboutScope {
				sc += aboutBonus * b2f(pa.sents[i].nWhen > 0)
			}
		}
		s.sscore = append(s.sscore, sc)
		if sc > bestScore {
			best, bestScore = i, sc
		}
	}
	// shares reports whether sentence j meets at least half of what the
	// model's sentence meets: not just "Tajikistan".
	shares := func(j int) bool {
		return 2*bits.OnesCount64(st[j].mask&st[best].mask) >= bits.OnesCount64(st[best].mask)
	}
	if ix.exclusion(q, s, pa, best) < 0 {
		// "All the republics with the exclusion of Tajikistan joined"
		// does not say when Tajikistan did: the best other sentence
		// meeting the question does.
		alt := -1
		for j := range st {
			if j != best && ix.exclusion(q, s, pa, j) >= 0 && st[j].mask != 0 && shares(j) && (alt < 0 || s.sscore[j] > s.sscore[alt]) {
				alt = j
			}
		}
		if alt >= 0 {
			best = alt
		}
	}
	if q.others && ix.exclusion(q, s, pa, best) <= 0 {
		// "When had the other states joined": the sentence naming the
		// exception tells of the others.
		for _, j := range []int{best - 1, best + 1} {
			if j >= 0 && j < len(st) && ix.exclusion(q, s, pa, j) > 0 && shares(j) {
				best = j
				break
			}
		}
	}
	if q.verb >= 0 && !q.verbShown && st[best].mask&(1<<q.verb) == 0 {
		// "How did Tajikistan respond to the attacks": the sentence that
		// tells how ("It condemned those attacks") holds the verb asked
		// about (or its thesaurus words), beside the one that holds the
		// rest ("Since 9/11 ... Tajikistan got special attention").
		for _, j := range []int{best + 1, best - 1} {
			if j >= 0 && j < len(st) && st[j].mask&(1<<q.verb) != 0 {
				best = j
				break
			}
		}
	}
	reason := -1 // for "why": the sentence giving the reason, shown instead of best
	// A question that asks when, how much or who is answered by a
	// sentence holding a date, a number or a name: when the model's
	// sentence holds none and a neighbour that also meets the question
	// does, the neighbour answers ("formally joined, in February 2002"
	// after "dedicated to joining").
	switch q.atype {
	case atWhen, atAmount:
		if !st[best].atype {
			alt := -1
			for _, j := range []int{best - 1, best + 1} {
				// It must share at least half of what the model's sentence
				// meets: not just "Tajikistan".
				if j < 0 || j >= len(st) || !st[j].atype || 2*bits.OnesCount64(st[j].mask&st[best].mask) < bits.OnesCount64(st[best].mask) {
					continue
				}
				// The neighbour meeting more of the question, then the
				// model's choice.
				if alt < 0 || bits.OnesCount64(st[j].lit) > bits.OnesCount64(st[alt].lit) ||
					bits.OnesCount64(st[j].lit) == bits.OnesCount64(st[alt].lit) && s.sscore[j] > s.sscore[alt] {
					alt = j
				}
			}
			if alt >= 0 {
				best = alt
			}
		}
	case atWhy:
		// "Why did the US give military equipment": the sentence that
		// tells it is followed by the reason, often as its continuation
		// ("This was carried out as a prize for its backing").
		// The paragraph's features stay those of the sentence that meets
		// the question.
		if j := best + 1; !st[best].atype && j < len(st) && st[j].atype && pa.sents[j].anaphor {
			reason = j
		}
		// "Why did Tajikistan join PfP": "Tajikistan then dedicated to
		// joining ..." follows from the sentence before it ("With
		// consolation from the U.S. ... and guaranteed security help"),
		// which gives the reason.
		if j := best - 1; reason < 0 && !st[best].atype && j >= 0 && pa.sents[best].consequence && st[j].mask != 0 {
			reason = j
		}
	}
	if q.verb >= 0 && q.verbShown && st[best].mask&(1<<q.verb) == 0 && reason < 0 {
		// "What did Rahmon and Bush talk about": the sentence after the
		// one naming the visit holds the verb ("Discussions focused on
		// ..."). Shown only: with the paragraph's features too, P@1 fell
		// (TestCrossAuthor 0.855 -> 0.851).
		if j := best + 1; j < len(st) && st[j].mask&(1<<q.verb) != 0 {
			reason = j
		}
	}
	if q.items && pa.sents[best].vague && reason < 0 {
		// "What are the main areas": a sentence speaking of "numerous
		// different regions" announces them; the next sentence that does
		// not, and meets the question, names them ("Key regions included
		// ..."). Shown only: the paragraph's features stay the
		// announcing sentence's.
		for _, j := range []int{best + 1, best + 2} {
			if j < len(st) && !pa.sents[j].vague && st[j].mask != 0 {
				reason = j
				break
			}
		}
	}
	s.sscore = s.sscore[:0]
	c.sent = best
	f := &c.feat
	f[fBM25Rel] = c.bm25 / maxBM
	f[fBM25Abs] = c.bm25 / w
	f[fLitCov] = cov(plit, plit)
	f[fCov] = cov(pmask, plit)
	f[fSentCov] = cov(st[best].mask, st[best].lit)
	f[fSentLit] = cov(st[best].lit, st[best].lit)
	f[fWinCov] = max(bestWin, f[fSentCov])
	f[fProx] = st[best].prox
	f[fAType] = b2f(st[best].atype)
	if st[best].atype {
		f[fKindNear] = ix.kindNear(q, s, &pa.sents[best])
	}
	f[fSentCount] = float64(bits.OnesCount64(st[best].mask)) / nc
	f[fCount] = float64(bits.OnesCount64(pmask)) / nc
	// Years, numbers, names, section title, rarest concept.
	var yHit, nHit, names, nameHit, otherForm int
	rare, rareIdf := -1, 0.0
	for ci := range q.concepts {
		cc := &q.concepts[ci]
		met := pmask&(1<<ci) != 0
		switch cc.kind {
		case KindYear:
			if met {
				yHit++
			}
		case KindNumber:
			if met {
				nHit++
			}
		case KindName, KindAcronym:
			names++
			if met {
				nameHit++
				if cc.form != 0 && cc.lit >= 0 && ix.rareName[cc.lit] && (cc.form < 0 || !slices.Contains(ix.formDocs[cc.form-1], int32(c.doc))) {
					otherForm++
				}
			}
		}
		if cc.df > 0 && cc.idf > rareIdf {
			rare, rareIdf = ci, cc.idf
		}
	}
	if len(q.years) > 0 {
		f[fYear] = float64(yHit) / float64(len(q.years))
		f[fYearMiss] = b2f(yHit == 0)
	}
	if len(q.numbers) > 0 {
		f[fNumber] = float64(nHit) / float64(len(q.numbers))
	}
	if names > 0 {
		f[fName] = float64(nameHit) / float64(names)
		f[fNameForm] = float64(otherForm) / float64(names)
	}
	if rare >= 0 && plit&(1<<rare) != 0 {
		f[fRareLit] = 1
	}
	sec := 0.0
	for ci := range q.concepts {
		for _, t := range pa.section {
			if t == q.concepts[ci].lit {
				sec += q.concepts[ci].idf
				break
			}
		}
	}
	f[fSection] = sec / w
	f[fSectNamed] = b2f(c.named)
	maxIdf := 0.0
	for m := plit; m != 0; m &= m - 1 {
		maxIdf = max(maxIdf, q.concepts[bits.TrailingZeros64(m)].idf)
	}
	f[fMaxIdf] = maxIdf / ix.idf1
	f[fWordNet] = wnCov(pwn &^ pmask)
	f[fSummary] = b2f(slices.Contains(ix.abstract, c.doc) || slices.Contains(ix.conclusion, c.doc))
	if reason >= 0 {
		c.sent = reason
	}
	f[fList] = b2f(q.items && pa.sents[c.sent].list)
}

// kindNear measures how close, in sentence se, a term of the kind the
// question asks for (a date for "when", a number for "how much", a name
// for "who" and "where") stands to a word of the question: 1 beside it,
// falling to 0 five terms away. Of two paragraphs telling one fact, the
// one whose sum stands by the asked-for item ("Economic Growth ($91.98
// million)") answers it.
func (ix *Index) kindNear(q *query, s *scratch, se *sent) float64 {
	switch q.atype {
	case atWhen, atAmount, atWho, atWhere:
	default:
		return 0 // "why": no kind is measured
	}
	// The positions of the question's words first (a sentence holds
	// few), then each term of the asked-for kind against them.
	var buf [64]int32
	met := buf[:0]
	for i, t := range se.terms {
		if l := s.look[t]; l >= 0 && l&3 != lookWordNet && !se.cite[i] {
			met = append(met, se.pos[i])
		}
	}
	best := int32(math.MaxInt32)
	for i, t := range se.terms {
		if se.cite[i] || s.look[t] >= 0 {
			continue
		}
		k := answerKinds(se.kinds[i], ix.dated[t], ix.causal[t])
		switch q.atype {
		case atWhen:
			if k.when == 0 {
				continue
			}
		case atAmount:
			if k.num == 0 || k.when > 0 {
				continue
			}
		case atWho, atWhere:
			if k.name == 0 {
				continue
			}
		default:
			continue
		}
		for _, p := range met {
			d := se.pos[i] - p
			if d < 0 {
				d = -d
			}
			best = min(best, d)
		}
	}
	if best == math.MaxInt32 {
		return 0
	}
	return max(0, 1-float64(best-1)/4)
}

var months = map[string]bool{"januari": true, "februari": true, "march": true, "april": true, "may": true, "june": true, "juli": true, "august": true, "septemb": true, "octob": true, "novemb": true, "decemb": true, "sept": true}

func isMonth(stem string) bool { return months[stem] }

// numberWords are the stems of numbers written as words: "an eight-year-old
// arms ban", "a two-year period" answer "how many years". Not "one" ("one
// of the biggest") nor "several".
var numberWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
	sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
	thousand thousands million millions billion billions dozen dozens`) {
		m[stem(w)] = true
	}
	return m
}()

// causal holds stems that mark a reason or purpose, for "why" questions.
var causal = map[string]bool{"becaus": true, "due": true, "result": true, "consequ": true, "therefor": true,
	"aim": true, "reason": true, "caus": true, "order": true, "purpos": true, "prize": true, "reward": true,
	"sinc": true, "thus": true, "henc": true, "led": true, "so": true, "motiv": true, "goal": true, "object": true}

func isCausal(stem string) bool { return causal[stem] }

func isAnaphor(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	switch w {
	case "This", "It", "These", "They", "That", "Those", "Its", "He", "She", "Their":
		return true
	}
	return false
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// othersWords ask about the rest of a group: "the other states", "the
// remaining countries", "all states except Tajikistan".
var othersWords = map[string]bool{"other": true, "others": true, "rest": true, "remaining": true, "except": true, "excluding": true, "exclusion": true}

// exclusion is +1 when sentence i of pa names an exception and the
// question asks about the others ("the other states"), -1 when it names a
// word of the question as the exception ("with the exclusion of
// Tajikistan"), 0 otherwise.
func (ix *Index) exclusion(q *query, s *scratch, pa *para, i int) int {
	ex := pa.sents[i].excl
	if len(ex) == 0 {
		return 0
	}
	if q.others {
		return 1
	}
	for _, id := range ex {
		if l := s.look[id]; l >= 0 && l&3 != lookWordNet {
			return -1
		}
	}
	return 0
}

// whatAux reports whether a question asks "what did/do/does/was/were
// ...": with a verb before "about" ("what did they talk about"), what was
// said, told by the sentence holding that verb.
func whatAux(raw []rawToken) bool {
	for i := 0; i+1 < len(raw); i++ {
		if raw[i].text == "what" {
			switch raw[i+1].text {
			case "did", "do", "does", "was", "were", "is", "are":
				return true
			}
			return false
		}
	}
	return false
}

// asksItems reports whether a question asks for items: its focus ("what
// are the key areas", "which bodies"), or in a telegraphic question its
// first noun ("main areas of NATO-Tajik cooperation?"), is a plural noun.
func (ix *Index) asksItems(raw []rawToken) bool {
	f := focusWord(raw)
	if f < 0 && len(raw) > 1 {
		switch w := raw[0].text; {
		case w == "list" || w == "name":
			// "list the areas", "name the bodies".
			f = 1
		case (w == "what" || w == "which") && kindOf[raw[1].text]:
			f = 1 // "what kind of agreements"
		case !questionWords[w]:
			f = 0
		}
		if f >= 0 && raw[f].text == "the" {
			f++
		}
	}
	if f < 0 || f >= len(raw) {
		return false
	}
	// The noun asked for, past adjectives ("the key areas", "what
	// natural resources") and "kind of" ("what kind of agreements").
	for n := 0; n < 4 && f+1 < len(raw); n++ {
		w := raw[f].text
		if kindOf[w] && f+2 < len(raw) && raw[f+1].text == "of" {
			f += 2
			continue
		}
		if itemAdjectives[w] || ix.wordInfo(w).pos == 'j' && !strings.HasSuffix(w, "s") {
			f++
			continue
		}
		break
	}
	w := raw[f].text
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && ix.wordInfo(w).pos == 'n'
}

// kindOf words stand before the items asked for: "what kinds of
// agreements".
var kindOf = map[string]bool{"kind": true, "kinds": true, "type": true, "types": true, "sort": true, "sorts": true}

// questionWords open a question; a question opening with none is
// telegraphic ("main areas of NATO-Tajik cooperation?").
var questionWords = map[string]bool{"what": true, "whats": true, "which": true, "who": true, "whom": true, "whose": true, "when": true, "where": true, "why": true, "how": true,
	"is": true, "are": true, "was": true, "were": true, "did": true, "do": true, "does": true, "has": true, "have": true, "had": true, "can": true, "could": true,
	"will": true, "would": true, "should": true, "list": true, "name": true, "explain": true, "describe": true, "tell": true, "give": true, "according": true, "in": true, "per": true}

// itemAdjectives stand before the items asked for: "what were the key
// areas".
var itemAdjectives = map[string]bool{"main": true, "key": true, "major": true, "primary": true, "principal": true, "important": true, "different": true}

// howAux reports whether a question asks "how was/were/did/do/does/is/are
// ...": how something was done or seen, told by its verb.
// roleFrame are the words of "what role did X play": they frame the
// question; X and what it played a part in say what it is about.
var roleFrame = map[string]bool{"role": true, "roles": true, "part": true, "play": true, "plays": true, "played": true, "playing": true}

// playsRole reports whether the question asks what role or part something
// played ("what role did Tajikistan play in the NDN", "did the US play a
// part in").
func playsRole(raw []rawToken) bool {
	noun, verb := false, false
	for _, t := range raw {
		switch t.text {
		case "role", "roles", "part":
			noun = true
		case "play", "plays", "played", "playing":
			verb = true
		}
	}
	return noun && verb
}

func howAux(raw []rawToken) bool {
	for i := 0; i+1 < len(raw); i++ {
		if raw[i].text == "how" {
			switch raw[i+1].text {
			case "was", "were", "did", "do", "does", "is", "are", "has", "have", "had":
				return true
			}
			return false
		}
	}
	return false
}
