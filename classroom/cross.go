package classroom

import (
	"fmt"
	"slices"
	"strings"

	"paperbot/paper"
)

// Choices across the quiz (the i10cross pass). Two strict blind readers
// (blind43, blind44) judged items weak for how their choices are written,
// whatever the item asks:
//
//   - One choice offered by two items word for word ("Agreed on non-lethal
//     supplies to support military operations of NATO ..." the act item's
//     wrong deed and the commitment item's wrong deal): no choice, answer
//     or wrong, is in two items. The later item takes another wrong choice
//     its own rule gave (spare); with none left it goes.
//   - A choice far longer than the rest: the answer alone longest by far
//     (over 1.5 times every other choice's characters and 3 words more) is
//     picked by its length; a wrong choice over 2.5 times every other
//     stands out (blind43 and blind44 found 2.9 times too long, passed 2.2
//     and 2.1). The answer is cut at its last "and" (a trailing
//     coordinated phrase: "Through political and cultural accords and
//     small-scale economic agreements" keeps "Through political and
//     cultural accords"), when what is kept is still its sentence's
//     words, three of them at least, and in the band; a wrong one takes a
//     spare of the band. Else the item goes.
//   - The answer alone sharing a stem word's root ("Which NATO programme
//     ...?" beside "Partnership for Peace Program"): the answer drops that
//     head noun when two words stay ("Partnership for Peace"); a key issue
//     whose answer's head names the stem's field makes no item
//     (keyissue.go). An item still cued goes, as an act item always did
//     (stemCue).
//   - A wrong choice naming another item's answer (the i10keyissue pass):
//     "An agreement on expanded US aid to Tajikistan's border security",
//     a deal of the commitment item, beside "Which agency did the USA
//     agree to support ... under a bilateral agreement?" tells of the
//     agreement that item asks about and names the one agency about
//     borders, "Tajik Border Force". A wrong choice sharing a word with
//     an item's stem (it tells of what that item asks) and another with
//     its answer, a name, that neither its stem nor its wrong choices
//     have, is a hint: the item takes a spare, else goes. A name is told
//     by one of its words; an answer that says something ("Limitations on
//     religious freedom", beside the topic "Human rights and freedoms") is
//     picked by what it says, and a shared word tells little.

// sameChoice: two choices are one, whatever their case, hyphens or
// endings ("Raised human rights issues ..." and "Raising human rights
// issues ..."), or one is the other with a word or so more ("Agreed on
// non-lethal supplies to support ..." and "Non-lethal supplies to support
// ..."): the shorter's words, three at least, are the longer's, and
// three quarters of them.
func sameChoice(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	wa, wb := optionWords(a), optionWords(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) < 2 || len(wa) < 3 && len(wa) != len(wb) || 4*len(wa) < 3*len(wb) {
		return false
	}
	for w := range wa {
		if !wb[w] {
			return false
		}
	}
	return true
}

// sharedChoice returns a choice of q that some other item of all offers.
func sharedChoice(q Quiz, all []Quiz) (string, string, bool) {
	for _, o := range all {
		if o.ID == q.ID {
			continue
		}
		for _, c := range q.Choices {
			for _, d := range o.Choices {
				if sameChoice(c, d) {
					return c, o.ID, true
				}
			}
		}
	}
	return "", "", false
}

// sharedChoiceFlaws: choices offered by two items (blind43 and blind44,
// items 12 and 17).
func sharedChoiceFlaws(all []Quiz) []string {
	var errs []string
	for i, q := range all {
		if c, o, ok := sharedChoice(q, all[i+1:]); ok {
			errs = append(errs, fmt.Sprintf("%s and %s both offer %q", q.ID, o, c))
		}
	}
	return errs
}

const (
	answerBand = 1.5 // the answer over this many times every other choice
	wrongBand  = 2.5 // a wrong choice over this many times every other
	bandWords  = 3   // and this many words more than every other
)

// outlier returns the choice of q far longer than every other (see the
// top), -1 for none.
func outlier(q Quiz) int {
	for i, c := range q.Choices {
		band := wrongBand
		if i == q.Answer {
			band = answerBand
		}
		far := true
		for j, d := range q.Choices {
			if j != i && (float64(len(c)) <= band*float64(len(d)) || wordCount(c) < wordCount(d)+bandWords) {
				far = false
				break
			}
		}
		if far {
			return i
		}
	}
	return -1
}

