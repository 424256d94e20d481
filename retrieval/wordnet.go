package retrieval

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// wordnetFile is a paper's general-English word links, generated from
// WordNet by tools/wordnet: a student's word => the paper's word sharing a
// sense with it. Weaker than the curated thesauri (a word has many
// senses), so it is a signal of its own with its own fitted weights.
const wordnetFile = "wordnet.txt"

// WordNetWeight is a WordNet link's weight in the BM25 that chooses the
// candidates (the curated SynWeight is 0.9): a link can bring in a
// paragraph, but the models see it only through features of their own.
// A variable only so that tuning can vary it; nothing else assigns it.
var WordNetWeight = 0.5

// parseWordNet reads wordnet.txt's lines "student terms TAB paper terms
// TAB relation TAB rank TAB rank" into student key -> paper keys (which
// links and senses the file holds, tools/wordnet chose). A student side
// of several words is left out: it would be a concept of its own, missing
// from the paper whenever the link does not hold.
func parseWordNet(text string) (map[string][]string, error) {
	out := map[string][]string{}
	for n, line := range strings.Split(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 || f[0] == "" || f[1] == "" || len(f[2]) != 1 {
			return nil, fmt.Errorf("%s line %d: want \"terms TAB terms TAB relation TAB rank TAB rank\"", wordnetFile, n+1)
		}
		rf, err1 := strconv.Atoi(f[3])
		rt, err2 := strconv.Atoi(f[4])
		if err1 != nil || err2 != nil || rf < 1 || rt < 1 {
			return nil, fmt.Errorf("%s line %d: bad sense rank", wordnetFile, n+1)
		}
		if strings.Contains(f[0], " ") {
			continue
		}
		if !slices.Contains(out[f[0]], f[1]) {
			out[f[0]] = append(out[f[0]], f[1])
		}
	}
	return out, nil
}
