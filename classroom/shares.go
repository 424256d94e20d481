package classroom

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"paperbot/paper"
)

// Share items: a sentence that splits a sum among areas, each with its
// figure ("The U.S. gave aid for Economic Growth ($91.98 million),
// Governing Justly & Democratically ($126.1 million), ..., Humanitarian
// ($497.88 million) ...") asks which area took the largest share; the
// next largest three are the distractors. It asks what the US aid was
// mostly for, which a figure item never does, and offers no figure.

var (
	reAreaSum     = regexp.MustCompile(`([A-Za-z][A-Za-z &-]*?) \(\$([\d.,]+) (million|billion)\)`)
	reGaveFor     = regexp.MustCompile(`^(?:The )?([A-Z][\w.]*(?: [A-Z][\w.]*)?) (?:gave|provided|allocated|spent|budgeted|apportioned) (aid|assistance|funding|money) for `)
	reFromToYears = regexp.MustCompile(`\b[Ff]rom ((?:19|20)\d\d) to ((?:19|20)\d\d)\b`)
	reForLand     = regexp.MustCompile(`\b(?:for|to) ([A-Z][a-z]+)\b`)
)

// shareQuizzes makes the share items of the paper.
func (x *extractor) shareQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		return len(reAreaSum.FindAllStringIndex(para.Sentences[si].Text, 5)) >= 4
	}, func(para *paper.Paragraph, si int, s string) {
		raw := para.Sentences[si].Text
		m := reGaveFor.FindStringSubmatch(s)
		if m == nil {
			return
		}
		type area struct {
			name  string
			value float64
		}
		var areas []area
		for _, a := range reAreaSum.FindAllStringSubmatch(raw, -1) {
			name := strings.TrimPrefix(strings.TrimSpace(a[1]), "and ")
			if i := strings.LastIndex(name, " for "); i >= 0 {
				name = name[i+len(" for "):]
			}
			v, err := strconv.ParseFloat(strings.ReplaceAll(a[2], ",", ""), 64)
			if err != nil || name == "" || !isCapitalized(name) {
				continue // "crosscutting & Program Support": not an area's name
			}
			if a[3] == "billion" {
				v *= 1000
			}
			areas = append(areas, area{name, v})
		}
		if len(areas) < 4 {
			return
		}
		sort.SliceStable(areas, func(i, j int) bool { return areas[i].value > areas[j].value })
		if areas[0].value < 1.5*areas[1].value {
			return // no clear largest: a close call is a figure to remember
		}
		// whom and when, from the sentence or the one before ("From 1992
		// to 2010, the U.S. allocated an aid of ... for Tajikistan")
		context := s
		if prev, ok := x.previous(para, si, 0); ok {
			context = prev + " " + s
		}
		land, years := "", ""
		for _, c := range reForLand.FindAllStringSubmatch(context, -1) {
			if k, _ := x.world.kindOf(c[1]); k == "country" {
				land = " to " + c[1]
				break
			}
		}
		if y := reFromToYears.FindStringSubmatch(context); y != nil {
			years = " from " + y[1] + " to " + y[2]
		}
		q := "Which area took the largest share of the " + m[1] + "'s " + m[2] + land + years + "?"
		q = strings.ReplaceAll(q, "U.S.'s", "U.S.")
		answer := areas[0].name
		wrong := []string{areas[1].name, areas[2].name, areas[3].name}
		id := quizID(para.N, si, span{kind: "share", text: answer}, raw)
		out = append(out, makeQuiz(id, q, answer, wrong, "share", para, para.Sentences[si]))
	})
	return out
}
