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
	numConfFeatures
)

func confFeatures(q *query, f []float64) [numConfFeatures]float64 {
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
	c[cLen] = 1 / float64(len(q.concepts))
	c[cMatched] = math.Min(f[fCount]*float64(len(q.concepts)), 5) / 5
	c[cNameHit] = b2f(f[fName] > 0)
	c[cBM25] = math.Log1p(f[fBM25Abs] * q.weight)
	c[cMaxIdf] = f[fMaxIdf]
	return c
}

// confidence judges, from the question and the top hit's features, whether
// the paper answers at all: a logistic model over the student's literal
// words and curated synonyms only (never open-vocabulary similarity, which
// lets off-topic questions through).
func confidence(m *Model, q *query, f []float64) float64 {
	c := confFeatures(q, f)
	return 1 / (1 + math.Exp(-dot(m.Conf[:], c[:])))
}
