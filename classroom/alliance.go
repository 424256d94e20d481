package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Stance items (the i10alliance pass): what a side had long done in a
// neighbouring country's war before the event the paper's title dates its
// story from. "On the other hand, it had long supported the Afghan
// Northern Alliance's fight against the Taliban", told just after "The
// 9/11 terrorist attacks ..." (afterPivotAt) and "Tajikistan appeared to
// be ready to collaborate with the United States", asks "Before 9/11,
// what had Tajikistan long done in Afghanistan?" (Supported the Northern
// Alliance's fight against the Taliban). Strict readers (blind86-88) kept
// listing the pre-9/11 backing of the Northern Alliance as missing; items
// asking what a side did, whose wrong choices are the paper's facts of
// another time, are judged good almost always (the before item). The
// wrong choices are the same side's deeds in the same country AFTER the
// pivot, each a sentence naming the country and dated after the pivot,
// written as the answer is (a past verb and its object): offering another
// side the use of air bases, developing cooperation with it in
// intelligence gathering, agreeing with it on supplies. A reader who knows
// the paper's before and after picks the answer; a guesser sees four
// things a neighbour does in a war next door. None shares a word with the
// answer or another wrong choice, none states or is told by an item before
// (toldByItems), and the answer drops the country word the stem says.

const stanceKind = "stance"

var (
	// reLongStance: "On the other hand, it had long supported the Afghan
	// Northern Alliance's fight against the Taliban": the subject, the
	// verb and what was backed.
	reLongStance = regexp.MustCompile(`^(?:On the other hand|Then again|However|At the same time|Meanwhile), (it|` + tieName[1:len(tieName)-1] + `) had long (supported|backed|aided|assisted|armed|helped) (.+)$`)
	// stanceDeeds: a side's deed with a partner, each form's groups the
	// side, the partner (0: none) and the rest of the choice; write makes
	// the choice.
	stanceDeeds = []struct {
		re                    *regexp.Regexp
		sideAt, partnerAt, at int
		write                 func(partner, rest string) string
	}{
		// "Tajikistan quickly made available the use of Tajik airspace to
		// U.S. forces"
		{regexp.MustCompile(`(?:^|, )` + tieName + ` (?:[a-z]+ly )?made available the use of (.+?) to ` + tieName + `(?: forces| troops| military)?(?:, |$)`), 1, 3, 2,
			func(p, r string) string { return "Offered " + p + " the use of " + r }},
		// "Tajikistan offered U.S the use of air bases in the
		// anti-Taliban campaign in Afghanistan"
		{regexp.MustCompile(`(?:^|, )` + tieName + ` (?:[a-z]+ly )?(?:offered|granted|gave) ` + tieName + ` the use of (.+?)(?: in | to | for |, |$)`), 1, 2, 3,
			func(p, r string) string { return "Offered " + p + " the use of " + r }},
		// "Tajikistan and the USA also developed cooperation in
		// intelligence gathering, particularly ..."
		{regexp.MustCompile(`(?:^|, )` + tieName + ` and ` + tieName + ` (?:(?:[a-z]+ly|also) )*(?:developed|expanded|built|deepened) cooperation (?:in|on) (.+?)(?:, |$)`), 1, 2, 3,
			func(p, r string) string { return "Developed cooperation with " + p + " in " + r }},
		// "In January 2009, the U.S. and Tajikistan agreed on non-lethal
		// supplies to support ..."
		{regexp.MustCompile(`(?:^|, )` + tieName + ` and ` + tieName + ` (?:[a-z]+ly )?agreed on (.+?)(?: to | for |, |$)`), 2, 1, 3,
			func(p, r string) string { return "Agreed with " + p + " on " + r }},
	}
)

// stance is the stance item of para's plain sentence si: its stem, the
// answer, the side and the country; "" when s tells no long-held backing
// at the pivot, or names no country for the stem.
func (x *extractor) stance(para *paper.Paragraph, si int, s string) (q, answer, side, country string) {
	pivot := x.pivotName()
	m := reLongStance.FindStringSubmatch(strings.TrimRight(strings.TrimSpace(s), "."))
	if m == nil || pivot == "" || !x.afterPivotAt(para, si) {
		return "", "", "", ""
	}
	side = x.actorOf(m[1])
	if m[1] == "it" && si > 0 {
		before, _ := x.plainSentence(para, si-1)
		side = x.actorOf(before)
	}
	cs := x.countriesIn(m[3])
	if side == "" || len(cs) == 0 {
		return "", "", "", ""
	}
	_, country = x.world.kindOf(cs[0])
	if country == "" || country == side {
		return "", "", "", ""
	}
	// the country word the stem says ("the Afghan Northern Alliance's")
	var kept []string
	for _, w := range strings.Fields(m[3]) {
		if c := x.countriesIn(w); len(c) == 0 {
			kept = append(kept, w)
		}
	}
	q = "Before " + pivot + ", what had " + x.sideName(side) + " long done in " + country + "?"
	return q, upperFirst(m[2]) + " " + strings.Join(kept, " "), side, country
}

