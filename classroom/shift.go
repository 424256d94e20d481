package classroom

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"paperbot/paper"
)

// Shift items (the i10turn pass): how the event the title dates the
// paper's story from changed a country's foreign policy. "The events
// created a completely new situation in Tajikistan ... Tajikistan's
// foreign policy was activated, its relations with Western and Asian
// countries expanded", the events those the paragraph before names with
// the title's pivot ("The Sept. 11, 2001, terrorist attacks on America
// were events with major fallouts ... after 9/11"), asks "How did the
// events of 9/11 change Tajikistan's foreign policy?" (Its relations with
// Western and Asian countries expanded). The stem asks what the events
// did, not what came after them: a later turn (the 2005 cooling) is after
// 9/11 too, but not its doing.
//
// The wrong choices are what the paper says of the same country's ties at
// OTHER times, each in the answer's short form, as the before item's are
// the deeds of another period (before.go): the turn of a sentence a later
// year dates ("Tajik leadership was more reluctant to pursue close
// connections with the U.S and had expanded relations with Iran, China,
// and Russia", July 2005: "It grew reluctant to pursue close connections
// with the U.S.", "Its relations with Iran, China and Russia expanded"),
// and a dependence a time before the pivot dates ("Since independence ...
// the country's dependence on Russia increased": "Its dependence on Russia
// increased"). None is what the answer's own paragraph says; none states
// an earlier item's answer or stem or holds a common word of its answer
// (shiftToldBy), the items on the choice's own sentence aside: an item
// asking that other time's fact goes for the shift item (dropGiveaways).

const shiftKind = "shift"

var (
	// reShift: "Tajikistan's foreign policy was activated, its relations
	// with Western and Asian countries expanded": the country, the tie and
	// its partners, and the change.
	reShift = regexp.MustCompile(`^([A-Z][a-z]+)'s foreign policy was [a-z]+ed,? (?:and )?its (relations|ties|links|contacts) with (.+?) (expanded|grew|widened|deepened|increased)$`)
	// reEventsAnaphor: a paragraph opening on events the one before named.
	reEventsAnaphor = regexp.MustCompile(`^(?:The|These|Those) events\b`)
	// reCooled: "Tajik leadership was more reluctant to pursue close
	// connections with the U.S and had expanded relations with Iran,
	// China, and Russia": the side, what it cooled on, the tie and its
	// new partners.
	reCooled = regexp.MustCompile(`^(?:The )?([A-Z][a-z]+)(?: [a-z]+)? was more (reluctant|hesitant|unwilling) to ([a-z][^,]+?) and had (expanded|deepened|strengthened|widened) (?:its )?(relations|ties|links) with ([A-Z][A-Za-z]+(?:, [A-Z][A-Za-z]+)*,? and [A-Z][A-Za-z]+)\b`)
	// reDependenceRose: "the country's dependence on Russia increased for
	// ...": the owner, the tie and the other side.
	reDependenceRose = regexp.MustCompile(`\b(its|the country's|[A-Z][a-z]+'s) (dependence|reliance) on ([A-Z][a-z]+) (increased|grew)\b`)
	// reCitationParen: brackets holding a letter ("(Jonson, 2006, p.4)").
	reCitationParen = regexp.MustCompile(`\([^()]*[A-Za-z][^()]*\)`)
)

// shiftQuizzesOf makes the shift items, none of whose wrong choices gives
// away or is told by an item of pi.
func (x *extractor) shiftQuizzesOf(pi *priorItems) []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas(" foreign policy was "), func(para *paper.Paragraph, si int, s string) {
		q, answer, country := x.shift(s, para, si)
		if q == "" {
			return
		}
		var wrong []string
		for _, t := range x.tiesAtOtherTimes(country, para) {
			if t.choice == answer || slices.Contains(wrong, t.choice) || x.shiftToldBy(t, pi) {
				continue
			}
			wrong = append(wrong, t.choice)
		}
		if len(wrong) < 3 || wordCount(q) > maxQuestionWords {
			return
		}
		out = append(out, x.shuffledQuiz(para, si, shiftKind, q, answer, wrong))
	})
	return out
}

// shift is the shift item of the plain sentence s (sentence si of para):
// its stem, answer and country; "" when s says no country's foreign
// policy changed, or the paragraph does not open on the events the one
// before names with the title's pivot.
func (x *extractor) shift(s string, para *paper.Paragraph, si int) (q, answer, country string) {
	m := reShift.FindStringSubmatch(strings.TrimRight(strings.TrimSpace(s), "."))
	pivot := x.pivotName()
	if m == nil || pivot == "" || !x.pivotEvents(para, si) {
		return "", "", ""
	}
	if k, _ := x.world.kindOf(m[1]); k != "country" {
		return "", "", ""
	}
	q = "How did the events of " + pivot + " change " + m[1] + "'s foreign policy?"
	return q, "Its " + m[2] + " with " + m[3] + " " + m[4], m[1]
}

