package classroom

import (
	"fmt"
	"sort"
	"strings"
)

// Option form: the options of one item share their shape, so none stands
// out by it. Three parties written "... Party of Tajikistan" beside the
// answer "Islamic Renaissance Party" point to the answer without a
// reading of the paper. A name's form is its head word (its last word
// before an "of" tail) and whether it has that tail; a distractor is
// written in the spelling the list of kinds knows whose form is the
// answer's ("Communist Party" for "Communist Party of Tajikistan"), and
// those with no such spelling go last.

// nameForm is a name's shape: "party+of" for "Communist Party of
// Tajikistan", "party" for "Islamic Renaissance Party".
func nameForm(name string) string {
	head, tail, hasOf := strings.Cut(name, " of ")
	ws := strings.Fields(head)
	if len(ws) == 0 {
		return ""
	}
	f := strings.ToLower(ws[len(ws)-1])
	if hasOf && tail != "" {
		f += "+of"
	}
	return f
}

// sameForm writes each candidate in a spelling of the answer's form where
// the list knows one, keeping the order, those of another form last.
func (x *extractor) sameForm(answer string, cands []string) []string {
	want := nameForm(answer)
	if want == "" || strings.ToUpper(answer) == answer {
		return cands // an acronym's distractors are acronyms (see nameDistractors)
	}
	out := make([]string, len(cands))
	match := make([]bool, len(cands))
	for i, c := range cands {
		out[i] = c
		if nameForm(c) == want {
			match[i] = true
			continue
		}
		for _, sp := range x.allSpellings(c) {
			if nameForm(sp) == want && strings.ToUpper(sp) != sp {
				out[i], match[i] = sp, true
				break
			}
		}
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return match[idx[a]] && !match[idx[b]] })
	res := make([]string, len(out))
	for k, i := range idx {
		res[k] = out[i]
	}
	return res
}

// formFlaws: an item of names whose answer alone has, or alone lacks, the
// shape the other three share (Q3 of the eighth review: three "... Party
// of Tajikistan" beside "Islamic Renaissance Party").
func formFlaws(_ *extractor, all []Quiz) []string {
	var errs []string
	for _, q := range all {
		switch q.Kind {
		case "year", "date", "amount", "number":
			continue // figures share their form by making
		}
		ans := q.Choices[q.Answer]
		forms := map[string]int{}
		for i, c := range q.Choices {
			if i != q.Answer {
				forms[nameForm(c)]++
			}
		}
		for f, n := range forms {
			if n == 3 && f != nameForm(ans) {
				errs = append(errs, fmt.Sprintf("%s: the answer %q alone is not of the form %q", q.ID, ans, f))
			}
		}
	}
	return errs
}
