package classroom

import (
	"regexp"
	"sort"
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
// choices are other operations an army conducts (world.txt's
// "military-operation", the kind of the answer's areas), those the paper
// names first ("humanitarian aid", "stability", NATO's "peacekeeping"
// and "emergency management", "De-mining"), written as the answer is
// ("A and B operations"): none odd for an army, none what the paper says
// the aid was for. Out, as a strict reader could defend them: an area
// sharing a word with the answer or with the source's paragraph (which
// says what else the aid went to: "border security"), and one the paper
// says anywhere was a focus ("counter-terrorism", "antiterrorism").

var (
	// reTailored: "This funding was tailored to reform efforts to
	// guarantee that the Tajik army was well prepared to conduct ...".
	reTailored = regexp.MustCompile(`^This ([a-z]+) (?:was|were) (tailored|designed|intended|meant|geared|shaped) to (?:[a-z ]+? to )?(?:guarantee|ensure|make sure) that ((?:the )?[A-Z][\w-]*(?: [a-z]+)?) (?:was|were) (?:well |fully |better )?(prepared|trained|equipped|ready) to (conduct|carry out|undertake|perform) ([a-z][a-z -]+ and [a-z][a-z -]+ ([a-z]+))$`)
	// reReceived: the sentence before names the aid: "After 9/11,
	// Tajikistan surprisingly began receiving military aid from the
	// United States".
	reReceived = regexp.MustCompile(`^(?:(After [^,]+|In [^,]+|From [^,]+), )?([A-Z][a-z]+) (?:[a-z]+ly )?(began|started) (receiving|getting) ([a-z]+ (?:aid|assistance|funding)) from ((?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*)`)
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

// pairedAreas are "A and B <head>" for areas of the kind the list
// (world.txt) knows the answer's areas as ("military-operation": what an
// army conducts), two a choice, no area in two choices: first those the
// paper's body names, in paper order, then the list's others in its
// order. An area is out when it shares a word with the answer, when the
// source's paragraph names it (it says what else the aid went to:
// "border security"), or when the paper calls it a focus
// ("counter-terrorism", any of its spellings). None when the answer's
// areas have no kind in the list, or two different ones: then no choice
// is known to be of the answer's kind, and no item is made.
func (x *extractor) pairedAreas(answer, head string, para *paper.Paragraph, focus map[string]bool) []string {
	kind := ""
	for i, a := range strings.Split(strings.TrimSuffix(answer, " "+head), " and ") {
		k, _ := x.world.kindOf(a + " " + head)
		if k == "" || i > 0 && k != kind {
			return nil
		}
		kind = k
	}
	var own []string // the source paragraph, whose areas are the aid's own
	for si := range para.Sentences {
		s, _ := x.plainSentence(para, si)
		own = append(own, s)
	}
	ownWords, ansWords := contentWords(strings.Join(own, " ")), contentWords(answer)
	shares := func(a string) bool {
		for w := range contentWords(a) {
			if ownWords[w] || ansWords[w] {
				return true
			}
		}
		return false
	}
	type area struct {
		member string // the list's first spelling, with head
		text   string // as the paper writes it, else the list's first spelling
		at     int    // first sentence of the body naming it; -1 none
	}
	var areas []area
	for _, m := range x.world.members[kind] {
		a := area{member: m, text: strings.TrimSuffix(m, " "+head), at: -1}
		out := false
		for _, sp := range x.world.all[m] {
			sp = strings.TrimSuffix(sp, " "+head)
			out = out || shares(sp) || sharesWordStem(sp, answer) || focus[firstWord(sp)]
		}
		if !out {
			areas = append(areas, a)
		}
	}
	spellings := make([][]string, len(areas)) // lower case, head cut
	for i, a := range areas {
		for _, sp := range x.world.all[a.member] {
			spellings[i] = append(spellings[i], strings.ToLower(strings.TrimSuffix(sp, " "+head)))
		}
	}
	n, left := 0, len(areas)
	// the body's plain text, as plainOf caches it: no sentence is
	// rendered again for this
	x.bodySentences(func(p *paper.Paragraph, si int) bool {
		if left == 0 || p.N == para.N {
			return false
		}
		s := strings.ToLower(x.plainOf(p, si))
		for i := range areas {
			if areas[i].at >= 0 {
				continue
			}
			for _, sp := range spellings[i] {
				if strings.Contains(s, sp) && len(wordIndexes(s, sp)) > 0 {
					areas[i].text, areas[i].at = sp, n
					left--
					break
				}
			}
		}
		n++
		return false
	}, func(*paper.Paragraph, int, string) {})
	sort.SliceStable(areas, func(i, j int) bool {
		ai, aj := areas[i].at, areas[j].at
		return ai >= 0 && (aj < 0 || ai < aj)
	})
	var out []string
	for i := 0; i+1 < len(areas); i += 2 {
		out = append(out, upperFirst(areas[i].text)+" and "+areas[i+1].text+" "+head)
	}
	return out
}
