package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Purpose items: what a sentence says aid was shaped to prepare someone
// for. "This funding was tailored to reform efforts to guarantee that the
// Tajik army was well prepared to conduct counter-narcotics and
// counterinsurgency operations", after "After 9/11, Tajikistan ... began
// receiving military aid from the United States ...", gives "What was
// the military aid Tajikistan began receiving from the United States
// after 9/11 tailored to prepare the Tajik army to conduct?". The wrong
// choices pair the areas another list of the paper names together
// ("such areas as ... non-proliferation, and regional development",
// "mainly for refuelling, humanitarian aid, ...", "Key areas included
// ... peacekeeping cooperation, ..., emergency management"), written as
// the answer is ("A and B operations"): each pair is what the paper says
// of someone else's cooperation or use of a base, none what the aid was
// for. Out, as a strict reader could defend them: an area sharing a word
// with the answer or with the source's paragraph (which says what else
// the aid went to: "border security"), and one the paper says anywhere
// was a focus ("counter-terrorism").

var (
	// reTailored: "This funding was tailored to reform efforts to
	// guarantee that the Tajik army was well prepared to conduct ...".
	reTailored = regexp.MustCompile(`^This ([a-z]+) (?:was|were) (tailored|designed|intended|meant|geared|shaped) to (?:[a-z ]+? to )?(?:guarantee|ensure|make sure) that ((?:the )?[A-Z][\w-]*(?: [a-z]+)?) (?:was|were) (?:well |fully |better )?(prepared|trained|equipped|ready) to (conduct|carry out|undertake|perform) ([a-z][a-z -]+ and [a-z][a-z -]+ ([a-z]+))$`)
	// reReceived: the sentence before names the aid: "After 9/11,
	// Tajikistan surprisingly began receiving military aid from the
	// United States".
	reReceived = regexp.MustCompile(`^(?:(After [^,]+|In [^,]+|From [^,]+), )?([A-Z][a-z]+) (?:[a-z]+ly )?(began|started) (receiving|getting) ([a-z]+ (?:aid|assistance|funding)) from ((?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*)`)
	// reMainlyFor: a list of what something was mainly used for.
	reMainlyFor = regexp.MustCompile(`\b(?:mainly|mostly|chiefly|primarily) for ([a-z][a-z ,-]+)$`)
)

// purposeQuizzes makes the purpose items of the paper.
// focus are the areas the paper calls a focus (see focusAreas).
func (x *extractor) purposeQuizzes(focus map[string]bool) []Quiz {
	var out []Quiz
	prepared := x.plainHas(" prepared ", " trained ", " equipped ", " ready ")
	x.bodySentences(func(para *paper.Paragraph, si int) bool { return si > 0 && prepared(para, si) }, func(para *paper.Paragraph, si int, s string) {
		m := reTailored.FindStringSubmatch(s)
		if m == nil {
			return
		}
		prev, _ := x.plainSentence(para, si-1)
		r := reReceived.FindStringSubmatch(reParenthesis.ReplaceAllString(prev, ""))
		if r == nil || !strings.HasSuffix(r[5], m[1]) && !strings.Contains("aid assistance funding", m[1]) {
			return // "This funding" names no aid of the sentence before
		}
		answer, head := m[6], m[7]
		wrong := x.pairedAreas(answer, head, para, focus)
		if len(wrong) < 3 {
			return
		}
		who := m[3]
		if !strings.HasPrefix(who, "the ") && strings.Contains(who, " ") {
			who = "the " + who
		}
		when := ""
		if r[1] != "" {
			when = " " + lowerFirst(r[1])
		}
		q := "What was the " + r[5] + " " + r[2] + " " + r[3] + " " + r[4] + " from " + r[6] + when + " " + m[2] + " to prepare " + who + " to " + m[5] + "?"
		if wordCount(q) > maxQuestionWords {
			return
		}
		id := quizID(para.N, si, span{kind: "purpose", text: answer}, para.Sentences[si].Text)
		out = append(out, makeQuiz(id, q, upperFirst(answer), wrong[:3], "purpose", para, para.Sentences[si]))
	})
	return out
}

// pairedAreas are "A and B <head>" for two areas a list of the paper
// names side by side, one pair a list, in paper order, no area in two
// pairs: see the comment at the top for those left out.
func (x *extractor) pairedAreas(answer, head string, para *paper.Paragraph, focus map[string]bool) []string {
	var own []string // the source paragraph, whose areas are the aid's own
	for si := range para.Sentences {
		s, _ := x.plainSentence(para, si)
		own = append(own, s)
	}
	ownText := strings.Join(own, " ")
	var out, used []string
	lists := x.plainHas("areas ", "mainly for ", "mostly for ", "chiefly for ", "primarily for ")
	x.bodySentences(func(p *paper.Paragraph, si int) bool { return p.N != para.N && lists(p, si) }, func(_ *paper.Paragraph, _ int, s string) {
		m := reAreas.FindStringSubmatch(s)
		if m == nil {
			m = reMainlyFor.FindStringSubmatch(s)
		}
		if m == nil {
			return
		}
		var pair []string
		for _, a := range listedAreas(m[1]) {
			n := wordCount(a)
			if n == 0 || n > 2 || len(contentWords(a)) == 0 || sharesWord(a, answer) || sharesWordStem(a, answer) || sharesWord(a, ownText) || focus[firstWord(a)] {
				continue
			}
			dup := false
			for _, u := range append(used, pair...) {
				dup = dup || sharesWordStem(a, u)
			}
			if dup {
				continue
			}
			pair = append(pair, a)
			if len(pair) == 2 {
				break
			}
		}
		if len(pair) < 2 {
			return
		}
		used = append(used, pair...)
		out = append(out, upperFirst(pair[0])+" and "+pair[1]+" "+head)
	})
	return out
}
