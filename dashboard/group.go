package dashboard

import (
	"sort"
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"

	"paperbot/retrieval"
)

// Group is a set of similarly worded questions the paper did not answer:
// the most asked wording first.
type Group struct {
	Question string    `json:"question"` // the most asked wording, which names the group
	Count    int       `json:"count"`    // times asked, all wordings together
	Wordings []Wording `json:"wordings"` // every wording, most asked first
}

// minSimilarity is the least word overlap (Jaccard, on stemmed content
// words) between a wording and a group's first wording for it to join the
// group: at 0.5, "what is the population of tajikistan" and "tajikistan
// population?" meet, "what is tajikistan's gdp" does not.
const minSimilarity = 0.5

// GroupWordings groups wordings whose stemmed content words overlap by at
// least minSimilarity with a group's first (most asked) wording. It is
// greedy in order of count, so the result does not depend on the input's
// order; each wording joins the most similar group (the earlier one on a
// tie). Groups come most asked first. Time is linear in the words for
// wordings that share none, since candidates come from an inverted index.
func GroupWordings(ws []Wording) []Group {
	ws = append([]Wording(nil), ws...)
	sort.SliceStable(ws, func(i, j int) bool {
		if ws[i].Count != ws[j].Count {
			return ws[i].Count > ws[j].Count
		}
		return ws[i].Question < ws[j].Question
	})
	var groups []Group
	var heads [][]string        // each group's first wording's terms, sorted, distinct
	index := map[string][]int{} // term -> groups whose head holds it
	overlap := map[int]int{}
	stems := map[string]string{} // the same words recur across wordings
	for _, w := range ws {
		terms := contentTerms(w.Question, stems)
		clear(overlap)
		for _, t := range terms {
			for _, g := range index[t] {
				overlap[g]++
			}
		}
		best, bestSim := -1, 0.0
		for g, n := range overlap {
			sim := float64(n) / float64(len(terms)+len(heads[g])-n)
			if sim > bestSim || sim == bestSim && g < best {
				best, bestSim = g, sim
			}
		}
		if best >= 0 && bestSim >= minSimilarity {
			groups[best].Count += w.Count
			groups[best].Wordings = append(groups[best].Wordings, w)
			continue
		}
		g := len(groups)
		groups = append(groups, Group{Question: w.Question, Count: w.Count, Wordings: []Wording{w}})
		heads = append(heads, terms)
		for _, t := range terms {
			index[t] = append(index[t], g)
		}
	}
	sort.SliceStable(groups, func(i, j int) bool { return groups[i].Count > groups[j].Count })
	return groups
}

// fillers are words students wrap questions in that the analyzer's stop
// words lack ("quick question: ...", "hey, ...", "... now?").
var fillers = map[string]bool{"hey": true, "sorry": true, "quick": true, "question": true, "now": true, "bot": true}

// contentTerms returns the distinct stems of the words of q that are not
// stop words, sorted; stems memoises the stemmer. A wording of stop words
// alone has none and stays a group of its own.
func contentTerms(q string, stems map[string]string) []string {
	words := strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	seen := map[string]bool{}
	var out []string
	for _, w := range words {
		w = strings.TrimSuffix(strings.Trim(w, "'"), "'s")
		if w == "" || retrieval.IsStopWord(w) || fillers[w] {
			continue
		}
		s, ok := stems[w]
		if !ok {
			s = english.Stem(w, false)
			stems[w] = s
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}
