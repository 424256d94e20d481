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
// against ..." asks "What did Rahmon and President Bush express a
// willingness for during Rahmon's first official visit to the USA?" (the
// paper's own words: a willingness is not a signed deal; the month is
// left out, as a stem dated December 2002 narrows another item's choices
// of 2002 dates). The wrong choices are the other deals the paper says the sides signed or
// agreed on, named as the paper names them ("A trade and investment
// framework agreement", "An MoU on micro-financing", "Non-lethal supplies
// to support military operations of NATO ..."): a student who read the
// paper knows each was another deal at another time; one who did not sees
// four things two governments commit to. A document named with "the" (the
// establishment of a forum another item asks about) or with no article
// ("several documents on ...") is no one deal, and a deal that states an
// understanding item's answer ("An agreement on expanded US aid to
// Tajikistan's border security" beside "Border security", what the U.S.
// put first) would hand that item over: both are left out.

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
	// reAgreedOn: "In January 2009, the U.S. and Tajikistan agreed on
	// non-lethal supplies to support military operations of NATO ...".
	reAgreedOn = regexp.MustCompile(`\bagreed on ([a-z][a-z-]*(?: [A-Za-z-]+)+)$`)
)

// commitmentQuizzes makes the commitment items of the paper. asked are
// the understanding items made before, whose answers no choice may state.
func (x *extractor) commitmentQuizzes(asked []Quiz) []Quiz {
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
		var wrong []string
		for _, d := range x.signedDocuments(para, answer) {
			if !statesAnswerOf(d, asked) {
				wrong = append(wrong, d)
			}
		}
		if len(wrong) < 3 {
			return
		}
		q := "What did " + leader + " and " + partner + " express a willingness for during " + leader + "'s " + m[4] + "?"
		if wordCount(q) > maxQuestionWords {
			return
		}
		answer = upperFirst(answer)
		id := quizID(para.N, si, span{kind: "commitment", text: answer}, para.Sentences[si].Text)
		x.spare(id, append(wrong[3:], x.otherDeals(answer, s, wrong)...))
		out = append(out, makeQuiz(id, q, answer, wrong[:3], "commitment", para, para.Sentences[si]))
	})
	return out
}

// signedDocuments are the deals the body says were signed (each named
// with "a" or "an") or agreed on, in paper order: none
// from para (the source's own), none sharing a word with answer, and none
// from a sentence naming no country (a side of the deal).
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
	deal := x.plainHas("signed", "agreed on")
	x.bodySentences(func(p *paper.Paragraph, si int) bool {
		return p.N != para.N && deal(p, si)
	}, func(_ *paper.Paragraph, _ int, s string) {
		var docs []string
		if m := reDocSigned.FindStringSubmatch(s); m != nil {
			docs = append(docs, m[1]+" "+m[2])
		} else {
			for _, m := range reSignedDoc.FindAllStringSubmatch(s, -1) {
				docs = append(docs, m[1])
			}
			if m := reAgreedOn.FindStringSubmatch(s); m != nil {
				docs = append(docs, m[1])
			}
		}
		if len(docs) == 0 || !x.namesCountry(s) {
			return
		}
		for _, d := range docs {
			add(d)
		}
	})
	return out
}

// namesCountry: s names a country in a capitalised word the list of kinds
// knows ("Tajikistan"); countriesIn's adjectives are not needed here, and
// the first country found will do.
func (x *extractor) namesCountry(s string) bool {
	for _, tok := range reToken.FindAllString(s, -1) {
		if tok[0] < 'A' || tok[0] > 'Z' {
			continue
		}
		for _, part := range strings.Split(tok, "-") {
			if k, _ := x.world.kindOf(part); k == "country" {
				return true
			}
		}
	}
	return false
}

// statesAnswerOf: choice states the answer of one of asked (two of its
// content words, or all of a one-word answer).
func statesAnswerOf(choice string, asked []Quiz) bool {
	cw := contentWords(choice)
	for _, q := range asked {
		ans := contentWords(q.Choices[q.Answer])
		if n := countIn(ans, cw); n >= 2 || n == len(ans) && n > 0 {
			return true
		}
	}
	return false
}
