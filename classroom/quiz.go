package classroom

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"paperbot/paper"
)

// Quiz is one multiple-choice question about a fact of the paper.
type Quiz struct {
	// ID is derived from the fact (paragraph, sentence, kind, answer and the
	// sentence's text), so it is the same in every run and a button on an
	// old quiz still resolves after a restart.
	ID       string
	Question string    // a wh-question ending in "?", or "Complete: ..." with one "____"
	Choices  [4]string // the answer and three distractors, shuffled by a seed from ID
	Answer   int       // index of the right choice
	Kind     string    // year, date, amount, number, person, place, organisation, agreement
	// Paragraph and Page locate the source sentence (Page is the page the
	// sentence starts on).
	Paragraph, Page int
	Section         string
	Sentence        string // the source sentence as written, shown after answering
	// Note, shown under the stem when set, says how the paper writes a
	// name the stem spells another way (see noteSpellings).
	Note string
	// unasked is the stem naming the thing the stem describes, used when
	// no item of the quiz answers name (nameUnasked): "... in joining
	// NATO's Partnership for Peace?" for "... in joining NATO's program?"
	unasked, name string
}

// Quizzer holds every quiz that could be made from one paper.
type Quizzer struct {
	quizzes  []Quiz
	lower    []string // each quiz's section title in lower case, for Pick
	byID     map[string]int
	sections []string
}

// Limits on the sentences asked about: longer ones make unreadable
// questions, shorter ones rarely hold a fact with enough context.
const (
	maxQuestionWords = 40
	minQuestionWords = 5
	// maxSentenceWords bounds the sentence a clause is taken from, and
	// maxClozeWords the clause a "Complete: ..." item may copy.
	maxSentenceWords = 70
	maxClozeWords    = 28
	minClozeWords    = 9
	// sameGroupMax is how many candidate answers of one kind a sentence may
	// hold: with two, a cloze still says which one is meant; with more the
	// sentence is a list and the question a memory test.
	sameGroupMax = 2
)

// entity is one distinct thing of a kind found anywhere in the paper: a
// pool of distractors.
type entity struct {
	key, kind, form string
	forms           map[string]string // written forms by span form
	time            timeSpan
	value           float64
	order           int // first appearance, for a stable order
}

// NewQuizzer extracts every quiz it can from p, once, less those that
// would give another away (see dropConflicts). plain is p's plain-English
// list (see LoadPlain) for the stems; nil keeps the paper's words.
func NewQuizzer(p *paper.Paper, plain *Plain) *Quizzer {
	x := newExtractor(p, buildGlossary(p), plain)
	// no item may hand a student another's answer or ask its fact again
	items := x.noteSpellings(nameUnasked(x.dropBareRecall(x.checkedItems())))
	x.freeAmountKeys(items)
	balanceKeys(items)
	for i := range items {
		items[i].ID = contentID(items[i].Quiz)
	}
	qz := &Quizzer{byID: map[string]int{}}
	firstPara := map[string]int{} // each section's first paragraph with an item
	for _, it := range items {
		q := it.Quiz
		qz.byID[q.ID] = len(qz.quizzes)
		qz.quizzes = append(qz.quizzes, q)
		qz.lower = append(qz.lower, strings.ToLower(q.Section))
		if n, seen := firstPara[q.Section]; !seen {
			firstPara[q.Section] = q.Paragraph
			qz.sections = append(qz.sections, q.Section)
		} else if q.Paragraph < n {
			firstPara[q.Section] = q.Paragraph
		}
	}
	// in paper order, whatever order the items are made in (an item made
	// late, after the why-items, may be the first of its section)
	sort.SliceStable(qz.sections, func(i, j int) bool {
		return firstPara[qz.sections[i]] < firstPara[qz.sections[j]]
	})
	return qz
}

// nameUnasked: an item whose stem describes a thing because another item
// asked its name ("the NATO program Tajikistan had joined earlier that
// year") names it when no item left asks it (the i10plan pass: the floor
// drops the name item, and a reader finds "NATO's program" vague).
func nameUnasked(items []item) []item {
	for i := range items {
		if items[i].unasked == "" {
			continue
		}
		asked := false
		for j, it := range items {
			asked = asked || j != i && containsWord(it.Choices[it.Answer], items[i].name)
		}
		if !asked {
			items[i].Question = items[i].unasked
		}
	}
	return items
}

// checkedItems are the items no check drops, before the floor drops bare
// recall (dropBareRecall).
func (x *extractor) checkedItems() []item {
	return x.mendChoices(x.dropNamedPerson(x.dropGuessable(dropAnswerCues(dropGiveaways(x.dropOpposites(x.sameAnswer(x.sameTopicRecall(x.capDateRecall(dropSameFacts(x.dropConflicts(x.afterPeriod(x.items()))))))))))))
}

