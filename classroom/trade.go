package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Trade items: what one country bought from another. "US exports to
// Tajikistan were mainly poultry, pharmaceutical preparations, and meat,
// imports from Tajikistan being precious, semiprecious, and imitation
// gems, fruits and household goods" asks "Which of these did the US
// import from Tajikistan?" (gems); the wrong choices are a good going the
// other way (poultry) and what the paper says the selling country is rich
// in (uranium, zinc). A student who read the paper knows which way which
// goods went and that the riches were not what was sold; one who did not
// expects a country rich in minerals to sell minerals, and cannot tell
// the directions apart.
//
// Only the direction whose seller the paper calls rich in something is
// asked: for the other, the wrong choices would be the buyer's own riches,
// which no one sells to a country rich in them.

var (
	// reTradeBoth: "<A> exports to <B> were mainly <goods>, imports from
	// <B> being <goods>".
	reTradeBoth = regexp.MustCompile(`^(?:The )?([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:'s)? exports to ([A-Z][a-z]+) were (?:mainly |mostly |chiefly )?([a-z][a-z ,]+?), (?:and )?imports from ([A-Z][a-z]+) (?:being|were) (?:mainly |mostly |chiefly )?([a-z][a-z ,]+)$`)
	// reRichIn: "it was rich in coal, marble, gold, ..."
	reRichIn = regexp.MustCompile(`\brich in ([a-z]+(?:, [a-z]+)*,? and [a-z]+)`)
)

// goods splits a list of goods into its items: "precious, semiprecious,
// and imitation gems, fruits and household goods" -> gems, fruits,
// household goods. A ", and" before the list's last joint closes a list
// at its head (kinds of one thing), which that list's noun names.
func goods(list string) []string {
	var out []string
	if i := strings.Index(list, ", and "); i >= 0 {
		rest := list[i+len(", and "):]
		if j := strings.Index(rest, ", "); j >= 0 && strings.Contains(rest[j:], " and ") {
			f := strings.Fields(rest[:j])
			out = append(out, f[len(f)-1])
			list = rest[j+2:]
		}
	}
	for _, p := range strings.Split(list, ", ") {
		for _, q := range strings.Split(strings.TrimPrefix(p, "and "), " and ") {
			if q = strings.TrimSpace(q); q != "" {
				out = append(out, q)
			}
		}
	}
	return out
}

// richIn is what the paper says the country is rich in, in paper order.
func (x *extractor) richIn(country string) []string {
	var out []string
	spellings := x.allSpellings(country)
	x.bodySentences(x.plainHas("rich in"), func(para *paper.Paragraph, si int, s string) {
		m := reRichIn.FindStringSubmatch(s)
		if m == nil || !names(s, spellings) {
			return
		}
		out = append(out, goods(m[1])...)
	})
	return out
}

// tradeQuizzes makes the trade items, none offering a good another item
// of prior offers (see tradeQuizzesOf).
func (x *extractor) tradeQuizzes(prior []Quiz) []Quiz {
	return x.tradeQuizzesOf(&priorItems{qs: prior})
}

// tradeQuizzesOf makes the trade items: the first good bought, against the
// first good sold the other way and the seller's riches that no item of
// prior offers: "Coal or marble" among the wrong choices of "Of which
// resources did Tajikistan have none on a large scale?" would, offered
// here too, tell a student that Tajikistan had coal and marble, and that
// item's answer with it.
func (x *extractor) tradeQuizzesOf(pi *priorItems) []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas("imports from"), func(para *paper.Paragraph, si int, s string) {
		m := reTradeBoth.FindStringSubmatch(s)
		if m == nil || m[2] != m[4] {
			return
		}
		buyer, seller := m[1], m[2]
		_, sellerKey := x.world.kindOf(seller)
		if sellerKey == "" {
			return
		}
		bought, sold := goods(m[5]), goods(m[3])
		if len(bought) == 0 || len(sold) == 0 {
			return
		}
		answer := upperFirst(bought[0])
		wrong := []string{upperFirst(sold[0])}
		for _, r := range x.richIn(sellerKey) {
			if len(wrong) == 3 {
				break
			}
			if !offered(r, pi.qs) {
				wrong = append(wrong, upperFirst(r))
			}
		}
		if len(wrong) < 3 {
			return
		}
		if f := strings.Fields(buyer)[0]; f == "United" || strings.ToUpper(f) == f {
			buyer = "the " + buyer // "US", "United States"
		}
		q := "Which of these did " + buyer + " import from " + seller + "?"
		sent := para.Sentences[si]
		id := quizID(para.N, si, span{kind: "trade", text: answer}, sent.Text)
		out = append(out, makeQuiz(id, q, answer, wrong, "trade", para, sent))
	})
	return out
}

// offered: an item of prior names the good in one of its choices.
func offered(good string, prior []Quiz) bool {
	for _, p := range prior {
		for _, c := range p.Choices {
			if containsWord(c, good) {
				return true
			}
		}
	}
	return false
}