// stanceDeedsOf are the deeds the paper says side did in country after
// the pivot, each written as stanceDeeds does, in paper order.
func (x *extractor) stanceDeedsOf(side, country string) (out []stanceDeed) {
	x.bodySentences(func(*paper.Paragraph, int) bool { return true }, func(p *paper.Paragraph, sj int, t string) {
		names := false
		for _, c := range x.countriesIn(x.paraWithout(x.plainParagraph(p))) {
			_, cc := x.world.kindOf(c)
			names = names || cc == country
		}
		if !names || !x.stanceAfter(p, sj) {
			return
		}
		for _, f := range stanceDeeds {
			m := f.re.FindStringSubmatch(t)
			if m == nil || x.tieSide(m[f.sideAt]) != side {
				continue
			}
			partner := x.tieSide(m[f.partnerAt])
			rest := strings.TrimSpace(reMeansCut.ReplaceAllString(m[f.at], ""))
			if partner == "" || partner == side || rest == "" {
				continue
			}
			c := f.write(x.sideName(partner), rest)
			out = append(out, stanceDeed{c, rest})
		}
	})
	return out
}

// stanceDeed is a wrong choice, and the deed's object, beyond the verb and
// the sides it names: what the checks read.
type stanceDeed struct{ choice, own string }

// stanceQuizzesOf makes the stance items, none of whose wrong choices
// states or is told by an item of pi.
func (x *extractor) stanceQuizzesOf(pi *priorItems) []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas(" had long "), func(para *paper.Paragraph, si int, s string) {
		q, answer, side, country := x.stance(para, si, s)
		if q == "" {
			return
		}
		// the paper's deeds after the pivot, then world.txt's stances a
		// state might take on a neighbour's war
		cands := x.stanceDeedsOf(side, country)
		for _, r := range x.world.members["war-stance"] {
			c := upperFirst(strings.ReplaceAll(r, "{country}", country))
			cands = append(cands, stanceDeed{c, beyondStem(c, q)})
		}
		text := x.paraWithout(x.plainParagraph(para))
		var wrong, owns []string
		for i, c := range cands {
			if len(wrong) == 3 || sharesWord(c.own, answer) || x.toldByItems(c.own, pi) || x.namesPriorAnswer(c.own, pi.qs) {
				continue
			}
			if i >= len(cands)-len(x.world.members["war-stance"]) && sharesWordStem(c.own, text) {
				continue // a made-up stance the paragraph could be read to tell
			}
			shared := false
			for _, o := range owns {
				shared = shared || sharesWord(o, c.own)
			}
			if !shared {
				wrong, owns = append(wrong, c.choice), append(owns, c.own)
			}
		}
		if len(wrong) < 3 || wordCount(q) > maxQuestionWords {
			return
		}
		out = append(out, x.shuffledQuiz(para, si, stanceKind, q, answer, wrong))
	})
	return out
}

// stanceAfter: sentence sj of para comes after the pivot (afterPivotAt),
// or its paragraph dates nothing up to it and goes on from one whose last
// sentence does ("The events created a completely new situation ..."
// after a paragraph on the 9/11 attacks).
func (x *extractor) stanceAfter(para *paper.Paragraph, sj int) bool {
	if x.afterPivotAt(para, sj) {
		return true
	}
	pivot := strings.ToLower(x.pivotName())
	for si := 0; si <= sj; si++ {
		s := strings.ToLower(stripCitations(x.plainOf(para, si)))
		if reStemYear.MatchString(s) || strings.Contains(s, pivot) {
			return false
		}
	}
	for i := range x.p.Paragraphs {
		if prev := &x.p.Paragraphs[i]; i+1 < len(x.p.Paragraphs) && &x.p.Paragraphs[i+1] == para {
			return prev.Section == para.Section && len(prev.Sentences) > 0 && x.afterPivotAt(prev, len(prev.Sentences)-1)
		}
	}
	return false
}
