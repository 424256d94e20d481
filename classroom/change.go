package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Change items: a sentence that says which way a tie between two
// countries went ("As a result, its partnership with Russia was reduced
// but remained important", "the country's dependence on Russia increased
// for national security and foreign remittances") asks what happened to
// it; the other ways it could have gone are the distractors. Consent
// items of the same family: a power "not happy to accept" something that
// still "agreed not to oppose" it "as long as" it was temporary asks how
// it responded, against welcoming, opposing and accepting without terms.
// Both ask what the paper says of Tajikistan's balance between the
// powers, not a name or a date.

var (
	reTieChanged = regexp.MustCompile(`^(?:(As a result), )?(.*?)\b(its|the country's|[A-Z][a-z]+'s) (partnership|relations|ties|dependence|reliance|cooperation) (with|on) ([A-Z][a-z]+) (increased|grew|expanded|deepened|decreased|declined|was reduced|weakened)( but remained important)?(?: for ([a-z][a-z ]+?))?(?: mostly [^,]*)?(?: and [A-Z].*)?$`)
	reNotHappy   = regexp.MustCompile(`^(?:The government of )?([A-Z][a-z]+) was not (?:happy|pleased|keen|willing|eager) to accept (.+?), (?:but|however|yet) agreed not to (?:oppose|block|obstruct|resist) (?:the|these|those) [a-z]+ as long as they were (temporary|provisional)\b`)
	reItsCause   = regexp.MustCompile(`^((?:Its|[A-Z][a-z]+'s) [a-z]+ in .+?) (?:became|was|made|led)\b`)
	reSinceFrame = regexp.MustCompile(`^Since ([a-z][a-z ]*[a-z]|[A-Z][A-Za-z0-9 ]*[A-Za-z0-9]), `)
)

// changeQuizzes makes the change and consent items of the paper.
func (x *extractor) changeQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		t := x.plainOf(para, si) // the paper's words vary; the plain list's do not
		return strings.Contains(t, "remained important") || strings.Contains(t, "dependence") || strings.Contains(t, "as long as")
	}, func(para *paper.Paragraph, si int, s string) {
		sent := para.Sentences[si]
		if m := reNotHappy.FindStringSubmatch(s); m != nil {
			if k, _ := x.world.kindOf(m[1]); k != "country" {
				return
			}
			q := "How did " + m[1] + " respond to " + m[2] + "?"
			answer := "It agreed not to oppose them as long as they were " + m[3]
			// Wrong answers of the answer's own form (a stance and its
			// condition): an answer that alone is hedged among absolutes is
			// picked by its form (sixth blind reader).
			wrong := []string{"It agreed not to oppose them as long as Russian troops could share their bases", "It opposed them and pressed Tajikistan to refuse them", "It accepted them as long as they came under Russian command"}
			id := quizID(para.N, si, span{kind: "response", text: answer}, sent.Text)
			out = append(out, makeQuiz(id, q, answer, wrong, "response", para, sent))
			return
		}
		m := reTieChanged.FindStringSubmatch(s)
		if m == nil {
			return
		}
		other := m[6]
		if k, _ := x.world.kindOf(other); k != "country" {
			return
		}
		owner := strings.TrimSuffix(m[3], "'s")
		if m[3] == "its" || m[3] == "the country's" {
			owner = ""
			for _, c := range x.countriesIn(s) {
				if _, canon := x.world.kindOf(c); canon != other && c != other {
					owner = c
					break
				}
			}
		}
		if owner == "" {
			return
		}
		tie := owner + "'s " + m[4] + " " + m[5] + " " + other
		if m[9] != "" {
			tie += " for " + m[9]
		}
		q := "What happened to " + tie
		if m[1] == "" {
			// A change with no cause of its own needs the time frame the
			// sentence before opens with ("Since independence, ..."): without
			// it, "what happened to the dependence" has no answer a student
			// can defend (it fell after 9/11 by one item, rose by another).
			if si == 0 {
				return
			}
			f := reSinceFrame.FindStringSubmatch(x.plainOf(para, si-1))
			if f == nil {
				return
			}
			q = "Since " + f[1] + ", what happened to " + tie
		} else {
			// "As a result": of what the sentence before says
			prev, ok := x.previous(para, si, 0)
			c := reItsCause.FindStringSubmatch(prev)
			if !ok || c == nil {
				return
			}
			cause := strings.Replace(c[1], owner+"'s ", "its ", 1)
			q += " as a result of " + strings.Replace(cause, "Its ", "its ", 1)
		}
		q = strings.ReplaceAll(q, "U.S-led", "U.S.-led") + "?"
		up := map[string]bool{"increased": true, "grew": true, "expanded": true, "deepened": true}[m[7]]
		var answer string
		var wrong []string
		switch {
		case up:
			answer, wrong = "It increased", []string{"It decreased", "It ended", "It did not change"}
		case m[8] != "":
			answer, wrong = "It was reduced but remained important", []string{"It was deepened but remained informal", "It was broken off but later restored", "It was expanded but lost importance"}
		default:
			answer, wrong = "It decreased", []string{"It increased", "It ended", "It did not change"}
		}
		if wordCount(q) > maxQuestionWords {
			return
		}
		id := quizID(para.N, si, span{kind: "change", text: answer}, sent.Text)
		out = append(out, makeQuiz(id, q, answer, wrong, "change", para, sent))
	})
	return out
}

// plainOf is sentence si of para in plain English as body renders it
// (citations cut), "" for a paragraph body skips.
func (x *extractor) plainOf(para *paper.Paragraph, si int) string {
	x.body()
	if x.plainAt == nil {
		x.plainAt = map[int]int{}
		n := 0
		for i := range x.p.Paragraphs {
			if x.p.Paragraphs[i].Section == "References" {
				continue
			}
			x.plainAt[x.p.Paragraphs[i].N] = n
			n += len(x.p.Paragraphs[i].Sentences)
		}
	}
	at, ok := x.plainAt[para.N]
	if !ok || at+si >= len(x.sentPlain) {
		return ""
	}
	return x.sentPlain[at+si]
}
