package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Sequence items: how long one side took to return another's step. "It
// [America] was the second state to open its Embassy in Dushanbe in March
// 1992 and Tajikistan opened its Embassy in Washington in December 2002"
// asks "How long after the United States opened its embassy in Dushanbe
// did Tajikistan open its embassy in Washington?": more than ten years,
// only after 9/11. The wrong choices are the other spans a return could
// take ("In the same month", "Within about a year", "Several years
// later"): a student who did not read the paper expects embassies to be
// opened in turn within a year or so; one who did knows the paper dates
// them a decade apart. No date is in the stem or the options, so no date
// item is answered or given away by it.

// reReturned: two sides doing one deed in turn, each dated, in one
// sentence: "<A> ... to open its Embassy in <place> in <when> and <B>
// opened its Embassy in <place> in <when>".
var reReturned = regexp.MustCompile(`^(.+?) (?:was the [a-z]+ (?:state|country|nation) to )?(open|opened|establish|established) its ([Ee]mbassy|[Cc]onsulate|[Mm]ission) in ([A-Z][a-z]+) in (` + actWhen + `),? and ` + actSubject + ` (opened|established) its ([Ee]mbassy|[Cc]onsulate|[Mm]ission) in ([A-Z][a-z]+) in (` + actWhen + `)$`)

// spanChoices are the spans a return may take, shortest first, each from
// the months it covers (up to the next's): four, one the answer and the
// other three its wrong choices.
var spanChoices = []struct {
	from int
	text string
}{
	{0, "In the same month"},
	{1, "Within about a year"},
	{19, "Several years later"},
	{120, "More than ten years later"},
}

// spanIndex is the span choice a wait of months falls in, -1 for a return
// before the first deed.
func spanIndex(months int) int {
	at := -1
	for i, c := range spanChoices {
		if months >= c.from {
			at = i
		}
	}
	return at
}

// sequenceQuizzesOf makes the sequence items: one for each deed a side
// returned, the answer the span between the two, the wrong choices the
// other spans, none giving away an item of pi.
func (x *extractor) sequenceQuizzesOf(pi *priorItems) []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas(" and "), func(para *paper.Paragraph, si int, s string) {
		m := reReturned.FindStringSubmatch(s)
		if m == nil || !strings.EqualFold(m[3], m[8]) {
			return
		}
		first, second := m[1], m[6]
		if f := strings.Fields(first); len(f) == 1 && (f[0] == "It" || f[0] == "They") && si > 0 {
			before, _ := x.plainSentence(para, si-1)
			first = before // the side the sentence before is about
		}
		a, b := x.actorOf(first), x.actorOf(second)
		if a == "" || b == "" || a == b {
			return
		}
		ta, tb := findTimes(m[5], nil), findTimes(m[10], nil)
		if len(ta) != 1 || len(tb) != 1 || ta[0].month == 0 || tb[0].month == 0 {
			return
		}
		months := (tb[0].year-ta[0].year)*12 + tb[0].month - ta[0].month
		at := spanIndex(months)
		if at < 0 {
			return
		}
		answer := spanChoices[at].text
		var wrong []string
		for i, c := range spanChoices {
			if i != at {
				wrong = append(wrong, c.text)
			}
		}
		// "open"/"opened", "establish"/"established": both regular
		firstVerb, secondVerb := strings.TrimSuffix(m[2], "ed")+"ed", strings.TrimSuffix(m[7], "ed")
		thing := strings.ToLower(m[3])
		q := "How long after " + x.sideName(a) + " " + firstVerb + " its " + thing + " in " + m[4] +
			" did " + x.sideName(b) + " " + secondVerb + " its " + thing + " in " + m[9] + "?"
		for _, w := range wrong {
			if optionGivesAway(w, pi.qs, pi.targets()) {
				return
			}
		}
		sent := para.Sentences[si]
		id := quizID(para.N, si, span{kind: "sequence", text: answer}, sent.Text)
		out = append(out, makeQuiz(id, q, answer, wrong, "sequence", para, sent))
	})
	return out
}

// sideName is how a stem writes a side: "the United States", "Tajikistan".
func (x *extractor) sideName(actor string) string {
	if f := strings.Fields(actor)[0]; f == "United" || strings.ToUpper(f) == f {
		return "the " + actor
	}
	return actor
}
