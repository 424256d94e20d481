package classroom

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"paperbot/paper"
)

// Before items: how a side sought to build its ties with another before
// the event the paper's title dates its story from. "From the conclusion
// in 1997 of the Tajik civil war, the US had sought to expand its
// relations with Tajikistan through political and cultural accords and
// small-scale economic agreements" (the title "... since 9/11", the
// period the abstract names starting in 2001) asks "Before 9/11, how did
// the United States seek to expand its relations with Tajikistan?"
// (through political and cultural accords and small-scale economic
// agreements). The wrong choices are what the paper says the same side
// did with the same partner AFTER the pivot, each written as the answer
// is ("Through ..."): the use of the partner's airspace, cooperation in
// intelligence gathering, military equipment. A student who knows the
// paper's before and after picks the answer; one who did not sees four
// ways to build ties. The item asks the sentence's point where a year
// item asked when the war ended (which it wins in dropConflicts).
//
// No wrong choice shares a word with the answer or with another wrong
// choice, states another item's answer or stem (optionGivesAway), holds
// a word of another item's answer ("border" beside "Border security"),
// or has most of its words in another item's stem and answer (the landing
// and overflight rights a why-stem names, the military aid whose purpose
// an item asks): each such item would tell the student it came after.

var (
	// reSoughtTies: "From <time>, <side> had sought to <verb> its
	// <relations> with <partner> through <means>".
	reSoughtTies = regexp.MustCompile(`^(?:From|Since|After|Following) (.+?), (.+?) had (sought|tried|worked|aimed) to ([a-z]+) (?:its |their )?(relations|ties|cooperation|links|contacts) with (.+?) through (.+)$`)
	// reMeansCut ends a means before a clause that adds to it.
	reMeansCut = regexp.MustCompile(`(?:, | (?:which|where|who|while|particularly)\b).*$`)
)

// A side as a sentence writes it ("the USA", "U.S.", "America").
const tieName = `((?:[Tt]he )?[A-Z][\w.]*(?: [A-Z][\w.]*)*)`

// meansForm is one way the paper tells what a side did with a partner:
// the groups holding the side, the partner and the means (0: none; a
// pattern of "A and B" gives both sides in sideAt and partnerAt, either
// way round), and how the choice is written.
type meansForm struct {
	re                         *regexp.Regexp
	sideAt, sideAt2, partnerAt int
	meansAt                    int
	prefix                     string
	both                       bool
}

var meansForms = []meansForm{
	// "Tajikistan quickly made available the use of Tajik airspace to
	// U.S. forces", "Tajikistan offered U.S the use of air bases in ..."
	{re: regexp.MustCompile(`(?:^|, )` + tieName + ` (?:[a-z]+ly )?(?:made available|offered|granted|gave|provided) (?:` + tieName + ` )?the use of (.+?)(?: to ` + tieName + `(?: forces| military| troops)?)?(?:, | in | with | for |$)`),
		partnerAt: 1, sideAt: 2, sideAt2: 4, meansAt: 3, prefix: "Through the use of "},
	// "Tajikistan surprisingly began receiving military aid from the
	// United States for ..."
	{re: regexp.MustCompile(`(?:^|, )` + tieName + ` (?:[a-z]+ly )?(?:began|started) (?:receiving|getting) (.+?) from ` + tieName + `\b`),
		partnerAt: 1, meansAt: 2, sideAt: 3, prefix: "Through "},
	// "In April 2002, America was giving military equipment to Tajikistan"
	{re: regexp.MustCompile(`(?:^|, )` + tieName + ` (?:was |were |had )?(?:giving|gave|given|providing|provided|supplying|supplied|delivering|delivered) (.+?) to ` + tieName + `(?:, |$)`),
		sideAt: 1, meansAt: 2, partnerAt: 3, prefix: "Through "},
	// "Tajikistan and the USA also developed cooperation in intelligence
	// gathering, particularly ..."
	{re: regexp.MustCompile(`(?:^|, )` + tieName + ` and ` + tieName + ` (?:(?:[a-z]+ly|also) )*(?:developed|expanded|built|established|deepened|began) cooperation (?:in|on) (.+?)(?:, |$)`),
		sideAt: 1, partnerAt: 2, meansAt: 3, prefix: "Through cooperation in ", both: true},
	// "It engaged with Tajikistan through Annual Bilateral Consultation
	// and was focusing on ...", "It" the side of the sentence before
	{re: regexp.MustCompile(`(?:^|, )(It|They|` + tieName[1:len(tieName)-1] + `) (?:[a-z]+ly )?(?:engaged|cooperated|worked) with ` + tieName + ` through (.+?)(?: and (?:was|were|is|are|had|has) |, |$)`),
		sideAt: 1, partnerAt: 2, meansAt: 3, prefix: "Through "},
	// "The U.S. military acquired landing and overflight rights in
	// Tajikistan to support ..."
	{re: regexp.MustCompile(`(?:^|, )` + tieName + `(?: military| forces| troops)? (?:acquired|obtained|gained|won|secured) (.+?) in ` + tieName + `\b`),
		sideAt: 1, meansAt: 2, partnerAt: 3, prefix: "Through "},
}

