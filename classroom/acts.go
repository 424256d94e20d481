package classroom

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"paperbot/paper"
)

// Act items: what an actor did at a time the paper dates. A sentence
// "In January 2009, the U.S. and Tajikistan agreed on non-lethal supplies
// to support ... in Afghanistan" asks "What did the U.S. and Tajikistan do
// in January 2009?", and the wrong choices are the OTHER dated acts of the
// same side that the paper states (lifting the arms embargo, raising human
// rights at the consultations, Rice's call for democratic development),
// each a past-tense verb phrase like the answer, none of the same year
// and none on the other side of the start of the paper's period. A student
// who read the paper tells them apart; one who did not cannot, and none is
// given away by the calendar: the item asks what the act was, which a
// bare date or place item on the same sentence skipped (see actSentences).

const (
	monthName = `(?:January|February|March|April|May|June|July|August|September|October|November|December)`
	actWhen   = `(?:(?:early |late )?` + monthName + ` \d{4}|\d{1,2} ` + monthName + `,? \d{4}|` + monthName + ` \d{1,2},? \d{4}|(?:19|20)\d\d)`
	// actSubject: a named side ("the U.S.", "President Rahmon", "U.S.
	// Special Forces", "The U.S. and Tajikistan").
	actSubject = `((?:[Tt]he )?[A-Z][\w.]*(?: [A-Z][\w.]*)*(?: and (?:the )?[A-Z][\w.]*)?)`
	actVerb    = `([a-z]+ed|gave|made|went|told|took|met|sent|brought|held)`
)

var (
	// reActLead: "In January 2009, the U.S. and Tajikistan agreed on ..."
	reActLead = regexp.MustCompile(`^(?:In|On) (` + actWhen + `), ` + actSubject + ` ` + actVerb + ` (.+)$`)
	// reActTail: "America established diplomatic relations with
	// Tajikistan on 14 February 1992"; "... when the US lifted an
	// eight-year-old arms sales embargo on Tajikistan in January 2002".
	reActTail = regexp.MustCompile(`(?:^|\bwhen )` + actSubject + ` ` + actVerb + ` (.+?) (?:in|on) (` + actWhen + `)(?:, .*)?$`)
	// reActFirst: "The US was one of the first nations to recognise
	// Tajikistan as a independent nation on 25 December 1991, after ..."
	reActFirst = regexp.MustCompile(`^` + actSubject + ` was one of the first (?:nations|states|countries) to ([a-z]+) (.+?) (?:in|on) (` + actWhen + `)(?:, .*)?$`)
	// reActVisit: "During the visit of Condoleezza Rice to Tajikistan in
	// October 2005, she told Tajikistan of the need ..."
	reActVisit = regexp.MustCompile(`^During the visit of ([A-Z][a-z]+(?: [A-Z][a-z]+)*) to ([A-Z][a-z]+) in (` + actWhen + `), (she|he) ` + actVerb + ` (.+)$`)
	// reActWhenClause: "In another incident, when Tajik troops were sent
	// to ... in July 2012, the U.S. embassy publicly expressed concern
	// about civilian deaths ...": a deed dated by the event it answered,
	// its subject the side or its mission abroad.
	reActWhenClause = regexp.MustCompile(`^(?:[A-Z][^,]*, )?[Ww]hen ([^,]+? (?:in|on) (` + actWhen + `)), ` + actSubject + `((?: (?:embassy|ambassador|consulate))?) (?:[a-z]+ly )?` + actVerb + ` (.+)$`)
	// reActCut ends a predicate before a clause that adds to it, or before
	// a second deed ("expressed concern about civilian deaths and called
	// on the government ..."): an option says one thing.
	reActCut = regexp.MustCompile(`(?:, (?:which|where|who|calling|and)\b|;| and together\b| and (?:[a-z]+ly )?[a-z]+ed (?:on|for|that)\b| in (?:the )?(?:\d|` + monthName + `)).*$`)
	// reForWhichToBe: "for elections, which were one step along the way
	// to be free, fair and inclusive"
	reForWhichToBe = regexp.MustCompile(`for ([a-z]+), which (?:were|was) [^,]*? to be ([a-z]+(?:, [a-z]+)*(?:,? and [a-z]+)?)$`)
	reAnVowel      = regexp.MustCompile(`\ba ([aeiou])`)
	// reMission: a side's mission abroad after its name ("the U.S. embassy").
	reMission = regexp.MustCompile(` (?:embassy|ambassador|consulate)$`)
	// reActDay: the time names a day ("25 December 1991", "August 26,
	// 2007"), which takes "on".
	reActDay = regexp.MustCompile(`^\d{1,2} |` + monthName + ` \d{1,2},? \d{4}$`)
)