// items makes every item the paper gives, in paper order, why-items
// last, before any is dropped for giving another away.
func (x *extractor) items() []item {
	p := x.p
	spans := make([][]span, len(p.Paragraphs))
	for i := range p.Paragraphs {
		spans[i] = x.spans(&p.Paragraphs[i])
	}
	pool := x.pool(spans)
	var items []item
	var done []Quiz
	ids := map[string]bool{}
	for i := range p.Paragraphs {
		para := &p.Paragraphs[i]
		for si := range para.Sentences {
			for _, it := range x.sentenceQuizzes(para, si, spans[i], pool) {
				if ids[it.ID] || sameItem(done, it.Quiz) {
					continue
				}
				ids[it.ID] = true
				items = append(items, it)
				done = append(done, it.Quiz)
			}
		}
	}
	for _, q := range append(append(x.consentQuizzes(), append(x.contrastQuizzes(), append(x.shareQuizzes(), x.changeQuizzes()...)...)...), append(append(x.warningQuizzes(), x.threatQuizzes()...), append(x.eventQuizzes(), append(x.dependenceQuizzes(), append(x.rankQuizzes(), append(x.discussionQuizzes(), append(x.actQuizzes(), append(x.focusQuizzes(), append(x.turnQuizzes(), append(x.judgementQuizzes(), x.concernQuizzes()...)...)...)...)...)...)...)...)...)...) {
		if !ids[q.ID] {
			ids[q.ID] = true
			items = append(items, item{Quiz: q, spellings: []string{q.Choices[q.Answer]}})
		}
	}
	// understanding items of the ninth pass (see understanding.go)
	rs := x.reasons()
	understanding := x.understandingQuizzes(rs)
	prior := make([]Quiz, 0, len(items)+len(understanding))
	for _, it := range items {
		prior = append(prior, it.Quiz)
	}
	understanding = append(understanding, x.laterUnderstanding(append(prior, understanding...))...)
	for _, q := range understanding {
		if !ids[q.ID] {
			ids[q.ID] = true
			items = append(items, item{Quiz: q, spellings: []string{q.Choices[q.Answer]}})
		}
	}
	attrs := x.attributeQuizzes()
	for _, q := range x.whyItems(notAsked(rs, understanding), attrs, append(prior, understanding...)) {
		if !ids[q.ID] {
			ids[q.ID] = true
			items = append(items, whyItem(q))
		}
	}
	// the i10before pass's: how a side sought ties before the title's
	// pivot (before.go), made last so that no wrong choice is told by any
	// item, why-items included
	made := make([]Quiz, 0, len(items))
	for _, it := range items {
		made = append(made, it.Quiz)
	}
	for _, q := range x.beforeQuizzesOf(&priorItems{qs: made}) {
		if !ids[q.ID] {
			ids[q.ID] = true
			items = append(items, item{Quiz: q, spellings: []string{q.Choices[q.Answer]}})
		}
	}
	return items
}

// sameItem: an earlier item asks the same fact (the paper repeats
// "$988.57 million from 1992 to 2010" in two paragraphs): the same answer
// and a stem sharing most of its words.
func sameItem(done []Quiz, q Quiz) bool {
	qw := contentWords(q.Question)
	for _, d := range done {
		if d.Choices[d.Answer] != q.Choices[q.Answer] {
			continue
		}
		shared := 0
		dw := contentWords(d.Question)
		for w := range qw {
			if dw[w] {
				shared++
			}
		}
		if shared*2 >= min(len(qw), len(dw)) {
			return true
		}
	}
	return false
}

// pool gathers the distinct things of each kind named anywhere in the body.
func (x *extractor) pool(spans [][]span) map[string][]*entity {
	byKey := map[string]*entity{}
	var order []*entity
	add := func(key, kind, form string, s span) *entity {
		e := byKey[key]
		if e == nil {
			e = &entity{key: key, kind: kind, form: form, forms: map[string]string{}, time: s.time, value: s.value, order: len(order)}
			byKey[key] = e
			order = append(order, e)
		}
		return e
	}
	for _, ss := range spans {
		for _, s := range ss {
			switch s.kind {
			case "year", "date", "range":
				// every year the text mentions is a plausible wrong year
				for _, y := range []int{s.time.year, s.time.last} {
					t := timeSpan{year: y, last: y}
					add(t.key(), "year", "", span{time: t, value: float64(y)}).forms[""] = strconv.Itoa(y)
				}
				if s.kind == "date" {
					add(s.key, "date", s.form, s)
				}
			case "organisation", "agreement":
				e := add(s.key, s.kind, "", s)
				if s.form == "name" && e.forms["name"] == "" {
					e.forms["name"] = s.text
				}
				if strings.HasPrefix(s.key, "a:") {
					t := x.gloss.terms[x.gloss.byKey[strings.TrimPrefix(s.key, "a:")]]
					e.forms["acronym"] = t.Acronym
					if isCapitalized(t.Expansion) {
						e.forms["name"] = t.Expansion
					}
				}
			case "person":
				e := add(s.key, s.kind, "", s)
				if e.forms[s.form] == "" {
					e.forms[s.form] = s.text
				}
				if f := x.fullName[s.key]; f != "" {
					e.forms["full"] = f
				}
				e.forms["surname"] = x.lastName[s.key]
			default:
				e := add(s.key, s.kind, s.form, s)
				e.forms[s.form] = s.text
				if s.kind == "number" {
					e.forms[s.form] = strings.ToLower(s.text)
				}
			}
		}
	}
	out := map[string][]*entity{}
	for _, e := range order {
		out[e.kind] = append(out[e.kind], e)
	}
	return out
}