// pivotEvents: a sentence of para up to si opens on "The events", and the
// paragraph before, in the same section, calls something events and names
// the title's pivot ("... were events with major fallouts ...", "after
// 9/11").
func (x *extractor) pivotEvents(para *paper.Paragraph, si int) bool {
	opens := false
	for sj := 0; sj <= si; sj++ {
		opens = opens || reEventsAnaphor.MatchString(x.plainOf(para, sj))
	}
	if !opens {
		return false
	}
	var prev *paper.Paragraph
	for i := range x.p.Paragraphs {
		if &x.p.Paragraphs[i] == para || x.p.Paragraphs[i].N == para.N {
			break
		}
		prev = &x.p.Paragraphs[i]
	}
	if prev == nil || prev.Section != para.Section {
		return false
	}
	events, pivot := false, false
	for sj := range prev.Sentences {
		t := x.plainOf(prev, sj)
		events = events || containsWord(strings.ToLower(t), "events")
		pivot = pivot || strings.Contains(t, x.pivotName())
	}
	return events && pivot
}

// otherTie is a wrong choice of a shift item and the sentence whose fact
// it is.
type otherTie struct{ choice, sentence string }

// tiesAtOtherTimes are what the paper says, outside para, of country's
// ties at a time other than the pivot's, each in the short form of a
// shift answer ("Its relations with Iran, China and Russia expanded").
func (x *extractor) tiesAtOtherTimes(country string, para *paper.Paragraph) []otherTie {
	var out []otherTie
	x.bodySentences(func(p *paper.Paragraph, si int) bool { return p.N != para.N }, func(p *paper.Paragraph, si int, s string) {
		if !x.otherTime(p, si) {
			return
		}
		src := p.Sentences[si].Text
		if m := reCooled.FindStringSubmatch(s); m != nil && x.sameCountry(m[1], country) {
			vp := strings.TrimSpace(m[3])
			if strings.HasSuffix(vp, " U.S") {
				vp += "."
			}
			out = append(out, otherTie{"It grew " + m[2] + " to " + vp, src}, otherTie{"Its " + m[5] + " with " + joinList(splitList(m[6])) + " " + m[4], src})
		}
		if m := reDependenceRose.FindStringSubmatch(s); m != nil {
			owner := strings.TrimSuffix(m[1], "'s")
			if m[1] == "its" || m[1] == "the country's" {
				owner = x.homeCountry()
			}
			if x.sameCountry(owner, country) && !x.sameCountry(m[3], country) {
				out = append(out, otherTie{"Its " + m[2] + " on " + m[3] + " " + m[4], src})
			}
		}
	})
	return out
}

// sameCountry: name is country, or its adjective ("Tajik" of Tajikistan).
func (x *extractor) sameCountry(name, country string) bool {
	if name == country {
		return true
	}
	_, a := x.world.kindOf(name)
	_, b := x.world.kindOf(country)
	if a != "" && a == b {
		return true
	}
	return len(name) >= 4 && strings.HasPrefix(country, name)
}

// otherTime: the nearest sentence up to si of para that dates anything
// dates it at a time other than the pivot's: years all before the period
// the abstract names, or all after its first year, and no "after 9/11".
func (x *extractor) otherTime(para *paper.Paragraph, si int) bool {
	lo, _ := x.period()
	pivot := strings.ToLower(x.pivotName())
	if lo == 0 || pivot == "" {
		return false
	}
	for sj := si; sj >= 0; sj-- {
		// a citation's year is no date of the sentence's; a bare span of
		// years in brackets is ("civil war (1992-1997)")
		s := strings.ToLower(reCitationParen.ReplaceAllString(x.plainOf(para, sj), ""))
		if strings.Contains(s, pivot) {
			return false
		}
		years := reStemYear.FindAllString(s, -1)
		if len(years) == 0 {
			continue
		}
		before, after := true, true
		for _, y := range years {
			n, _ := strconv.Atoi(y)
			before = before && n < lo
			after = after && n > lo
		}
		return before || after
	}
	return false
}

// shiftToldBy: the choice states an item of pi (optionGivesAway) or holds
// a common word of its answer (not of a name), pi's items on the choice's own
// sentence aside: an item asking that other time's fact goes for the
// shift item (dropGiveaways). A stem that tells when the choice's fact
// was ("For what did the Tajik civil war leave Tajikistan highly
// dependent on Russia?") tells what the paper does: it was another
// time's.
func (x *extractor) shiftToldBy(t otherTie, pi *priorItems) bool {
	var qs []Quiz
	var pw []itemWords
	for i, p := range pi.qs {
		if p.Sentence != t.sentence && !recallItem(p) {
			qs, pw = append(qs, p), append(pw, pi.targets()[i])
		}
	}
	if optionGivesAway(t.choice, qs, pw) {
		return true
	}
	// the choice's own words, not its names: Russia in a list of partners
	// tells nothing of a dependence on Russia
	var common []string
	for _, w := range strings.Fields(t.choice) {
		if w == strings.ToLower(w) {
			common = append(common, w)
		}
	}
	words := optionWords(strings.Join(common, " "))
	for _, p := range qs {
		if !named(item{Quiz: p}) && countIn(words, optionWords(p.Choices[p.Answer])) > 0 {
			return true
		}
	}
	return false
}
