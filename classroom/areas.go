package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Area items: what a partnership between two named sides worked on. "NATO
// and Tajikistan actively took part in the battle against terrorism ...
// They were creating practical cooperation in various areas through the
// nation's Individual Partnership Program ... Key areas included security
// and peacekeeping cooperation, particularly counter-terrorism cooperation
// and border security, emergency management and civil emergency planning"
// asks "Which of these does the paper list as a key area of the practical cooperation
// between NATO and Tajikistan?" (civil emergency planning). The wrong
// choices are the areas the paper lists for ANOTHER relationship ("The two
// nations now cooperated in such areas as counter-narcotics, ...,
// non-proliferation, and regional development"): each is a field of
// security cooperation a student who did not read the paper cannot strike,
// and one who did knows whose list it was in.
//
// The answer is no head of other areas of its list ("security" of
// "border security", which any choice fits), an area no other list names (counter-terrorism is in both:
// a fair answer either way), none any earlier item offers or answers with
// ("Border security", "Emergency management": an area asked twice), none
// the paper says anywhere a side focused on; the wrong choices share no
// word with an area of the answer's own list.

var (
	// reKeyAreas: "Key areas included A, B and C" (no holder of its own).
	reKeyAreas = regexp.MustCompile(`^(?:The )?[Kk]ey areas (?:included|include|were|are) ([a-z][a-z ,-]+)$`)
	// reTwoSides: a sentence opening on two named sides ("NATO and
	// Tajikistan actively took part ...").
	reTwoSides = regexp.MustCompile(`^([A-Z][A-Za-z.]+) and ([A-Z][A-Za-z.]+) [a-z]`)
	// reCoopAreas: what the sides built in the areas ("creating practical
	// cooperation in various areas").
	reCoopAreas = regexp.MustCompile(`\b((?:[a-z]+ )?cooperation) in (?:various|many|several|different|a number of) areas\b`)
)

// areaQuizzesOf makes the area items, none giving away an item of pi.
func (x *extractor) areaQuizzesOf(pi *priorItems) []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas("areas "), func(para *paper.Paragraph, si int, s string) {
		m := reKeyAreas.FindStringSubmatch(s)
		if m == nil {
			return
		}
		a, b, coop := x.areasHolder(para, si)
		if a == "" || coop == "" {
			return
		}
		own := listedAreas(m[1])
		others := x.otherAreaLists(para)
		focus := x.sideFoci() // found only for a list of key areas
		ownWords, otherWords := wordsIn(own), wordsIn(others)
		var answers, choices []string
		for _, p := range pi.qs {
			answers = append(answers, p.Choices[p.Answer])
			choices = append(choices, p.Choices[:]...)
		}
		answerWords := wordsIn(answers)
		offeredAll := strings.Join(choices, "\n") // every earlier choice, one line each
		answer := ""
		for _, area := range own {
			// an answer of an earlier item shares a word with it ("Border
			// security"): asked here too, the area would be asked twice
			if !areaChoice(area) || broadest(area, own) || focus[firstWord(area)] > 0 || anyIn(area, otherWords) || anyIn(area, answerWords) || containsWord(offeredAll, area) {
				continue
			}
			answer = area
			break
		}
		if answer == "" {
			return
		}
		var wrong []string
		for _, o := range others {
			if len(wrong) == 3 {
				break
			}
			if !areaChoice(o) || anyIn(o, ownWords) || anyIn(o, wordsIn(wrong)) || isAnswer(o, pi.qs) {
				continue
			}
			wrong = append(wrong, o)
		}
		if len(wrong) < 3 {
			return
		}
		// "does the paper list": the paper says the sides also worked in
		// "numerous other areas", so a reader may defend a wrong choice
		// as an area of theirs (blind64, 80, 82, 83); the list settles it
		q := "Which of these does the paper list as a key area of the " + coop + " between " + a + " and " + b + "?"
		if wordCount(q) > maxQuestionWords {
			return
		}
		for i := range wrong {
			wrong[i] = upperFirst(wrong[i])
		}
		sent := para.Sentences[si]
		id := quizID(para.N, si, span{kind: "area", text: answer}, sent.Text)
		out = append(out, makeQuiz(id, q, upperFirst(answer), wrong, "area", para, sent))
	})
	return out
}

// areasHolder finds, in the sentences before si of para, the two sides a
// "Key areas ..." list belongs to and what they built in those areas: the
// nearest sentence opening on two named sides, and the nearest naming
// their "cooperation in various areas".
func (x *extractor) areasHolder(para *paper.Paragraph, si int) (a, b, coop string) {
	for sj := si - 1; sj >= 0; sj-- {
		s := x.plainOf(para, sj)
		if coop == "" {
			if m := reCoopAreas.FindStringSubmatch(s); m != nil {
				coop = m[1]
			}
		}
		if a == "" {
			if m := reTwoSides.FindStringSubmatch(s); m != nil {
				a, b = m[1], m[2]
			}
		}
	}
	return a, b, coop
}

// otherAreaLists are the areas the paper's lists of areas name outside
// para ("such areas as A, B, and C"), in paper order.
func (x *extractor) otherAreaLists(para *paper.Paragraph) []string {
	var out []string
	x.bodySentences(x.plainHas("areas "), func(p *paper.Paragraph, si int, s string) {
		if p.N == para.N {
			return
		}
		if m := reAreas.FindStringSubmatch(s); m != nil {
			out = append(out, listedAreas(m[1])...)
		}
	})
	return out
}

// broadest: another area of the list holds the area's words ("security"
// in "border security"): a head every choice of security cooperation fits.
func broadest(area string, list []string) bool {
	for _, l := range list {
		if l != area && containsWord(l, area) {
			return true
		}
	}
	return false
}

// areaChoice: an area of one to three words with a content word.
func areaChoice(area string) bool {
	n := wordCount(area)
	return n > 0 && n <= 3 && len(contentWords(area)) > 0
}

// wordsIn is the content words of every phrase of list.
func wordsIn(list []string) map[string]bool {
	out := map[string]bool{}
	for _, l := range list {
		for w := range contentWords(l) {
			out[w] = true
		}
	}
	return out
}

// anyIn: one of the phrase's content words is in set.
func anyIn(phrase string, set map[string]bool) bool {
	for w := range contentWords(phrase) {
		if set[w] {
			return true
		}
	}
	return false
}

// isAnswer: an item of prior answers with the area itself.
func isAnswer(area string, prior []Quiz) bool {
	for _, p := range prior {
		if strings.EqualFold(p.Choices[p.Answer], area) {
			return true
		}
	}
	return false
}