// pivotName is the event the title dates the paper's story from ("9/11"
// of "... since 9/11"), "" when it names none.
func (x *extractor) pivotName() string {
	if m := reSincePivot.FindStringSubmatch(strings.TrimSpace(x.p.Title)); m != nil {
		return m[1]
	}
	return ""
}

// beforePivot is the before item of the plain sentence s: its stem and
// answer, and the side and partner whose ties it asks; "" when s does not
// say how a side sought ties with another from a time it dates before the
// pivot (a year before the period the abstract names starts).
func (x *extractor) beforePivot(s string) (q, answer, side, partner string) {
	pivot := x.pivotName()
	lo, _ := x.period()
	m := reSoughtTies.FindStringSubmatch(s)
	if m == nil || pivot == "" || lo == 0 {
		return "", "", "", ""
	}
	years := reStemYear.FindAllString(m[1], -1)
	if len(years) == 0 {
		return "", "", "", ""
	}
	for _, y := range years {
		if n, _ := strconv.Atoi(y); n >= lo {
			return "", "", "", ""
		}
	}
	side, partner = x.actorOf(m[2]), x.actorOf(m[6])
	if side == "" || partner == "" || side == partner {
		return "", "", "", ""
	}
	means := strings.TrimSpace(reMeansCut.ReplaceAllString(m[7], ""))
	if means == "" {
		return "", "", "", ""
	}
	q = "Before " + pivot + ", how did " + x.sideName(side) + " " + baseForm(m[3]) + " to " + m[4] + " its " + m[5] + " with " + x.sideName(partner) + "?"
	return q, "Through " + means, side, partner
}

// meansOf is what the plain sentence s says side did with partner,
// written "Through ...", "" when it says nothing of the forms meansForms
// knows; before is the sentence before s, for a subject "It".
func (x *extractor) meansOf(s, before, side, partner string) string {
	for _, f := range meansForms {
		m := f.re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		sd, pt := x.tieSide(m[f.sideAt]), x.tieSide(m[f.partnerAt])
		if m[f.sideAt] == "It" || m[f.sideAt] == "They" {
			sd = x.actorOf(before) // the side the sentence before is about
		}
		if sd == "" && f.sideAt2 > 0 {
			sd = x.tieSide(m[f.sideAt2])
		}
		if f.both && sd == partner && pt == side {
			sd, pt = pt, sd
		}
		if sd != side || pt != partner {
			continue
		}
		means := strings.TrimSpace(reMeansCut.ReplaceAllString(m[f.meansAt], ""))
		if means == "" {
			continue
		}
		return f.prefix + means
	}
	return ""
}

// tieSide is the side a name of meansForms is, an abbreviation missing
// its last stop ("U.S" for "U.S.") read whole.
func (x *extractor) tieSide(name string) string {
	if a := x.actorOf(name); a != "" || !strings.Contains(name, ".") {
		return a
	}
	return x.actorOf(name + ".")
}

// afterPivotAt: the sentence si of para comes after the title's pivot, as
// the nearest sentence up to it in its paragraph that dates anything
// says: "after 9/11", "since 9/11" or "the 9/11 ..." (not "before"), or
// years all after the start of the period the abstract names.
func (x *extractor) afterPivotAt(para *paper.Paragraph, si int) bool {
	pivot := x.pivotName()
	lo, _ := x.period()
	if pivot == "" || lo == 0 {
		return false
	}
	q := regexp.QuoteMeta(strings.ToLower(pivot))
	before := regexp.MustCompile(`\bbefore ` + q + `(?:\W|$)`)
	after := regexp.MustCompile(`\b(?:after|since|the) ` + q + `(?:\W|$)`)
	for sj := si; sj >= 0; sj-- {
		s := strings.ToLower(stripCitations(x.plainOf(para, sj)))
		switch {
		case before.MatchString(s):
			return false
		case after.MatchString(s):
			return true
		}
		if years := reStemYear.FindAllString(s, -1); len(years) > 0 {
			for _, y := range years {
				if n, _ := strconv.Atoi(y); n <= lo {
					return false
				}
			}
			return true
		}
	}
	return false
}

