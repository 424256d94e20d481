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
// focused on?" when it is the conclusion's judgment. The wrong choices are
// the areas the same paragraph lists, less every area the paper says
// anywhere the side focused on, concentrated on or worked on, a list's
// included: "... was focusing on border security, drug smuggling,
// economy, science and technology, ..." right after the main focus makes
// each of those a focus a careful reader cannot call wrong (the blind
// reader of blind24: the answer then hangs on "mainly"). With fewer than
// three left there is no item.

var (
	reMainFocus = regexp.MustCompile(`^([A-Z][^,]+?) (was|were) (mainly|mostly|chiefly|primarily|largely) (?:focused|concentrated|centred|centered) on ([a-z][a-z -]+)$`)
	// reFocusList: the list a neighbouring sentence gives of what the
	// same side worked on.
	reFocusList = regexp.MustCompile(`(?:focusing|focused|concentrating|concentrated) on ([a-z][a-z ,-]+(?:,? and [a-z ,-]+))$`)
	// reFocusOf: any "focused on X" / "concentrated on X" of the body.
	reFocusOf = regexp.MustCompile(`(?:focused|concentrated|focusing|concentrating) on ([a-z][a-z -]+)`)
	// reSideFocus: any area a side focused on, concentrated on or worked on.
	reSideFocus = regexp.MustCompile(`(?:focused|concentrated|focusing|concentrating|worked|working) on ([a-z][a-z -]+)`)
)

// focusQuizzes makes the focus items of the paper.
func (x *extractor) focusQuizzes() []Quiz {
	var out []Quiz
	focus := x.sideFoci()
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

// sideFoci: the first word of every area the body says a side focused
// on, concentrated on or worked on, lists included, less a main focus.
func (x *extractor) sideFoci() map[string]int {
	focus := map[string]int{}
	x.bodySentences(x.plainHas("focus", "concentrat", "worked on", "working on"), func(para *paper.Paragraph, si int, s string) {
		if reMainFocus.MatchString(s) {
			return // the main focus itself is the answer
		}
		for _, m := range reSideFocus.FindAllStringSubmatch(s, -1) {
			focus[strings.ToLower(strings.Fields(m[1])[0])]++
		}
		// a list of what the side was focusing on names a focus each
		if l := reFocusList.FindStringSubmatch(s); l != nil {
			for _, area := range splitList(l[1]) {
				if f := strings.Fields(area); len(f) > 0 {
					focus[strings.ToLower(f[0])]++
				}
			}
		}
	})
	return focus
}
