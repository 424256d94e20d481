package classroom

import (
	"fmt"
	"strings"
)

// Give-aways between items: a wrong option must never state another
// item's answer or the fact another item's stem asks about. "Agreed on
// non-lethal supplies to support military operations of NATO ..." offered
// as a wrong deed of Rice's 2005 visit hands a student the answer of "Why
// did the U.S. and Tajikistan agree on non-lethal supplies?"; "Lifted an
// eight-year-old arms sales embargo" repeats the stem of "When did the US
// lift ...?", which the student can then rule out by its date.

// optionWords are an option's content words cut to a common root, so that
// "signed" meets "sign" and "agreed" meets "agree".
func optionWords(s string) map[string]bool {
	out := map[string]bool{}
	for w := range contentWords(strings.ReplaceAll(s, "-", " ")) {
		for _, suf := range []string{"ing", "ed", "es", "e"} {
			if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
				w = strings.TrimSuffix(w, suf)
				break
			}
		}
		if len(w) > 6 {
			w = w[:6]
		}
		out[w] = true
	}
	return out
}

// givesAwayItem returns a's wrong option that states b's answer or the
// fact b's stem asks about: b's answer itself (not a year or a sum, one
// of a pool), or, for an option of four content words or more, half of
// them (three at least) in b's stem and answer.
func givesAwayItem(a, b Quiz) (string, bool) {
	if a.ID == b.ID && a.Question == b.Question {
		return "", false
	}
	bAns := b.Choices[b.Answer]
	target := optionWords(b.Question + " " + bAns)
	for i, o := range a.Choices {
		if i == a.Answer {
			continue
		}
		if strings.EqualFold(o, bAns) && !recallItem(b) {
			return o, true // a year or a sum is one of a pool, not a fact
		}
		ow := optionWords(o)
		if len(ow) < 4 {
			continue // "Human rights and freedoms": a topic, not a fact
		}
		if n := countIn(ow, target); n >= 3 && 2*n >= len(ow) {
			return o, true
		}
	}
	return "", false
}

// recallItem: an item asking a bare date, figure or name token, weaker
// than one asking what an act was or why.
func recallItem(q Quiz) bool {
	switch q.Kind {
	case "year", "date", "amount", "number", "place", "rank":
		return true
	}
	return bareRank(q) > 0
}

// dropGiveaways drops, of each pair where one item's wrong option gives
// the other away, the weaker: first every item whose option gives away an
// item that asks more than recall (its option set cannot be mended without
// the deed it offers); then, of the rest, the recall item an option still
// states.
func dropGiveaways(items []item) []item {
	drop := map[int]bool{}
	for i, a := range items {
		for j, b := range items {
			if i == j || recallItem(b.Quiz) {
				continue
			}
			if _, ok := givesAwayItem(a.Quiz, b.Quiz); ok {
				drop[i] = true
			}
		}
	}
	for i, a := range items {
		for j, b := range items {
			if i == j || drop[i] || drop[j] {
				continue
			}
			if _, ok := givesAwayItem(a.Quiz, b.Quiz); ok {
				if recallItem(b.Quiz) && !recallItem(a.Quiz) {
					drop[j] = true
				} else {
					drop[i] = true
				}
			}
		}
	}
	return kept(items, drop)
}

// optionGiveawayFlaws: every option of an item that states another item's
// answer or stem.
func optionGiveawayFlaws(_ *extractor, all []Quiz) []string {
	var errs []string
	for _, a := range all {
		for _, b := range all {
			if a.ID == b.ID {
				continue
			}
			if o, ok := givesAwayItem(a, b); ok {
				errs = append(errs, fmt.Sprintf("%s's option %q gives away %s", a.ID, o, b.ID))
			}
		}
	}
	return errs
}