// beforeQuizzesOf makes the before items, none of whose wrong choices
// gives away or is told by an item of pi. The wrong choices are taken in
// paper order, save that when the answer is no security deed one of them
// is none either, where the paper gives one: among three security deeds a
// guesser picks the accords by their kind alone.
func (x *extractor) beforeQuizzesOf(pi *priorItems) []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas(" through "), func(para *paper.Paragraph, si int, s string) {
		q, answer, side, partner := x.beforePivot(s)
		if q == "" {
			return
		}
		var cands []string
		x.bodySentences(func(*paper.Paragraph, int) bool { return true }, func(p *paper.Paragraph, sj int, t string) {
			before := ""
			if sj > 0 {
				before, _ = x.plainSentence(p, sj-1)
			}
			c := x.meansOf(t, before, side, partner)
			if c == "" || !x.afterPivotAt(p, sj) && !x.foundedAfter(c) || slices.Contains(cands, c) {
				return
			}
			cands = append(cands, c)
		})
		if !securityMeans(answer) {
			// a deed of another kind first, the rest keeping paper order
			slices.SortStableFunc(cands, func(a, b string) int {
				return cmpBool(securityMeans(a), securityMeans(b))
			})
		}
		var wrong []string
		for _, c := range cands {
			if len(wrong) == 3 || meansShare(c, answer) || x.toldByItems(c, pi) {
				continue
			}
			shared := false
			for _, w := range wrong {
				shared = shared || meansShare(c, w)
			}
			if !shared {
				wrong = append(wrong, c)
			}
		}
		if len(wrong) < 3 || wordCount(q) > maxQuestionWords {
			return
		}
		sent := para.Sentences[si]
		id := quizID(para.N, si, span{kind: "before", text: answer}, sent.Text)
		out = append(out, makeQuiz(id, q, answer, wrong, "before", para, sent))
	})
	return out
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}

// meansShare: two "Through ..." choices share a content word.
func meansShare(a, b string) bool {
	return sharesWord(strings.TrimPrefix(a, "Through "), strings.TrimPrefix(b, "Through "))
}

// reSecurityMeans: the words of a security deed (war words, and what a
// military uses or shares: airspace, air bases, intelligence, arms).
var reSecurityMeans = regexp.MustCompile(`(?i)\b(?:security|intelligence|airspace|air ?bases?|airbases?|overflight|arms|weapons|defen[cs]e|military|operations?|war|troops|forces|terror(?:ism)?|counter-[a-z]+)\b`)

// securityMeans: the choice names a security deed.
func securityMeans(c string) bool { return reSecurityMeans.MatchString(c) }

// foundedAfter: the choice names (every stem of) a thing the paper says
// a side set up in a year after the period's start ("Annual Bilateral
// Consultation", established in 2009): it dates the deed.
func (x *extractor) foundedAfter(c string) bool {
	lo, _ := x.period()
	if lo == 0 {
		return false
	}
	stems := map[string]bool{}
	for w := range contentWords(c) {
		stems[w[:min(5, len(w))]] = true
	}
	for key, y := range x.founded(x.acts()) {
		n, _ := strconv.Atoi(y)
		all := n > lo
		for _, st := range strings.Fields(key) {
			all = all && stems[st]
		}
		if all {
			return true
		}
	}
	return false
}

// toldByItems: the choice c states an item of pi (optionGivesAway), holds
// a word of an item's answer (not of a name: "Shanghai Cooperation
// Organisation" tells nothing of cooperation in intelligence), or has
// most of its words (two, or all of one) in an item's stem and answer,
// which then tells a student when it was done.
func (x *extractor) toldByItems(c string, pi *priorItems) bool {
	// a date, sum or place is one of the floor's fillers, which go first
	// (bare.go), or the recall item dropGiveaways lets go for an option
	// stating it; the quiz's own check is TestBeforeItem's
	var qs []Quiz
	var pw []itemWords
	for i, p := range pi.qs {
		if !recallItem(p) {
			qs, pw = append(qs, p), append(pw, pi.targets()[i])
		}
	}
	if optionGivesAway(c, qs, pw) {
		return true
	}
	words := optionWords(strings.TrimPrefix(c, "Through "))
	if len(words) == 0 {
		return true
	}
	for i, p := range qs {
		if !named(item{Quiz: p}) && countIn(words, optionWords(p.Choices[p.Answer])) > 0 {
			return true
		}
		if n := countIn(words, pw[i].target); n >= 2 || n == len(words) {
			return true
		}
	}
	return false
}
