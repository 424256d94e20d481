package retrieval

import "math"

// Confidence features, in the order of Model.Conf.
const (
	cBias   = iota
	cCov    // idf share of the question met in the top paragraph (literal or curated synonym)
	cLitCov // literal idf share met in the top paragraph
	cSent   // idf share met in the chosen sentence
	cRare   // the rarest concept met literally
	cKnown  // idf share of the question's concepts the paper has at all
	cConcepts
	cLen     // 1/number of concepts: one-word questions are weak evidence
	cMatched // number of concepts met in the top paragraph (capped at 5, /5)
	cNameHit // a name or acronym of the question is met in the top paragraph
	cBM25    // log(1 + top BM25)
	cMaxIdf  // the highest idf among concepts met, over the idf of a word in one paragraph
	// What was asked for, against what the answer holds. A near-topic
	// question ("the population of Tajikistan") meets the paper's topic
	// words everywhere; what it asks for is absent.
	cATypeMiss // asks when / how much / who / where, and the chosen sentence holds no such term it does not already hold
	cReqMiss   // the weightiest question word missing from the answer's sentences (general-English weight x idf share)
	cReqCov    // share of that weight met in the answer's sentences
	cForeign   // the general-English weight of the weightiest question word the paper lacks altogether
	cPresent   // asks about today ("now", "currently"): the paper is a history
	cYearMiss  // names a year the top paragraph does not hold
	cNameMiss  // a name the question singles out (rare in the paper, or not in it) is missing from the answer's sentences
	cFocusMiss // the thing asked for ("what is the population of", "how many soldiers") is missing from the answer's sentences
	numConfFeatures
)

// confFeatures describes the top hit of s for the confidence model.
func (ix *Index) confFeatures(q *query, s *scratch) [numConfFeatures]float64 {
	top := &s.cands[0]
	f := top.feat[:]
	var c [numConfFeatures]float64
	c[cBias] = 1
	c[cCov] = f[fCov]
	c[cLitCov] = f[fLitCov]
	c[cSent] = f[fSentCov]
	c[cRare] = f[fRareLit]
	known := 0.0
	for _, cc := range q.concepts {
		if cc.df > 0 {
			known += cc.idf
		}
	}
	c[cKnown] = known / q.weight
	c[cConcepts] = math.Min(float64(len(q.concepts)), 8) / 8
	c[cLen] = 1 / float64(max(1, len(q.concepts)))
	c[cMatched] = math.Min(f[fCount]*float64(len(q.concepts)), 5) / 5
	c[cNameHit] = b2f(f[fName] > 0)
	c[cBM25] = math.Log1p(f[fBM25Abs] * q.weight)
	c[cMaxIdf] = f[fMaxIdf]

	// The answer's sentences: the chosen one and its neighbours.
	st := s.stats[top.off : top.off+len(ix.paras[top.doc].sents)]
	win := st[top.sent].mask
	if top.sent > 0 {
		win |= st[top.sent-1].mask
	}
	if top.sent+1 < len(st) {
		win |= st[top.sent+1].mask
	}
	switch q.atype {
	case atWhen, atAmount:
		c[cATypeMiss] = b2f(!st[top.sent].atype)
	case atWho:
		// Another mention of the paper's own subjects is no answer to
		// "who": the sentence must name something rarer.
		c[cATypeMiss] = b2f(!st[top.sent].rareType)
	case atWhere:
		// "Which country": any place the question does not name.
		c[cATypeMiss] = b2f(!st[top.sent].atype)
	}
	idf0 := idf(len(ix.paras), 0)
	var met, all float64
	for ci := range q.concepts {
		cc := &q.concepts[ci]
		if cc.section {
			continue
		}
		w := cc.info * cc.idf / idf0
		all += w
		if win&(1<<ci) != 0 {
			met += w
		} else {
			c[cReqMiss] = math.Max(c[cReqMiss], w)
		}
		if cc.df == 0 {
			c[cForeign] = math.Max(c[cForeign], cc.info)
		}
		if win&(1<<ci) == 0 && ix.singlesOut(cc) {
			c[cNameMiss] = 1
		}
	}
	c[cReqCov] = 1
	if all > 0 {
		c[cReqCov] = met / all
	}
	if q.focus >= 0 && !q.concepts[q.focus].section && win&(1<<q.focus) == 0 {
		c[cFocusMiss] = 1
	}
	c[cPresent] = b2f(q.present)
	c[cYearMiss] = f[fYearMiss]
	return c
}

// singlesOut reports whether concept c is a name that singles a thing
// out: one the paper writes as a name in at most a quarter of its
// paragraphs, or a capitalised word it does not have.
func (ix *Index) singlesOut(c *concept) bool {
	if c.lit >= 0 {
		return ix.rareName[c.lit]
	}
	return c.df == 0 && (c.kind == KindName || c.kind == KindAcronym)
}

// confidence judges, from the question and the top hit, whether the paper
// answers at all: a logistic model over the student's literal words and
// curated synonyms only (never open-vocabulary similarity, which lets
// off-topic questions through), and over what the question asks for
// against what the answer holds.
func (ix *Index) confidence(q *query, s *scratch) float64 {
	c := ix.confFeatures(q, s)
	return 1 / (1 + math.Exp(-dot(ix.model.Conf[:], c[:])))
}
