package classroom

import (
	"sort"
	"strings"

	"paperbot/paper"
)

// Event is one dated statement of the paper.
type Event struct {
	Year, Month, Day int    // Month and Day are 0 when the text does not give them
	EndYear          int    // last year of a span ("1992-1997"); == Year otherwise
	When             string // as precise as the text: "25 December 1991", "March 1992", "2005", "1992-1997"
	Text             string // the sentence, citations stripped, clipped to about 200 characters
	Paragraph, Page  int    // ¶ and the page the date itself is on
}

// eventTextMax is the clip length of Event.Text: one line in a chat embed.
const eventTextMax = 200

// Timeline lists every dated event of p's body in date order. The reference
// list is not body text, and dates inside in-text citations ("(Nichol, 2009,
// July, pp. 17-21)") are the cited work's, not events, so neither is read.
// A date written twice in one paragraph is one event.
//
// Order: year, then month, then day, the less precise first: "in 2002"
// (sometime that year) comes before "February 2002", which comes before "5
// February 2002", so a year-level statement introduces that year's details.
// A span of years ("1992-1997") sorts as its first year without a month,
// after the bare year; ties keep paper order.
func Timeline(p *paper.Paper) []Event {
	var out []Event
	for i := range p.Paragraphs {
		para := &p.Paragraphs[i]
		cuts := citationCuts(para)
		seen := map[string]bool{}
		for _, t := range findTimes(para.Text, citeRanges(para)) {
			when := t.when()
			if seen[when] {
				continue
			}
			seen[when] = true
			out = append(out, Event{
				Year: t.year, Month: t.month, Day: t.day, EndYear: t.last,
				When:      when,
				Text:      eventText(para, cuts, t),
				Paragraph: para.N,
				Page:      para.PageAt(t.start),
			})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Year != b.Year {
			return a.Year < b.Year
		}
		if a.Month != b.Month {
			return a.Month < b.Month
		}
		if a.Day != b.Day {
			return a.Day < b.Day
		}
		return a.EndYear < b.EndYear
	})
	return out
}

// eventText is the sentence holding t, citations stripped, clipped so the
// date stays in view.
func eventText(para *paper.Paragraph, cuts []edit, t timeSpan) string {
	si := sentenceAt(para, t.start)
	from, to := 0, len(para.Text)
	if si >= 0 {
		from, to = para.Sentences[si].Start, para.Sentences[si].End
	}
	const mark = "\x00"
	es := append([]edit{{t.start, t.start, mark}}, cuts...)
	s := asSentence(render(para.Text, from, to, es))
	at := strings.Index(s, mark)
	if at < 0 {
		at = 0
	}
	s = s[:at] + s[at+len(mark):]
	return clip(s, eventTextMax, at, at+(t.end-t.start))
}

// Between keeps the events whose years overlap from..to, inclusive; 0 leaves
// that end open.
func Between(events []Event, from, to int) []Event {
	var out []Event
	for _, e := range events {
		last := e.EndYear
		if last < e.Year {
			last = e.Year
		}
		if (from == 0 || last >= from) && (to == 0 || e.Year <= to) {
			out = append(out, e)
		}
	}
	return out
}
