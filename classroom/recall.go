package classroom

import (
	"sort"
	"strings"
)

// Date recall is the weakest kind of item: a quiz of thirty that asks for
// five months of one year drills the calendar, not the paper. Of the date
// items whose answers fall in one year only recallYearMax are kept: those
// whose topic the paper comes back to most (salience), so the arms
// embargo's lifting outlasts the month a micro-finance memorandum was
// signed.
const recallYearMax = 3

// salience is how often the paper returns to an item's topic: over the
// stem's distinctive words (see distinctive), the paragraphs other than
// the item's own that use each, summed.
func (x *extractor) salience(q Quiz) int {
	words := x.distinctive(contentWords(strings.ReplaceAll(q.Question, "-", " ")))
	ws := x.paraWords()
	n := 0
	for w := range words {
		for _, p := range ws {
			if p[w] {
				n++
			}
		}
		n-- // its own paragraph
	}
	return n
}

// capDateRecall drops the date items beyond recallYearMax of one year,
// least salient first; the rest keep their order.
func (x *extractor) capDateRecall(items []item) []item {
	byYear := map[string][]int{}
	for i, it := range items {
		if it.Kind != "date" {
			continue
		}
		ans := it.Choices[it.Answer]
		y := ans[max(0, len(ans)-4):]
		byYear[y] = append(byYear[y], i)
	}
	drop := map[int]bool{}
	for _, is := range byYear {
		if len(is) <= recallYearMax {
			continue
		}
		sort.SliceStable(is, func(a, b int) bool { return x.salience(items[is[a]].Quiz) > x.salience(items[is[b]].Quiz) })
		for _, i := range is[recallYearMax:] {
			drop[i] = true
		}
	}
	out := items[:0:0]
	for i, it := range items {
		if !drop[i] {
			out = append(out, it)
		}
	}
	return out
}
