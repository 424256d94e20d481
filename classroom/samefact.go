package classroom

import "strings"

// Items that give each other away: two why-items from one paragraph whose
// answers name one thing ("To support its operation in Afghanistan" and
// "Because it borders Afghanistan", both of ¶13) answer each other: a
// student who knows one picks the other's option naming the same place.
// One stays: the cause ("Because ...", or an attribute item's cause) over
// the purpose, which follows from it. The purpose is still a cause the
// paper states, so it may be another item's wrong choice.

// oneCausePerFact clears the question of each reason that shares a
// paragraph and an answer word with a because-reason or an attribute item
// (attrs) there; the reason stays as a distractor for the others.
func (x *extractor) oneCausePerFact(rs []reason, attrs []Quiz) []reason {
	type cause struct {
		para   int
		answer string
	}
	var causes []cause
	for _, q := range attrs {
		causes = append(causes, cause{q.Paragraph, q.Choices[q.Answer]})
	}
	for _, r := range rs {
		if r.question != "" && r.form == "because" {
			causes = append(causes, cause{r.para.N, r.answer})
		}
	}
	out := append([]reason(nil), rs...)
	for i, r := range out {
		if r.question == "" || r.form == "because" {
			continue
		}
		for _, c := range causes {
			if c.para == r.para.N && countIn(contentWords(r.answer), contentWords(c.answer)) > 0 {
				out[i].question = ""
				break
			}
		}
	}
	return out
}

// statesFact: a why-item's wrong choice states the fact another item's
// sentence holds ("Because it was rich in coal, marble and gold" beside
// "Of which resources did Tajikistan have none on a large scale?", whose
// sentence lists them): the option rules out that item's choices. Every
// content word of the choice, past its "Because it"/"To", is in the
// sentence, and one of them is in a choice of that item.
func statesFact(why Quiz, other Quiz) bool {
	if why.Kind != "why" || other.Kind == "why" || why.Sentence == other.Sentence {
		return false
	}
	sent := contentWords(other.Sentence)
	for i, c := range why.Choices {
		if i == why.Answer {
			continue
		}
		ws := contentWords(strings.TrimPrefix(strings.TrimPrefix(c, "Because it "), "To "))
		if len(ws) < 2 || countIn(ws, sent) < len(ws) {
			continue
		}
		// and it names what the other item offers ("coal", "marble"), not
		// only another clause of its sentence
		for _, o := range other.Choices {
			if countIn(contentWords(o), ws) > 0 {
				return true
			}
		}
	}
	return false
}

// dropSameFacts keeps one of each pair whose why-item's option states the
// other's fact: the why-item, which asks what the fact meant, over the
// recall item, which asks only the fact.
func dropSameFacts(items []item) []item {
	drop := map[int]bool{}
	for i, a := range items {
		for j, b := range items {
			if i != j && !drop[i] && statesFact(a.Quiz, b.Quiz) {
				drop[j] = true
			}
		}
	}
	return kept(items, drop)
}