// act is one dated deed of the paper.
type act struct {
	para          *paper.Paragraph
	si            int
	actor         string // the side, one name for every spelling ("United States")
	subject, when string // as the stem writes them
	stem          string // "during her visit to Tajikistan in October 2005", "" for "in/on <when>"
	pred          string // "Agreed on non-lethal supplies to ..."
	part          bool   // the subject is a unit of the side, not the side or its envoy
}

// hedged verbs say what someone wanted, not what they did.
var hedged = map[string]bool{"wanted": true, "hoped": true, "tried": true, "planned": true, "sought": true}

// namesSide: subject is the side itself in one of its spellings, or a pair
// of sides ("the U.S. and Tajikistan").
func (x *extractor) namesSide(subject, actor string) bool {
	for _, part := range strings.Split(subject, " and ") {
		part = strings.TrimPrefix(strings.TrimPrefix(part, "the "), "The ")
		ok := false
		for _, sp := range x.allSpellings(actor) {
			ok = ok || strings.EqualFold(strings.TrimPrefix(sp, "the "), part)
		}
		if _, c := x.world.kindOf(part); c != "" && (ok || x.world.kind[strings.ToLower(part)] == "country") {
			continue
		}
		if !ok {
			return false
		}
	}
	return true
}

// acts finds the dated deeds of the body, in paper order, once; each
// caller gets its own copy.
func (x *extractor) acts() []act {
	if !x.actsDone {
		x.actsFound, x.actsDone = x.findActs(), true
	}
	return append([]act(nil), x.actsFound...)
}

// findActs finds the dated deeds for acts.
func (x *extractor) findActs() []act {
	var out []act
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		return strings.ContainsAny(para.Sentences[si].Text, "0123456789")
	}, func(para *paper.Paragraph, si int, s string) {
		a := act{para: para, si: si}
		verb, rest := "", ""
		switch {
		case reActVisit.MatchString(s):
			m := reActVisit.FindStringSubmatch(s)
			pron := map[string]string{"she": "her", "he": "his"}[m[4]]
			a.subject, a.when, verb, rest = m[1], m[3], m[5], m[6]
			a.stem = "during " + pron + " visit to " + m[2] + " in " + m[3]
		case reActLead.MatchString(s):
			m := reActLead.FindStringSubmatch(s)
			a.when, a.subject, verb, rest = m[1], m[2], m[3], m[4]
		case reActFirst.MatchString(s):
			m := reActFirst.FindStringSubmatch(s)
			a.subject, verb, rest, a.when = m[1], pastTense(m[2]), m[3], m[4]
		case reActWhenClause.MatchString(s):
			// the event it answered stays in the stem: "What did the U.S.
			// embassy do in July 2012?" says nothing of what happened then
			m := reActWhenClause.FindStringSubmatch(s)
			a.stem, a.when, a.subject, verb, rest = "when "+m[1], m[2], m[3]+m[4], m[5], m[6]
		case reActTail.MatchString(s):
			m := reActTail.FindStringSubmatch(s)
			a.subject, verb, rest, a.when = m[1], m[2], m[3], m[4]
		default:
			return
		}
		a.actor = x.actorOf(a.subject)
		// "The document became the basis for ...": the result is the
		// point, not which deed was done that month
		if a.actor == "" || hedged[verb] || x.resultFollows(para, si) {
			return
		}
		// "U.S. Special Forces": a part of a side acts, and the only
		// military deed among four is picked without the paper; nor is
		// its deed a wrong choice for the side's acts: it stands out by
		// its kind among a government's, and its place may be asked
		// A side's embassy speaks for its government, as an envoy does.
		a.part = !x.namesSide(reMission.ReplaceAllString(a.subject, ""), a.actor) && !strings.Contains(a.stem, "visit")
		// "for elections, which were one step along the way to be free,
		// fair and inclusive": what the need was for, kept whole
		rest = reForWhichToBe.ReplaceAllString(rest, "for $1 to be $2")
		rest = strings.TrimSpace(reActCut.ReplaceAllString(rest, ""))
		a.pred = reAnVowel.ReplaceAllString(upperFirst(verb)+" "+rest, "an $1")
		if n := wordCount(a.pred); n < 4 || n > 20 {
			return
		}
		if strings.HasPrefix(a.subject, "The ") {
			a.subject = "the " + a.subject[4:]
		}
		if f := strings.Fields(a.subject)[0]; f == "United" || strings.ToUpper(f) == f {
			a.subject = "the " + a.subject // "United States", "US"
		}
		if a.stem == "" {
			a.stem = "in " + a.when
			if reActDay.MatchString(a.when) {
				a.stem = "on " + a.when
			}
		}
		out = append(out, a)
	})
	return out
}

