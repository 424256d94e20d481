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
// take ("Within about a year", "Two or three years later", "Several
// years later"), each a wait, as the stem's "How long after" asks: a
// student who did not read the paper expects embassies to be opened in
// turn within a year or so; one who did knows the paper dates them a
// decade apart. No date is in the stem or the options, so no date item is
// answered or given away by it.

// reReturned: two sides doing one deed in turn, each dated, in one
// sentence: "<A> ... to open its Embassy in <place> in <when> and <B>
// opened its Embassy in <place> in <when>".
var reReturned = regexp.MustCompile(`^(.+?) (?:was the [a-z]+ (?:state|country|nation) to )?(open|opened|establish|established) its ([Ee]mbassy|[Cc]onsulate|[Mm]ission) in ([A-Z][a-z]+) in (` + actWhen + `),? and ` + actSubject + ` (opened|established) its ([Ee]mbassy|[Cc]onsulate|[Mm]ission) in ([A-Z][a-z]+) in (` + actWhen + `)$`)

// reAllExcept: a group did a deed by a time, all but one of its members:
// "All the Central Asian republics except Tajikistan joined NATO's PFP by
// mid-1994".
var reAllExcept = regexp.MustCompile(`^All (?:the )?([a-z]*\s*[A-Z][\w ]*?[a-z]+s) (?:except|with the exception of) ([A-Z][a-z]+) ([a-z]+ed) (.+?) (?:by|in) (` + actWhen + `|(?:mid-|early |late )(?:19|20)\d\d)$`)

// reLateDeed: the one left out doing the deed later, in the next
// sentence: "Tajikistan formally joined, in February 2002, the PFP
// program as the last ...".
var reLateDeed = regexp.MustCompile(`^([A-Z][a-z]+) (?:formally |finally |officially |only )?([a-z]+ed),? (?:in|on) (` + actWhen + `),? (?:the )?(.+)$`)

// qualMonth is the month a qualified year stands for: "mid-1994" is June,
// "early" February, "late" October; a bare year "by 1994" its end.
func qualMonth(t timeSpan) int {
	switch {
	case t.month != 0:
		return t.month
	case strings.HasPrefix(t.qual, "mid"):
		return 6
	case strings.HasPrefix(t.qual, "early"):
		return 2
	case strings.HasPrefix(t.qual, "late"):
		return 10
	}
	return 12
}

// spanChoices are the spans a return may take, shortest first, each from
// the months it covers (up to the next's): four, one the answer and the
// other three its wrong choices.
var spanChoices = []struct {
	from int
	text string
}{
	{1, "Within about a year"},
	{19, "Two or three years later"},
	{43, "Several years later"},
	{120, "More than ten years later"},
}

// spanIndex is the span choice a wait of months falls in, -1 for none
// (a return in the same month, or before the first deed: "How long
// after" asks neither).
func spanIndex(months int) int {
	at := -1
	for i, c := range spanChoices {
		if months >= c.from {
			at = i
		}
	}
	return at
}

// sequenceQuizzes makes the sequence items: one for each deed a side
// returned, the answer the span between the two, the wrong choices the
// other spans. No span gives an item away: it is one of a pool, as a year
// is, and too short to state a fact (see givesAwayWords).
func (x *extractor) sequenceQuizzes() []Quiz {
	var out []Quiz
	twice := func(para *paper.Paragraph, si int) bool { return strings.Count(x.plainOf(para, si), " its ") >= 2 }
	x.bodySentences(twice, func(para *paper.Paragraph, si int, s string) {
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
		sent := para.Sentences[si]
		id := quizID(para.N, si, span{kind: "sequence", text: answer}, sent.Text)
		out = append(out, makeQuiz(id, q, answer, wrong, "sequence", para, sent))
	})
	return out
}

// lateQuizzes makes the late-joiner items: a group's members did a deed
// by a time, all but one, which the paper says did it later: "How long
// after the other Central Asian republics did Tajikistan join NATO's
// program?" (several years: the last of them, in February 2002). A thing
// whose name in capitals is the answer of an item of pi ("PFP": "Which
// NATO programme did Tajikistan commit to joining?") is named by whose it
// is and the noun the later sentence gives it ("NATO's program"). Its
// choices are spans, as the sequence items' are.
func (x *extractor) lateQuizzes(prior []Quiz) []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas("except", "exception of"), func(para *paper.Paragraph, si int, s string) {
		m := reAllExcept.FindStringSubmatch(s)
		if m == nil {
			return
		}
		group, one, verb, thing := m[1], m[2], m[3], m[4]
		t1 := findTimes(m[5], nil)
		if len(t1) != 1 {
			return
		}
		// the one left out's deed is told in the next sentence
		if sj := si + 1; sj < len(para.Sentences) {
			later, _ := x.plainSentence(para, sj)
			l := reLateDeed.FindStringSubmatch(later)
			if l == nil || l[1] != one || l[2] != verb {
				return
			}
			t2 := findTimes(l[3], nil)
			if len(t2) != 1 || t2[0].month == 0 {
				return
			}
			at := spanIndex((t2[0].year-t1[0].year)*12 + t2[0].month - qualMonth(t1[0]))
			if at < 0 {
				return
			}
			if thing = x.ownerNoun(thing, l[4], prior); thing == "" {
				return
			}
			var wrong []string
			for i, c := range spanChoices {
				if i != at {
					wrong = append(wrong, c.text)
				}
			}
			answer := spanChoices[at].text
			q := "How long after the other " + group + " did " + one + " " + strings.TrimSuffix(verb, "ed") + " " + thing + "?"
			// the key shows both dates: the group's sentence and the late one's
			a, b := para.Sentences[si], para.Sentences[sj]
			sent := paper.Sentence{Text: a.Text + " " + b.Text, Start: a.Start, End: b.End}
			id := quizID(para.N, sj, span{kind: "sequence", text: answer}, sent.Text)
			out = append(out, makeQuiz(id, q, answer, wrong, "sequence", para, sent))
		}
	})
	return out
}

// ownerNoun is thing ("NATO's PFP") with a name in capitals that is (or
// expands to) the answer of an item of prior replaced by the noun after
// it in later ("the PFP program ..." -> "NATO's program"); thing as it is
// when no such name is in it; "" when no noun follows the name there.
func (x *extractor) ownerNoun(thing, later string, prior []Quiz) string {
	for _, a := range reAcronymWord.FindAllString(thing, -1) {
		asked, forms := false, x.namedIn(a)
		for _, p := range prior {
			for _, f := range forms {
				asked = asked || containsWord(p.Choices[p.Answer], f)
			}
		}
		if !asked {
			continue
		}
		_, after, ok := strings.Cut(" "+later, " "+a+" ")
		noun, _, _ := strings.Cut(after, " ")
		if !ok || noun == "" || strings.ToLower(noun) != noun || !strings.Contains(thing, "'s "+a) {
			return ""
		}
		thing = strings.Replace(thing, "'s "+a, "'s "+noun, 1)
	}
	return thing
}

// sideName is how a stem writes a side: "the United States", "Tajikistan".
func (x *extractor) sideName(actor string) string {
	if f := strings.Fields(actor)[0]; f == "United" || strings.ToUpper(f) == f {
		return "the " + actor
	}
	return actor
}
