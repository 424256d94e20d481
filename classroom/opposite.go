package classroom

import (
	"regexp"
	"strings"
)

// Opposite items: two change items on one tie in opposite directions
// ("What happened to Tajikistan's partnership with Russia as a result of
// its participation in the coalition?" It was reduced; "Since
// independence, what happened to its dependence on Russia?" It
// increased) read as a contradiction unless each stem states a time
// frame of its own, years that do not overlap. Else the first in paper
// order stays: the body's account before the conclusion's summary.

var (
	reUp   = regexp.MustCompile(`(?i)\b(?:increased|grew|rose|expanded|deepened|strengthened)\b`)
	reDown = regexp.MustCompile(`(?i)\b(?:reduced|decreased|fell|declined|weakened|ended|broken off|lost)\b`)
)

// direction is +1 for a tie that grew, -1 for one that shrank, 0 else.
func direction(answer string) int {
	up, down := reUp.MatchString(answer), reDown.MatchString(answer)
	switch {
	case up && !down:
		return 1
	case down && !up:
		return -1
	}
	return 0
}

// oppositeChanges reports two change items on one country's tie in
// opposite directions without distinct years in both stems.
func (x *extractor) oppositeChanges(a, b Quiz) bool {
	if a.Kind != "change" || b.Kind != "change" {
		return false
	}
	da, db := direction(a.Choices[a.Answer]), direction(b.Choices[b.Answer])
	if da == 0 || db == 0 || da == db {
		return false
	}
	shared := false
	for _, c := range x.countriesIn(a.Question) {
		for _, d := range x.countriesIn(b.Question) {
			shared = shared || c == d
		}
	}
	if !shared {
		return false
	}
	ya, yb := reStemYear.FindAllString(a.Question, -1), reStemYear.FindAllString(b.Question, -1)
	if len(ya) == 0 || len(yb) == 0 {
		return true
	}
	return strings.Join(ya, " ") == strings.Join(yb, " ")
}

// dropOpposites keeps the first of any two opposite change items.
func (x *extractor) dropOpposites(items []item) []item {
	drop := map[int]bool{}
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			if !drop[i] && !drop[j] && x.oppositeChanges(items[i].Quiz, items[j].Quiz) {
				drop[j] = true
			}
		}
	}
	return kept(items, drop)
}
