package classroom

import (
	"regexp"
	"slices"
	"strings"

	"paperbot/paper"
)

// Contrast items: a sentence that says what a country lacks and, after a
// semicolon, what it is rich in ("Tajikistan had no large-scale resources
// of oil or gas; it was rich in coal, marble, gold, ...") asks what it
// lacks, and the riches, two by two, are the distractors: each is a
// resource the same sentence names, and each is wrong. It asks why the
// country mattered to the US less than its energy-rich neighbours.
//
// The riches are paired by kind of resource (world.txt's resource-*),
// one pair of the answer's kind among them: a strict blind reader
// (blind53) picked "Oil or gas" as the only fuels beside "Coal or
// marble", "Gold or silver" and "Tungsten or lead"; beside "Coal or
// uranium" the kind no longer names it. An answer whose kind the riches
// cannot match gives no item (loneKind).

var reLacksRich = regexp.MustCompile(`^([A-Z][a-z]+) had no (?:large-scale |significant |major )?(resources|reserves|deposits) of ([a-z]+) or ([a-z]+); it was rich in ([a-z, ]+?)$`)

// contrastQuizzes makes the contrast items of the paper.
func (x *extractor) contrastQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		return strings.Contains(para.Sentences[si].Text, "rich in")
	}, func(para *paper.Paragraph, si int, s string) {
		m := reLacksRich.FindStringSubmatch(s)
		if m == nil {
			return
		}
		var rich []string
		for _, r := range strings.FieldsFunc(strings.ReplaceAll(m[5], " and ", ","), func(r rune) bool { return r == ',' }) {
			if r = strings.TrimSpace(r); r != "" {
				rich = append(rich, r)
			}
		}
		answer := upperFirst(m[3]) + " or " + m[4] // as the sentence has it
		wrong := x.richPairs(rich, x.choiceKind(answer))
		if len(wrong) < 3 {
			return
		}
		q := "Of which " + m[2] + " did " + m[1] + " have none on a large scale?"
		id := quizID(para.N, si, span{kind: "resource", text: answer}, para.Sentences[si].Text)
		quiz := makeQuiz(id, q, answer, wrong[:3], "resource", para, para.Sentences[si])
		if x.loneKind(quiz) {
			return // the answer's kind alone: guessed without the paper
		}
		x.spare(id, wrong[3:])
		out = append(out, quiz)
	})
	return out
}

// resourceKind is the kind of resource world.txt knows r as ("coal":
// resource-fuel), "" for none.
func (x *extractor) resourceKind(r string) string {
	if k, _ := x.world.kindOf(r); strings.HasPrefix(k, "resource-") {
		return k
	}
	return ""
}

// choiceKind is the kind of resource every member of a choice "A or B"
// is ("Coal or uranium": resource-fuel), "" when they differ or one is
// unknown ("Coal or marble").
func (x *extractor) choiceKind(c string) string {
	kind := ""
	for k, r := range strings.Split(c, " or ") {
		rk := x.resourceKind(strings.TrimSpace(r))
		if rk == "" || (k > 0 && rk != kind) {
			return ""
		}
		kind = rk
	}
	return kind
}

// loneKind: the answer of a resources item is of a known kind and no
// wrong choice is wholly of it ("Oil or gas" the only fuels beside "Coal
// or marble", "Gold or silver", "Tungsten or lead"): a student told the
// country lacked energy strikes the three without the paper.
func (x *extractor) loneKind(q Quiz) bool {
	kind := x.choiceKind(q.Choices[q.Answer])
	if kind == "" {
		return false
	}
	for i, c := range q.Choices {
		if i != q.Answer && x.choiceKind(c) == kind {
			return false
		}
	}
	return true
}

// richPairs pairs the riches by kind of resource, "A or B" each: the
// pairs of kind first (the answer's) lead, then each other kind's in the
// order its first member comes, two by two in the paper's order; the
// riches of no known kind and a kind's odd one out are paired last, in
// the paper's order ("coal, marble, gold, silver, tungsten, lead, uranium
// and zinc" beside "oil or gas": "Coal or uranium", "Gold or silver",
// "Tungsten or lead", then "Marble or zinc").
func (x *extractor) richPairs(rich []string, first string) []string {
	var kinds []string
	byKind := map[string][]string{}
	for _, r := range rich {
		k := x.resourceKind(r)
		if _, seen := byKind[k]; !seen && k != "" {
			kinds = append(kinds, k)
		}
		byKind[k] = append(byKind[k], r)
	}
	if i := slices.Index(kinds, first); i > 0 {
		kinds = append([]string{first}, slices.Delete(kinds, i, i+1)...)
	}
	var out []string
	pair := func(a, b string) { out = append(out, upperFirst(a)+" or "+b) }
	left := map[string]bool{}
	for _, r := range byKind[""] {
		left[r] = true
	}
	for _, k := range kinds {
		rs := byKind[k]
		for i := 0; i+1 < len(rs); i += 2 {
			pair(rs[i], rs[i+1])
		}
		if len(rs)%2 == 1 {
			left[rs[len(rs)-1]] = true
		}
	}
	var rest []string
	for _, r := range rich {
		if left[r] {
			rest = append(rest, r)
		}
	}
	for i := 0; i+1 < len(rest); i += 2 {
		pair(rest[i], rest[i+1])
	}
	return out
}