// sentenceQuizzes makes the quizzes of one sentence: one per candidate
// answer that yields a clean, unambiguous question in plain English with
// three distractors of the answer's fine kind.
func (x *extractor) sentenceQuizzes(para *paper.Paragraph, si int, spans []span, pool map[string][]*entity) []item {
	sent := para.Sentences[si]
	if !isCapitalized(sent.Text) || x.contradicted[[2]int{para.N, si}] || x.pronounAgainstPlaces(para, si) || x.townOfMuddled(para, si) {
		return nil
	}
	cuts := citationCuts(para)
	clean := asSentence(render(para.Text, sent.Start, sent.End, cuts))
	if n := wordCount(clean); n > maxSentenceWords || n < minQuestionWords {
		return nil
	}
	var in []span
	groups := map[string]int{}
	for _, s := range spans {
		if s.start >= sent.Start && s.end <= sent.End {
			in = append(in, s)
			groups[s.group()]++
		}
	}
	var out []Quiz
	var answers []span
	best := -1
	for _, a := range in {
		if !a.answerable || groups[a.group()] > sameGroupMax {
			continue
		}
		if a.kind == "year" && hasRange(in) {
			continue // "(1992-97) ... in 1997": the span gives the year away
		}
		if a.kind == "number" {
			continue // "two main tasks", "The two nations": a count is a weak item or read off the text
		}
		if a.kind == "date" && x.mainDate(a.time) {
			continue // "Sept. 11, 2001" in a paper "since 9/11": its subject, not a fact to recall
		}
		if countWord(clean, a.text) != 1 {
			continue // the answer would still be in the question
		}
		if x.inList(para.Text, a, in) {
			continue // "Iran, China, and Russia": any of the list is as right
		}
		if a.kind == "date" && (a.time.day > 0 || onset(render(para.Text, sent.Start, sent.End, nil))) {
			// the day of a step ("14 February 1992"), the month something
			// began or first came up ("started in March 2012"): trivia;
			// the year is the fact
			a = yearOf(a)
		}
		end := a.end
		if a.cutEnd > end {
			end = a.cutEnd
		}
		marked := asSentence(render(para.Text, sent.Start, sent.End, append([]edit{{a.start, end, blank}}, cuts...)))
		if strings.Count(marked, blank) != 1 {
			continue
		}
		cost := ""
		if a.kind == "amount" {
			// "..., which was built by the U.S. for ____": the clause a
			// stem would cut is the one that holds the cost
			cost = costQuestion(x.plain.apply(stripAttribution(marked)))
		}
		stem, ok := x.prepare(para, si, marked, blank)
		if cost != "" {
			stem, ok = cost, true
		}
		if !ok || cost == "" && strings.Count(stem, blank) != 1 || wordCount(stem) > maxQuestionWords {
			continue
		}
		if a.kind == "amount" {
			// ", around 18% of American help": the answer as a share of
			// another item's total computes one from the other
			stem = reShareOf.ReplaceAllString(stem, "")
		}
		fine := x.fineKind(para, a)
		others := 0 // other values of the answer's group left in the stem
		for _, o := range in {
			if o.start != a.start && o.group() == a.group() && strings.Contains(stem, o.text) {
				others++
			}
		}
		question := ""
		switch a.kind {
		case "year", "date":
			if stative(stem) {
				continue // "remained poor in 2012": true of many dates, not one
			}
			if others == 0 {
				question = whQuestion(stem, a)
				if question == "" {
					question = timeQuestion(stem, a.kind == "year")
				}
			}
		case "amount", "number":
			if others == 0 {
				question = whQuestion(stem, a)
			}
			if cost != "" {
				question = cost
			}
		default:
			if fine == "" {
				continue // no kind to draw same-kind distractors from
			}
			question = entityQuestion(stem, isPersonKind(fine), x.placeNoun(a, fine))
		}
		if question == "" && fine != "" && a.kind != "year" && a.kind != "date" {
			question = memberQuestion(stem, x.placeNoun(a, fine))
		}
		if question == "" {
			if n := wordCount(stem); n > maxClozeWords || n < minClozeWords {
				continue // too long to read, or too short to say what it is about
			}
			question = cloze(stem)
		}
		question = x.countryNames(x.oneSpelling(tidyQuestion(reParenthesis.ReplaceAllString(question, "")))) // "(ABC)" after its name
		if a.kind != "year" && a.kind != "date" && a.kind != "amount" && a.kind != "number" && !isPersonKind(fine) {
			question = dropStemDate(question)
		}
		if a.kind == "year" || a.kind == "date" {
			question = purposeToWhom(question)
		}
		if (a.kind == "year" || a.kind == "date") && progressive(question) {
			continue // "When was America giving ...?": an activity, not one dated act
		}
		if a.kind == "year" {
			// "after the break-up of the Soviet Union": the event's year is
			// general knowledge; without the clause, or no item
			question = tidyQuestion(reAfterClause.ReplaceAllString(question, "$1"))
			if reAfterEvent.MatchString(question) {
				continue
			}
		}
		question = reStemThen.ReplaceAllString(question, "$1 ")
		if x.stemStatesPoint(question, a) || (a.kind == "year" || a.kind == "date") && x.resultFollows(para, si) {
			continue
		}
		if a.kind == "place" && (reEmbassy.MatchString(question) && x.isCapital(a.text) || x.capitalOfSubject(a.text, question)) {
			continue // "the embassy in Dushanbe": a capital anyone knows, not the paper's fact
		}
		if isPersonKind(fine) && reVisitorByDate.MatchString(question) {
			continue // "Who visited Tajikistan in October 2011?": the date alone names the office holder
		}
		if a.kind == "place" {
			fine = x.placeKindInStem(a, fine, question)
		}
		if x.givesAwayAny(question, a) {
			continue
		}
		id := quizID(para.N, si, a, sent.Text)
		rng := seeded(id, 1)
		var wrong []string
		switch a.kind {
		case "year", "date", "amount", "number":
			wrong = x.distractors(a, sent.Text, question, in, pool, rng)
		default:
			wrong = x.nameDistractors(a, fine, sent.Text, question, pool, rng)
		}
		if len(wrong) < 3 {
			continue // too few distinct values of this kind: skip rather than invent
		}
		if a.kind == "year" && !x.straddles(a.time.year, wrong) {
			continue // the latest (or earliest) year offered, and nothing bounds it: guessed, not known
		}
		answer := x.oneSpelling(a.text)
		if a.kind != "year" && a.kind != "date" && a.kind != "amount" && a.kind != "number" {
			answer, wrong = x.fullChoices(answer, wrong) // "Shanghai Cooperation Organisation (SCO)"
		}
		q := makeQuiz(id, question, answer, wrong, a.kind, para, sent)
		if best < 0 || itemRank(q) > itemRank(out[best]) {
			out = append(out, q)
			answers = append(answers, a)
			best = len(out) - 1
		}
	}
	if best < 0 {
		return nil
	}
	// One item a sentence, the best: a question about who, where or what
	// before one about an amount, before a date, before a cloze, so the
	// set tests the paper's themes rather than drilling its dates.
	return []item{x.sentenceItem(out[best], answers[best])}
}

var reShareOf = regexp.MustCompile(`, (?:around|about|some|nearly|roughly|approximately|almost|over|under) [\d.]+ ?(?:%|percent|per cent)[^,.;]*`)

// itemRank orders the items of one sentence.
func itemRank(q Quiz) int {
	r := 0
	switch q.Kind {
	case "year", "date":
		r = 1
	case "amount", "number":
		r = 2
	default:
		r = 3
	}
	if !strings.HasPrefix(q.Question, "Complete: ") {
		r += 10
	}
	return r
}

