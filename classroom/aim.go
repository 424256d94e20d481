package classroom

import (
	"regexp"
	"slices"
	"strings"

	"paperbot/paper"
)

// Aim items (the i10balance pass): what a side meant by a policy the
// sentence both states and gives the aim of. "The Tajiks established ties
// with the Americans upon independence while maintaining relations with
// Russia, a policy aimed at balancing Moscow by avoiding heavy reliance on
// Russia and therefore securing Tajikistan's independence" asks "What was
// Tajikistan's aim in establishing ties with the United States upon
// independence while maintaining relations with Russia?" (To balance
// Moscow by avoiding heavy reliance on Russia): the paper's main argument,
// which blind readers listed as missing. The answer is the aim cut before
// the result it leads to ("and therefore securing ..."), the gerund
// turned to "To <verb>".
//
// The wrong choices are aims a small state may have in its foreign ties,
// general knowledge in world.txt's `state-aim` kind, none the paper gives
// this policy: none sharing a word stem with the aim (result included) or
// with the sentence's paragraph, country names aside (what else the
// paragraph says of those ties a reader could take for their aim), none
// whose words one body sentence holds, none giving away or told by an
// item made before it. Where the answer names a side the stem names
// ("Russia"), a wrong aim naming it comes first, so the stem's word does
// not pair with the answer alone.

const aimKind = "aim"

var (
	// rePolicyAim: "<side> established ties with <A> [upon independence]
	// while maintaining relations with <B>, a policy aimed at <aim>".
	rePolicyAim = regexp.MustCompile(`^(.+?) (established|built|developed|forged|opened) (ties|relations|links|contacts) with (.+?)(?: ((?:upon|after|from|since) [a-z]+))? while (maintaining|keeping|preserving) (?:its |their )?(ties|relations|links) with (.+?),? an? (?:policy|strategy|course) (?:aimed at|designed for|meant for) ([a-z]+ing) (.+)$`)
	// reAimResult: the result an aim leads to, cut from the answer.
	reAimResult = regexp.MustCompile(`,? (?:and )?(?:therefore|thus|thereby|hence|so) .*$`)
)

// gerundTo turns a gerund to its "to" form ("balancing": "balance"), ""
// when baseForm cannot.
func gerundTo(g string) string {
	if !strings.HasSuffix(g, "ing") || len(g) < 6 {
		return ""
	}
	return baseForm(strings.TrimSuffix(g, "ing") + "ed")
}

// ingOf is the gerund of a past form ("established": "establishing").
func ingOf(past string) string {
	b := baseForm(past)
	if b == "" {
		return ""
	}
	return strings.TrimSuffix(b, "e") + "ing"
}

// policyAim is the aim item of the plain sentence s: its stem, its answer
// and the whole aim, result included; "" when s states no policy with its
// aim (see rePolicyAim).
func (x *extractor) policyAim(s string) (q, answer, whole string) {
	m := rePolicyAim.FindStringSubmatch(s)
	if m == nil {
		return "", "", ""
	}
	side, a, b := x.actorOf(m[1]), x.actorOf(m[4]), x.actorOf(m[8])
	if side == "" || a == "" || b == "" || side == a || side == b || a == b {
		return "", "", ""
	}
	verb, keep, to := ingOf(m[2]), m[6], gerundTo(m[9])
	if verb == "" || to == "" {
		return "", "", ""
	}
	whole = m[9] + " " + m[10]
	answer = "To " + to + " " + strings.TrimSpace(reAimResult.ReplaceAllString(m[10], ""))
	when := ""
	if m[5] != "" {
		when = " " + m[5]
	}
	q = "What was " + side + "'s aim in " + verb + " " + m[3] + " with " + x.sideName(a) + when +
		" while " + keep + " " + m[7] + " with " + x.sideName(b) + "?"
	return q, answer, whole
}

// aimQuizzesOf makes the aim items, none of whose wrong choices gives
// away or is told by an item of pi.
func (x *extractor) aimQuizzesOf(pi *priorItems) []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas(" aimed at ", " designed for ", " meant for "), func(para *paper.Paragraph, si int, s string) {
		q, answer, whole := x.policyAim(s)
		if q == "" || wordCount(q) > maxQuestionWords {
			return
		}
		wrong := x.wrongAims(q, answer, whole, para, pi)
		if len(wrong) < 3 {
			return
		}
		sent := para.Sentences[si]
		id := quizID(para.N, si, span{kind: aimKind, text: answer}, sent.Text)
		x.spare(id, wrong[3:])
		out = append(out, makeQuiz(id, q, answer, wrong[:3], aimKind, para, sent))
	})
	return out
}

// wrongAims are world.txt's `state-aim` aims a reader of the paper
// rejects as this policy's (see the top), those naming a country the
// answer and the stem name first.
func (x *extractor) wrongAims(q, answer, whole string, para *paper.Paragraph, pi *priorItems) []string {
	aim := x.paraWithout(whole)
	own := x.paraWithout(x.plainParagraph(para))
	var cands []string
	for _, r := range x.world.members["state-aim"] {
		bare := x.paraWithout(r)
		if sharesWordStem(bare, aim) || sharesWordStem(bare, own) || x.paperStates(bare) ||
			x.toldByItems(bare, pi) {
			continue
		}
		cands = append(cands, upperFirst(r)) // lower case in the list, which would scan a capital as a name
	}
	cue := x.stemSide(q, answer)
	slices.SortStableFunc(cands, func(a, b string) int {
		return cmpBool(cue == "" || !containsWord(a, cue), cue == "" || !containsWord(b, cue))
	})
	return cands
}

// stemSide is a country both the stem and the answer name ("Russia"), ""
// when none.
func (x *extractor) stemSide(q, answer string) string {
	for _, c := range x.world.members["country"] {
		for _, sp := range x.allSpellings(c) {
			if containsWord(answer, sp) && containsWord(q, sp) {
				return sp
			}
		}
	}
	return ""
}

// paperStates: one body sentence holds every content word's stem of c.
func (x *extractor) paperStates(c string) bool {
	words := contentWords(c)
	if len(words) == 0 {
		return false
	}
	found := false
	x.bodySentences(func(*paper.Paragraph, int) bool { return !found }, func(p *paper.Paragraph, si int, s string) {
		all, in := true, contentWords(s)
		for w := range words {
			all = all && (in[w] || sharesWordStem(w, s))
		}
		found = found || all
	})
	return found
}