// deedSentences are the sentences, as written, that state a deed of a
// side (not of a unit of it): a date or year item there asks when, where
// the sentence says what was done.
func (x *extractor) deedSentences() map[string]bool {
	out := map[string]bool{}
	for _, a := range x.acts() {
		if !a.part {
			out[a.para.Sentences[a.si].Text] = true
		}
	}
	return out
}

// pastTense of a regular verb ("recognise" -> "recognised").
func pastTense(v string) string {
	if strings.HasSuffix(v, "e") {
		return v + "d"
	}
	return v + "ed"
}

// excludedBySubject: a deed the stem's own subject rules out: "the U.S.
// and Tajikistan" did not recognise Tajikistan.
func (x *extractor) excludedBySubject(subject, actor, pred string) bool {
	for _, part := range strings.Split(subject, " and ") {
		if _, c := x.world.kindOf(strings.TrimPrefix(part, "the ")); c != "" && c != actor && containsWord(pred, strings.TrimPrefix(part, "the ")) {
			return true
		}
	}
	return false
}

// inPeriod: the act falls in the period the paper studies (2001-2012).
// A deed from before it beside one inside it is struck by the calendar
// alone: the US did not recognise Tajikistan in 2009.
func (x *extractor) inPeriod(a act) bool {
	lo, _ := x.period()
	return actYear(a) >= strconv.Itoa(lo)
}

// actYear is the year an act is dated by.
func actYear(a act) string { return a.when[len(a.when)-4:] }

// reFounded: a deed that sets something up ("Signed the establishment
// of Annual Bilateral Consultation with each Central Asian state"): the
// thing did not exist before the deed's year.
var reFounded = regexp.MustCompile(`^(?:Signed the establishment of|Established|Set up|Created|Launched|Founded) (?:an? |the )?(.+?)(?: (?:with|for|between|in) .*)?$`)

// founded maps the stems of each thing a deed set up to the deed's year.
func (x *extractor) founded(all []act) map[string]string {
	out := map[string]string{}
	for _, a := range all {
		if m := reFounded.FindStringSubmatch(a.pred); m != nil {
			out[stemsKey(m[1])] = actYear(a)
		}
	}
	return out
}

// stemsKey is the sorted five-letter stems of s's content words, so
// "Annual Bilateral Consultation" and "annual bilateral consultations"
// are one thing.
func stemsKey(s string) string {
	var ws []string
	for w := range contentWords(s) {
		ws = append(ws, w[:min(5, len(w))])
	}
	sort.Strings(ws)
	return strings.Join(ws, " ")
}

