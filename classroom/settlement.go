package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Settlement items: how a side brought its war to an end. "It was also
// the only state in Central Asia to resolve such violence through
// negotiated compromise that incorporated a quota system for the
// opposition in government" ("It" Tajikistan, "such violence" the civil
// war, both from the sentence before) asks "How did Tajikistan resolve
// its civil war?" (through a negotiated compromise). The wrong choices
// are the other ways a war ends, from the list of kinds (world.txt's
// `war-ending`: a military victory, a territorial partition, a foreign
// intervention), each written as the answer is ("Through a ..."), none
// the paper names anywhere (it would be a second answer: a paper that
// says a war ended in a peace settlement names the answer's own way),
// none sharing a word with the answer. A student who read the paper
// knows the war was negotiated to its end; one who did not sees four
// ways a civil war ends. No item when the way the sentence gives is not
// of the list's kind: the answer is the paper's words, never the list's.

var (
	// reResolvedThrough: "<side> resolved <war> through <means>", or
	// "<side> was the only state in <region> to resolve <war> through
	// <means>".
	reResolvedThrough = regexp.MustCompile(`^(.+?) (?:(?:was|is) (?:also )?the (?:only|first|last) [a-z]+ (?:in|of|among) [A-Z][A-Za-z ]*? to (?:resolve|end|settle)|resolved|ended|settled) ((?:such|its|the|their|this|that) [a-z ]+?) through (?:an? )?([a-z].*)$`)
	// reWarNoun: the war a "such violence" points back to.
	reWarNoun = regexp.MustCompile(`\b(civil war|war|conflict|insurgency)\b`)
)

// settlementQuizzes makes the settlement items of the paper.
func (x *extractor) settlementQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas(" through "), func(para *paper.Paragraph, si int, s string) {
		before := ""
		if si > 0 {
			before, _ = x.plainSentence(para, si-1)
		}
		q, answer, wrong := x.settlement(s, before)
		if q == "" {
			return
		}
		sent := para.Sentences[si]
		id := quizID(para.N, si, span{kind: "settlement", text: answer}, sent.Text)
		out = append(out, makeQuiz(id, q, answer, wrong, "settlement", para, sent))
	})
	return out
}

// settlement is the settlement item of the plain sentence s, before the
// plain sentence before it: its stem, answer and three wrong choices; ""
// when s says no side ended a war in a way the list of kinds knows.
func (x *extractor) settlement(s, before string) (q, answer string, wrong []string) {
	m := reResolvedThrough.FindStringSubmatch(s)
	if m == nil {
		return "", "", nil
	}
	way := x.warEnding(m[3])
	if way == "" {
		return "", "", nil
	}
	subject := m[1]
	if f := strings.Fields(subject); len(f) == 1 && (f[0] == "It" || f[0] == "They") {
		subject = before // the side the sentence before is about
	}
	side := x.actorOf(subject)
	if side == "" {
		return "", "", nil
	}
	war := reWarNoun.FindString(m[2])
	if war == "" && strings.HasPrefix(m[2], "such ") {
		// "such violence": the war the sentence before names
		war = reWarNoun.FindString(before)
	}
	if war == "" {
		return "", "", nil
	}
	others := x.otherEndings(way)
	if len(others) < 3 {
		return "", "", nil
	}
	for _, o := range others[:3] {
		wrong = append(wrong, "Through "+withArticle(o))
	}
	return "How did " + x.sideName(side) + " resolve its " + war + "?", "Through " + withArticle(way), wrong
}

// warEnding is the way of ending a war that means opens with, as the
// paper writes it ("negotiated compromise" of "negotiated compromise
// that incorporated a quota system ..."), when the list of kinds knows
// it as a `war-ending`; "" otherwise.
func (x *extractor) warEnding(means string) string {
	best := ""
	means = strings.ToLower(means)
	for _, m := range x.world.members["war-ending"] {
		for _, sp := range x.world.all[m] {
			sp = strings.ToLower(sp)
			if (means == sp || strings.HasPrefix(means, sp+" ")) && len(sp) > len(best) {
				best = sp
			}
		}
	}
	return best
}

// otherEndings are the list's other ways of ending a war, in its order:
// none the paper names in any spelling, none sharing a word with way.
func (x *extractor) otherEndings(way string) []string {
	_, own := x.world.kindOf(way)
	var out []string
	for _, m := range x.world.members["war-ending"] {
		if m == own || sharesWord(m, way) || x.namedInBody(m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// withArticle puts "a" or "an" before a singular noun phrase.
func withArticle(np string) string {
	if strings.ContainsRune("aeiou", rune(np[0])) {
		return "an " + np
	}
	return "a " + np
}
