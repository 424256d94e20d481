package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Route items (the i10route pass): a sentence that says most of a flow
// went through one country while another served as an alternative
// ("Though most overland transport along this Northern Distribution
// Network crossed Uzbekistan ..., Tajikistan served as an alternative
// route for a small share of the supplies") asks the secondary side's
// part: "What part did Tajikistan play in the Northern Distribution
// Network?" (an alternative route for a small share of the supplies, the
// paper's words). The earlier item asked which country carried the most,
// with the secondary part in its stem: four of eight strict readers
// (blind74, 76, 79, 80) called it trivia about the other country, the
// paper's point given away, two choices struck by the borders item.
// The wrong choices are world.txt's `route-role` kind, general roles on a
// supply route in the answer's form: none holding the sentence's own
// qualifier ("alternative"), none of another length band, none sharing a
// word stem with an earlier item's answer or telling one; the main role
// ("the main route for the bulk of the supplies") the sentence gives the
// other country, and where the answer says its part is small one wrong
// choice as modest ("a minor route ..."), so that a guesser does not pick
// the one modest choice.

var reMainRoute = regexp.MustCompile(`^(?:Though|Although|While) most (.+?) (?:crossed|traversed|passed through|went through|ran through) ([A-Z][a-z]+)\b[^,]*, ([A-Z][a-z]+) served as (an? (alternative|secondary|second|minor) route\b[^,;]*)$`)

// reNetwork: the named network a flow ran along ("overland transport
// along this Northern Distribution Network").
var reNetwork = regexp.MustCompile(`\b(?:along|on|through|via|of) (?:this|the) ((?:[A-Z][a-z]+ )*[A-Z][a-z]+)$`)

const routeKind = "route"

// modestWords say a part is a small one.
var modestWords = []string{"alternative", "secondary", "minor", "small", "limited", "backup"}

// routeQuizzesOf makes the route items, none of whose wrong choices
// names or tells an item of pi.
func (x *extractor) routeQuizzesOf(pi *priorItems) []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas(" served as "), func(para *paper.Paragraph, si int, s string) {
		q, answer, wrong := x.route(s, pi)
		if q == "" {
			return
		}
		id := quizID(para.N, si, span{kind: routeKind, text: answer}, para.Sentences[si].Text)
		x.spare(id, wrong[3:])
		out = append(out, makeQuiz(id, q, answer, wrong[:3], routeKind, para, para.Sentences[si]))
	})
	return out
}

// route is the route item of the plain sentence s: its stem, answer and
// every wrong choice that may stand (three at least: the main part the
// sentence gives the other country first, then a modest one when the
// answer is modest, the rest in the sentence's seeded order);
// "" when s gives no secondary country's part beside a main one.
func (x *extractor) route(s string, pi *priorItems) (q, answer string, wrong []string) {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	m := reMainRoute.FindStringSubmatch(s)
	if m == nil {
		return "", "", nil
	}
	if k, _ := x.world.kindOf(m[2]); k != "country" {
		return "", "", nil
	}
	if k, _ := x.world.kindOf(m[3]); k != "country" {
		return "", "", nil
	}
	answer = upperFirst(m[4])
	n := wordCount(answer)
	prior, priorWords := pi.qs, pi.targets()
	var modest, rest, main []string
	for _, r := range x.world.members["route-role"] {
		c := upperFirst(r)
		if containsWord(strings.ToLower(c), m[5]) || wordCount(c) < n-2 || wordCount(c) > n+1 {
			continue
		}
		if optionGivesAway(c, prior, priorWords) || x.namesPriorAnswer(c, prior) {
			continue
		}
		switch {
		case containsWord(strings.ToLower(c), "main"):
			// the part the sentence gives the other country
			main = append(main, c)
		case isModest(c):
			modest = append(modest, c)
		default:
			rest = append(rest, c)
		}
	}
	if len(main) > 0 {
		wrong = append(wrong, main[0])
		rest = append(rest, main[1:]...)
	}
	if isModest(answer) && len(modest) > 0 {
		wrong = append(wrong, modest[0])
		rest = append(modest[1:], rest...)
	} else {
		rest = append(modest, rest...)
	}
	rng := seeded(s, 1)
	rng.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	wrong = append(wrong, rest...)
	if len(wrong) < 3 {
		return "", "", nil
	}
	what := strings.Replace(m[1], " this ", " the ", 1)
	if nm := reNetwork.FindStringSubmatch(m[1]); nm != nil {
		what = "the " + nm[1]
	}
	q = "What part did " + m[3] + " play in " + what + "?"
	if wordCount(q) > maxQuestionWords {
		return "", "", nil
	}
	return q, answer, wrong
}

// isModest: c says a part is a small one.
func isModest(c string) bool {
	lc := strings.ToLower(c)
	for _, w := range modestWords {
		if containsWord(lc, w) {
			return true
		}
	}
	return false
}