// beforeFounded: pred names a thing (every stem of it) that the paper
// says was set up after year: "Raised human rights issues in annual
// bilateral consultations" was no deed of 2005, when the consultations
// began in 2009, and a student strikes it by the calendar alone.
func beforeFounded(pred, year string, founded map[string]string) bool {
	stems := map[string]bool{}
	for w := range contentWords(pred) {
		stems[w[:min(5, len(w))]] = true
	}
	for key, y := range founded {
		all := true
		for _, s := range strings.Fields(key) {
			all = all && stems[s]
		}
		if all && year < y && !strings.HasPrefix(pred, "Signed the establishment") {
			return true
		}
	}
	return false
}

// actQuizzes makes the act items: one per act with three other acts of
// the same side dated in other years. No deed is offered in two act
// items, as answer or wrong choice: where items shared one pool each
// answer was a sibling's wrong choice, and a student solved the set by
// elimination. So there are at most as many act items as the paper has
// deeds to fill disjoint sets of four; a deed anchored on a named envoy's
// visit goes first (it says who acted, not only when), then one the
// paper dates as its turn after the pivot of its title, then paper order.
// A deed that lifted a restriction is asked as which restriction it was
// (restriction.go), not beside deeds of other years, and offered in no
// act item.
func (x *extractor) actQuizzes() []Quiz {
	all := x.acts()
	founded := x.founded(all)
	order := make([]int, len(all))
	for i := range order {
		order[i] = i
	}
	first := func(a act) int {
		switch {
		case strings.Contains(a.stem, "visit"):
			return 0
		case x.afterPivot(a.para.Sentences[a.si].Text):
			// "a change in U.S. policy after 9/11 when the US lifted ...":
			// the paper's turn, else asked only by its month (bare.go)
			return 1
		}
		return 2
	}
	sort.SliceStable(order, func(i, j int) bool { return first(all[order[i]]) < first(all[order[j]]) })
	used := map[string]bool{} // deeds already in an act item
	var out []Quiz
	// a lifted restriction asks which restriction it was (restriction.go),
	// and is no other deed's wrong choice: it would state that item's answer
	for _, i := range order {
		if _, _, wrong := x.liftedRestriction(all[i]); wrong != nil {
			used[strings.ToLower(all[i].pred)] = true
		}
	}
	for _, i := range order {
		a := all[i]
		if q, ok := x.restrictionQuiz(a); ok {
			out = append(out, q)
			continue
		}
		if a.part || askedAsMessage(a) || used[strings.ToLower(a.pred)] {
			continue
		}
		var cands []string
		seen := map[string]bool{strings.ToLower(a.pred): true}
		for j, b := range all {
			if j == i || b.actor != a.actor || actYear(b) == actYear(a) || x.inPeriod(a) != x.inPeriod(b) || b.part || askedAsMessage(b) || seen[strings.ToLower(b.pred)] || used[strings.ToLower(b.pred)] || x.excludedBySubject(a.subject, a.actor, b.pred) || beforeFounded(b.pred, actYear(a), founded) {
				continue
			}
			seen[strings.ToLower(b.pred)] = true
			cands = append(cands, b.pred)
		}
		if len(cands) < 3 {
			continue
		}
		sent := a.para.Sentences[a.si]
		id := quizID(a.para.N, a.si, span{kind: "act", text: a.pred}, sent.Text)
		rng := seeded(id, 1)
		rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
		for _, c := range append([]string{a.pred}, cands[:3]...) {
			used[strings.ToLower(c)] = true
		}
		q := "What did " + a.subject + " do " + a.stem + "?"
		x.spare(id, cands[3:])
		out = append(out, makeQuiz(id, q, a.pred, cands[:3], "act", a.para, sent))
	}
	return out
}

// askedAsMessage: a deed on an envoy's visit that is a message ("told
// Tajikistan of the need for democratic development"): message.go asks
// it, with other messages as wrong choices, and wins its sentence. An act
// item on it went in dropConflicts while its three wrong deeds stayed
// spent (no deed is in two act items), so the lifting of the embargo was
// asked only by its month; as a wrong deed it would state the message
// item's answer.
func askedAsMessage(a act) bool {
	return strings.Contains(a.stem, "visit") && reSpeech.MatchString(strings.ToLower(a.pred))
}
