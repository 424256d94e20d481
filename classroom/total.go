package classroom

import (
	"regexp"
	"strings"
)

// A total beside its shares: "How much was America's budgeted aid to
// Tajikistan from 1992 to 2010?" ($988.57 million) beside "Which area took
// the largest share of the U.S. aid to Tajikistan from 1992 to 2010?"
// asks the same data twice, the second for what it says (where the aid
// went), the first for a figure to memorise (the 24th blind read: weak,
// "it also draws on the same 1992-2010 aid data"). The total is then a
// recall filler: it goes with a place, before a share of percent or a
// deed's month, while more than the floor of 28 remain (dropBareRecall).

// reStemPeriod: the period a stem asks about ("from 1992 to 2010").
var reStemPeriod = regexp.MustCompile(`\bfrom (?:19|20)\d\d to (?:19|20)\d\d\b`)

// totalBesideShares: item i asks a sum over a period whose shares another
// item asks: the same period, and what was given ("aid"): a word of
// three letters or more that is no question word.
func totalBesideShares(items []item, i int) bool {
	q := items[i].Quiz
	period := reStemPeriod.FindString(q.Question)
	if q.Kind != "amount" || period == "" {
		return false
	}
	qw := stemNouns(q.Question)
	for j, it := range items {
		if j == i || it.Kind != "share" || reStemPeriod.FindString(it.Question) != period {
			continue
		}
		if countIn(stemNouns(it.Question), qw) >= 1 {
			return true
		}
	}
	return false
}

// questionWords are a stem's words that say nothing of its topic.
var questionWords = map[string]bool{"how": true, "much": true, "many": true, "which": true, "what": true, "was": true, "were": true,
	"did": true, "the": true, "and": true, "for": true, "from": true, "took": true, "largest": true, "share": true, "area": true}

// stemNouns are a stem's topic words, its period cut: "aid", "tajikistan".
func stemNouns(q string) map[string]bool {
	out := map[string]bool{}
	for _, w := range reToken.FindAllString(strings.ToLower(reStemPeriod.ReplaceAllString(q, "")), -1) {
		if len(w) >= 3 && !questionWords[w] {
			out[w] = true
		}
	}
	return out
}
