package classroom

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

const monthPat = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)`

var (
	reDMY    = regexp.MustCompile(`\b(\d{1,2})\s+` + monthPat + `(,?)\s+(\d{4})\b`)
	reMDY    = regexp.MustCompile(`\b` + monthPat + `\s+(\d{1,2}),?\s+(\d{4})\b`)
	reMY     = regexp.MustCompile(`\b` + monthPat + `,?\s+(\d{4})\b`)
	reFromTo = regexp.MustCompile(`\b(?i:from|between)\s+(\d{4})\s+(?:to|and|until)\s+(\d{4})\b`)
	reRange  = regexp.MustCompile(`\b(\d{4})\s*[-–]\s*(\d{4}|\d{2})\b`)
	reYear   = regexp.MustCompile(`\b(\d{4})\b`)
)

var monthNames = []string{"", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

var monthAbbr = []string{"", "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}

func monthNumber(s string) int {
	s = strings.TrimSuffix(strings.ToLower(s), ".")
	for i, m := range monthNames[1:] {
		if strings.HasPrefix(strings.ToLower(m), s) && len(s) >= 3 {
			return i + 1
		}
	}
	return 0
}

// Date styles, so a distractor is written the way the answer is and the
// format gives nothing away.
const (
	styleYear     = iota // 2005
	styleMonth           // March 1992
	styleDMY             // 14 February 1992
	styleDMYComma        // 22 October, 2011
	styleMDY             // August 26, 2007
	styleRange           // 1992-1997
)

// timeSpan is a date, month, year or span of years written in a text.
type timeSpan struct {
	start, end             int // byte range in the text searched
	year, month, day, last int // last = final year of a span of years, else year
	style                  int
	abbr                   bool   // the month is abbreviated: "Sept. 11, 2001"
	qual                   string // "mid-", "early ", ... before a bare year
}

func (t timeSpan) kind() string {
	switch {
	case t.style == styleRange:
		return "range"
	case t.month > 0:
		return "date"
	}
	return "year"
}

// when is the span as precise as the text, normalised: "25 December 1991",
// "March 1992", "2005", "mid-1994", "1992-1997".
func (t timeSpan) when() string {
	switch {
	case t.style == styleRange:
		return fmt.Sprintf("%d-%d", t.year, t.last)
	case t.day > 0:
		return fmt.Sprintf("%d %s %d", t.day, monthNames[t.month], t.year)
	case t.month > 0:
		return fmt.Sprintf("%s %d", monthNames[t.month], t.year)
	}
	return t.qual + strconv.Itoa(t.year)
}

// format writes the date of t in the given style (for distractors).
func (t timeSpan) format(style int, abbr bool) string {
	month := monthNames[t.month]
	if abbr && t.month > 0 {
		month = monthAbbr[t.month]
	}
	switch {
	case t.day > 0 && style == styleMDY:
		return fmt.Sprintf("%s %d, %d", month, t.day, t.year)
	case t.day > 0 && style == styleDMYComma:
		return fmt.Sprintf("%d %s, %d", t.day, month, t.year)
	case t.day > 0:
		return fmt.Sprintf("%d %s %d", t.day, month, t.year)
	case t.month > 0:
		return fmt.Sprintf("%s %d", month, t.year)
	}
	return t.when()
}

func (t timeSpan) key() string {
	return fmt.Sprintf("t%04d-%02d-%02d-%04d", t.year, t.month, t.day, t.last)
}

func plausibleYear(y int) bool { return y >= 1500 && y <= 2099 }

// findTimes lists the dates in text outside the skip ranges (citations),
// most precise pattern first so "14 February 1992" is one date and not also
// the year 1992.
func findTimes(text string, skip [][2]int) []timeSpan {
	var out []timeSpan
	taken := func(s, e int) bool {
		if overlapsAny(skip, s, e) {
			return true
		}
		for _, t := range out {
			if s < t.end && t.start < e {
				return true
			}
		}
		return false
	}
	add := func(t timeSpan) {
		if !taken(t.start, t.end) && plausibleYear(t.year) {
			out = append(out, t)
		}
	}
	for _, m := range reDMY.FindAllStringSubmatchIndex(text, -1) {
		d, _ := strconv.Atoi(text[m[2]:m[3]])
		y, _ := strconv.Atoi(text[m[8]:m[9]])
		st := styleDMY
		if m[7] > m[6] {
			st = styleDMYComma
		}
		if d >= 1 && d <= 31 {
			add(timeSpan{start: m[0], end: m[1], year: y, last: y, month: monthNumber(text[m[4]:m[5]]), day: d, style: st, abbr: strings.HasSuffix(text[m[4]:m[5]], ".")})
		}
	}
	for _, m := range reMDY.FindAllStringSubmatchIndex(text, -1) {
		d, _ := strconv.Atoi(text[m[4]:m[5]])
		y, _ := strconv.Atoi(text[m[6]:m[7]])
		if d >= 1 && d <= 31 {
			add(timeSpan{start: m[0], end: m[1], year: y, last: y, month: monthNumber(text[m[2]:m[3]]), day: d, style: styleMDY, abbr: strings.HasSuffix(text[m[2]:m[3]], ".")})
		}
	}
	for _, m := range reMY.FindAllStringSubmatchIndex(text, -1) {
		y, _ := strconv.Atoi(text[m[4]:m[5]])
		add(timeSpan{start: m[0], end: m[1], year: y, last: y, month: monthNumber(text[m[2]:m[3]]), style: styleMonth, abbr: strings.HasSuffix(text[m[2]:m[3]], ".")})
	}
	for _, re := range []*regexp.Regexp{reFromTo, reRange} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			a, _ := strconv.Atoi(text[m[2]:m[3]])
			bs := text[m[4]:m[5]]
			b, _ := strconv.Atoi(bs)
			if len(bs) == 2 {
				b += a / 100 * 100
			}
			if b <= a || b-a > 100 || !plausibleYear(b) {
				continue
			}
			add(timeSpan{start: m[2], end: m[5], year: a, last: b, style: styleRange})
		}
	}
	for _, m := range reYear.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[0], m[1]
		if s > 0 && strings.ContainsRune("$./:,", rune(text[s-1])) {
			continue // $1992, 1.1992, p.1992
		}
		if e < len(text) && (strings.ContainsRune("%/", rune(text[e])) ||
			(text[e] == '.' && e+1 < len(text) && text[e+1] >= '0' && text[e+1] <= '9')) {
			continue
		}
		y, _ := strconv.Atoi(text[s:e])
		t := timeSpan{start: s, end: e, year: y, last: y, style: styleYear}
		for _, q := range []string{"mid-", "early ", "late ", "mid "} {
			if strings.HasSuffix(text[:s], q) {
				t.qual = q
			}
		}
		add(t)
	}
	sortTimes(out)
	return out
}

func sortTimes(ts []timeSpan) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].start < ts[j-1].start; j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

// compatibleTimes: a and b can be one date, the coarser containing the
// finer ("October 2011" and "22 October 2011"), not two ("October 2011"
// and "2012", a year and a span).
func compatibleTimes(a, b timeSpan) bool {
	if a.style == styleRange || b.style == styleRange || a.year != b.year || a.qual != "" || b.qual != "" {
		return a.year == b.year && a.last == b.last && a.month == b.month && a.day == b.day
	}
	return (a.month == 0 || b.month == 0 || a.month == b.month) && (a.day == 0 || b.day == 0 || a.day == b.day)
}

// coarser is the less precise of two compatible dates: what both say.
func coarser(a, b timeSpan) timeSpan {
	if b.month == 0 || b.month > 0 && a.month > 0 && b.day == 0 {
		return b
	}
	return a
}

// finer is the more precise of two compatible dates.
func finer(a, b timeSpan) timeSpan {
	if coarser(a, b) == a {
		return b
	}
	return a
}
