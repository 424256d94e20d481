package classroom

import (
	"regexp"
	"sort"
	"strings"
)

// Bare recall: an item whose answer is a place name, an ordinal, a
// share in percent or what one project cost tests memory of a token, not
// what the paper says about it; a strict reader calls each weak. Where
// the sentence says what the act was, an act item asks that instead (see
// acts.go, which wins the sentence in dropConflicts); the rest go.
// Of the date and year items, only recallDateMax stay, those whose topic
// the paper returns to most (see salience): the end of the civil war
// frames the whole story, the year of a first summit does not.
const recallDateMax = 1

// quizFloor is the fewest items a quiz keeps: a class quiz of 28 (the
// tests' floor). Bare recall goes worst first only while more remain, so
// a paper with few act or why items still gives a full quiz.
const quizFloor = 28

// bareRank orders the bare recall items, worst first (higher is dropped
// earlier): an ordinal, one project's cost, a deed's date, a month, a
// plan, a year beyond recallDateMax, a place, a share; 0 is not bare. The scale
// leaves room for the date ranks dropBareRecall gives (8, 6, 5, 3).
func bareRank(q Quiz) int {
	ans := q.Choices[q.Answer]
	switch {
	case q.Kind == "rank":
		return 12
	case q.Kind == "amount" && strings.HasPrefix(q.Question, "How much did ") && strings.Contains(q.Question, " spend to "):
		return 10 // one project's cost (costQuestion)
	case q.Kind == "amount" && (strings.HasSuffix(ans, "percent") || strings.HasSuffix(ans, "%")):
		// after the date of a deed, whose substance act and key-event
		// items ask, and after a year beyond recallDateMax (a first
		// summit's): a share says how much of something the country has,
		// often the one item on its theme (Central Asia's water, which the
		// second review asked for)
		return 3
	case q.Kind == planKind:
		// what a side wanted to open in one place on one day ("a
		// national training centre" in Karatoga): before a share or a
		// place; four of four strict readers (blind71 to blind74) called
		// it trivia with made-up choices (the i10abc pass)
		return 6
	case q.Kind == "place":
		// a place of one sentence ("Karatoga") before a share or a
		// deed's month, each often its theme's one item (the water, the
		// arms embargo); the 24th blind read calls it place-name trivia
		return 4
	}
	return 0
}

// shownElsewhere: item i's answer is written in another item's option
// ("Because it had 65 percent of Central Asia's water resources" beside
// "Tajikistan had ____ of Central Asia's water resources"): that option
// answers it.
func shownElsewhere(items []item, i int) bool {
	ans := items[i].Choices[items[i].Answer]
	for j, it := range items {
		for _, c := range it.Choices {
			if j != i && c != ans && containsWord(c, ans) {
				return true
			}
		}
	}
	return false
}

