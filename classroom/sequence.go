package classroom

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"paperbot/paper"
)

// Sequence items: how long one side took to return another's step. "It
// [America] was the second state to open its Embassy in Dushanbe in March
// 1992 and Tajikistan opened its Embassy in Washington in December 2002"
// asks "How long after the United States opened its embassy in Dushanbe
// did Tajikistan open its embassy in Washington?": about 11 years, only
// after 9/11. The wrong choices are other spans a return could take,
// each far enough from the answer and from each other that a reader who
// knows the paper's two dates strikes them at a glance (about 3, 6 and 20
// years; spanChoicesOf), and none past the paper's period: a student who
// did not read the paper expects embassies to be opened in turn within a
// few years; one who did knows the paper dates them a decade apart. No
// date is in the stem or the options, so no date item is answered or
// given away by it.

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

// A wait is asked as its own span in whole years ("About 11 years
// later": March 1992 to December 2002), against three spans each clearly
// apart from it and from each other, so that a reader who knows the two
// dates can strike them, and two items of different waits never offer
// the same four. Bands ("Several years later" beside "More than ten
// years later", the sixteenth pass's) overlap in a reader's mind, and one
// fixed set for every item drills date arithmetic, not the item's point.

// spanLadder are the round spans a wrong choice may name, in years.
var spanLadder = []int{1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30}

// spanApart: spans of a and b years are told apart at a glance: the
// longer at least 1.75 times the shorter and two years longer.
func spanApart(a, b int) bool {
	lo, hi := min(a, b), max(a, b)
	return hi-lo >= 2 && 4*hi >= 7*lo
}

// spanRound is a wait of months in whole years, 0 under half a year.
func spanRound(months int) int {
	if months < 6 {
		return 0
	}
	return (months + 6) / 12
}

// spanText is how a choice says a span of years: "About a year later",
// "About 11 years later". The figure in digits keeps the choice to three
// words a reader compares (about, years, later), no more than the spans
// of another sequence item share with it (givesAwayWords).
func spanText(years int) string {
	if years == 1 {
		return "About a year later"
	}
	return "About " + strconv.Itoa(years) + " years later"
}

// spanChoicesOf is the answer and wrong choices (shortest first) for a
// wait of months, no span longer than most years: the wait in whole years,
// and the three spans of the ladder nearest it (by ratio) that are apart
// from it and from each other; "", nil for a wait under half a year, one
// longer than most, or no three such spans.
func spanChoicesOf(months, most int) (string, []string) {
	n := spanRound(months)
	if n < 1 || n > most {
		return "", nil
	}
	far := func(c int) float64 { return math.Abs(math.Log(float64(c) / float64(n))) }
	ladder := slices.Clone(spanLadder)
	slices.SortStableFunc(ladder, func(a, b int) int { return cmp.Compare(far(a), far(b)) })
	chosen := []int{n}
	for _, c := range ladder {
		ok := c <= most && len(chosen) < 4
		for _, o := range chosen {
			ok = ok && spanApart(c, o)
		}
		if ok {
			chosen = append(chosen, c)
		}
	}
	if len(chosen) < 4 {
		return "", nil
	}
	wrong := chosen[1:]
	slices.Sort(wrong)
	var out []string
	for _, c := range wrong {
		out = append(out, spanText(c))
	}
	return spanText(n), out
}

// spanMost is the longest span a choice may name after a deed of year:
// up to the end of the paper's period, thirty years when it names none.
func (x *extractor) spanMost(year int) int {
	if end := x.periodEnd(); end > 0 {
		return end - year
	}
	return 30
}

// sequenceQuizzes makes the sequence items: one for each deed a side
// returned, the answer the span between the two, the wrong choices three
// spans apart from it (spanChoicesOf). No span gives an item away: it is
// one of a pool, as a year is, and too short to state a fact (see
// givesAwayWords).
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
		answer, wrong := spanChoicesOf(months, x.spanMost(ta[0].year))
		if answer == "" {
			return
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
// program?" (about 8 years: the last of them, in February 2002). A thing
// whose name in capitals is the answer of an item of pi ("PFP": "Which
// NATO programme did Tajikistan commit to joining?") is named by whose it
// is and the noun the later sentence gives it ("NATO's program"). Its
// choices are spans around its own wait, as the sequence items' are
// (about 2, 4 and 15 years).
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
			answer, wrong := spanChoicesOf((t2[0].year-t1[0].year)*12+t2[0].month-qualMonth(t1[0]), x.spanMost(t1[0].year))
			if answer == "" {
				return
			}
			if thing = x.ownerNoun(thing, l[4], prior); thing == "" {
				return
			}
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