// lengthBandFlaws: a choice far longer than the rest (blind43 and
// blind44, items 17 and 28).
func lengthBandFlaws(all []Quiz) []string {
	var errs []string
	for _, q := range all {
		if i := outlier(q); i >= 0 {
			errs = append(errs, fmt.Sprintf("%s: %q far longer than the other choices", q.ID, q.Choices[i]))
		}
	}
	return errs
}

// stemCueWord returns the answer's word whose root the stem shares and no
// wrong choice does ("progra" of "Partnership for Peace Program" beside
// "Which NATO programme ...?").
func stemCueWord(q Quiz) (string, bool) {
	stem := optionWords(q.Question)
	for _, w := range strings.Fields(q.Choices[q.Answer]) {
		root := optionWords(w)
		if len(root) != 1 {
			continue
		}
		var r string
		for r = range root {
		}
		if !stem[r] {
			continue
		}
		inWrong := false
		for i, c := range q.Choices {
			inWrong = inWrong || i != q.Answer && optionWords(c)[r]
		}
		if !inWrong {
			return w, true
		}
	}
	return "", false
}

// stemCueFlaws: answers alone sharing a stem word's root (blind43 and
// blind44, items 3 and 14).
func stemCueFlaws(all []Quiz) []string {
	var errs []string
	for _, q := range all {
		if w, ok := stemCueWord(q); ok {
			errs = append(errs, fmt.Sprintf("%s: only the answer %q shares %q with the stem", q.ID, q.Choices[q.Answer], w))
		}
	}
	return errs
}

// dropHeadCue: the answer without its last word where that word is the
// stem's cue and two words stay ("Partnership for Peace").
func dropHeadCue(q Quiz) (Quiz, bool) {
	w, ok := stemCueWord(q)
	f := strings.Fields(q.Choices[q.Answer])
	if !ok || len(f) < 3 || f[len(f)-1] != w {
		return q, false
	}
	q.Choices[q.Answer] = strings.Join(f[:len(f)-1], " ")
	return q, true
}

// cutTrailing: the answer cut before its last " and " where it is the
// outlier and the rest is in band, three words or more, and no other
// choice.
func cutTrailing(q Quiz) (Quiz, bool) {
	if outlier(q) != q.Answer {
		return q, false
	}
	ans := q.Choices[q.Answer]
	i := strings.LastIndex(ans, " and ")
	if i < 0 {
		return q, false
	}
	kept := strings.TrimRight(ans[:i], ", ")
	if wordCount(kept) < 3 || !strings.Contains(strings.ToLower(q.Sentence), strings.ToLower(kept)) {
		return q, false
	}
	m := q
	m.Choices[m.Answer] = kept
	for j, c := range m.Choices {
		if j != m.Answer && sameChoice(c, kept) {
			return q, false
		}
	}
	if outlier(m) >= 0 {
		return q, false
	}
	return m, true
}

// respare puts in q's wrong choice i the first spare that no item of
// others offers, that leaves q in band and is no other choice of q.
func respare(q Quiz, i int, spares []string, others []Quiz) (Quiz, bool) {
	for _, s := range spares {
		m := q
		m.Choices[i] = s
		ok := outlier(m) < 0
		for j, c := range q.Choices {
			ok = ok && (j == i || !sameChoice(c, s))
		}
		if _, _, shared := sharedChoice(m, others); ok && !shared {
			return m, true
		}
	}
	return q, false
}

// statesAnswer: c holds every content word of the answer of an item of
// all other than q, an answer of two such words or more (by their first
// five letters, so a plural is the same word: "annual bilateral
// consultations" states "Annual Bilateral Consultation"); that item's id.
// A one-word answer is the name checks' business (namesAnswerOf).
func statesAnswer(c string, q Quiz, all []Quiz) (string, bool) {
	cw := contentWords(c)
	for _, b := range all {
		if b.ID == q.ID {
			continue
		}
		aw := contentWords(b.Choices[b.Answer])
		if len(aw) < 2 {
			continue
		}
		every := true
		for w := range aw {
			found := false
			for v := range cw {
				found = found || w == v || len(w) >= 5 && len(v) >= 5 && w[:5] == v[:5]
			}
			every = every && found
		}
		if every {
			return b.ID, true
		}
	}
	return "", false
}

