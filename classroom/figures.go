package classroom

import (
	"fmt"
	"math"
)

// closeFigures asks whether two sums the passages give for money between
// the United States and Tajikistan, in different paragraphs and within a
// quarter of each other, can both be right ("had put over $1 billion in
// Tajikistan", ¶11, and "$988.57 million from 1992 to 2010", ¶5): near
// figures that may or may not measure one thing are material for checking
// sources, which the paper never does. ok is false when none are that
// close.
func (x *extractor) closeFigures(ss []sentenceInfo) (Prompt, bool) {
	figs := x.moneyFigures(ss, false)
	best, a, b := 2.0, -1, -1
	for i, fi := range figs {
		for _, fj := range figs[i+1:] {
			if ss[fi.k].para == ss[fj.k].para {
				continue
			}
			r := math.Max(fi.v, fj.v) / math.Min(fi.v, fj.v)
			if r > 1.001 && r <= 1.25 && r < best { // the same figure twice is one fact told twice
				best, a, b = r, fi.k, fj.k
			}
		}
	}
	if a < 0 {
		return Prompt{}, false
	}
	sa, sb := ss[a], ss[b]
	return Prompt{Kind: "check", Paragraphs: []int{sa.para, sb.para}, Text: fmt.Sprintf(
		"Check the figures: %s %s Can both be right? Do they measure the same thing over the same years, and which would you cite?",
		says(sa), says(sb))}, true
}

// moneyFig is a sentence (its index in ss) giving one sum of money.
type moneyFig struct {
	k int
	v float64
}

// moneyFigures are the chosen sentences, not leaning on the one before,
// that name the United States and Tajikistan and give one positive sum of
// money; with summaries false the abstract's and conclusion's are left
// out.
func (x *extractor) moneyFigures(ss []sentenceInfo, summaries bool) []moneyFig {
	var figs []moneyFig
	for k, s := range ss {
		if !s.chosen || s.leans || s.summary && !summaries || !s.actors["United States"] || !containsWord(s.text, "Tajikistan") {
			continue
		}
		var money []span
		for _, a := range x.amounts(s.text) {
			if a.form == "money" {
				money = append(money, a)
			}
		}
		if len(money) == 1 && money[0].value > 0 {
			figs = append(figs, moneyFig{k, money[0].value})
		}
	}
	return figs
}
