package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Trade items: what one country bought from another. "US exports to
// Tajikistan were mainly poultry, pharmaceutical preparations, and meat,
// imports from Tajikistan being precious, semiprecious, and imitation
// gems, fruits and household goods" asks "What did the US import from
// Tajikistan?"; the wrong choices are the goods going the other way
// ("Poultry, pharmaceutical preparations and meat") and what the paper
// says the selling country is rich in ("Coal, marble and gold", "Silver,
// tungsten and lead"), in lists as long as the answer's. A student who
// read the paper knows which way which goods went and that the riches
// were not what was sold; one who did not expects a country rich in
// minerals to sell minerals, and cannot tell the directions apart.
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

// listOf writes goods as one choice: "Gems, fruits and household goods".
func listOf(items []string) string {
	if len(items) == 1 {
		return upperFirst(items[0])
	}
	return upperFirst(strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1])
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

// tradeQuizzes makes the trade items.
func (x *extractor) tradeQuizzes() []Quiz {
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
		n := len(bought)
		if n < 2 || n > 4 || len(sold) != n {
			return
		}
		answer := listOf(bought)
		wrong := []string{listOf(sold)}
		riches := x.richIn(sellerKey)
		for i := 0; i+n <= len(riches) && len(wrong) < 3; i += n {
			wrong = append(wrong, listOf(riches[i:i+n]))
		}
		if len(wrong) < 3 {
			return
		}
		if f := strings.Fields(buyer)[0]; f == "United" || strings.ToUpper(f) == f {
			buyer = "the " + buyer // "US", "United States"
		}
		q := "What did " + buyer + " import from " + seller + "?"
		sent := para.Sentences[si]
		id := quizID(para.N, si, span{kind: "trade", text: answer}, sent.Text)
		out = append(out, makeQuiz(id, q, answer, wrong, "trade", para, sent))
	})
	return out
}
