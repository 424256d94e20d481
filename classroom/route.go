package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Route items: a sentence that says most of a flow went through one
// country while another served as an alternative ("Though most overland
// transport along this Northern Distribution Network crossed Uzbekistan
// ..., Tajikistan served as an alternative route for a small share of the
// supplies") asks which country carried the most. It says what part
// Tajikistan played, a secondary one, which the date of its agreement
// never did.

var reMainRoute = regexp.MustCompile(`^(?:Though|Although|While) most (.+?) (?:crossed|traversed|passed through|went through|ran through) ([A-Z][a-z]+)\b[^,]*, ([A-Z][a-z]+) served as an? (?:alternative|secondary|second|minor) route\b`)

// routeQuizzes makes the route items of the paper.
func (x *extractor) routeQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		return strings.Contains(para.Sentences[si].Text, "Network") || strings.Contains(para.Sentences[si].Text, "route") || strings.Contains(para.Sentences[si].Text, "course")
	}, func(para *paper.Paragraph, si int, s string) {
		m := reMainRoute.FindStringSubmatch(s)
		if m == nil {
			return
		}
		if k, _ := x.world.kindOf(m[2]); k != "country" {
			return
		}
		if k, _ := x.world.kindOf(m[3]); k != "country" {
			return
		}
		what := strings.Replace(m[1], " this ", " the ", 1)
		q := "Through which country did most " + what + " pass, with " + m[3] + " only an alternative route?"
		id := quizID(para.N, si, span{kind: "country", text: m[2]}, para.Sentences[si].Text)
		wrong := x.regionDistractors(m[2], s+" "+q, seeded(id, 1)) // Central Asian states for a Central Asian route
		if len(wrong) < 3 || wordCount(q) > maxQuestionWords {
			return
		}
		out = append(out, makeQuiz(id, q, m[2], wrong, "country", para, para.Sentences[si]))
	})
	return out
}
