package retrieval

// The linear ranking model. Weights are fitted on the training questions
// (testdata/train.jsonl, never the dev set) by `go test -run TestFit -fit`,
// which rewrites this file's numbers.

var paraWeights = [numParaFeatures]float64{
	fBM25Rel: 1, fCov: 0.5, fSentCov: 1, fYear: 0.5, fYearMiss: -0.3, fSection: 0.3,
}

var sentWeights = [numSentFeatures]float64{
	sCov: 1, sLit: 0.3, sProx: 0.2, sAType: 0.1, sYear: 0.2,
}

// answerThreshold is the confidence below which the paper is taken not to
// answer the question.
const answerThreshold = 0.5

// confidence judges, from the top hit's features, whether the paper answers
// at all. It looks at the student's literal words and curated synonyms only.
func confidence(f []float64) float64 {
	return f[fCov]
}
