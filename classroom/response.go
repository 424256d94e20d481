package classroom

import (
	"regexp"
	"strconv"
	"strings"
)

// A timeline entry of a day the paper also names by its short form
// ("9/11" for "Sept. 11, 2001") tells the subject country's response to
// it where the paper tells it: a sentence naming the day's event by the
// short form, followed by one whose subject is the subject country and
// which points back at the event ("It condemned those attacks and was keen
// to cooperate ..."). The paper may date that response only as "after
// 9/11"; told beside the event it is no new date.

// reBackTo: a phrase pointing back at something named before.
var reBackTo = regexp.MustCompile(`\b(?:those|these|the) ([a-z]+)\b`)

// response finds the subject country's response to the event of e (a
// day), as a sentence, with its paragraph and page; ok is false when the
// paper tells none.
func (x *extractor) response(e Event, words map[string]bool) (text string, para, page int, ok bool) {
	if e.Day == 0 || e.Month == 0 {
		return "", 0, 0, false
	}
	cs := x.countriesIn(x.p.Title)
	if len(cs) == 0 {
		return "", 0, 0, false
	}
	home := cs[0]
	if _, c := x.world.kindOf(home); c != "" {
		home = c // the list's spelling, not the title's capitals
	}
	short := regexp.MustCompile(`(?:^|[^\d/])` + strconv.Itoa(e.Month) + "/" + strconv.Itoa(e.Day) + `(?:$|[^\d/])`)
	for i := range x.p.Paragraphs {
		p := &x.p.Paragraphs[i]
		if p.Section == "References" {
			continue
		}
		for si := 0; si+1 < len(p.Sentences); si++ {
			s, ok := x.plainSentence(p, si)
			if !ok || !short.MatchString(s) || !sameThing(s, e.Text) {
				continue
			}
			next, ok := x.plainSentence(p, si+1)
			if !ok {
				continue
			}
			r, ok := x.resolve(p, si+1, next, 0)
			if !ok || !strings.HasPrefix(subjectOf(r), home) {
				continue
			}
			back := false
			for _, m := range reBackTo.FindAllStringSubmatch(r, -1) {
				if words[strings.TrimSuffix(m[1], "s")] {
					back = true
				}
			}
			if !back || !hasFiniteVerb(r) {
				continue
			}
			return asSentence(tidy(r)), p.N, p.PageAt(p.Sentences[si+1].Start), true
		}
	}
	return "", 0, 0, false
}

// withSource adds paragraph n on page pg to e's sources, in order; the
// first source stays e's own paragraph and page.
func withSource(e *Event, n, pg int) {
	defer func() { e.Paragraph, e.Page = e.Paragraphs[0], e.Pages[0] }()
	for i, m := range e.Paragraphs {
		if m == n {
			return
		}
		if m > n {
			e.Paragraphs = append(e.Paragraphs[:i], append([]int{n}, e.Paragraphs[i:]...)...)
			e.Pages = append(e.Pages[:i], append([]int{pg}, e.Pages[i:]...)...)
			return
		}
	}
	e.Paragraphs = append(e.Paragraphs, n)
	e.Pages = append(e.Pages, pg)
}
