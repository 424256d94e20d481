package classroom

import (
	"strings"
)

// sameAnswer drops, of two items with one answer, the weaker: "Russia"
// for whose consent Tajikistan offered air bases and for whom the civil
// war left it dependent, "Afghanistan" whence the drugs came beside "To
// support its operation in Afghanistan": the one item points to the
// other's answer, and both drill one name. A named answer counts as
// shared when it is a word of the other item's answer. The why-item
// stays (it asks more); then the item outside the paper's opening
// section, whose background a student may know from anywhere; then the
// first.
func (x *extractor) sameAnswer(items []item) []item {
	opening := ""
	for _, s := range x.p.Sections {
		if s.Title != "Abstract" && s.First > 0 {
			opening = s.Title
			break
		}
	}
	better := func(a, b item) bool { // a is kept over b
		if (a.Kind == "why") != (b.Kind == "why") {
			return a.Kind == "why"
		}
		if (a.Section == opening) != (b.Section == opening) {
			return b.Section == opening
		}
		return true
	}
	drop := map[int]bool{}
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			if drop[i] || drop[j] || !sharedAnswer(items[i], items[j]) {
				continue
			}
			if better(items[i], items[j]) {
				drop[j] = true
			} else {
				drop[i] = true
			}
		}
	}
	return kept(items, drop)
}

// sharedAnswer: a and b have one answer, or one's named answer is a word
// of the other's.
func sharedAnswer(a, b item) bool {
	aa, ba := a.Choices[a.Answer], b.Choices[b.Answer]
	if strings.EqualFold(aa, ba) {
		return true
	}
	return named(a) && containsWord(ba, aa) || named(b) && containsWord(aa, ba)
}
