package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Reliance items: what an event left a country depending on another for.
// "The Tajik civil war left the country and the regime highly dependent
// upon Russia for its national and regime security" asks "For what did
// the Tajik civil war leave Tajikistan highly dependent on Russia?"
// (warning.go's dependence item asks on whom). The wrong choices are what
// the paper says a third side helped or aided the country with, written
// as the answer is ("A and B C"): "its economic and political
// advancement" (America helped), "military training and education" (US
// military aid), "food and other humanitarian needs" (US aid, "mainly
// for"). A student who read the paper knows which side gave what; one
// who did not sees four needs a poor country emerging from a war could
// look to a great power for.

var (
	// reHelpedWith: what a side helped with or gave aid for ("helped
	// Tajikistan with its economic and political advancement", "military
	// aid ... for military training and education").
	reHelpedWith = regexp.MustCompile(`\b(?:with|for) (?:its |their )?((?:[a-z-]+ )?[a-z-]+ and (?:other )?[a-z-]+(?: [a-z-]+)?)(?:$|[,;]| (?:as|in|from|to|by|since|after)\b)`)
	// reMainlyForAlong: "mainly for food, along with other humanitarian needs".
	reMainlyForAlong = regexp.MustCompile(`\b(?:mainly|mostly|chiefly) for ([a-z]+), along with (other [a-z]+ [a-z]+)$`)
)

// relianceQuizzes makes the reliance items of the paper.
func (x *extractor) relianceQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas("dependent", "reliant"), func(para *paper.Paragraph, si int, s string) {
		m := reLeftDependent.FindStringSubmatch(s)
		if m == nil {
			return
		}
		patron := m[3] // see reLeftDependent (warning.go)
		if k, _ := x.world.kindOf(patron); k != "country" {
			return
		}
		answer := upperFirst(m[4])
		wrong := x.helpedWith(m[4], patron)
		if len(wrong) < 3 {
			return
		}
		who, ok := x.leftDependent(m)
		if !ok {
			return
		}
		q := "For what did " + lowerFirst(m[1]) + " leave " + who + " highly dependent on " + patron + "?"
		if wordCount(q) > maxQuestionWords {
			return
		}
		id := quizID(para.N, si, span{kind: "reliance", text: answer}, para.Sentences[si].Text)
		out = append(out, makeQuiz(id, q, answer, wrong[:3], "reliance", para, para.Sentences[si]))
	})
	return out
}

// helpedWith are the needs the paper says a side other than patron helped
// with or gave aid for, as "Its ...", in paper order; none sharing a word
// with answer, and none from a sentence naming patron.
func (x *extractor) helpedWith(answer, patron string) []string {
	var out []string
	add := func(phrase string) {
		if wordCount(phrase) > 5 || sharesWord(phrase, answer) {
			return
		}
		words := strings.Fields(phrase)
		if strings.HasSuffix(words[len(words)-1], "ing") {
			return // "terrorism dominating": a clause, not a need
		}
		for _, w := range words {
			if w == "the" || w == "a" || w == "an" {
				return // "training and the purchase": a list cut short
			}
		}
		for _, o := range out {
			if sharesWord(o, phrase) {
				return
			}
		}
		out = append(out, "Its "+phrase)
	}
	x.bodySentences(x.plainHas(" with ", " for "), func(_ *paper.Paragraph, _ int, s string) {
		helped := reHelpedWith.FindAllStringSubmatch(s, -1)
		along := reMainlyForAlong.FindStringSubmatch(s)
		if helped == nil && along == nil || containsWord(s, patron) {
			return
		}
		other := false
		for _, c := range x.countriesIn(s) {
			_, canon := x.world.kindOf(c)
			_, p := x.world.kindOf(patron)
			other = other || canon != p
		}
		if !other {
			return
		}
		for _, m := range helped {
			add(m[1])
		}
		if along != nil {
			add(along[1] + " and " + along[2])
		}
	})
	return out
}
