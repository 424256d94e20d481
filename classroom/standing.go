package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Standing items: what, beside another thing, made a country stand out,
// where the paper sets difficulties against it. "It was a noteworthy
// nation in Central Asia by virtue of its geographic location neighboring
// Afghanistan and China and its ample water and other resources, yet it
// faced ethnic and factional divisions, deep poverty, poor governance,
// and other serious difficulties" ("It" Tajikistan, from the sentence
// before) asks "Besides its geographic location, what made Tajikistan a
// noteworthy country in Central Asia?" (its ample water and other
// resources; "country" for the paper's nation, country or state, so the
// stem shares no word with another item's "Its national and regime
// security"). The first asset is named by its head alone ("geographic
// location", not the neighbours: a border is another item's answer). The
// wrong choices are the strengths the same sentence says the country
// lacked, each difficulty turned into what it is the want of by the list
// of kinds (world.txt's `opposite-<word>`: divisions / unity, poverty /
// economic prosperity, poor / good): "Its ethnic and factional unity",
// "Its economic prosperity", "Its good governance". The paper shows each
// wrong in the sentence that gives the answer, and the item asks the
// sentence's point: ample resources, yet deep poverty. No item without
// three difficulties the list can turn, nor when the subject names no
// country.

var (
	// reStanding: "<side> was a noteworthy nation in <region> by virtue
	// of its <asset> and its <asset>, yet it faced <difficulties>".
	reStanding = regexp.MustCompile(`^(.+?) (?:was|is) (an? (?:noteworthy|notable|important|significant|remarkable)) (?:nation|country|state) (in [A-Z][A-Za-z ]*?) by (?:the )?virtue of its (.+?) and its (.+?),? (?:yet|but) (?:it )?(?:faced|confronted|suffered from|struggled with) (.+)$`)
	// reAssetCut: where an asset's head ends ("geographic location
	// neighboring ...", "location between ...").
	reAssetCut = regexp.MustCompile(`\s+(?:[a-z]+ing|between|near|on|at|in|of|with|along|beside)\b.*$`)
	// reGrade: a word that grades a difficulty and has no opposite to
	// turn ("deep poverty": "economic prosperity", not "deep prosperity").
	reGrade = regexp.MustCompile(`^(?:deep|severe|serious|profound|widespread|chronic|great|high|acute|persistent|growing)$`)
)

// standingQuizzes makes the standing items of the paper.
func (x *extractor) standingQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas(" virtue of "), func(para *paper.Paragraph, si int, s string) {
		before := ""
		if si > 0 {
			before, _ = x.plainSentence(para, si-1)
		}
		q, answer, wrong := x.standing(s, before)
		if q == "" {
			return
		}
		sent := para.Sentences[si]
		id := quizID(para.N, si, span{kind: "standing", text: answer}, sent.Text)
		out = append(out, makeQuiz(id, q, answer, wrong, "standing", para, sent))
	})
	return out
}

// standing is the standing item of the plain sentence s, before the plain
// sentence before it: its stem, answer and three wrong choices; "" when s
// does not set a country's assets against difficulties the list of kinds
// can turn into strengths.
func (x *extractor) standing(s, before string) (q, answer string, wrong []string) {
	m := reStanding.FindStringSubmatch(s)
	if m == nil {
		return "", "", nil
	}
	subject := m[1]
	if f := strings.Fields(subject); len(f) == 1 && (f[0] == "It" || f[0] == "They") {
		subject = before // the side the sentence before is about
	}
	side := x.actorOf(subject)
	if side == "" {
		return "", "", nil
	}
	first := strings.TrimSpace(reAssetCut.ReplaceAllString(m[4], ""))
	asset := strings.TrimSpace(m[5])
	if first == "" || asset == "" {
		return "", "", nil
	}
	answer = "Its " + asset
	for _, d := range difficulties(m[6]) {
		st := x.strengthOf(d)
		if st == "" || sharesWord(st, asset) || sharesWord(st, first) {
			continue
		}
		c := "Its " + st
		if !containsString(wrong, c) {
			wrong = append(wrong, c)
		}
	}
	if len(wrong) < 3 {
		return "", "", nil
	}
	return "Besides its " + first + ", what made " + x.sideName(side) + " " + m[2] + " country " + m[3] + "?", answer, wrong[:3]
}

// difficulties splits a list of difficulties ("ethnic and factional
// divisions, deep poverty, poor governance, and other serious
// difficulties") into its items; an "and" joins two items only where
// what comes before it is a phrase of its own ("bad governance and
// regional splits"), not a modifier ("ethnic and factional").
func difficulties(list string) []string {
	var out []string
	for _, part := range strings.Split(strings.TrimRight(list, ". "), ", ") {
		part = strings.TrimPrefix(strings.TrimSpace(part), "and ")
		if a, b, ok := strings.Cut(part, " and "); ok && len(strings.Fields(a)) >= 2 {
			out = append(out, a, b)
			continue
		}
		out = append(out, part)
	}
	return out
}

// strengthOf is what the difficulty d is the want of, by the list of
// kinds' `opposite-<word>`: its head turned ("ethnic and factional
// divisions": "ethnic and factional unity"; "deep poverty": "economic
// prosperity", a grade dropped), else its first word ("poor governance":
// "good governance"); "" when neither has an opposite, or d is a catch-all
// ("other serious difficulties").
func (x *extractor) strengthOf(d string) string {
	f := strings.Fields(strings.ToLower(d))
	if len(f) == 0 || f[0] == "other" {
		return ""
	}
	if op := x.opposite(f[len(f)-1]); op != "" {
		var mods []string
		for _, w := range f[:len(f)-1] {
			if !reGrade.MatchString(w) {
				mods = append(mods, w)
			}
		}
		return strings.Join(append(mods, op), " ")
	}
	if len(f) > 1 {
		if op := x.opposite(f[0]); op != "" {
			return strings.Join(append([]string{op}, f[1:]...), " ")
		}
	}
	return ""
}

// opposite is the list of kinds' opposite of word, "" when it has none.
func (x *extractor) opposite(word string) string {
	if ops := x.world.members["opposite-"+word]; len(ops) > 0 {
		return ops[0]
	}
	return ""
}
