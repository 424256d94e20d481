package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Sequence items: which of two sides took a step first, and how soon
// the other followed. "It [America] was the second state to open its
// Embassy in Dushanbe in March 1992 and Tajikistan opened its Embassy in
// Washington in December 2002" asks "Which opened its embassy first, the
// United States in Dushanbe or Tajikistan in Washington, and how soon did
// the other follow?": the United States, and Tajikistan only years later.
// The four choices are the two sides crossed with the two lags ("years
// later", "within months"; orderChoices), so no choice is struck by its
// form and none needs a subtraction: a reader who knows the paper dates
// the two a decade apart, the US's among the first, picks it at once; a
// student who did not read it expects embassies opened in turn within
// months. No date is in the stem or the options, so no date item is
// answered or given away by it. The blind reader of blind40 found the
// spans ("About 11 years later" beside 3, 6 and 20) date arithmetic on a
// minor fact; the order and the lag are what the dates mean.

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

// lagOf is how long a wait of months was, as a reader tells it without
// a subtraction: "years" for two years or more, "months" for half a year
// or less, "" between, where a reader could not tell the two at a glance.
func lagOf(months int) string {
	switch {
	case months >= 24:
		return "years"
	case months >= 0 && months <= 6:
		return "months"
	}
	return ""
}

// orderChoices is the answer and wrong choices of an order item: who came
// first crossed with the lag. say(first, lag) words a choice with the one
// named first and the lag ("years" or "months"); the answer is
// say(true, lag), the wrong choices the other three, so each shares a
// half with two others and none stands out by its form. "", nil for a
// lag lagOf cannot tell.
func orderChoices(months int, say func(first bool, lag string) string) (string, []string) {
	lag := lagOf(months)
	if lag == "" {
		return "", nil
	}
	other := map[string]string{"years": "months", "months": "years"}[lag]
	return say(true, lag), []string{say(false, lag), say(true, other), say(false, other)}
}

// sequenceQuizzes makes the sequence items: one for each deed a side
// returned, asking which side did it first and how soon the other
// followed (orderChoices): "The United States; Tajikistan followed years
// later".
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
		sa, sb := x.sideName(a), x.sideName(b)
		if months < 0 {
			sa, sb, months = sb, sa, -months
		}
		answer, wrong := orderChoices(months, func(first bool, lag string) string {
			one, two := sa, sb
			if !first {
				one, two = sb, sa
			}
			if lag == "years" {
				return upperFirst(one) + "; " + two + " followed years later"
			}
			return upperFirst(one) + "; " + two + " followed within months"
		})
		if answer == "" {
			return
		}
		thing := strings.ToLower(m[3])
		q := "Which opened its " + thing + " first, " + x.sideName(a) + " in " + m[4] + " or " +
			x.sideName(b) + " in " + m[9] + ", and how soon did the other follow?"
		sent := para.Sentences[si]
		id := quizID(para.N, si, span{kind: "sequence", text: answer}, sent.Text)
		out = append(out, makeQuiz(id, q, answer, wrong, "sequence", para, sent))
	})
	return out
}

// lateQuizzes makes the late-joiner items: a group's members did a deed
// by a time, all but one, which the paper says did it later: "How did
// Tajikistan compare with the other Central Asian republics in joining
// NATO's program?" (the last, years after the rest: in February
// 2002, the rest by mid-1994). A thing
// whose name in capitals is the answer of an item of pi ("PFP": "Which
// NATO programme did Tajikistan commit to joining?") is named by whose it
// is and the noun the later sentence gives it ("NATO's program"). Its
// choices cross first and last with the two lags (orderChoices), so none
// stands out by its form, and none says the rest did it at one time.
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
			// "The last, years after the rest": no verb, which with
			// "first" would tell an item dated by the group's joining
			// ("... the NATO program Tajikistan had joined earlier that
			// year?" beside "It joined first, ...": join, first, year)
			base := strings.TrimSuffix(verb, "ed")
			answer, wrong := orderChoices((t2[0].year-t1[0].year)*12+t2[0].month-qualMonth(t1[0]), func(last bool, lag string) string {
				c := "The first, "
				if last {
					c = "The last, "
				}
				if lag == "years" {
					if last {
						return c + "years after the rest"
					}
					return c + "years before the rest"
				}
				return c + "within months of the rest"
			})
			if answer == "" {
				return
			}
			orig := thing
			if thing = x.ownerNoun(thing, l[4], prior); thing == "" {
				return
			}
			q := "How did " + one + " compare with the other " + group + " in " + base + "ing " + thing + "?"
			// the name written out, should no item ask it (nameUnasked):
			// "NATO's Partnership for Peace"
			var unasked, name string
			if thing != orig {
				if full, n := x.spelledOut(orig, thing, "", nil); full != "" {
					unasked, name = "How did "+one+" compare with the other "+group+" in "+base+"ing "+full+"?", n
				}
			}
			// the key shows both dates: the group's sentence and the late one's
			a, b := para.Sentences[si], para.Sentences[sj]
			sent := paper.Sentence{Text: a.Text + " " + b.Text, Start: a.Start, End: b.End}
			id := quizID(para.N, sj, span{kind: "sequence", text: answer}, sent.Text)
			lq := makeQuiz(id, q, answer, wrong, "sequence", para, sent)
			lq.unasked, lq.name = unasked, name
			out = append(out, lq)
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