// dropBareRecall drops the bare recall items and all but the
// recallDateMax most salient date and year items (a year before a month:
// a month is finer recall; one on a paragraph no other item asks about
// before one on a paragraph another does), worst first, while more than quizFloor
// remain; the rest keep their order.
func (x *extractor) dropBareRecall(items []item) []item {
	type cand struct{ i, rank, sal int }
	var cands, dates []cand
	deeds := x.deedSentences()
	for i, it := range items {
		if bareRank(it.Quiz) > 0 && shownElsewhere(items, i) {
			cands = append(cands, cand{i, 14, 0}) // another item's option states it
			continue
		}
		switch r := bareRank(it.Quiz); {
		case r > 0:
			cands = append(cands, cand{i, r, x.salience(it.Quiz)})
		case describedElsewhere(items, i):
			// a name whose thing two other stems ask about (the i10plan
			// pass): with a year beyond recallDateMax, before a place or
			// a share, each often its theme's one item
			cands = append(cands, cand{i, 5, x.salience(it.Quiz)})
		case balanceSideUnstated(it.Quiz):
			// a balance whose figures' sentence names no side (the
			// i10since pass): its key rests on a reading the sentence
			// does not state; with a year beyond recallDateMax, before a
			// share, often its theme's one item
			cands = append(cands, cand{i, 5, x.salience(it.Quiz)})
		case totalBesideShares(items, i):
			// a total whose shares another item asks (total.go): with a place
			cands = append(cands, cand{i, 4, x.salience(it.Quiz)})
		case (it.Kind == "date" || it.Kind == "year") && deeds[it.Sentence]:
			// when a deed was done, on a sentence that says what it was;
			// a deed the paper dates as a turn after its pivot ("a change
			// in U.S. policy after 9/11 when the US lifted ...") after
			// a share: how soon it followed is the paper's point
			r := 8
			if x.afterPivot(it.Sentence) {
				r = 3
			}
			cands = append(cands, cand{i, r, x.salience(it.Quiz)})
		case it.Kind == "date" || it.Kind == "year":
			r := 5 // a year (a first summit's) before a share
			if it.Kind == "date" {
				r = 6
			}
			dates = append(dates, cand{i, r, x.salience(it.Quiz)})
		}
	}
	// a date on a paragraph another item already asks about beyond recall
	// adds least (the year of a first NATO summit beside the item on
	// joining NATO's programme, both ¶17): of the dates kept, those of
	// paragraphs no other item covers come first
	covered := func(c cand) bool {
		for j, it := range items {
			if j != c.i && it.Paragraph == items[c.i].Paragraph && bareRank(it.Quiz) == 0 &&
				it.Kind != "date" && it.Kind != "year" && it.Kind != "amount" {
				return true
			}
		}
		return false
	}
	sort.SliceStable(dates, func(a, b int) bool {
		if dates[a].rank != dates[b].rank {
			return dates[a].rank < dates[b].rank
		}
		if ca, cb := covered(dates[a]), covered(dates[b]); ca != cb {
			return cb
		}
		return dates[a].sal > dates[b].sal
	})
	if len(dates) > recallDateMax {
		cands = append(cands, dates[recallDateMax:]...)
	}
	sort.SliceStable(cands, func(a, b int) bool {
		if cands[a].rank != cands[b].rank {
			return cands[a].rank > cands[b].rank
		}
		return cands[a].sal < cands[b].sal
	})
	drop := map[int]bool{}
	for _, c := range cands {
		if len(items)-len(drop) <= quizFloor {
			break
		}
		drop[c.i] = true
	}
	return kept(items, drop)
}

// reSincePivot: the event a title dates its story from ("... since 9/11").
var reSincePivot = regexp.MustCompile(`(?i)\b(?:since|after) (\S+)$`)

// afterPivot: the sentence says its change came after the event the
// paper's title dates its story from.
func (x *extractor) afterPivot(sentence string) bool {
	m := reSincePivot.FindStringSubmatch(strings.TrimSpace(x.p.Title))
	return m != nil && strings.Contains(sentence, "after "+m[1])
}

// describedElsewhere: item i asks a name (named) of a thing that two other
// items' stems already ask about, described but not named: each holds
// every content word of i's stem but one, three at least ("Which NATO
// programme did Tajikistan commit to joining?" beside "... participation
// in the NATO program Tajikistan had joined earlier that year?" and "How
// did Tajikistan compare with the other Central Asian republics in
// joining NATO's program?"). The item adds only the name, recall a strict
// reader finds weak and guessable (blind67, blind68: Partnership for
// Peace, the well-known partner programme), and its topic is
// over-drilled. Once it goes, the stems that described the thing name it
// (nameUnasked).
func describedElsewhere(items []item, i int) bool {
	if !named(items[i]) {
		return false
	}
	words := stemWords(items[i].Question)
	if len(words) < 3 {
		return false
	}
	n := 0
	for j, it := range items {
		if j == i {
			continue
		}
		if countIn(words, stemWords(it.Question)) >= len(words)-1 {
			n++
		}
	}
	return n >= 2
}

// stemWords are a stem's optionWords, a possessive's "'s" cut ("NATO's
// program": nato, progra).
func stemWords(q string) map[string]bool {
	return optionWords(strings.NewReplacer("'s ", " ", "’s ", " ").Replace(q + " "))
}
