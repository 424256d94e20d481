package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Attribute items: why a country counted for more than its neighbours.
// A sentence "Because it borders Afghanistan, Tajikistan's practical
// importance for such operation was more significant than that of
// Kazakhstan and Kyrgyzstan ..." gives the cause as a fact about the
// country; the paper states other facts about it elsewhere ("it had 65
// percent of Central Asia's water resources", "it relied on remittances
// and commodity exports", "it had one of the world's biggest plants for
// aluminum processing"), each true and none the cause. Those, in the
// answer's "Because it ..." form, are the wrong choices: a student who
// read the paper knows which fact it gives as the reason; one who did
// not has four true-sounding facts. The stem leaves out the "for the
// operation in Afghanistan" that would name the answer.

var (
	// reBecauseIt: "Because it borders Afghanistan, <main>"
	reBecauseIt = regexp.MustCompile(`^Because (it [a-z]+s? [^,]+), (.+)$`)
	// reComparedMain: "<X>'s <noun> for <...> was more significant than
	// that of A and B <...>"
	reComparedMain = regexp.MustCompile(`^([A-Z][a-z]+)'s ([a-z]+ ?[a-z]*) (?:for (?:such|the|this) ([a-z]+)[^,]*? )?(was|were) (more|less) ([a-z]+) than that of ([A-Z][a-z]+) and ([A-Z][a-z]+)\b`)
	// reActorSubject: "The U.S. military acquired ...": who acted.
	reActorSubject = regexp.MustCompile(`^((?:The )?[A-Z][\w.]*(?: [a-z]+)?) [a-z]+ed\b`)
	// reDeedThere: "acquired landing and overflight rights in Tajikistan
	// to support ...": a deed in the country, its purpose cut.
	reDeedThere = regexp.MustCompile(`^([a-z]+ed [a-z ]+?) in ([A-Z][a-z]+)\b`)
	// reTrailingDates: a closing ", from 1992 to 1997" or ", in 2005".
	reTrailingDates = regexp.MustCompile(`,? (?:from (?:19|20)\d\d to (?:19|20)\d\d|in (?:19|20)\d\d)$`)
	// reAttribute: a clause stating what the country had, was or relied
	// on: "It had one of ...", "it was rich in ...", "Tajikistan was one
	// of the poorest states in the region".
	reAttribute = regexp.MustCompile(`^(?:[A-Z][a-z]+|[Ii]t) ((?:had|was|relied on|depended on) (?:also )?[a-z0-9][^;]*)$`)
	// reRichList: "it was rich in coal, marble, gold, ..."
	reRichList = regexp.MustCompile(`^((?:[A-Z][a-z]+|[Ii]t) (?:was|were) rich in )([a-z, ]+)$`)
	// reClauseBreak splits a sentence into its main clauses.
	reClauseBreak = regexp.MustCompile(`; |, (?:and |moreover, )?(?:it |It )`)
	// reLack: a clause that says what the country lacked or how poor it
	// was: no reason for mattering more, so a student strikes it
	// without the paper.
	reLack = regexp.MustCompile(`\b(?:no|not|poor|poorest|less|lacked|lacking)\b`)
)