// stative: the clause says something went on ("remained", "stayed"),
// which a date does not pin down.
func stative(s string) bool {
	for _, w := range []string{"remained", "stayed", "continued", "persisted", "remains", "stays"} {
		if containsWord(s, w) {
			return true
		}
	}
	return false
}

// makeQuiz shuffles the answer among the distractors by a seed from id.
func makeQuiz(id, question, answer string, wrong []string, kind string, para *paper.Paragraph, sent paper.Sentence) Quiz {
	choices := []string{answer, wrong[0], wrong[1], wrong[2]}
	perm := seeded(id, 2).Perm(4)
	var q Quiz
	for i, k := range perm {
		q.Choices[i] = choices[k]
		if k == 0 {
			q.Answer = i
		}
	}
	q.ID, q.Question, q.Kind = id, question, kind
	q.Paragraph, q.Page, q.Section, q.Sentence = para.N, para.PageAt(sent.Start), para.Section, sent.Text
	return q
}

// givesAwayAny: the question names the answer in any spelling the paper or
// the list of kinds knows.
func (x *extractor) givesAwayAny(question string, a span) bool {
	if givesAway(question, a) {
		return true
	}
	if a.kind == "year" || a.kind == "date" || a.kind == "amount" || a.kind == "number" {
		return false
	}
	q := strings.ReplaceAll(question, "____", " ")
	for _, sp := range x.spellings(a) {
		for _, s := range x.allSpellings(sp) {
			if len(s) > 2 && containsWord(q, s) {
				return true
			}
		}
	}
	return false
}

// inList reports an answer that is one item of a list of names of its
// kind ("Kazakhstan and Kyrgyzstan", "Iran, China, and Russia").
func (x *extractor) inList(text string, a span, in []span) bool {
	kind, _ := x.world.kindOf(a.text)
	sameKind := func(w string) bool {
		k, _ := x.world.kindOf(w)
		return kind != "" && k == kind
	}
	before := strings.TrimRight(text[:a.start], " ")
	for _, sep := range []string{", and", ", or", ",", " and", " or"} {
		if strings.HasSuffix(before, sep) {
			w := reToken.FindAllString(strings.TrimSuffix(before, sep), -1)
			if len(w) > 0 && sameKind(w[len(w)-1]) {
				return true
			}
		}
	}
	after := text[a.end:]
	for _, sep := range []string{", and ", ", or ", ", ", " and ", " or "} {
		if strings.HasPrefix(after, sep) && sameKind(strings.TrimRight(reToken.FindString(after[len(sep):]), "'’s")) {
			return true
		}
	}
	for _, o := range in {
		if o.start == a.start || o.group() != a.group() {
			continue
		}
		var gap string
		switch {
		case o.start >= a.end:
			gap = text[a.end:o.start]
		case o.end <= a.start:
			gap = text[o.end:a.start]
		default:
			continue
		}
		switch strings.TrimSpace(gap) {
		case ",", "and", ", and", "or", ", or":
			return true
		}
	}
	return false
}

func hasRange(ss []span) bool {
	for _, s := range ss {
		if s.kind == "range" {
			return true
		}
	}
	return false
}

// countWord counts the whole-word, case-insensitive occurrences of w in s.
func countWord(s, w string) int {
	n := 0
	for {
		i := strings.Index(strings.ToLower(s), strings.ToLower(w))
		if i < 0 {
			return n
		}
		if containsWord(s[i:], w) && containsWord(s[max(0, i-1):i+len(w)+min(1, len(s)-i-len(w))], w) {
			n++
		}
		s = s[i+len(w):]
	}
}

// givesAway reports a question that still names its answer, in any of its
// written forms ("ABC" for "Annual Bilateral Consultation").
func givesAway(question string, a span) bool {
	q := strings.ReplaceAll(question, "____", " ")
	if containsWord(q, a.text) {
		return true
	}
	for _, al := range a.aliases {
		if al != "" && containsWord(q, al) {
			return true
		}
	}
	return false
}

func quizID(n, si int, a span, sentence string) string {
	h := sha256.Sum256([]byte(fmt.Sprintf("%d\x00%d\x00%s\x00%s\x00%s", n, si, a.kind, a.text, sentence)))
	return "q" + hex.EncodeToString(h[:5])
}

// contentID is the ID a quiz is known by outside: quizID's, which seeds
// its distractors, made to change with the stem, the choices, their order
// and the answer. A button of a quiz posted by an older paperbot whose
// item has changed since then is then refused ("no longer exists")
// instead of being graded against choices the student never saw.
func contentID(q Quiz) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%d", q.ID, q.Question, q.Answer)
	for _, c := range q.Choices {
		fmt.Fprintf(h, "\x00%s", c)
	}
	return "q" + hex.EncodeToString(h.Sum(nil)[:5])
}

// seeded is a generator fixed by a quiz's ID, so its distractors and their
// order are the same in every run.
func seeded(id string, stream uint64) *rand.Rand {
	h := sha256.Sum256([]byte(id))
	return rand.New(rand.NewPCG(binary.LittleEndian.Uint64(h[:8]), binary.LittleEndian.Uint64(h[8:16])^stream))
}