// wordSets are optionWords of texts already split, kept for a pass that
// asks every item against every other (mendChoices): the sets are only
// read.
type wordSets map[string]map[string]bool

func (ws wordSets) of(text string) map[string]bool {
	w, ok := ws[text]
	if !ok {
		w = optionWords(text)
		ws[text] = w
	}
	return w
}

// namesAnswerOf returns the item of all whose answer, a name, wrong
// choice c of q hints at (see the top), and the word.
func namesAnswerOf(c string, q Quiz, all []Quiz) (string, string, bool) {
	return wordSets{}.namesAnswerOf(c, q, all)
}

func (ws wordSets) namesAnswerOf(c string, q Quiz, all []Quiz) (string, string, bool) {
	// "Tajikistan's" is the country, as "Tajikistan", no content word
	cw := ws.of(strings.ReplaceAll(c, "'s ", " "))
	for _, b := range all {
		if b.ID == q.ID || !nameKind(b) {
			continue
		}
		stem := ws.of(b.Question)
		if countIn(cw, stem) == 0 {
			continue
		}
		for w := range ws.of(b.Choices[b.Answer]) {
			if !cw[w] || stem[w] {
				continue
			}
			inWrong := false
			for i, d := range b.Choices {
				inWrong = inWrong || i != b.Answer && ws.of(d)[w]
			}
			if !inWrong {
				return b.ID, w, true
			}
		}
	}
	return "", "", false
}

// hintedBy: a wrong choice of q hints at the answer of an item of all.
func hintedBy(q Quiz, all []Quiz) (string, string, bool) {
	return wordSets{}.hintedBy(q, all)
}

func (ws wordSets) hintedBy(q Quiz, all []Quiz) (string, string, bool) {
	for i, c := range q.Choices {
		if i == q.Answer {
			continue
		}
		if id, _, ok := ws.namesAnswerOf(c, q, all); ok {
			return c, id, true
		}
	}
	return "", "", false
}

// answerHintFlaws: wrong choices hinting at another item's answer.
func answerHintFlaws(all []Quiz) []string {
	var errs []string
	ws := wordSets{}
	for _, q := range all {
		for i, c := range q.Choices {
			if i == q.Answer {
				continue
			}
			if id, w, ok := ws.namesAnswerOf(c, q, all); ok {
				errs = append(errs, fmt.Sprintf("%s's wrong choice %q names %q of %s's answer", q.ID, c, w, id))
			}
		}
	}
	return errs
}

// mendChoices applies the four rules of the top to items, in order:
// each item is mended where its own words allow, else it goes. Only
// earlier items count for a shared choice: the later of two takes another;
// a hint counts toward any item kept so far.
func (x *extractor) mendChoices(items []item) []item {
	drop := map[int]bool{}
	ws := wordSets{} // every item is asked against every other for hints
	for i := range items {
		var earlier []Quiz
		for j := 0; j < i; j++ {
			if !drop[j] {
				earlier = append(earlier, items[j].Quiz)
			}
		}
		q := items[i].Quiz
		spares := x.spares[q.ID]
		if m, ok := dropHeadCue(q); ok {
			q = m
		}
		if m, ok := x.liftLeadWord(q); ok {
			q = m
		}
		if m, ok := cutTrailing(q); ok {
			q = m
		}
		if k := outlier(q); k >= 0 && k != q.Answer {
			q, _ = respare(q, k, spares, earlier)
		}
		for k, c := range q.Choices {
			if k != q.Answer && offeredBy(c, earlier) {
				q, _ = respare(q, k, spares, earlier)
			}
		}
		var others []Quiz
		for j := range items {
			if j != i && !drop[j] {
				others = append(others, items[j].Quiz)
			}
		}
		var plain []string // the spares that hint at no item
		for _, sp := range spares {
			if _, _, ok := ws.namesAnswerOf(sp, q, others); !ok {
				plain = append(plain, sp)
			}
		}
		for k, c := range q.Choices {
			if _, _, ok := ws.namesAnswerOf(c, q, others); ok && k != q.Answer {
				q, _ = respare(q, k, plain, earlier)
			}
		}
		var bare []string // the spares that state no item's answer
		for _, sp := range plain {
			if _, ok := statesAnswer(sp, q, others); !ok {
				bare = append(bare, sp)
			}
		}
		for k, c := range q.Choices {
			if _, ok := statesAnswer(c, q, others); ok && k != q.Answer {
				q, _ = respare(q, k, bare, earlier)
			}
		}
		_, _, shared := sharedChoice(q, earlier)
		_, cued := stemCueWord(q)
		_, _, hints := ws.hintedBy(q, others)
		if shared || cued || hints || outlier(q) >= 0 {
			drop[i] = true
			continue
		}
		if a := q.Choices[q.Answer]; !slices.Contains(items[i].spellings, a) {
			items[i].spellings = append(items[i].spellings, a)
		}
		items[i].Quiz = q
	}
	return kept(items, drop)
}

