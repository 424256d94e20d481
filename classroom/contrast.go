package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Contrast items: a sentence that says what a country lacks and, after a
// semicolon, what it is rich in ("Tajikistan had no large-scale resources
// of oil or gas; it was rich in coal, marble, gold, ...") asks what it
// lacks, and the riches, two by two, are the distractors: each is a
// resource the same sentence names, and each is wrong. It asks why the
// country mattered to the US less than its energy-rich neighbours.

var reLacksRich = regexp.MustCompile(`^([A-Z][a-z]+) had no (?:large-scale |significant |major )?(resources|reserves|deposits) of ([a-z]+) or ([a-z]+); it was rich in ([a-z, ]+?)$`)

// contrastQuizzes makes the contrast items of the paper.
func (x *extractor) contrastQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		return strings.Contains(para.Sentences[si].Text, "rich in")
	}, func(para *paper.Paragraph, si int, s string) {
		m := reLacksRich.FindStringSubmatch(s)
		if m == nil {
			return
		}
		rich := strings.FieldsFunc(strings.ReplaceAll(m[5], " and ", ","), func(r rune) bool { return r == ',' })
		var wrong []string
		for k := 0; k+1 < len(rich) && len(wrong) < 3; k += 2 {
			a, b := strings.TrimSpace(rich[k]), strings.TrimSpace(rich[k+1])
			if a == "" || b == "" {
				continue
			}
			wrong = append(wrong, upperFirst(a)+" or "+b)
		}
		if len(wrong) < 3 {
			return
		}
		answer := upperFirst(m[3]) + " or " + m[4] // as the sentence has it
		q := "Of which " + m[2] + " did " + m[1] + " have none on a large scale?"
		id := quizID(para.N, si, span{kind: "resource", text: answer}, para.Sentences[si].Text)
		out = append(out, makeQuiz(id, q, answer, wrong, "resource", para, para.Sentences[si]))
	})
	return out
}
