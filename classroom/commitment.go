package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Commitment items: what two leaders declared themselves willing to
// pursue together. "In early December 2002, Rahmon went on his first
// official visit to the USA and together with President Bush expressed a
// willingness for long-term strategic partnership and future cooperation
// against ..." asks "What did Rahmon and President Bush commit to during
// Rahmon's first official visit to the USA in December 2002?". The wrong
// choices are the other documents the paper says the same sides signed,
// each named with its article as the paper writes it ("a trade and
// investment framework agreement", "an MoU on micro-financing", "An
// agreement ... on expanded US aid to Tajikistan's border security"): a
// student who read the paper knows each was another deal at another time;
// one who did not sees four things two governments commit to. A document
// named with "the" (the establishment of a forum another item asks
// about) or with no article ("several documents on ...") is no one deal
// and is left out.

var (
	// reWillingFor: "[In early December 2002, ]Rahmon went on his first
	// official visit to the USA and together with President Bush
	// expressed a willingness for long-term strategic partnership and
	// future cooperation against ...".
	reWillingFor = regexp.MustCompile(`^(?:In (?:early |late |mid-)?(` + monthName + ` \d{4}), )?([A-Z][a-z]+) (?:went on|made|paid) (his|her) (first (?:official |state )?visit to (?:the )?[A-Z][\w.]*) and together with ((?:President|Prime Minister|Secretary) [A-Z][a-z]+) (?:expressed|declared|voiced) (?:a |their )?(?:willingness|readiness|commitment) (?:for|to) ((?:a |an )?[a-z-]+ [a-z-]+ [a-z]+)(?: and .*)?$`)
	// reSignedDoc: "The U.S. and Tajikistan signed an MoU on
	// micro-financing in July 2002"; "Tajikistan had signed a trade and
	// investment framework agreement with the US ...".
	reSignedDoc = regexp.MustCompile(`\bsigned ((?:a|an) [A-Za-z-]+(?: [A-Za-z-]+){0,5}?)(?: (?:with|in|between|forming|that|which)\b| on (?:\d|` + monthName + `)|,|$)`)
	// reDocSigned: "An agreement was signed on expanded US aid to
	// Tajikistan's border security".
	reDocSigned = regexp.MustCompile(`^((?:A|An) [a-z-]+(?: [a-z-]+)?) (?:was|were) signed (on [a-z].*)$`)
)

// commitmentQuizzes makes the commitment items of the paper.
func (x *extractor) commitmentQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas("willingness", "readiness", "commitment"), func(para *paper.Paragraph, si int, s string) {
		m := reWillingFor.FindStringSubmatch(s)
		if m == nil {
			return
		}
		leader, partner, answer := m[2], m[5], m[6]
		if !strings.HasPrefix(answer, "a ") && !strings.HasPrefix(answer, "an ") {
			answer = "a " + answer
		}
		answer = reAnVowel.ReplaceAllString(answer, "an $1")
		wrong := x.signedDocuments(para, answer)
		if len(wrong) < 3 {
			return
		}
		when := ""
		if m[1] != "" {
			when = " in " + m[1]
		}
		q := "What did " + leader + " and " + partner + " commit to during " + leader + "'s " + m[4] + when + "?"
		if wordCount(q) > maxQuestionWords {
			return
		}
		answer = upperFirst(answer)
		id := quizID(para.N, si, span{kind: "commitment", text: answer}, para.Sentences[si].Text)
		out = append(out, makeQuiz(id, q, answer, wrong[:3], "commitment", para, para.Sentences[si]))
	})
	return out
}

// signedDocuments are the documents the body says were signed, each
// named with "a" or "an", in paper order: none from para (the source's
// own), none sharing a word with answer, and none from a sentence naming
// no country (a side of the deal).
func (x *extractor) signedDocuments(para *paper.Paragraph, answer string) []string {
	var out []string
	add := func(doc string) {
		doc = strings.TrimSpace(doc)
		if wordCount(doc) < 3 || sharesWord(doc, answer) {
			return
		}
		for _, o := range out {
			if strings.EqualFold(o, doc) {
				return
			}
		}
		out = append(out, upperFirst(doc))
	}
	x.bodySentences(x.plainHas("signed"), func(p *paper.Paragraph, _ int, s string) {
		if p.N == para.N || len(x.countriesIn(s)) == 0 {
			return
		}
		if m := reDocSigned.FindStringSubmatch(s); m != nil {
			add(m[1] + " " + m[2])
			return
		}
		for _, m := range reSignedDoc.FindAllStringSubmatch(s, -1) {
			add(m[1])
		}
	})
	return out
}
