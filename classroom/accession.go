package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Accession items (the i10wto pass): what a side did for a country's
// economy. "The United States additionally supported Tajikistan's
// accession to the World Trade Organization" asks "What did the United
// States do for Tajikistan's economy?" (It supported its accession to the
// World Trade Organization). Every strict reader (blind96-98) listed the
// economic ties as missing; an earlier item asked the organisation's name
// with "accession" in its stem, the WTO's own word (guessable.go's
// term-accession). The stem now names neither the step nor the body: the
// economy is what the list of kinds says the body is for (its kind
// `economic-organisation`), a word no choice holds. The wrong choices are
// world.txt's `economy-help` kind, deeds a state might do for another's
// economy in the answer's form ("It wrote off its debts to the United
// States"), within the answer's length band, none sharing a word stem
// (beyond the stem's words) with the answer or the deed's paragraph,
// none naming or telling an earlier item's answer.

const accessionKind = "accession"

// reAccession: "The United States additionally supported Tajikistan's
// accession to the World Trade Organization": the side, the country and
// the body.
var reAccession = regexp.MustCompile(`^((?:The |the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*) (?:also |additionally |further |moreover )?(?:supported|backed|endorsed) ([A-Z][a-z]+)'s (?:accession|admission) (?:to|into) (the [A-Z][\w]*(?: [A-Z][\w]*)*)$`)

// accessionFields: what a body of a kind is for, the noun a stem asks
// about.
var accessionFields = map[string]string{"economic-organisation": "economy"}

// accession is the accession item of the plain sentence s: its stem,
// answer and field; "" when s makes none.
func (x *extractor) accession(s string) (q, answer, side string) {
	m := reAccession.FindStringSubmatch(strings.TrimRight(strings.TrimSpace(s), "."))
	if m == nil {
		return "", "", ""
	}
	side = x.actorOf(m[1])
	if side == "" {
		return "", "", ""
	}
	if k, _ := x.world.kindOf(m[2]); k != "country" {
		return "", "", ""
	}
	k, _ := x.world.kindOf(strings.TrimPrefix(m[3], "the "))
	field := accessionFields[k]
	if field == "" {
		return "", "", ""
	}
	answer = "It supported its accession to " + m[3]
	q = "What did " + x.sideName(side) + " do for " + m[2] + "'s " + field + "?"
	if sharesWordStem(field, answer) {
		return "", "", ""
	}
	return q, answer, side
}

// accessionQuizzesOf makes the accession items, none of whose wrong
// choices names or tells an answer of pi.
func (x *extractor) accessionQuizzesOf(pi *priorItems) []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas("accession", "admission"), func(para *paper.Paragraph, si int, s string) {
		q, answer, side := x.accession(s)
		if q == "" {
			return
		}
		text := x.paraWithout(x.plainParagraph(para))
		n := wordCount(answer)
		var wrong []string
		for _, r := range x.world.members["economy-help"] {
			c := "It " + strings.ReplaceAll(r, "{side}", x.sideName(side))
			own := beyondStem(c, q)
			if sharesWordStem(own, answer) || sharesWordStem(own, text) || wordCount(c) < n-2 || wordCount(c) > n+1 {
				continue
			}
			if optionGivesAway(own, pi.qs, pi.targets()) || x.namesPriorAnswer(own, pi.qs) {
				continue
			}
			wrong = append(wrong, c)
		}
		if len(wrong) < 3 {
			return
		}
		out = append(out, x.shuffledQuiz(para, si, accessionKind, q, answer, wrong))
	})
	return out
}
