package classroom

import (
	"math/rand/v2"
	"regexp"
	"strings"
)

// reAfterEvent: a stem that dates its act after an event it names.
var reAfterEvent = regexp.MustCompile(`\b(?:after|following|since) (?:the |9/11)`)

// Date distractors are made, not taken from the paper: the paper's other
// dates are other facts (9/11, the day another item asks about, the month
// another stem states), so offering them lets a student answer one item by
// knowing another. A made date keeps the answer's granularity (a day for
// a day, a month for a month), lies within about a year and a half of it,
// never in a month the paper names for anything, and never before what
// the stem implies (a diplomatic act about a country is not older than its
// independence as the paper dates it, nor before an event the stem says
// it followed).

// dateOffsets are the month offsets a made date may take from the answer:
// none within two months of it (fifth review: "January vs February 2009
// is hair-splitting"; a student who recalls the season is right).
var dateOffsets = []int{-16, -14, -11, -9, -7, -5, -4, -3, 3, 4, 5, 7, 9, 11, 14, 16}

// dateDistractors makes three dates near a, written as a is.
func (x *extractor) dateDistractors(a span, question string, rng *rand.Rand) []string {
	named := x.namedMonths()
	floor := x.dateFloor(a, question)
	offs := append([]int(nil), dateOffsets...)
	rng.Shuffle(len(offs), func(i, j int) { offs[i], offs[j] = offs[j], offs[i] })
	ans := a.time.year*12 + a.time.month - 1
	var out []string
	used := map[int]bool{ans: true}
	before, after := 0, 0
	for _, o := range offs {
		if len(out) == 3 {
			break
		}
		m := ans + o
		if used[m] || named[m] || m < floor {
			continue
		}
		// not all three on one side of the answer, or the odd one out is it
		if floor <= ans && (o < 0 && before == 2 && after == 0 || o > 0 && after == 2 && before == 0) {
			continue
		}
		t := timeSpan{year: m / 12, month: m%12 + 1, last: m / 12}
		if a.time.day > 0 {
			t.day = 1 + rng.IntN(28)
		}
		used[m] = true
		if o < 0 {
			before++
		} else {
			after++
		}
		out = append(out, t.format(a.time.style, a.time.abbr))
	}
	return out
}

// namedMonths are the months (year*12+month-1) any date of the paper falls in.
func (x *extractor) namedMonths() map[int]bool {
	if x.months != nil {
		return x.months
	}
	x.allTimes()
	out := map[int]bool{}
	for _, ts := range x.times {
		for _, t := range ts {
			if t.month > 0 {
				out[t.year*12+t.month-1] = true
			}
		}
	}
	x.months = out
	return out
}

func (x *extractor) allTimes() {
	if x.times == nil {
		for i := range x.p.Paragraphs {
			para := &x.p.Paragraphs[i]
			x.times = append(x.times, findTimes(para.Text, citeRanges(para)))
		}
	}
}

// dateFloor is the first month a distractor for a may fall in: after the
// independence the paper dates, for an act that names a country and comes
// after it; else no floor.
func (x *extractor) dateFloor(a span, question string) int {
	ans := a.time.year*12 + a.time.month - 1
	if reAfterEvent.MatchString(question) {
		// "When did the US recognise Tajikistan ... after the break-up of
		// the Soviet Union?": the answer is the first date after the event
		// the paper ties to it, so no wrong date comes before it
		return ans + 1
	}
	if len(x.countriesIn(question)) == 0 {
		return 0
	}
	ind := x.independence()
	if ind == 0 || ans <= ind {
		return 0
	}
	return ind + 1
}

// independence is the month of the earliest full date in a body sentence
// that speaks of independence (in plain English), 0 when none does.
func (x *extractor) independence() int {
	x.body()
	best := 0
	for _, s := range x.sentPlain {
		if !strings.Contains(strings.ToLower(s), "independen") {
			continue
		}
		for _, t := range findTimes(s, nil) {
			if t.day == 0 || t.month == 0 {
				continue
			}
			if m := t.year*12 + t.month - 1; best == 0 || m < best {
				best = m
			}
		}
	}
	return best
}
