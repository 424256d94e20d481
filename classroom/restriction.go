package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Restriction items (the i10act pass): a dated deed that lifted a
// restriction on a country ("... there was a change in U.S. policy after
// 9/11 when the US lifted an eight-year-old arms sales embargo on
// Tajikistan in January 2002") asks which restriction it was, the time
// and the title's pivot as context: "Which restriction on Tajikistan did
// the United States lift in January 2002, after 9/11?" (an arms sales
// embargo). The act item asked "What did the US do in January 2002?"
// beside the side's deeds of other years, which two strict blind readers
// (blind46, blind47) found a date-matching trap whose choices differed in
// length and form. The wrong choices are the other restrictions one state
// puts on another, general knowledge in world.txt's `restriction` kind (a
// visa ban on its officials, export controls on dual-use goods, a freeze
// on its state assets), every one lifted the same way, so the verb and the
// calendar strike none; none shares a word with the answer or with the
// deed's paragraph, which a reader could take for the paper's. No item
// when the restriction the sentence names is not of the kind: the answer
// is the paper's words, never the list's.

const restrictionKind = "restriction"

// reLifted: "Lifted an eight-year-old arms sales embargo on Tajikistan";
// the age is left out (the stem's time dates the deed, and an age on the
// answer alone sets it apart).
var reLifted = regexp.MustCompile(`^Lifted (?:an? |the |its )?(?:[a-z]+(?:-[a-z]+)*-old |long-standing |decades-long )?(.+?) (?:on|against) ((?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*)$`)

// liftedRestriction is the restriction item of deed a: its stem, answer
// and wrong choices; "" when a lifted no restriction of the list's kind
// on a country.
func (x *extractor) liftedRestriction(a act) (q, answer string, wrong []string) {
	m := reLifted.FindStringSubmatch(a.pred)
	if m == nil || a.part {
		return "", "", nil
	}
	target := m[2]
	if k, _ := x.world.kindOf(target); k != "country" {
		return "", "", nil
	}
	own, spelled := x.knownRestriction(m[1])
	if own == "" {
		return "", "", nil
	}
	para := x.paraWithout(x.plainParagraph(a.para))
	for _, r := range x.world.members[restrictionKind] {
		if r == own || sharesWordStem(r, spelled) || sharesWordStem(r, para) {
			continue
		}
		wrong = append(wrong, upperFirst(r))
	}
	if len(wrong) < 3 {
		return "", "", nil
	}
	q = "Which restriction on " + target + " did " + x.sideName(a.actor) + " lift " + a.stem
	if x.afterPivot(a.para.Sentences[a.si].Text) {
		q += ", after " + x.pivotName()
	}
	return q + "?", upperFirst(spelled), wrong
}

// knownRestriction is the list's restriction (its first spelling) that
// phrase is, in any spelling with or without its article, and phrase with
// the list's article; "" when none.
func (x *extractor) knownRestriction(phrase string) (own, spelled string) {
	p := strings.ToLower(phrase)
	for _, r := range x.world.members[restrictionKind] {
		for _, sp := range x.world.all[r] {
			art, bare := "", strings.ToLower(sp)
			for _, a := range []string{"a ", "an "} {
				if strings.HasPrefix(bare, a) {
					art, bare = a, bare[len(a):]
				}
			}
			if bare == p {
				return r, art + phrase
			}
		}
	}
	return "", ""
}

// plainParagraph is para in plain English, sentence by sentence.
func (x *extractor) plainParagraph(para *paper.Paragraph) string {
	var out []string
	for j := range para.Sentences {
		s, _ := x.plainSentence(para, j)
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

// restrictionQuiz makes the restriction item of deed a (see the top), ok
// false when a is no lifted restriction.
func (x *extractor) restrictionQuiz(a act) (Quiz, bool) {
	q, answer, wrong := x.liftedRestriction(a)
	if q == "" {
		return Quiz{}, false
	}
	return x.shuffledQuiz(a.para, a.si, restrictionKind, q, answer, wrong), true
}
