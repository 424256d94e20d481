package classroom

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"paperbot/paper"
)

// Plan items (the i10plan pass): what a side wanted, planned or agreed to
// open or build in a place. "US wanted to open a national training centre
// in Karatoga, Tajikistan, which included battalion complexes and weapons
// facilities on 25 June 2010" asks "What did the United States want to
// open in Karatoga, Tajikistan, in June 2010?" (a national training
// centre): what was planned, the place and the time its context. The
// place item on the sentence ("In which place did the US want to open a
// national training centre?") was bare place recall and stays dropped;
// strict readers (blind67, blind68) missed the training centre as a theme.
// The wrong choices are the other facilities one state opens in another,
// general knowledge in world.txt's `facility` kind, of the answer's length
// band (a word more or less), none sharing a word stem with the answer or
// the sentence's paragraph, none the paper names in any spelling (it then
// tells of one opened or offered: "air bases", "field clinics"), none
// naming an earlier item's answer or telling one (a border post beside the
// Border Force): a reader who has not read the paper strikes none. No item
// when the facility the sentence names is not of the kind: the answer is
// the paper's words, never the list's.

const planKind = "plan"

// rePlanned: "US wanted to open a national training centre in Karatoga,
// Tajikistan, which included ...": the side, its verb, the deed, the
// facility, the place and the rest (where the time may be).
var rePlanned = regexp.MustCompile(`^(?:The )?([A-Z][\w.]*(?: [A-Z][\w.]*)*) (wanted|planned|intended|agreed|decided) to (open|build|set up|establish|construct) (an? [a-z]+(?: [a-z]+){0,4}?) in ([A-Z][\w-]*(?:, [A-Z][\w-]*)?)\b(.*)$`)

// planBase is the stem's form of a planning verb.
var planBase = map[string]string{"wanted": "want", "planned": "plan", "intended": "intend", "agreed": "agree", "decided": "decide"}

// planQuizzesOf makes the plan items, none of whose wrong choices names
// or tells an item of pi.
func (x *extractor) planQuizzesOf(pi *priorItems) []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas(" to open ", " to build ", " to set up ", " to establish ", " to construct "), func(para *paper.Paragraph, si int, s string) {
		q, answer, wrong := x.plan(s, x.plainParagraph(para), pi)
		if q == "" {
			return
		}
		out = append(out, x.shuffledQuiz(para, si, planKind, q, answer, wrong))
	})
	return out
}

// plan is the plan item of the plain sentence s in the plain paragraph
// para: its stem, answer and every wrong choice that may stand (three at
// least); "" when s plans no facility of the list's kind.
func (x *extractor) plan(s, para string, pi *priorItems) (q, answer string, wrong []string) {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	m := rePlanned.FindStringSubmatch(s)
	if m == nil {
		return "", "", nil
	}
	side := x.actorOf(m[1])
	if side == "" {
		return "", "", nil
	}
	own, spelled := x.knownFacility(m[4])
	if own == "" {
		return "", "", nil
	}
	answer = upperFirst(spelled)
	wrong = x.kindChoices(facilityKind, own, spelled, x.paraWithout(para), false, pi)
	if len(wrong) < 3 {
		return "", "", nil
	}
	q = "What did " + x.sideName(side) + " " + planBase[m[2]] + " to " + m[3] + " in " + m[5]
	if t := findTimes(m[6], nil); len(t) == 1 {
		when := t[0].when()
		if t[0].month > 0 {
			when = monthNames[t[0].month] + " " + strconv.Itoa(t[0].year)
		}
		q += ", in " + when
	}
	return q + "?", answer, wrong
}

// knownFacility is the list's facility (its first spelling) that phrase
// is in any spelling, and phrase as the paper writes it; "" when none.
func (x *extractor) knownFacility(phrase string) (own, spelled string) {
	p := strings.ToLower(phrase)
	for _, f := range x.world.members[facilityKind] {
		for _, sp := range x.world.all[f] {
			if strings.ToLower(sp) == p {
				return f, phrase
			}
		}
	}
	return "", ""
}

const facilityKind = "facility"

// paperSays: the paper names facility f, in any of its spellings (its
// article cut), as written or in plain English, anywhere.
func (x *extractor) paperSays(f string) bool {
	for _, sp := range x.world.all[f] {
		sp = strings.TrimPrefix(strings.TrimPrefix(sp, "a "), "an ")
		for pi := range x.p.Paragraphs {
			para := &x.p.Paragraphs[pi]
			for si := range para.Sentences {
				if containsWord(strings.ToLower(para.Sentences[si].Text), sp) || containsWord(strings.ToLower(x.plainOf(para, si)), sp) {
					return true
				}
			}
		}
	}
	return false
}

// kindChoices are the members of world.txt's kind (own aside) that may
// stand as wrong choices beside answer: upper-case first (every word when
// title), within a word of the answer's length, none sharing a word stem
// with the answer, with text (its paragraph) or with another wrong choice
// (three "Joint ..." beside an answer without it single the answer out),
// none the paper says, none telling an item of pi; the nearest in length
// first.
func (x *extractor) kindChoices(kind, own, answer, text string, title bool, pi *priorItems) []string {
	n := wordCount(answer)
	prior, priorWords := pi.qs, pi.targets()
	var wrong []string
	for _, f := range x.world.members[kind] {
		c := upperFirst(f)
		if title {
			c = titled(f)
		}
		if f == own || sharesWordStem(f, answer) || sharesWordStem(f, text) ||
			wordCount(c) < n-1 || wordCount(c) > n+1 || x.paperSays(f) {
			continue
		}
		if optionGivesAway(c, prior, priorWords) || x.namesPriorAnswer(c, prior) || sharesWordStem(c, strings.Join(wrong, " ")) {
			continue
		}
		wrong = append(wrong, c)
	}
	sort.SliceStable(wrong, func(i, j int) bool {
		return abs(wordCount(wrong[i])-n) < abs(wordCount(wrong[j])-n)
	})
	return wrong
}

// namesPriorAnswer: choice c shares a word stem with the answer of an
// item of prior ("A border post" beside the Border Force).
func (x *extractor) namesPriorAnswer(c string, prior []Quiz) bool {
	for _, p := range prior {
		if sharesWordStem(strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(c), "a "), "an "), p.Choices[p.Answer]) {
			return true
		}
	}
	return false
}