// distractors picks three wrong answers of the answer's kind from elsewhere
// in the paper, written as the answer is written: not the same thing under
// another name, not anything the sentence itself mentions, and, for numbers
// and dates, among the values nearest the answer so none is absurd.
func (x *extractor) distractors(a span, sentence, question string, in []span, pool map[string][]*entity, rng *rand.Rand) []string {
	inSentence := map[string]bool{}
	for _, s := range in {
		inSentence[s.key] = true
	}
	type cand struct {
		text  string
		dist  float64
		order int
	}
	if a.kind == "date" {
		return x.dateDistractors(a, question, rng)
	}
	var cands []cand
	seen := map[string]bool{strings.ToLower(a.text): true}
	kind := a.kind
	for _, e := range pool[kind] {
		if e.key == a.key || inSentence[e.key] {
			continue
		}
		text, dist := "", 0.0
		switch kind {
		case "year":
			y := e.time.year
			if yearMentioned(in, y) {
				continue
			}
			text, dist = strconv.Itoa(y), math.Abs(float64(y-a.time.year))
		case "date":
			if e.form != a.form {
				continue
			}
			text = e.time.format(a.time.style, a.time.abbr)
			dist = math.Abs(monthsOf(e.time) - monthsOf(a.time))
		case "amount":
			if e.form != a.form || a.value == 0 || math.Abs(e.value/a.value-1) < 0.1 {
				continue
			}
			text, dist = amountText(a, e.value), math.Abs(math.Log(e.value/a.value))
		case "number":
			text, dist = e.forms["word"], math.Abs(e.value-a.value)
		case "person":
			text = e.forms[a.form]
			if text == "" {
				text = e.forms["surname"]
			}
			if text == "" {
				text = e.forms["full"]
			}
		case "place":
			text = e.forms[e.form]
			if e.form != a.form {
				dist = 1 // a valley for a valley, a city for a city, where there are enough
			}
		default:
			text = e.forms[a.form]
		}
		low := strings.ToLower(text)
		if text == "" || seen[low] || containsWord(sentence, text) || containsWord(question, text) {
			continue
		}
		seen[low] = true
		cands = append(cands, cand{text, dist, e.order})
	}
	if kind == "amount" && a.form == "percent" && len(cands) < 3 {
		// a share the paper gives once (65 percent of the region's
		// water): other round shares, far enough apart to be told from it,
		// and only those, or the paper's one share would stand out
		cands = cands[:0]
		for _, d := range []float64{-40, -30, -20, 20, 30} {
			v := math.Round((a.value+d)/5) * 5
			text := amountText(a, v)
			if v <= 0 || v >= 100 || seen[strings.ToLower(text)] || containsWord(sentence, text) {
				continue
			}
			seen[strings.ToLower(text)] = true
			cands = append(cands, cand{text, math.Abs(d), len(cands)})
		}
	}
	if kind == "year" {
		// no year of the paper on one side of the answer: the nearest
		// years there within the paper's span, made as the date items'
		// months are
		for _, side := range []int{-1, 1} {
			has := false
			for _, c := range cands {
				y, _ := strconv.Atoi(c.text)
				has = has || (y-a.time.year)*side > 0
			}
			for d := 1; d <= 3 && !has; d++ {
				y := a.time.year + side*d
				text := strconv.Itoa(y)
				if seen[text] || containsWord(sentence, text) || yearMentioned(in, y) || !inYears(pool["year"], y) {
					continue
				}
				seen[text] = true
				cands = append(cands, cand{text, float64(d), len(cands)})
				has = true
			}
		}
	}
	rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].dist < cands[j].dist })
	// keep the nearest few, then choose among them at random; places keep
	// to their own class (a valley for a valley) when it has enough
	if same := sort.Search(len(cands), func(i int) bool { return cands[i].dist > 0 }); kind == "place" && same >= 3 {
		cands = cands[:same]
	}
	if len(cands) > 6 {
		cands = cands[:6]
	}
	rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	if kind == "year" {
		cands = straddle(cands, func(c cand) bool { return c.text < a.text })
	}
	out := make([]string, 0, 3)
	for _, c := range cands {
		if len(out) == 3 {
			break
		}
		out = append(out, c.text)
	}
	return out
}

// straddle puts first one candidate from each side of the answer, where
// both sides have one: years all after the answer make it the earliest
// choice, which a student picks without knowing it.
func straddle[T any](cands []T, before func(T) bool) []T {
	var first []T
	rest := append([]T(nil), cands...)
	for _, side := range []bool{true, false} {
		for i, c := range rest {
			if before(c) == side {
				first = append(first, c)
				rest = append(rest[:i], rest[i+1:]...)
				break
			}
		}
	}
	return append(first, rest...)
}

// inYears: y lies within the years the paper names, none before its
// story begins or after it ends.
func inYears(years []*entity, y int) bool {
	lo, hi := math.MaxInt, math.MinInt
	for _, e := range years {
		lo, hi = min(lo, e.time.year), max(hi, e.time.year)
	}
	return y >= lo && y <= hi
}

// straddles: the wrong years lie on both sides of the answer, or the
// answer is the independence year, before which nothing of the country
// could happen.
func (x *extractor) straddles(year int, wrong []string) bool {
	before, after := false, false
	for _, w := range wrong {
		y, _ := strconv.Atoi(w)
		before = before || y < year
		after = after || y > year
	}
	return before && after || !before && year*12 <= x.independence() && x.independence() < (year+1)*12
}

func monthsOf(t timeSpan) float64 {
	return float64(t.year*12+t.month) + float64(t.day)/31
}

// yearMentioned: the sentence already names year y, in a date or a span.
func yearMentioned(in []span, y int) bool {
	for _, s := range in {
		if s.group() == "time" && y >= s.time.year && y <= s.time.last {
			return true
		}
	}
	return false
}

// All returns every quiz in paper order.
func (q *Quizzer) All() []Quiz { return append([]Quiz(nil), q.quizzes...) }

// ByID finds a quiz by its ID, for an answer button clicked any time later.
func (q *Quizzer) ByID(id string) (Quiz, bool) {
	i, ok := q.byID[id]
	if !ok {
		return Quiz{}, false
	}
	return q.quizzes[i], true
}

// ErrNoQuiz is returned by Pick when no quiz matches.
var ErrNoQuiz = errors.New("no quiz")

// Pick returns a random quiz, only from sections whose title contains
// section (case-insensitive) when section is not empty. A nil r uses the
// global generator.
func (q *Quizzer) Pick(section string, r *rand.Rand) (Quiz, error) {
	want := strings.ToLower(strings.TrimSpace(section))
	n := 0 // matching quizzes: count, then draw the k-th, with no allocation
	for _, s := range q.lower {
		if strings.Contains(s, want) {
			n++
		}
	}
	if n == 0 {
		if len(q.quizzes) == 0 {
			return Quiz{}, fmt.Errorf("%w: the paper has no facts to quiz on", ErrNoQuiz)
		}
		return Quiz{}, fmt.Errorf("%w in a section matching %q; sections with quizzes: %s",
			ErrNoQuiz, section, strings.Join(q.sections, ", "))
	}
	var k int
	if r == nil {
		k = rand.IntN(n)
	} else {
		k = r.IntN(n)
	}
	for i, s := range q.lower {
		if strings.Contains(s, want) {
			if k == 0 {
				return q.quizzes[i], nil
			}
			k--
		}
	}
	panic("unreachable")
}