// attributes are the facts the body states about country in "it ..."
// form, each once, in paper order: a clause whose subject is the country
// by name, or "It" right after a sentence about it.
func (x *extractor) attributes(country string) []string {
	var out []string
	seen := map[string]bool{}
	// the sentence as written names the country first, or opens "It"
	// right after one that does: only those are rendered in plain words
	names := func(para *paper.Paragraph, si int) bool {
		return strings.HasPrefix(para.Sentences[si].Text, country+" ")
	}
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		return names(para, si) || si > 0 && strings.HasPrefix(para.Sentences[si].Text, "It ") && names(para, si-1)
	}, func(para *paper.Paragraph, si int, s string) {
		parts := reClauseBreak.Split(s, -1)
		lack := false
		for _, part := range parts {
			lack = lack || reLack.MatchString(part)
		}
		for _, part := range parts {
			if lack && reRichList.MatchString(part) {
				// "it had no large-scale resources of oil or gas; it was rich
				// in coal, marble, ...": the list is the other side of a lack
				// another item asks, whose wrong choices it would strike
				continue
			}
			if !strings.HasPrefix(part, "it ") && !strings.HasPrefix(part, "It ") && !strings.HasPrefix(part, country+" ") {
				part = "it " + part // after the break's "it"
			}
			if r := reRichList.FindStringSubmatch(part); r != nil {
				// "it was rich in coal, marble, gold, silver, ...": the
				// first three stand for the list
				items := strings.FieldsFunc(strings.ReplaceAll(r[2], " and ", ","), func(c rune) bool { return c == ',' })
				if len(items) >= 3 {
					part = r[1] + strings.TrimSpace(items[0]) + ", " + strings.TrimSpace(items[1]) + " and " + strings.TrimSpace(items[2])
				}
			}
			// "... a brutal civil war, from 1992 to 1997": the dates are
			// no part of the fact
			part = reTrailingDates.ReplaceAllString(part, "")
			m := reAttribute.FindStringSubmatch(part)
			if m == nil || strings.ContainsAny(m[1], "0123456789") {
				continue // a figure in a cause reads as recall, and another item may ask it
			}
			a := "it " + strings.Replace(m[1], " also ", " ", 1)
			if i := strings.Index(a, " that "); i > 0 {
				a = a[:i] // "... exports that made it vulnerable to ...": the fact, not its comment
			}
			if n := wordCount(a); n < 4 || n > 14 || seen[a] || strings.Contains(a, "which") || reLack.MatchString(a) {
				continue
			}
			seen[a] = true
			out = append(out, a)
		}
	})
	return out
}

// attributeQuizzes makes the attribute items of the paper.
func (x *extractor) attributeQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		return strings.HasPrefix(para.Sentences[si].Text, "Because ")
	}, func(para *paper.Paragraph, si int, s string) {
		m := reBecauseIt.FindStringSubmatch(s)
		if m == nil {
			return
		}
		c := reComparedMain.FindStringSubmatch(m[2])
		if c == nil {
			return
		}
		answer := "Because " + m[1]
		what := ""
		if c[3] != "" {
			// "for such operation": to whom it mattered, from the sentence
			// before ("The U.S. military acquired ... to support its
			// operation in Afghanistan"); where the operation was would
			// name the answer, and the operation another item's
			prev, ok := x.previous(para, si, 0)
			sm := reActorSubject.FindStringSubmatch(prev)
			if !ok || sm == nil || !strings.Contains(prev, "its "+c[3]) {
				return
			}
			what = " to " + lowerFirst(sm[1])
			// and what it did there ("which acquired landing and overflight
			// rights there"), its purpose cut: the item asks why the
			// country mattered to that deed, and no other item asks the
			// deed (see oneCausePerFact)
			if d := reDeedThere.FindStringSubmatch(prev[len(sm[0])-len(strings.Fields(sm[0])[len(strings.Fields(sm[0]))-1]):]); d != nil && d[2] == c[1] {
				what += ", which " + d[1] + " there,"
			}
		}
		q := "Why " + c[4] + " " + c[1] + "'s " + c[2] + what + " " + c[5] + " " + c[6] + " than that of " + c[7] + " and " + c[8] + "?"
		var wrong []string
		for _, a := range x.attributes(c[1]) {
			if sharesWordStem(a, m[1]) || sharesWordStem(a, q) {
				continue // about the answer's topic, or said in the stem
			}
			wrong = append(wrong, "Because "+a)
		}
		if len(wrong) < 3 {
			return
		}
		id := quizID(para.N, si, span{kind: "why", text: answer}, para.Sentences[si].Text)
		rng := seeded(id, 1)
		rng.Shuffle(len(wrong), func(i, j int) { wrong[i], wrong[j] = wrong[j], wrong[i] })
		out = append(out, makeQuiz(id, q, answer, wrong[:3], "why", para, para.Sentences[si]))
	})
	return out
}
