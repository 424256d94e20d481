package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Focus items: what the paper says something was mainly about. A
// sentence "American cooperation with Tajikistan was mainly focused on
// counter-terrorism" gives "What was American cooperation with Tajikistan
// mainly focused on?", or "What does the paper conclude ... was mainly
// focused on?" when it is the conclusion's judgment. The wrong choices are the other areas
// the same paragraph lists beside it ("... was focusing on border
// security, drug smuggling, economy, science and technology, ..."), less
// any the paper says elsewhere was a focus or key issue of its own
// ("America ... focused on democratization", "U.S concentrated on border
// security as the key issue"): those a strict reader could defend. A
// student who read the conclusion knows which one the paper puts first;
// one who did not has four areas the US did work on.

var (
	reMainFocus = regexp.MustCompile(`^([A-Z][^,]+?) (was|were) (mainly|mostly|chiefly|primarily|largely) (?:focused|concentrated|centred|centered) on ([a-z][a-z -]+)$`)
	// reFocusList: the list a neighbouring sentence gives of what the
	// same side worked on.
	reFocusList = regexp.MustCompile(`(?:focusing|focused|concentrating|concentrated) on ([a-z][a-z ,-]+(?:,? and [a-z ,-]+))$`)
	// reFocusOf: any "focused on X" / "concentrated on X" of the body.
	reFocusOf = regexp.MustCompile(`(?:focused|concentrated|focusing|concentrating) on ([a-z][a-z -]+)`)
)

// focusQuizzes makes the focus items of the paper.
func (x *extractor) focusQuizzes() []Quiz {
	var out []Quiz
	// every area the body names as a focus or key issue, in any sentence
	// but a list's
	focus := map[string]int{}
	x.bodySentences(func(*paper.Paragraph, int) bool { return true }, func(para *paper.Paragraph, si int, s string) {
		if reFocusList.MatchString(s) {
			return
		}
		for _, m := range reFocusOf.FindAllStringSubmatch(s, -1) {
			focus[strings.ToLower(strings.Fields(m[1])[0])]++
		}
	})
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		return strings.Contains(para.Sentences[si].Text, " on ")
	}, func(para *paper.Paragraph, si int, s string) {
		m := reMainFocus.FindStringSubmatch(s)
		if m == nil {
			return
		}
		answer := m[4]
		var wrong []string
		for sj := range para.Sentences {
			if sj == si {
				continue
			}
			o, _ := x.plainSentence(para, sj)
			l := reFocusList.FindStringSubmatch(o)
			if l == nil {
				continue
			}
			for _, area := range splitList(l[1]) {
				area = strings.TrimSpace(area)
				if area == "" || focus[strings.ToLower(strings.Fields(area)[0])] > 0 || sharesWordStem(area, answer) || wordCount(area) > 4 {
					continue
				}
				wrong = append(wrong, upperFirst(area))
			}
		}
		if len(wrong) < 3 {
			return
		}
		wrong = wrong[len(wrong)-3:] // the list's last: the furthest from the main focus
		subject := m[1]
		if strings.HasPrefix(subject, "The ") {
			subject = "the " + subject[4:]
		}
		q := "What " + m[2] + " " + subject + " " + m[3] + " focused on?"
		if strings.Contains(strings.ToLower(para.Section), "conclusion") {
			q = "What does the paper conclude " + subject + " " + m[2] + " " + m[3] + " focused on?"
		}
		id := quizID(para.N, si, span{kind: "focus", text: answer}, para.Sentences[si].Text)
		out = append(out, makeQuiz(id, q, upperFirst(answer), wrong, "focus", para, para.Sentences[si]))
	})
	return out
}