// Sections lists, in paper order, the section titles that have quizzes (for
// autocomplete).
func (q *Quizzer) Sections() []string { return append([]string(nil), q.sections...) }

// mainDate reports a day the paper names in more paragraphs than a fact
// to recall (written out or as "9/11"): like its subject country, the
// event the whole paper is about.
func (x *extractor) mainDate(t timeSpan) bool {
	if t.day == 0 {
		return false
	}
	short := strconv.Itoa(t.month) + "/" + strconv.Itoa(t.day)
	x.allTimes()
	n := 0
	for i := range x.p.Paragraphs {
		para := &x.p.Paragraphs[i]
		found := strings.Contains(para.Text, short)
		for _, o := range x.times[i] {
			if o.year == t.year && o.month == t.month && o.day == t.day {
				found = true
			}
		}
		if found {
			n++
		}
	}
	return n > x.frequentLimit()
}

var (
	reCountryPair = regexp.MustCompile(`\b(?:[Tt]he )?([A-Z][A-Za-z.]*)-([A-Z][a-z]+)\b`)
	reTheCountry  = regexp.MustCompile(`\bthe ([A-Z][a-z]+)\b`)
	reBareUS      = regexp.MustCompile(`\b(and|with|between|to|from) (U\.S\.|US|USA)( [a-z]|\?)`)
)

// countryNames writes countries as a question would: "U.S.-Tajikistan
// signed" (two countries as one subject) as "the U.S. and Tajikistan", and
// "between the Tajikistan and U.S." as "between Tajikistan and the
// U.S.": the article where the country takes one ("the Tajik border"
// keeps its own).
func (x *extractor) countryNames(q string) string {
	q = reCountryPair.ReplaceAllStringFunc(q, func(m string) string {
		s := reCountryPair.FindStringSubmatch(m)
		k1, _ := x.world.kindOf(s[1])
		k2, _ := x.world.kindOf(s[2])
		if k1 != "country" || k2 != "country" {
			return m
		}
		a := s[1]
		if strings.ToUpper(a) == a || strings.HasSuffix(a, ".") {
			a = "the " + a // "the U.S.", "the US"
		}
		return a + " and " + s[2]
	})
	q = reBareUS.ReplaceAllString(q, "$1 the $2$3")
	return reTheCountry.ReplaceAllStringFunc(q, func(m string) string {
		name := strings.TrimPrefix(m, "the ")
		if k, _ := x.world.kindOf(name); k == "country" && !strings.Contains(name, " ") {
			return name
		}
		return m
	})
}

// reStemDate is a date phrase inside a stem: "in March 1992", "on 5
// February 2002", "in September 2010".
var reStemDate = regexp.MustCompile(`,?(?: (?:signed|dated|concluded|agreed))? (?:in|on) (?:(?:early |mid-|late )?(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2},)? )?\d{4}\b`)

// dropStemDate takes the date out of a stem that asks for a place, an
// organisation or a programme when the stem still says enough without it
// (seven words or more): the date is not what is asked, and another item
// asking for a date of the same year would be answered by it ("In which
// city did America open its Embassy in March 1992?" beside "When did
// America establish diplomatic relations?" 14 February 1992). A person's
// stem keeps its date: "Who visited Tajikistan in October 2005?" needs it.
func dropStemDate(q string) string {
	out := tidyQuestion(reStemDate.ReplaceAllString(q, ""))
	if out == q || wordCount(out) < 7 || reStemDate.MatchString(out) {
		return q
	}
	return out
}

// reProgressive: "When was America giving ...": an activity over time.
var reProgressive = regexp.MustCompile(`^(?:When|In which year) (?:was|were) (?:[A-Za-z.'-]+ ){1,4}[a-z]{3,}ing\b`)

// progressive reports a stem asking when something was going on, which
// one date does not answer.
func progressive(q string) bool {
	return reProgressive.MatchString(q)
}

// yearOf turns a day's date into its year: the span asks the year.
func yearOf(a span) span {
	t := timeSpan{year: a.time.year, last: a.time.year}
	a.kind, a.text, a.key, a.time, a.value, a.aliases = "year", strconv.Itoa(t.year), t.key(), t, float64(t.year), nil
	return a
}

// reOnset: a stem asking when something began, was first done, or came
// up in a recurring meeting: the start of an activity, whose month is
// trivia ("When did the land transit ... start?", "participate for the
// first time", "raise human rights issues in annual consultations").
var reOnset = regexp.MustCompile(`(?i)\b(?:start(?:s|ed)?|beg[ia]n|begins|commenc(?:e|es|ed)|for the first time|annual|yearly|rais(?:e|es|ed)|br(?:ing|ings|ought) up)\b`)

func onset(q string) bool { return reOnset.MatchString(q) }

// reAfterClause: a closing clause dating the act by a famous event.
var reAfterClause = regexp.MustCompile(`,? (?:after|following) the (?:fall|break-up|breakup|collapse|end|dissolution) of [^,?.]+([?.])$`)

// reVisitorByDate: a stem asking who came to a place on a date, and
// nothing else about the visit.
var reVisitorByDate = regexp.MustCompile(`^Who (?:visited|went to|came to|travell?ed to|arrived in|toured) (?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)? (?:in|on) [^?]*\d{4}\?$`)

// capitalOfSubject: place is the capital (a city of a country's own kind
// also listed among capitals) of a country the stem or the paper's title
// names: the embassy's city follows from the country.
func (x *extractor) capitalOfSubject(place, question string) bool {
	k, canon := x.world.kindOf(place)
	country, ok := strings.CutPrefix(k, "city-")
	if !ok || x.world.alsoKind(canon, "capital-") == "" && k != "city-capital" {
		return false
	}
	for _, c := range x.countriesIn(question + " " + x.p.Title) {
		if _, cc := x.world.kindOf(c); x.world.sameThing(cc, country) {
			return true
		}
	}
	return false
}

