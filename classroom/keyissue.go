package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Key-issue items: a sentence naming what one side put first in a field
// ("U.S concentrated on border security as the key issue in security
// cooperation") asks what that was. The wrong choices are other areas the
// paper's lists of areas name ("Key areas included security and
// peacekeeping cooperation, ..., emergency management and civil emergency
// planning"; "cooperated in such areas as ... non-proliferation"), those
// listed beside the answer first: each is a field the paper says someone
// worked on, so a student who did not read it cannot strike one, and none
// is what the paper calls the key issue. Left out, as a strict reader
// could defend them: an area the paper says anywhere was a focus
// ("mainly focused on counter-terrorism"), one sharing a word with the
// answer or the field ("border protection"), one sharing a word with a
// purpose the paper gives for the same side's acts ("to conduct
// counter-narcotics operations"); of two areas sharing a word only the
// first ("emergency management", "civil emergency planning").
//
// A key issue whose answer's head is the stem's field word ("border
// security" as the key issue "in security cooperation") makes no item
// (the i10keyissue pass). Only the answer would share the stem's word
// (cross.go's stemCue); wrong choices sharing it are fields of security
// the paper never names ("Cyber security", "Aviation security"), which
// every strict reader from blind46 to blind53 found struck at sight,
// leaving the field a state on the Afghan border would put first; and the
// paper's other areas are a focus, a purpose or another item's answer.
// What the U.S. did for the field is asked by what the sentences beside
// it tell (the agency it agreed to support).

var (
	reKeyIssue = regexp.MustCompile(`^((?:The |the )?[A-Z][\w.]*(?: [A-Z][\w.]*)?) (concentrated|focused|centred|centered) on ([a-z][a-z -]+?) as the (key|main|central|chief|principal) (issue|priority|concern|task) (in|of) ([a-z][a-z -]+)$`)
	// reAreas: a list of areas ("such areas as A, B, and C", "Key areas
	// included A, B and C").
	reAreas = regexp.MustCompile(`\bareas (?:as|included|including|such as|were)\s+([a-z][a-z ,-]+)$`)
	// reAreaHedge: a hedge or a generic head around an area.
	reAreaHedge = regexp.MustCompile(`^(?:particularly|especially|mainly|notably|including|other) | (?:cooperation|issues?|purposes|needs|aid|rights|support)$`)
)

// keyIssueQuizzes makes the key-issue items of the paper.
// rs are the paper's stated causes, focus its areas called a focus (see
// focusAreas).
func (x *extractor) keyIssueQuizzes(rs []reason, focus map[string]bool) []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas(" as the "), func(para *paper.Paragraph, si int, s string) {
		m := reKeyIssue.FindStringSubmatch(s)
		if m == nil {
			return
		}
		answer, field := m[3], m[7]
		subject := m[1]
		if strings.HasPrefix(subject, "The ") {
			subject = "the " + subject[4:]
		}
		if strings.ToUpper(subject) == subject { // "U.S", "US": a country's initials
			if strings.HasSuffix(subject, ".S") {
				subject += "."
			}
			subject = "the " + subject
		}
		if sharesHead(answer, field) {
			return // the field names the answer (see the top)
		}
		wrong := x.otherAreas(answer, field, x.actorOf(subject), rs, focus)
		if len(wrong) < 3 {
			return
		}
		q := "What did " + subject + " " + baseForm(m[2]) + " on as the " + m[4] + " " + m[5] + " " + m[6] + " " + m[7] + "?"
		if wordCount(q) > maxQuestionWords {
			return
		}
		id := quizID(para.N, si, span{kind: "focus", text: answer}, para.Sentences[si].Text)
		out = append(out, makeQuiz(id, q, upperFirst(answer), wrong[:3], "focus", para, para.Sentences[si]))
	})
	return out
}

// otherAreas are the areas the paper's lists of areas name, those in a
// list beside the answer first, less any a strict reader could defend as
// the answer (see the comment at the top).
func (x *extractor) otherAreas(answer, field, actor string, rs []reason, focus map[string]bool) []string {
	var purposes []string
	for _, r := range rs {
		if r.actor == actor {
			purposes = append(purposes, r.answer)
		}
	}
	var beside, rest []string
	x.bodySentences(x.plainHas("areas "), func(para *paper.Paragraph, si int, s string) {
		m := reAreas.FindStringSubmatch(s)
		if m == nil {
			return
		}
		areas := listedAreas(m[1])
		with := false
		for _, a := range areas {
			with = with || a == answer
		}
		for _, a := range areas {
			n := wordCount(a)
			if n == 0 || n > 3 || len(contentWords(a)) == 0 || sharesWordStem(a, answer) || sharesWordStem(a, field) || focus[firstWord(a)] {
				continue
			}
			bad := false
			for _, p := range purposes {
				bad = bad || sharesWord(a, p)
			}
			if bad {
				continue
			}
			if with {
				beside = append(beside, a)
			} else {
				rest = append(rest, a)
			}
		}
	})
	var out []string
	for _, a := range append(beside, rest...) {
		dup := false
		for _, o := range out {
			dup = dup || sharesWordStem(a, o)
		}
		if !dup {
			out = append(out, upperFirst(a))
		}
	}
	return out
}

// focusAreas are the first words of every area the body names as a
// focus ("focused on counter-terrorism"), lists of focus aside: those
// name what was worked on, not what was put first.
func (x *extractor) focusAreas() map[string]bool {
	focus := map[string]bool{}
	x.bodySentences(x.plainHas("focus", "concentrat"), func(para *paper.Paragraph, si int, s string) {
		if reFocusList.MatchString(s) || reKeyIssue.MatchString(s) {
			return
		}
		for _, m := range reFocusOf.FindAllStringSubmatch(s, -1) {
			focus[firstWord(m[1])] = true
		}
	})
	return focus
}

func firstWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// sharesWord: two phrases share a content word ("counter-narcotics").
func sharesWord(a, b string) bool {
	bw := contentWords(b)
	for w := range contentWords(a) {
		if bw[w] {
			return true
		}
	}
	return false
}

// listedAreas splits a list of areas ("security and peacekeeping
// cooperation, particularly counter-terrorism cooperation and border
// security") into its areas, hedges and generic heads cut: "security",
// "peacekeeping", "counter-terrorism", "border security".
func listedAreas(list string) []string {
	var out []string
	for _, part := range splitList(list) {
		for _, a := range strings.Split(part, " and ") {
			out = append(out, strings.TrimSpace(reAreaHedge.ReplaceAllString(strings.TrimSpace(a), "")))
		}
	}
	return out
}
