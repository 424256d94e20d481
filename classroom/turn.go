package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Turn items: where a side turned when it cooled on another. A sentence
// "Tajik leadership was more reluctant to pursue close connections with
// the U.S and had expanded relations with Iran, China, and Russia" gives
// "With which countries did the Tajik leadership expand relations as it
// grew more reluctant to pursue close connections with the U.S.?". The
// wrong choices are lists of as many other countries the paper keeps
// to (the answer's, the subject's and the cooled side's left out), as
// few shared between two lists as the paper's countries allow: each is a set of the
// paper's own countries that the sentence does not name.

var reTurn = regexp.MustCompile(`^((?:The |the )?[A-Z][a-z]+(?: [a-z]+)?) was more reluctant to ([a-z][^,]+?) and had (expanded|deepened|strengthened|improved|widened) (?:its )?(relations|ties|links) with ([A-Z][A-Za-z]+(?:, [A-Z][A-Za-z]+)*,? and [A-Z][A-Za-z]+)\b`)

// turnQuizzes makes the turn items of the paper.
func (x *extractor) turnQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		return strings.Contains(para.Sentences[si].Text, "reluctant")
	}, func(para *paper.Paragraph, si int, s string) {
		m := reTurn.FindStringSubmatch(s)
		if m == nil {
			return
		}
		names := splitList(m[5])
		taken := map[string]bool{}
		for _, c := range append(append([]string(nil), names...), x.countriesIn(s)...) {
			k, canon := x.world.kindOf(c)
			if k != "country" {
				return // a list of other things
			}
			taken[canon] = true
		}
		var pool []string
		for _, c := range x.world.members["country"] {
			if !taken[c] && !strings.Contains(c, " ") && x.namedInParagraphs(c) >= 1 {
				pool = append(pool, c)
			}
		}
		n := len(names)
		if len(pool) < 2*n+1 {
			return // too few for three lists that differ
		}
		id := quizID(para.N, si, span{kind: "turn", text: m[5]}, para.Sentences[si].Text)
		rng := seeded(id, 1)
		rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
		var wrong []string
		for k := range 3 {
			var list []string
			for i := range n {
				list = append(list, pool[(k*n+i)%len(pool)])
			}
			wrong = append(wrong, joinList(list))
		}
		subject := m[1]
		if strings.HasPrefix(subject, "Tajik ") || strings.HasPrefix(subject, "The ") {
			subject = "the " + strings.TrimPrefix(subject, "The ")
		}
		vp := strings.TrimSpace(m[2])
		if strings.HasSuffix(vp, " U.S") {
			vp += "."
		}
		q := "With which countries did " + subject + " " + baseForm(m[3]) + " " + m[4] + " as it grew more reluctant to " + vp + "?"
		out = append(out, makeQuiz(id, q, joinList(names), wrong, "turn", para, para.Sentences[si]))
	})
	return out
}

// joinList writes "A, B and C".
func joinList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
