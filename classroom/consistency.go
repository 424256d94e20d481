package classroom

import (
	"regexp"
	"strconv"

	"paperbot/paper"
)

// reEventYear finds an event noun dated by a year: "independence in 1991",
// "the conclusion in 1997". Only nouns of events and states (-ence, -ance,
// -ion, -ment) count, so "Tajikistan in 2013" is no event.
var reEventYear = regexp.MustCompile(`\b([a-z]+(?:ence|ance|ion|ment))\s+(?:in|of)\s+(\d{4})\b`)

// contradictions finds the sentences that date an event otherwise than the
// rest of the paper: for each event noun dated with two different years,
// the year most paragraphs give wins (the body outweighs the abstract,
// which only summarises it); the sentences giving another year are
// returned as {¶, sentence index}.
func contradictions(p *paper.Paper) map[[2]int]bool {
	type use struct {
		year, para, sent int
		abstract         bool
	}
	uses := map[string][]use{}
	for i := range p.Paragraphs {
		para := &p.Paragraphs[i]
		skip := citeRanges(para)
		for _, m := range reEventYear.FindAllStringSubmatchIndex(para.Text, -1) {
			if overlapsAny(skip, m[0], m[1]) {
				continue
			}
			y, _ := strconv.Atoi(para.Text[m[4]:m[5]])
			uses[para.Text[m[2]:m[3]]] = append(uses[para.Text[m[2]:m[3]]], use{y, para.N, sentenceAt(para, m[0]), para.Section == "Abstract" || para.N == 1 && p.Abstract != ""})
		}
	}
	out := map[[2]int]bool{}
	for _, us := range uses {
		weight := map[int]float64{}
		for _, u := range us {
			w := 1.0
			if u.abstract {
				w = 0.5
			}
			weight[u.year] += w
		}
		if len(weight) < 2 {
			continue
		}
		best, bw, tie := 0, -1.0, false
		for y, w := range weight {
			switch {
			case w > bw:
				best, bw, tie = y, w, false
			case w == bw:
				tie = true
			}
		}
		for _, u := range us {
			if tie || u.year != best {
				out[[2]int{u.para, u.sent}] = true
			}
		}
	}
	return out
}
