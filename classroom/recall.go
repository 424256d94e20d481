package classroom

import (
	"math"
	"regexp"
	"sort"
	"strings"
)

// Date recall is the weakest kind of item: a quiz of thirty that asks for
// five months of one year drills the calendar, not the paper. Of the date
// items whose answers fall in one year only recallYearMax are kept: those
// whose topic the paper comes back to most (salience), so the arms
// embargo's lifting outlasts the month a micro-finance memorandum was
// signed.
// Two since the fourth pass (three before): with Rahmon's visit asked
// for its talks, the micro-finance MoU's month came back beside 2002's
// embargo and Partnership for Peace.
const recallYearMax = 2

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
	return kept(items, drop)
}

// sameTopicRecall drops a recall item (date, year, amount) whose stem
// shares two or more distinctive words with another recall item's of its
// kind: two
// dates of the supply route, two totals of aid "from 1992 to 2010" (its years
// count as words) drill one
// topic twice. The shorter stem stays (a cloze counts as long).
func (x *extractor) sameTopicRecall(items []item) []item {
	recall := func(q Quiz) bool { return q.Kind == "date" || q.Kind == "year" || q.Kind == "amount" }
	length := func(q Quiz) int {
		n := wordCount(q.Question)
		if strings.HasPrefix(q.Question, "Complete: ") {
			n += 100
		}
		return n
	}
	words := make([]map[string]bool, len(items))
	people := make([]map[string]bool, len(items))
	for i, it := range items {
		if recall(it.Quiz) {
			words[i] = x.distinctive(contentWords(strings.ReplaceAll(reParenthesis.ReplaceAllString(it.Question, ""), "-", " ")))
			people[i] = map[string]bool{}
			for w := range words[i] {
				if k, canon := x.world.kindOf(w); isPersonKind(k) || personTitles[w] {
					delete(words[i], w) // who acts is not what the item is about
					if canon != "" {
						people[i][canon] = true
					}
				}
			}
			for _, y := range reStemYear.FindAllString(it.Question, -1) {
				words[i]["#"+y] = true // "from 1992 to 2010": the same span is the same topic
			}
		}
	}
	drop := map[int]bool{}
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			if words[i] == nil || words[j] == nil || drop[i] || drop[j] || items[i].Kind != items[j].Kind || countIn(words[i], words[j]) < 2 {
				continue
			}
			if len(people[i]) > 0 && len(people[j]) > 0 && countIn(people[i], people[j]) == 0 {
				continue // Rice's visit and Rahmon's: two acts, not one topic asked twice
			}
			if length(items[j].Quiz) < length(items[i].Quiz) {
				drop[i] = true
			} else {
				drop[j] = true
			}
		}
	}
	return kept(items, drop)
}

var reStemYear = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

var personTitles = map[string]bool{"president": true, "secretary": true, "minister": true, "ambassador": true}

// freeAmountKeys replaces an amount item's wrong choice that is another
// amount item's answer ("$36 million" among the trade volume's choices
// beside the bridge's cost), or a figure an earlier amount item already
// offers ("$126.1 million" among both the aid total's and the bridge's
// choices): a student who answered one would strike it from the other.
// The replacement is the paper's nearest other sum of the answer's form
// that no amount item offers, as far from every choice as distractors
// keep apart; the choice stays when there is none.
func (x *extractor) freeAmountKeys(items []item) {
	var keys []float64
	for _, it := range items {
		if it.Kind == "amount" {
			keys = append(keys, x.amountValues(it.Choices[it.Answer])...)
		}
	}
	x.body()
	var sums []span
	for _, text := range x.bodyRaw {
		sums = append(sums, x.amounts(text)...)
	}
	var offered []float64 // the figures the amount items so far offer
	for k := range items {
		q := &items[k].Quiz
		if q.Kind != "amount" {
			continue
		}
		as := x.amounts(q.Choices[q.Answer])
		if len(as) != 1 {
			continue
		}
		a := as[0]
		taken := func(v float64) bool { return sameFigure(v, keys, a.value) || sameFigure(v, offered, a.value) }
		for i, c := range q.Choices {
			vs := x.amountValues(c)
			if i == q.Answer || len(vs) != 1 || !taken(vs[0]) {
				continue
			}
			best, dist := "", math.Inf(1)
			for _, s := range sums {
				text := amountText(a, s.value)
				if s.form != a.form || s.value <= 0 || taken(s.value) || containsWord(q.Sentence, s.text) || x.nearChoice(q.Choices, s.value) {
					continue
				}
				if d := math.Abs(math.Log(s.value / a.value)); d < dist {
					best, dist = text, d
				}
			}
			if best != "" {
				q.Choices[i] = best
			}
		}
		x.straddleAmount(q, sums, taken)
		for _, c := range q.Choices {
			offered = append(offered, x.amountValues(c)...)
		}
	}
}

// straddleAmount: when the answer is the largest sum offered (a total
// among its own parts: "$988.57 million" over "$497.88 million" and
// "$126.1 million"), a student picks it by size alone; the smallest wrong
// choice gives way to the paper's nearest larger sum of the answer's form
// (within three times it) that no amount item offers, or else a made sum
// half as large again.
func (x *extractor) straddleAmount(q *Quiz, sums []span, taken func(float64) bool) {
	as := x.amounts(q.Choices[q.Answer])
	if len(as) != 1 {
		return
	}
	a := as[0]
	low, lowAt := math.Inf(1), -1
	for i, c := range q.Choices {
		vs := x.amountValues(c)
		if len(vs) != 1 {
			return
		}
		if i != q.Answer && vs[0] >= a.value {
			return // something is larger already
		}
		if i != q.Answer && vs[0] < low {
			low, lowAt = vs[0], i
		}
	}
	best, bestV := "", math.Inf(1)
	for _, s := range sums {
		if s.form != a.form || s.value <= a.value*1.1 || s.value > 3*a.value || taken(s.value) || x.nearChoice(q.Choices, s.value) {
			continue
		}
		if s.value < bestV {
			best, bestV = amountText(a, s.value), s.value
		}
	}
	if best == "" {
		// none in the paper: a made sum half as large again, as made dates
		// stand in when the paper names none on one side
		if v := a.value * 1.5; !taken(v) && !x.nearChoice(q.Choices, v) && (a.form != "percent" || v <= 100) {
			best = amountText(a, v)
		}
	}
	if best != "" && lowAt >= 0 {
		q.Choices[lowAt] = best
	}
}

// amountValues are the values of the sums text names.
func (x *extractor) amountValues(text string) []float64 {
	var out []float64
	for _, s := range x.amounts(text) {
		out = append(out, s.value)
	}
	return out
}

// sameFigure: v is one of vs ("$179.9 million" is "$179.85 million"),
// other than the answer's own value.
func sameFigure(v float64, vs []float64, answer float64) bool {
	if v > 0 && math.Abs(v/answer-1) < 0.005 {
		return false
	}
	for _, w := range vs {
		if w > 0 && math.Abs(v/w-1) < 0.005 {
			return true
		}
	}
	return false
}

// nearChoice: v is within a tenth of a choice's value.
func (x *extractor) nearChoice(choices [4]string, v float64) bool {
	for _, c := range choices {
		for _, s := range x.amounts(c) {
			if math.Abs(s.value/v-1) < 0.1 {
				return true
			}
		}
	}
	return false
}

// kept is items without those whose index drop marks, in order.
func kept(items []item, drop map[int]bool) []item {
	out := items[:0:0]
	for i, it := range items {
		if !drop[i] {
			out = append(out, it)
		}
	}
	return out
}
