package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Concern items: what a side publicly expressed concern about, the
// paper's human rights tension in the relationship. "In another incident,
// when Tajik troops were sent to the nation's southern Badakshan region
// bordering Afghanistan in July 2012, the U.S. embassy publicly expressed
// concern about civilian deaths and called on the government to respect
// human rights" gives "What did the U.S. embassy publicly express concern
// about in July 2012?". The wrong choices are the human rights issues the
// paper lists elsewhere ("Other human rights issues included arbitrary
// arrest; ..."), none sharing a word with the concern's sentence (the
// prisoners it also named), and none of a list whose paragraph gives it to
// the same side (sideRaises: the list cites the U.S. Department of State,
// so a reader cannot call arbitrary arrest wrong for what the U.S. embassy
// raised; the blind reader of blind24): with fewer than three left there
// is no item. The troops' deployment stays out of the stem: it would tell
// the answer (deaths) without the paper.

var reConcern = regexp.MustCompile(`\bwhen [^,]+? (?:in|on) (` + actWhen + `), (the [\w.]+(?: [\w.]+)?) (publicly )?expressed concern (?:about|over) ([a-z][a-z -]+?)(?: and (?:called|urged|asked) .*)?$`)

// concernQuizzes makes the concern items of the paper.
func (x *extractor) concernQuizzes() []Quiz {
	var issues, kinds []string
	var from []*paper.Paragraph // each issue's paragraph
	for i := range x.p.Paragraphs {
		if k, is := x.listedIssues(&x.p.Paragraphs[i]); len(is) > 0 {
			issues = append(issues, is...)
			kinds = append(kinds, strings.Fields(k)...)
			for range is {
				from = append(from, &x.p.Paragraphs[i])
			}
		}
	}
	var out []Quiz
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		return strings.Contains(para.Sentences[si].Text, "sympathy") || strings.Contains(para.Sentences[si].Text, "concern")
	}, func(para *paper.Paragraph, si int, s string) {
		m := reConcern.FindStringSubmatch(s)
		if m == nil {
			return
		}
		answer := upperFirst(m[4])
		// the sentence's own words, less the list's kind ("human rights"),
		// which every issue is one of
		own := s
		for _, k := range kinds {
			own = replaceWord(own, k, "")
		}
		var cands []string
		for i, is := range issues {
			if wordCount(is) > 8 || sharesWordStem(is, own) {
				continue // said in the concern's own sentence: not wrong
			}
			if x.sideRaises(from[i], m[2]) {
				continue // the same side's concern elsewhere: not wrong
			}
			cands = append(cands, upperFirst(is))
		}
		if len(cands) < 3 {
			return
		}
		id := quizID(para.N, si, span{kind: "concern", text: answer}, para.Sentences[si].Text)
		rng := seeded(id, 1)
		rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
		q := "What did " + m[2] + " " + m[3] + "express concern about in " + m[1] + "?"
		out = append(out, makeQuiz(id, q, answer, cands[:3], "concern", para, para.Sentences[si]))
	})
	return out
}

// sideRaises: the paragraph of a list of issues names side's country
// ("the U.S. embassy" and "Other human rights issues included arbitrary
// arrest; ... (U.S. Department of State, 2013)"): the paper attributes
// those issues to the same side, so a reader cannot call one wrong for
// what the side expressed concern about (the blind reader of blind24).
func (x *extractor) sideRaises(para *paper.Paragraph, side string) bool {
	f := strings.Fields(strings.TrimPrefix(side, "the "))
	if len(f) == 0 {
		return false
	}
	var text strings.Builder
	for _, s := range para.Sentences {
		text.WriteString(s.Text)
		text.WriteByte(' ')
	}
	for _, sp := range x.allSpellings(f[0]) {
		if len(wordIndexes(text.String(), sp)) > 0 {
			return true
		}
	}
	return false
}
