package classroom

import (
	"fmt"
	"regexp"
	"strings"
)

// Guessable items: a student who did not read the paper picks the answer
// by what the options are, not by what the paper says.
//
// A why-item asking what made a country matter to an army ("Why was
// Tajikistan's practical importance to the U.S. military, which acquired
// landing and overflight rights there, ...?") is answered by the one cause
// of the army's kind (a border, a base, an airfield) when the wrong causes
// are a civil war, an aluminium plant and remittances: none of them could
// explain military access. Its wrong causes must be of the answer's kind;
// where the paper gives too few, the item goes.
//
// A list of the countries a side turned to as it cooled on another is
// guessed when every country of the answer is one the list of kinds knows
// as that other side's rival ("rival-United States: Russia | China |
// Iran"): the options beside it cannot be lists a reader of the paper
// alone rejects.

// reMilitaryStem: a why-stem about an army's access or operations.
var reMilitaryStem = regexp.MustCompile(`(?i)\b(?:military|troops|armed forces|air ?bases?|airfields?|landing|overflight|bases)\b`)

// reMilitaryCause: a cause of the army's kind: where a country lies, what
// bases, airfields or troops it has.
var reMilitaryCause = regexp.MustCompile(`(?i)\b(?:borders?|bordering|located|lies|neighbou?rs?|bases?|airbases?|airfields?|air ?space|troops|garrisons?|military|forces|runways?|close to|near)\b`)

// offKindWhy: a military why-item whose answer is of the army's kind and
// fewer than three wrong causes are.
func offKindWhy(q Quiz) bool {
	if q.Kind != "why" || !reMilitaryStem.MatchString(q.Question) || !reMilitaryCause.MatchString(q.Choices[q.Answer]) {
		return false
	}
	n := 0
	for i, c := range q.Choices {
		if i != q.Answer && reMilitaryCause.MatchString(c) {
			n++
		}
	}
	return n < 3
}

// rivalList: the answer is a list of countries every one of which the
// list of kinds knows as a rival of a country the stem names.
func (x *extractor) rivalList(q Quiz) bool {
	names := splitList(strings.ReplaceAll(q.Choices[q.Answer], " and ", ", "))
	if len(names) < 2 {
		return false
	}
	for _, sc := range x.world.members["country"] {
		named := false
		for _, sp := range x.world.all[sc] {
			named = named || containsWord(q.Question, sp)
		}
		if !named {
			continue
		}
		all := true
		for _, n := range names {
			_, c := x.world.kindOf(n)
			if c == "" || x.world.alsoKind(c, "rival-"+sc) == "" {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// dropGuessable drops the items a student answers by the options' kind
// alone: a military why-item with off-kind causes, a list of a side's
// known rivals.
func (x *extractor) dropGuessable(items []item) []item {
	drop := map[int]bool{}
	for i, it := range items {
		if offKindWhy(it.Quiz) || x.rivalList(it.Quiz) {
			drop[i] = true
		}
	}
	return kept(items, drop)
}

// whyKindFlaws: military why-items whose wrong causes cannot explain the
// stem (Q28 of the eighth review).
func whyKindFlaws(_ *extractor, all []Quiz) []string {
	var errs []string
	for _, q := range all {
		if offKindWhy(q) {
			errs = append(errs, fmt.Sprintf("%s: wrong causes of another kind than %q", q.ID, q.Choices[q.Answer]))
		}
	}
	return errs
}

// guessableListFlaws: list items whose answer names a side's known rivals
// (Q26 of the eighth review).
func guessableListFlaws(x *extractor, all []Quiz) []string {
	var errs []string
	for _, q := range all {
		if x.rivalList(q) {
			errs = append(errs, fmt.Sprintf("%s: %q are the stem's side's known rivals", q.ID, q.Choices[q.Answer]))
		}
	}
	return errs
}