// isCapital: a city the list knows as a capital.
func (x *extractor) isCapital(place string) bool {
	k, canon := x.world.kindOf(place)
	return k == "city-capital" || strings.HasPrefix(k, "capital-") || x.world.alsoKind(canon, "capital-") != "" || x.world.alsoKind(canon, "city-capital") != ""
}

// reEmbassy: a stem about an embassy, which sits in a capital.
var reEmbassy = regexp.MustCompile(`(?i)\bembass(?:y|ies)\b`)

// placeKindInStem narrows a place's fine kind by what the stem says of it:
// an embassy's city is a capital, so its distractors are other capitals of
// the list's "capital-" kind that holds the answer (Tashkent, Bishkek for
// Dushanbe), not the towns of its own country.
func (x *extractor) placeKindInStem(a span, fine, question string) string {
	if !reEmbassy.MatchString(question) {
		return fine
	}
	_, canon := x.world.kindOf(a.text)
	if k := x.world.alsoKind(canon, "capital-"); k != "" {
		return k
	}
	return fine
}

// townOfMuddled reports sentence si naming a town that an earlier,
// muddled sentence of its paragraph names (see pronounAgainstPlaces): the
// paper's "Tajikistan likewise permitted the French military to use the
// Kulyab airbase" follows "It [Uzbekistan] consented ... Kulyab": which
// country offered which base is unsure in the whole passage, and a student
// who knows better is marked wrong.
func (x *extractor) townOfMuddled(para *paper.Paragraph, si int) bool {
	text := para.Sentences[si].Text
	for i := 0; i < si; i++ {
		if !x.pronounAgainstPlaces(para, i) {
			continue
		}
		prev := para.Sentences[i].Text
		for _, name := range x.world.names {
			k, _ := x.world.kindOf(name)
			if strings.HasPrefix(k, "city-") && len(wordIndexes(prev, name)) > 0 && len(wordIndexes(text, name)) > 0 {
				return true
			}
		}
	}
	return false
}

// reMemberMeeting: "Tajikistan, a member of the ____, sided with the other
// members in its July 2005 meeting to demand ..., including Tajikistan."
var reMemberMeeting = regexp.MustCompile(`^(?:It was (?:not )?(?:surprising|clear|likely) that )?([A-Z][\w.-]*(?: [A-Z][\w.-]*)?), (?:a|an|one) (?:member|participant) of the ` + blank + `, (?:sided|joined|voted|stood) with the other members (?:in|at) its ([^,]+?) (?:meeting|summit) to ([a-z]+ .+?)(?:, including [^,.]+)?\.$`)

// memberQuestion asks which body, with a member the sentence names, met to
// do what the sentence says: "Which organisation, with Tajikistan among its
// members, met in July 2005 to demand ...?"; "" when s is not of that form.
func memberQuestion(s, noun string) string {
	m := reMemberMeeting.FindStringSubmatch(s)
	if m == nil || noun == "" {
		return ""
	}
	when := m[2]
	if !strings.HasPrefix(when, "in ") && !strings.HasPrefix(when, "on ") {
		when = "in " + when
	}
	return "Which " + noun + ", with " + m[1] + " among its members, met " + when + " to " + m[3] + "?"
}

// balanceKeys moves each item's answer so that every letter is the key
// equally often (to within one): a seed per item alone gave D eleven
// times in thirty, and a student who guesses D does better than chance.
// The letters are dealt A, B, C, D in turn over the items ordered by a
// hash of their stem and answer, not in paper order: keys dealt in runs
// of four made a visible cycle (B-C-A-D-B-C-A-D), and in each run the
// last key followed from the other three. Of the hashes salted 0, 1, ...
// the first that puts no letter three times running is taken. The
// distractors keep their order.
func balanceKeys(items []item) {
	keys := make([]int, len(items))
	for salt := 0; salt < 64; salt++ {
		dealKeys(items, salt, keys)
		if !keyRun(keys, 3) && !keyCycle(keys) {
			break
		}
	}
	for k := range items {
		q := &items[k].Quiz
		ans := q.Choices[q.Answer]
		var wrong []string
		for i, c := range q.Choices {
			if i != q.Answer {
				wrong = append(wrong, c)
			}
		}
		to := keys[k]
		for i, w := 0, 0; i < 4; i++ {
			if i == to {
				q.Choices[i] = ans
				continue
			}
			q.Choices[i] = wrong[w]
			w++
		}
		q.Answer = to
	}
}

// dealKeys deals the letters in turn over the items ordered by a salted
// hash of each one's stem and answer.
func dealKeys(items []item, salt int, keys []int) {
	order := make([]int, len(items))
	hash := make([]uint64, len(items))
	for k := range items {
		order[k] = k
		h := sha256.Sum256([]byte(fmt.Sprintf("%d\x00%s\x00%s", salt, items[k].Question, items[k].Choices[items[k].Answer])))
		hash[k] = binary.LittleEndian.Uint64(h[:8])
	}
	sort.SliceStable(order, func(i, j int) bool { return hash[order[i]] < hash[order[j]] })
	for n, k := range order {
		keys[k] = n % 4
	}
}

// keyCycle: four items holding all four keys are followed by the same
// four keys again ("C A D B C A D B"), a pattern a student can ride.
func keyCycle(keys []int) bool {
	for i := 0; i+8 <= len(keys); i++ {
		seen := [4]bool{}
		same := true
		for j := 0; j < 4; j++ {
			seen[keys[i+j]] = true
			same = same && keys[i+j] == keys[i+4+j]
		}
		if same && seen[0] && seen[1] && seen[2] && seen[3] {
			return true
		}
	}
	return false
}

// keyRun: some letter is the key n times running.
func keyRun(keys []int, n int) bool {
	run := 1
	for i := 1; i < len(keys); i++ {
		if keys[i] == keys[i-1] {
			run++
		} else {
			run = 1
		}
		if run >= n {
			return true
		}
	}
	return false
}

