package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Since items (the i10since pass): what a side did once another's forces
// had left a place. "Since Russian forces withdrew from the Tajik-Afghan
// border, the US had led an international effort to protect the
// country's borders, stop the trafficking of narcotics, and ..." asks
// "What did the United States do after Russian forces withdrew from the
// Tajik-Afghan border?" (It led an international effort to protect
// Tajikistan's borders). Strict readers (blind64-68) missed the U.S. role
// on the border after Russia left. The answer keeps the deed's first goal,
// as the reaction item keeps its first deed (rights.go), in plain.txt's
// words; "the country's" is the paper's subject country. The wrong
// choices are deeds on the same place a side might have taken instead,
// general knowledge in world.txt's `withdrawal-response` kind ({place} is
// the place's head noun, {forces} the forces that left): sending its own
// troops, leaving the place to local forces, asking the forces back. A
// choice may name what the stem names (the border, the forces): a word
// the stem says hints at nothing the stem does not. Beyond those words
// none shares a word stem with the answer or the paragraph, none of the
// answer's length band apart, none gives away or names an earlier item's
// answer.

const sinceKind = "since"

// reSinceLeft: "Since Russian forces withdrew from the Tajik-Afghan
// border, the US had led ...": the forces, the place, its head noun, the
// side, and the side's deed.
var reSinceLeft = regexp.MustCompile(`^Since ((?:[A-Z][a-z]+ )?(?:forces|troops|soldiers|border guards)) (?:withdrew|pulled out|were withdrawn) from (the (?:[A-Z][\w-]* )*(border|frontier|region|bases?)), (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*)*) had ([a-z]+ .+)$`)

// reCountryPossessive: the paper's own country, named by its role.
var reCountryPossessive = regexp.MustCompile(`\bthe (?:country|nation)'s\b`)

// since is the since item of the plain sentence s: its stem, answer, the
// stem's place and forces; "" when s makes none.
func (x *extractor) since(s string) (q, answer, place, forces string) {
	m := reSinceLeft.FindStringSubmatch(strings.TrimRight(strings.TrimSpace(s), "."))
	if m == nil {
		return "", "", "", ""
	}
	side := x.actorOf(m[4])
	if side == "" {
		return "", "", "", ""
	}
	deed, _, _ := strings.Cut(m[5], ", ")
	if hedged[strings.Fields(deed)[0]] {
		return "", "", "", ""
	}
	if home := x.homeCountry(); home != "" && home != side {
		deed = reCountryPossessive.ReplaceAllString(deed, home+"'s")
	}
	q = "What did " + x.sideName(side) + " do after " + m[1] + " withdrew from " + m[2] + "?"
	return q, "It " + deed, m[3], m[1]
}

// homeCountry is the country the paper's title names first, in the list's
// spelling; "" when none.
func (x *extractor) homeCountry() string {
	cs := x.countriesIn(x.p.Title)
	if len(cs) == 0 {
		return ""
	}
	if _, c := x.world.kindOf(cs[0]); c != "" {
		return c
	}
	return cs[0]
}

// beyondStem is c without the words whose stem the item's stem holds.
func beyondStem(c, stem string) string {
	sw := map[string]bool{}
	for w := range contentWords(stem) {
		if len(w) >= 5 {
			sw[w[:5]] = true
		}
	}
	var out []string
	for _, w := range strings.Fields(c) {
		lw := strings.ToLower(strings.Trim(w, ",.'s"))
		if len(lw) >= 5 && sw[lw[:5]] {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// sinceQuizzesOf makes the since items, none of whose wrong choices gives
// away or names an answer of pi.
func (x *extractor) sinceQuizzesOf(pi *priorItems) []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas("Since "), func(para *paper.Paragraph, si int, s string) {
		q, answer, place, forces := x.since(s)
		if q == "" {
			return
		}
		text := x.paraWithout(x.plainParagraph(para))
		n := wordCount(answer)
		var wrong []string
		for _, r := range x.world.members["withdrawal-response"] {
			c := "It " + strings.NewReplacer("{place}", place, "{forces}", forces).Replace(r)
			own := beyondStem(c, q)
			if sharesWordStem(own, answer) || sharesWordStem(own, text) || wordCount(c) < n-2 || wordCount(c) > n+1 {
				continue
			}
			if optionGivesAway(own, pi.qs, pi.targets()) || x.namesPriorAnswer(own, pi.qs) {
				continue
			}
			wrong = append(wrong, c)
		}
		if len(wrong) < 3 {
			return
		}
		out = append(out, x.shuffledQuiz(para, si, sinceKind, q, answer, wrong))
	})
	return out
}
