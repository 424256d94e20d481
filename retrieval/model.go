package retrieval

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"strings"
)

// The ranking and confidence models are linear over generic features (no
// word-specific ones). A paper's own models are fitted on questions written
// by reading it and live in its folder (model.json beside its word lists);
// `go test ./retrieval -run TestFit -fit` rewrites both the default paper's
// and the generic model, which a paper without a model.json gets.

// Model is the fitted part of ranking: the paragraph and sentence
// re-rankers and the "answered" model with its threshold.
type Model struct {
	Para      [numParaFeatures]float64
	Sent      [numSentFeatures]float64
	Conf      [numConfFeatures]float64
	Threshold float64 // confidence below which the paper is taken not to answer
}

// Feature names, as model.json spells them.
var (
	paraNames = [numParaFeatures]string{"BM25Rel", "BM25Abs", "LitCov", "Cov", "SentCov", "SentLit", "WinCov", "Prox", "Year", "YearMiss", "Number", "Name", "Section", "AType", "RareLit", "SentCount", "Count", "SectNamed", "MaxIdf", "WordNet", "Summary", "NameForm", "List", "KindNear"}
	sentNames = [numSentFeatures]string{"Cov", "Lit", "Prev", "Next", "Prox", "AType", "Year", "Anaphor", "First", "Len", "Count", "Win", "New", "ATypeCov", "AnaphorPrev", "ATypePrev", "WordNet", "List"}
	confNames = [numConfFeatures]string{"Bias", "Cov", "LitCov", "Sent", "Rare", "Known", "Concepts", "Len", "Matched", "NameHit", "BM25", "MaxIdf",
		"ATypeMiss", "ReqMiss", "ReqCov", "Foreign", "Present", "YearMiss", "NameMiss", "FocusMiss", "CountMiss", "WordNet"}
)

// modelJSON is the form of model.json: weights by feature name, so that a file
// written for other features fails loudly instead of shifting.
type modelJSON struct {
	Note      string             `json:"note,omitempty"`
	Para      map[string]float64 `json:"para"`
	Sent      map[string]float64 `json:"sent"`
	Conf      map[string]float64 `json:"conf"`
	Threshold float64            `json:"threshold"`
}

// ParseModel reads a model.json.
func ParseModel(b []byte) (*Model, error) {
	var f modelJSON
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	m := &Model{Threshold: f.Threshold}
	for _, part := range []struct {
		what  string
		names []string
		got   map[string]float64
		into  []float64
	}{
		{"para", paraNames[:], f.Para, m.Para[:]},
		{"sent", sentNames[:], f.Sent, m.Sent[:]},
		{"conf", confNames[:], f.Conf, m.Conf[:]},
	} {
		if len(part.got) != len(part.names) {
			return nil, fmt.Errorf("model: %s has %d weights, want %d (%s): refit with go test ./retrieval -run TestFit -fit", part.what, len(part.got), len(part.names), strings.Join(part.names, " "))
		}
		for i, n := range part.names {
			w, ok := part.got[n]
			if !ok {
				return nil, fmt.Errorf("model: %s has no weight %q", part.what, n)
			}
			if math.IsNaN(w) || math.IsInf(w, 0) {
				return nil, fmt.Errorf("model: %s weight %q is %v", part.what, n, w)
			}
			part.into[i] = w
		}
	}
	if !(f.Threshold > 0 && f.Threshold < 1) {
		return nil, fmt.Errorf("model: threshold %v is not between 0 and 1", f.Threshold)
	}
	return m, nil
}

// JSON encodes m as a model.json, with a note saying where it came from.
func (m *Model) JSON(note string) []byte {
	named := func(names []string, w []float64) map[string]float64 {
		out := map[string]float64{}
		for i, n := range names {
			out[n] = math.Round(w[i]*1e4) / 1e4
		}
		return out
	}
	b, err := json.MarshalIndent(modelJSON{Note: note, Para: named(paraNames[:], m.Para[:]),
		Sent: named(sentNames[:], m.Sent[:]), Conf: named(confNames[:], m.Conf[:]),
		Threshold: m.Threshold}, "", "  ")
	if err != nil {
		panic(err) // maps of float64: cannot fail
	}
	return append(b, '\n')
}

//go:embed model-generic.json
var genericModel []byte

//go:embed model-generic-wordnet.json
var genericWordNetModel []byte

// GenericModel is the model for a paper that has none of its own: the same
// features, fitted with no word lists at all (names and thesauri off), so
// it expects the coverage an unaided analyzer reaches.
func GenericModel() *Model {
	m, err := ParseModel(genericModel)
	if err != nil {
		// Embedded and checked by TestGenericModel: cannot fail.
		panic(fmt.Sprintf("embedded model-generic.json: %v", err))
	}
	return m
}

// GenericWordNetModel is the model for a paper whose folder holds WordNet's
// generated list (tools/wordnet) and no model of its own: fitted with that
// list only, curated lists off. Fitted apart from GenericModel because a
// model that expects the list's links ranks worse without them.
func GenericWordNetModel() *Model {
	m, err := ParseModel(genericWordNetModel)
	if err != nil {
		// Embedded and checked by TestGenericModel: cannot fail.
		panic(fmt.Sprintf("embedded model-generic-wordnet.json: %v", err))
	}
	return m
}
