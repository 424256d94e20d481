package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Key-event items: what the paper calls the key event of a relation. "The
// key event in bilateral relations was the opening of a bridge on August
// 26, 2007, over the Pyanj River joining Tajikistan with Afghanistan,
// which was built by the U.S. for $36 million" asks "What does the paper
// call the key event in bilateral relations?": the bridge's point, where
// a cost or date item asked a figure. The wrong choices are the other
// deeds the paper dates for the sides (see acts.go), as gerunds like the
// answer ("Establishing diplomatic relations with Tajikistan"): each a
// real step in the relation, any of which a student who did not read the
// paper could take for its key event. Left out: a unit's deed (U.S.
// Special Forces), a deed an act item already offers, so no two
// items share their wrong choices, an envoy's message a message item
// asks (its answer), the restriction item's deed, and, for a key event
// "in bilateral relations", a deed naming no country (the ABC's founding
// "with each Central Asian state": a regional step the stem strikes). The answer stops at the place: what
// it joins names a country, another item's answer.

var (
	reKeyEvent = regexp.MustCompile(`^The (key|main|central|vital|most important|decisive) (event|step|moment|development) in ([a-z][a-z -]+) was the ([a-z]+ing) of (.+)$`)
	// reAfterNoun: a comma the cut date leaves between a noun and its
	// place ("a bridge, over the Pyanj River").
	// reJoining: what a place joins ("joining Tajikistan with
	// Afghanistan").
	reJoining   = regexp.MustCompile(` (?:joining|linking|connecting) [A-Z].*$`)
	reAfterNoun = regexp.MustCompile(`^(\S+(?: \S+)?), (over|across|in|on|at|near|between|from) `)
	// rePurposeTail: a deed's purpose ("... to support military
	// operations of NATO ...").
	rePurposeTail = regexp.MustCompile(` (?:to|in order to) (?:support|help|aid|assist|enable|allow|provide|ensure|promote|enhance|strengthen)\b.*$`)
)

// keyEventQuizzes makes the key-event items of the paper.
func (x *extractor) keyEventQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas(" was the "), func(para *paper.Paragraph, si int, s string) {
		m := reKeyEvent.FindStringSubmatch(s)
		if m == nil {
			return
		}
		np := reStemDate.ReplaceAllString(m[5], "")
		np = reAfterNoun.ReplaceAllString(np, "$1 $2 ")
		if i := strings.Index(np, ", which"); i >= 0 {
			np = np[:i] // who built it, for how much: a figure's item, not the event
		}
		if m := reJoining.FindStringIndex(np); m != nil {
			// "joining Tajikistan with Afghanistan": a country another
			// item names as its answer (see sameAnswer); the place says
			// which bridge
			np = np[:m[0]]
		}
		np = strings.TrimSuffix(strings.TrimSpace(np), ",")
		answer := upperFirst(m[4]) + " " + np
		if n := wordCount(answer); n < 3 || n > 16 {
			return
		}
		offered := map[string]bool{}
		for _, q := range x.actQuizzes() {
			for _, c := range q.Choices {
				offered[c] = true
			}
		}
		var wrong, later []string // later: deeds an act item offers, spares only
		for _, a := range x.acts() {
			if a.part || askedAsMessage(a) || a.para.N == para.N && a.si == si {
				continue
			}
			if q, _, _ := x.liftedRestriction(a); q != "" {
				continue // the restriction item's answer (restriction.go)
			}
			g := gerundPhrase(a.pred)
			if g == "" || sharesWord(g, np) {
				continue
			}
			if strings.HasPrefix(m[3], "bilateral ") && !x.bilateralStep(g) {
				continue
			}
			if wordCount(g) > wordCount(answer)+6 {
				// a deed told with its purpose ("Agreeing on non-lethal
				// supplies to support military operations of NATO and
				// ..."), twice the answer's length, stands out: the deed
				g = rePurposeTail.ReplaceAllString(g, "")
			}
			if offered[a.pred] {
				later = append(later, g)
				continue
			}
			wrong = append(wrong, g)
		}
		if len(wrong) < 3 {
			return
		}
		wrong = append(wrong, later...)
		q := "What does the paper call the " + m[1] + " " + m[2] + " in " + m[3] + "?"
		id := quizID(para.N, si, span{kind: "keyevent", text: answer}, para.Sentences[si].Text)
		// the first three in paper order; the rest spares, for a choice
		// that would tell another item's answer (mendChoices), those an
		// act item offers last: a spare no kept item offers may stand
		x.spare(id, wrong[3:])
		out = append(out, makeQuiz(id, q, answer, wrong[:3], "keyevent", para, para.Sentences[si]))
	})
	return out
}

// gerundPhrase turns a deed ("Established diplomatic relations with
// Tajikistan") into its gerund ("Establishing diplomatic relations with
// Tajikistan"); "" when its verb is no past tense the rules know.
func gerundPhrase(pred string) string {
	f := strings.SplitN(pred, " ", 2)
	if len(f) < 2 {
		return ""
	}
	base := baseForm(strings.ToLower(f[0]))
	if base == "" {
		return ""
	}
	return upperFirst(ingForm(base)) + " " + f[1]
}

// ingForm is a verb's -ing form: "establish" -> "establishing", "raise"
// -> "raising", "agree" -> "agreeing", "tie" -> "tying".
func ingForm(v string) string {
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "ee") || strings.HasSuffix(v, "ye") || strings.HasSuffix(v, "oe"):
		return v + "ing"
	case strings.HasSuffix(v, "e") && len(v) > 2:
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}

// bilateralStep: the deed names a country, the other side of a step
// between two states ("Establishing diplomatic relations with
// Tajikistan"), not a group of them ("with each Central Asian state").
func (x *extractor) bilateralStep(deed string) bool {
	_, country := x.withoutCountry(deed)
	return country != ""
}