// reStemPurpose: a closing purpose of war ("to support military operations
// of NATO ... in Afghanistan").
var reStemPurpose = regexp.MustCompile(` (?:in order )?to (?:support|help|assist|back|aid) [^?]*\b(?:operations?|campaigns?|war|forces|troops)\b[^?]*\?$`)

// dropStemPurpose takes a war purpose out of a date item's stem when seven
// words or more are left: the date is asked, and the purpose is what a
// why-item asks ("Why did the U.S. military acquire landing and overflight
// rights? To support its operation in Afghanistan"), which the stem would
// hand over.
func dropStemPurpose(q string) string {
	out := reStemPurpose.ReplaceAllString(q, "?")
	if out == q || wordCount(out) < 7 {
		return q
	}
	return out
}

// reOperationsOf: a war purpose naming whose operations, and where ("to
// support military operations of NATO and International Security
// Assistance Force in Afghanistan").
var reOperationsOf = regexp.MustCompile(` (?:in order )?to (?:support|help|assist|back|aid) (?:the )?(?:military |armed )?(?:operations|actions|campaigns) of ((?:the )?[A-Z][^?]*?)( in [A-Z][\w]*)?\?$`)

// purposeToWhom drops a date item's war purpose as dropStemPurpose does,
// but keeps whom it served: "When did the U.S. and Tajikistan agree on
// non-lethal supplies?" does not say supplies for whom, "... non-lethal
// supplies for NATO and International Security Assistance Force?" does.
// Where the operations were stays out: "in Afghanistan" tied to the act
// hands over the why-item's "To support its operation in Afghanistan".
func purposeToWhom(q string) string {
	if m := reOperationsOf.FindStringSubmatchIndex(q); m != nil {
		return q[:m[0]] + " for " + q[m[2]:m[3]] + "?"
	}
	return dropStemPurpose(q)
}

// reBuiltFor: a thing, where it stands, and who built it for how much,
// in a relative clause ("... the opening of a bridge on August 26, 2007,
// over the Pyanj River joining Tajikistan with Afghanistan, which was built
// by the U.S. for ____").
var reBuiltFor = regexp.MustCompile(`\b(?:a|an|the) ([a-z]+)(?: (?:on|in) [^,]+(?:, \d{4})?,)? (over|across|on|in|at|near) (the [A-Z][\w]*(?: [A-Z][\w]*)*)(?: [a-z]+ing [^,]+)?, which was (built|constructed|funded|financed|paid for) by ((?:the )?[A-Z][\w.]*) for ` + blank + `\.?$`)

// costQuestion asks what a thing cost its builder: "How much did the U.S.
// spend to build the bridge over the Pyanj River?"; "" when the stem is
// not of that form. Its date and what it joins stay out: the cost is asked.
func costQuestion(stem string) string {
	m := reBuiltFor.FindStringSubmatch(stem)
	if m == nil {
		return ""
	}
	verb := map[string]string{"built": "build", "constructed": "build", "funded": "fund", "financed": "fund", "paid for": "build"}[m[4]]
	return "How much did " + m[5] + " spend to " + verb + " the " + m[1] + " " + m[2] + " " + m[3] + "?"
}

// placeNoun is the noun a stem asks a thing by ("Which valley ...?"):
// for a place, the kind's noun only when the paper calls it so ("the
// Rasht valley", "the city of ..."); else "place". The paper's
// "Karatoga, Tajikistan" says where Karatoga is, not that it is a city.
func (x *extractor) placeNoun(a span, fine string) string {
	noun := kindNoun(fine)
	if a.kind != "place" || noun == "" || containsWord(a.text, noun) {
		return noun
	}
	x.body()
	for _, text := range x.bodyRaw {
		if containsWord(text, a.text+" "+noun) || containsWord(text, noun+" of "+a.text) {
			return noun
		}
	}
	return "place"
}

// reExampleBlank: the blank is an example of what the stem states
// ("restricted ... NGOs such as the ____").
var reExampleBlank = regexp.MustCompile(`\b(?:such as|like|for example|for instance|including)(?: the)? (?:` + blank + `|____)`)

// reStemJudgement: a stem that says what the act meant ("as the last of
// the states of Central Asia to do so", "the first ... to").
var reStemJudgement = regexp.MustCompile(`\bas (?:the|one of the) (?:last|first|only|main|sole)\b`)

// stemStatesPoint: the stem says what the paper makes of the fact and
// asks only a name or a date beside it: the example of NGOs the regime
// restricted, the month Tajikistan joined the PFP "as the last of the
// states of Central Asia".
func (x *extractor) stemStatesPoint(question string, a span) bool {
	if reExampleBlank.MatchString(question) {
		return true
	}
	if a.kind != "year" && a.kind != "date" {
		return false
	}
	if reStemJudgement.MatchString(question) {
		return true
	}
	return false
}

// reResultNext: a sentence that says what an act led to ("The document
// became the basis for small business growth ...").
var reResultNext = regexp.MustCompile(`^(?:The|This|That) (?:document|agreement|memorandum|accord|treaty|deal|step|decision|move)\b[^,]*? (?:became|turned into|led to|resulted in|opened|provided|allowed|enabled)\b`)

// resultFollows: the sentence after si says what its act led to, so the
// act's date is not the point: "When did the U.S. and Tajikistan sign an
// MoU on micro-financing?" asks the month of a step the paper values for
// what it became.
func (x *extractor) resultFollows(para *paper.Paragraph, si int) bool {
	if si+1 >= len(para.Sentences) {
		return false
	}
	return reResultNext.MatchString(upperFirst(strings.TrimSpace(x.plainOf(para, si+1))))
}

// reStemThen: "Which NATO programme did Tajikistan then commit to
// joining?": "then" points to the sentence before, which the student does
// not see.
var reStemThen = regexp.MustCompile(`(\b(?:did|does|do|was|were|had|has) [A-Z][\w.]*(?: [A-Z][\w.]*)?) then `)
