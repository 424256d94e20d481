package classroom

import (
	"regexp"
	"slices"
	"strings"

	"paperbot/paper"
)

// Framework items (the i10abc pass): what a side set up with its partners
// to talk or work together. "United States signed the establishment of
// Annual Bilateral Consultation (ABC) with each Central Asian state in
// 2009", with the paragraph's "To enhance cooperation in economy, ...,
// America and Tajikistan established Annual Bilateral Consultation", asks
// "What did the United States establish with each Central Asian state in
// 2009 to enhance cooperation?" (Annual Bilateral Consultation): the
// partners and the year its context, the purpose the sentence that
// established the same framework gives. Every strict reader (blind46 to
// blind74) listed the consultations as missing; they were only a wrong
// choice of the before-9/11 item. The wrong choices are the other
// frameworks states set up, general knowledge in world.txt's `framework`
// kind, written in the answer's case, of its length band (a word more or
// less), none sharing a word stem with the answer or its paragraph, none
// the paper names in any spelling, none naming or telling an earlier
// item's answer. No item when the framework the sentence names is not of
// the kind: the answer is the paper's words, never the list's.

const frameworkKind = "framework"

// reFramework: "United States signed the establishment of Annual
// Bilateral Consultation (ABC) with each Central Asian state in 2009": the
// side, the framework (its acronym cut), the partners and the year.
var reFramework = regexp.MustCompile(`^(?:The )?([A-Z][\w.]*(?: [A-Z][\w.]*)*) (?:signed the establishment of|signed an agreement establishing|agreed the establishment of|established|set up|created|launched) (?:an? |the )?([A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,5}?)(?: \([A-Z]{2,}\))? with ((?:each|every|all|the) [^,]+?) in ((?:19|20)\d\d)$`)

// reFrameworkPurpose: "To enhance cooperation in economy, ..., America and
// Tajikistan established Annual Bilateral Consultation": the purpose's
// verb and object, and the rest, where the framework is set up.
var reFrameworkPurpose = regexp.MustCompile(`^To (enhance|strengthen|deepen|expand|improve|promote|boost|develop) (cooperation|ties|relations|dialogue)\b.*, (.+)$`)

// frameworkQuizzesOf makes the framework items, none of whose wrong
// choices names or tells an item of pi.
func (x *extractor) frameworkQuizzesOf(pi *priorItems) []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas(" the establishment of ", " established ", " set up ", " created ", " launched "), func(para *paper.Paragraph, si int, s string) {
		q, answer, wrong := x.framework(s, para, pi)
		if q == "" {
			return
		}
		out = append(out, x.shuffledQuiz(para, si, frameworkKind, q, answer, wrong))
	})
	return out
}

// framework is the framework item of the plain sentence s of para: its
// stem, answer and every wrong choice that may stand (three at least); ""
// when s sets up no framework of the list's kind with partners in a year.
func (x *extractor) framework(s string, para *paper.Paragraph, pi *priorItems) (q, answer string, wrong []string) {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	m := reFramework.FindStringSubmatch(s)
	if m == nil {
		return "", "", nil
	}
	side := x.actorOf(m[1])
	if side == "" {
		return "", "", nil
	}
	own := x.knownFramework(m[2])
	if own == "" {
		return "", "", nil
	}
	answer = upperFirst(m[2])
	title := isTitled(answer)
	wrong = x.kindChoices(frameworkKind, own, answer, x.paraWithout(x.plainParagraph(para)), title, pi)
	if len(wrong) < 3 {
		return "", "", nil
	}
	q = "What did " + x.sideName(side) + " establish with " + m[3] + " in " + m[4]
	if p := x.frameworkPurpose(para, m[2]); p != "" {
		q += " " + p
	}
	return q + "?", answer, wrong
}

// frameworkPurpose is "to <verb> <object>" of the sentence of para that
// gives a purpose and sets up the framework named fw; "" when none.
func (x *extractor) frameworkPurpose(para *paper.Paragraph, fw string) string {
	for j := range para.Sentences {
		m := reFrameworkPurpose.FindStringSubmatch(strings.TrimSpace(x.plainOf(para, j)))
		if m != nil && containsWord(m[3], fw) && reSetUp.MatchString(m[3]) {
			return "to " + m[1] + " " + m[2]
		}
	}
	return ""
}

// reSetUp: a clause that sets something up.
var reSetUp = regexp.MustCompile(`\b(?:established|set up|created|launched|signed the establishment of)\b`)

// knownFramework is the list's framework (its first spelling) that
// phrase is in any spelling; "" when none. A name listed first under
// another kind (a US programme) is still known here.
func (x *extractor) knownFramework(phrase string) string {
	p := strings.ToLower(phrase)
	for _, f := range x.world.members[frameworkKind] {
		if f == p || slices.ContainsFunc(x.world.all[f], func(sp string) bool { return strings.ToLower(sp) == p }) {
			return f
		}
	}
	return ""
}

// isTitled: every word of s of four letters or more starts upper case
// ("Annual Bilateral Consultation").
func isTitled(s string) bool {
	for _, w := range strings.Fields(s) {
		if len(w) > 3 && upperFirst(w) != w {
			return false
		}
	}
	return true
}

// titled is s with every word but a short one (of, on, for, and) upper
// first, hyphened parts too ("high-level policy dialogue": High-Level
// Policy Dialogue).
func titled(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if len(w) <= 3 && i > 0 {
			continue
		}
		parts := strings.Split(w, "-")
		for k := range parts {
			parts[k] = upperFirst(parts[k])
		}
		f[i] = strings.Join(parts, "-")
	}
	return strings.Join(f, " ")
}