// offeredBy: some item of all offers choice c.
func offeredBy(c string, all []Quiz) bool {
	for _, o := range all {
		for _, d := range o.Choices {
			if sameChoice(c, d) {
				return true
			}
		}
	}
	return false
}

// spare records the wrong choices an item's rule gave beyond its three,
// in its order of preference, for mendChoices.
func (x *extractor) spare(id string, wrong []string) {
	if x.spares == nil {
		x.spares = map[string][]string{}
	}
	x.spares[id] = append([]string(nil), wrong...)
}

// shuffledQuiz makes the item of para's sentence si whose wrong choices
// are three of wrong, drawn by a seed from its id (the same every run);
// the rest are kept as spares for mendChoices.
func (x *extractor) shuffledQuiz(para *paper.Paragraph, si int, kind, q, answer string, wrong []string) Quiz {
	sent := para.Sentences[si]
	id := quizID(para.N, si, span{kind: kind, text: answer}, sent.Text)
	rng := seeded(id, 1)
	rng.Shuffle(len(wrong), func(i, j int) { wrong[i], wrong[j] = wrong[j], wrong[i] })
	x.spare(id, wrong[3:])
	return makeQuiz(id, q, answer, wrong[:3], kind, para, sent)
}

// sharesHead: the last word of answer shares its root with a word of
// field ("border security", "security cooperation").
func sharesHead(answer, field string) bool {
	f := strings.Fields(answer)
	if len(f) < 2 {
		return false
	}
	for w := range optionWords(f[len(f)-1]) {
		if optionWords(field)[w] {
			return true
		}
	}
	return false
}

// otherDeals are a commitment item's spares after the paper's own deals:
// the deals two states sign that the list of kinds knows ("bilateral-deal:
// extradition treaty | ..."), each "A <deal>", none sharing a word with
// the answer, the source sentence or a wrong choice, none whose words
// the paper names anywhere (a reader of the paper knows none was made).
func (x *extractor) otherDeals(answer, sentence string, wrong []string) []string {
	var out []string
	for _, d := range x.world.members["bilateral-deal"] {
		if sharesWord(d, answer) || sharesWord(d, sentence) || sharesWord(d, strings.Join(wrong, " ")) {
			continue
		}
		named := false
		for _, w := range strings.Fields(d) {
			named = named || w != "treaty" && w != "agreement" && x.namedInBody(w)
		}
		if !named {
			out = append(out, upperFirst(reAnVowel.ReplaceAllString("a "+d, "an $1")))
		}
	}
	return out
}

// liftLeadWord moves a word only the answer opens with into the stem
// ("Which agency ...?" beside "Tajik Border Force", "National Guard",
// "Drug Control Agency": only the answer says whose) when the list of
// kinds spells the answer without it ("Tajik Border Force / Border
// Force"): "Which Tajik agency ...?", "Border Force". The stem must open
// "Which <noun> " and hold no such word already.
func (x *extractor) liftLeadWord(q Quiz) (Quiz, bool) {
	ans := q.Choices[q.Answer]
	lead, rest, ok := strings.Cut(ans, " ")
	if !ok || !strings.HasPrefix(q.Question, "Which ") || containsWord(q.Question, lead) {
		return q, false
	}
	for k, c := range q.Choices {
		if k != q.Answer && strings.HasPrefix(c, lead+" ") {
			return q, false
		}
	}
	if !x.world.sameThing(ans, rest) || len(strings.Fields(rest)) < 2 {
		return q, false
	}
	noun, tail, ok := strings.Cut(strings.TrimPrefix(q.Question, "Which "), " ")
	if !ok || strings.ToLower(noun) != noun {
		return q, false
	}
	q.Question = "Which " + lead + " " + noun + " " + tail
	q.Choices[q.Answer] = rest
	return q, true
}
