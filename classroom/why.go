package classroom

import (
	"maps"
	"regexp"
	"sort"
	"strings"

	"paperbot/paper"
)

// Why-items: a sentence that states a cause or a purpose ("Because it
// borders Afghanistan, ...", "... rights in Tajikistan to support its
// operation in Afghanistan", "This was carried out as a reward for ...")
// gives "Why ...?" with the stated cause as the answer, and the causes the
// paper states elsewhere, written the same way, as distractors.

// reason is one stated cause or purpose: the question it answers and the
// answer, with the form ("to", "because", "reward", "for") distractors
// must share.
type reason struct {
	question, answer, form string
	// actor is the country whose act the cause explains (the subject of
	// its main clause, as the list of kinds spells it), "" when none is
	// named: a US act's distractors are purposes the US could have.
	actor string
	para  *paper.Paragraph
	si    int
}

var (
	reParenthesis = regexp.MustCompile(`\s*\([^)]*\)`)
	reSuch        = regexp.MustCompile(`\bsuch ([a-z]+)\b`)
	reBecauseLead = regexp.MustCompile(`^Because (?:of )?([^,]+), (.+)$`)
	reBecauseTail = regexp.MustCompile(`^(.+?),? (?:because of|due to|owing to) (.+)$`)
	reToLead      = regexp.MustCompile(`^To ([a-z][^,]+?), (.+)$`)
	rePurpose     = regexp.MustCompile(`^(.+?) (?:in order )?to (support|help|ensure|guarantee|safeguard|protect|promote|balance|extend|demand|destroy|enhance|stop|counter|fight|combat|improve|expand|install|reward|secure|strengthen|assist) (.+)$`)
	reReward      = regexp.MustCompile(`^This (?:was|is) (?:carried out|done|given|provided|made|offered) as an? (?:reward|prize) for (.+)$`)
	// "a policy aimed at balancing Moscow by avoiding ...": a purpose
	// written with a gerund
	reAimedAt = regexp.MustCompile(`^(.+?) aimed at ([a-z]+ing) (.+)$`)
	rePraised = regexp.MustCompile(`^(.+?) (praised|thanked|criticised|criticized|accused) (.+?) for (.+)$`)
	// complements, not purposes: "wanted to open", "ready to cooperate"
	infinitiveTakers = map[string]bool{"want": true, "wanted": true, "agreed": true, "ready": true, "started": true, "began": true,
		"able": true, "tried": true, "decided": true, "planned": true, "sought": true, "continued": true, "refused": true,
		"committed": true, "permitted": true, "allowed": true, "keen": true, "prepared": true, "likely": true, "used": true,
		"asked": true, "called": true, "need": true, "needed": true, "had": true, "going": true, "failed": true, "helped": true}
)

// reasons finds every stated cause and purpose in p. A reason whose
// sentence gives no clean question (question "") still serves as a
// distractor for the others: its cause is one the paper states.
func (x *extractor) reasons() []reason {
	var out []reason
	for i := range x.p.Paragraphs {
		para := &x.p.Paragraphs[i]
		for si := range para.Sentences {
			if x.contradicted[[2]int{para.N, si}] || x.pronounAgainstPlaces(para, si) {
				continue
			}
			s, ok := x.plainSentence(para, si)
			if !ok {
				continue
			}
			if r, ok := x.sentenceReason(para, si, s); ok {
				out = append(out, r)
			}
		}
	}
	return out
}

// plainSentence is sentence si rendered in plain English, its attribution
// dropped and its leading reference resolved; without the final stop.
func (x *extractor) plainSentence(para *paper.Paragraph, si int) (string, bool) {
	key := [2]int{para.N, si}
	if s, ok := x.plainSents[key]; ok {
		return s, true
	}
	if x.plainSents == nil {
		x.plainSents = map[[2]int]string{}
	}
	s := x.renderPlain(para, si)
	x.plainSents[key] = s
	return s, true
}

// renderPlain renders sentence si of para for plainSentence.
func (x *extractor) renderPlain(para *paper.Paragraph, si int) string {
	sent := para.Sentences[si]
	s := asSentence(render(para.Text, sent.Start, sent.End, citationCuts(para)))
	s = stripAttribution(s)
	s = x.plain.apply(s)
	s = reLeadAdverbial.ReplaceAllString(s, "")
	return strings.TrimSuffix(upperFirst(s), ".")
}

func (x *extractor) sentenceReason(para *paper.Paragraph, si int, s string) (reason, bool) {
	r := reason{para: para, si: si}
	main := ""
	switch {
	case reReward.MatchString(s):
		m := reReward.FindStringSubmatch(s)
		prev, ok := x.previous(para, si, 0)
		if !ok {
			return r, false
		}
		main, r.answer, r.form = strings.TrimSuffix(prev, "."), "As a reward for "+m[1], "because"
	case reBecauseLead.MatchString(s):
		m := reBecauseLead.FindStringSubmatch(s)
		main, r.answer, r.form = m[2], "Because "+m[1], "because"
		if strings.HasPrefix(s, "Because of ") {
			r.answer = "Because of " + m[1]
		}
	case reBecauseTail.MatchString(s):
		m := reBecauseTail.FindStringSubmatch(s)
		main, r.answer, r.form = m[1], "Because of "+m[2], "because"
	case reToLead.MatchString(s):
		m := reToLead.FindStringSubmatch(s)
		if listHead(strings.Fields(m[1])) && !isCapitalized(m[2]) {
			return r, false // "To enhance cooperation in economy, trade and ...": a list cut short
		}
		main, r.answer, r.form = m[2], "To "+m[1], "to"
	case rePraised.MatchString(s):
		m := rePraised.FindStringSubmatch(s)
		if strings.Contains(m[1], ",") || len(strings.Fields(m[1])) > 4 || len(strings.Fields(m[3])) > 4 {
			return r, false
		}
		main, r.answer, r.form = m[1]+" "+m[2]+" "+m[3], "For "+m[4], "for"
	case reAimedAt.MatchString(s) && infinitive(reAimedAt.FindStringSubmatch(s)[2]) != "":
		m := reAimedAt.FindStringSubmatch(s)
		// "... while maintaining relations with Russia a policy aimed at
		// balancing ...": the appositive naming the act is no part of it
		main, r.answer, r.form = reAppositive.ReplaceAllString(m[1], ""), "To "+infinitive(m[2])+" "+m[3], "to"
	case rePurpose.MatchString(s):
		m := rePurpose.FindStringSubmatch(s)
		toks := strings.Fields(m[1])
		if len(toks) < 3 || infinitiveTakers[toks[len(toks)-1]] || finiteVerb(toks[len(toks)-1]) || !hasFiniteVerb(m[1]) {
			return r, false // "wanted to open", "was to support": no purpose
		}
		for k, w := range toks[1:] {
			if determiners[strings.ToLower(toks[k])] {
				continue // "This funding was tailored to ...": a noun, not a gerund
			}
			if strings.HasSuffix(w, "ing") && len(w) > 5 && (isCapitalized(toks[k]) || strings.HasSuffix(toks[k], ",")) {
				return r, false // "forming a forum to examine ways to improve": too deep
			}
		}
		main, r.answer, r.form = m[1], "To "+m[2]+" "+m[3], "to"
	default:
		return r, false
	}
	r.answer = shortAnswer(reParenthesis.ReplaceAllString(r.answer, ""))
	if loc := reCutPurpose.FindStringIndex(r.answer); loc != nil && strings.HasPrefix(r.answer, "To ") {
		r.answer = r.answer[:loc[0]] // "to safeguard the borders, stop the trafficking ..., and ...": its first purpose, whole
	}
	if r.answer == "" || reAccused.MatchString(main) {
		return r, false // "accused X of acting to destroy ...": a charge, not a cause
	}
	for _, w := range strings.Fields(strings.ToLower(r.answer)) {
		switch w {
		case "these", "this", "those", "such", "their", "them":
			return r, false // "To help these endeavours": refers to what the student cannot see
		}
	}
	// the cause stands; without a clean question it is a distractor only,
	// and then one that says something specific ("Because of its
	// location" is true of almost anything)
	r.actor = x.actorOf(main)
	if r.actor == "" && reDemonstrative.MatchString(main) {
		r.actor = x.sourceBefore(para, si) // "This funding": the aid the sentence before says came from the US
	}
	r.answer = x.subjectCountry(r.answer)
	r.question = x.whyQuestion(para, si, main)
	if r.question == "" && len(x.distinctive(contentWords(r.answer))) < 2 {
		return r, false
	}
	return r, true
}

var reTrailDate = regexp.MustCompile(`\s(?:in|on|during)\s(?:(?:early|late|mid)\s)?(?:\d{1,2}\s)?(?:[A-Z][a-z]+\.?\s)?(?:\d{1,2},\s)?\d{4}\?$`)

var reAccused = regexp.MustCompile(`\b(?:accused|alleged|claimed|blamed)\b`)

// whyQuestion asks "Why ...?" of the main clause of a sentence stating a
// cause, or "" when no clean question can be formed.
func (x *extractor) whyQuestion(para *paper.Paragraph, si int, main string) string {
	main = strings.TrimSpace(strings.TrimSuffix(main, ","))
	for _, cut := range []string{" lacking ", ", including ", ", which ", ", where ", " as a mean"} {
		if i := strings.Index(main, cut); i > 0 {
			main = main[:i]
		}
	}
	main, ok := x.resolve(para, si, upperFirst(main), 0)
	if !ok {
		return ""
	}
	// "for such operation": the operation the sentence before names
	if m := reSuch.FindStringSubmatchIndex(main); m != nil {
		prev, ok := x.previous(para, si, 0)
		np := ""
		if ok {
			np = definiteIn(prev, main[m[2]:m[3]])
		}
		if np == "" {
			return ""
		}
		main = main[:m[0]] + np + main[m[1]:]
	}
	main = frontAdverbial(main + ".")
	aux, subj, rest, ok := doSupport(strings.TrimSuffix(main, "."))
	if !ok || strings.Contains(subj, ",") {
		return ""
	}
	rest = firstVerbPhrase(rest)
	// "... in January 2009?": the date is another item's answer, and "why"
	// asks about the act, not its day
	q := x.oneSpelling(tidyQuestion(reTrailDate.ReplaceAllString("Why "+aux+" "+subj+" "+rest+"?", "?")))
	if wordCount(q) > maxQuestionWords || wordCount(q) < 5 {
		return ""
	}
	return q
}

// shortAnswer keeps an answer to a button's length: cut at a comma or
// "and" before the 14th word, "" when it cannot be cut cleanly.
func shortAnswer(a string) string {
	a = strings.TrimSpace(strings.TrimRight(a, " .,;"))
	if len(a) <= 90 {
		return a
	}
	if m := reTwoModifiers.FindStringSubmatchIndex(a); m != nil && m[1]-m[0] < len(a) {
		// "conduct counter-narcotics and counterinsurgency operations": the
		// first modifier with its noun, still whole
		if b := a[:m[2]] + a[m[3]:]; len(b) <= 90 {
			return b
		}
	}
	toks := strings.Fields(a)
	for i := min(len(toks)-1, 16); i >= 4; i-- {
		if strings.HasSuffix(toks[i-1], ",") && (i >= 2 && strings.HasSuffix(toks[i-2], ",") || strings.HasSuffix(toks[i], ",")) ||
			toks[i] == "and" && i >= 2 && strings.HasSuffix(toks[i-2], ",") {
			continue // "borders with Afghanistan, China, Kyrgyzstan": a list cut short
		}
		if strings.HasSuffix(toks[i-1], ",") || toks[i] == "and" {
			out := strings.TrimRight(strings.Join(toks[:i], " "), ",")
			if len(out) <= 90 {
				return out
			}
		}
	}
	return ""
}

// infinitive is the verb of a gerund ("balancing" → "balance"), "" when
// the spelling rules cannot tell.
func infinitive(g string) string {
	if !strings.HasSuffix(g, "ing") || len(g) < 6 {
		return ""
	}
	b := baseForm(strings.TrimSuffix(g, "ing") + "ed")
	return b
}

// listHead: toks end in a preposition and one word ("in economy"), the
// first item of a list when a comma follows.
func listHead(toks []string) bool {
	if len(toks) < 2 {
		return false
	}
	switch strings.ToLower(toks[len(toks)-2]) {
	case "in", "of", "on", "for", "with", "to", "about":
		return true
	}
	return false
}

// whyQuizzes turns the reasons that give a clean question into quizzes.
// Each item draws its own three distractors from the other causes the
// paper states (written as the answer is, where enough are), keeping only
// causes the paper never ties to this item's subject (mayBeTrue), and no
// two items share more than two choices, so answering one does not hand
// over another's set. An item left with fewer than three is dropped:
// fewer solid why-items beat many weak ones.
func (x *extractor) whyQuizzes(rs []reason) []Quiz {
	// an item's answer is no other item's distractor: knowing one would
	// strike an option of the other. Which reasons become items depends on
	// which are left as distractors, so repeat until the set holds.
	keys := map[string]bool{}
	var out []Quiz
	for range 4 {
		out = x.whyPass(rs, keys)
		next := map[string]bool{}
		for _, q := range out {
			next[strings.ToLower(q.Choices[q.Answer])] = true
		}
		if maps.Equal(next, keys) {
			break
		}
		keys = next
	}
	return out
}

// whyPass makes the why-items whose distractors avoid keys.
func (x *extractor) whyPass(rs []reason, keys map[string]bool) []Quiz {
	var out []Quiz
	memo := map[string]map[string]bool{}
	var sets [][]string // the choices of the items made so far
	for _, r := range rs {
		if r.question == "" {
			continue
		}
		qWords := contentWords(r.question + " " + r.answer)
		var cands, others []string
		seen := map[string]bool{strings.ToLower(r.answer): true}
		// causes the paper gives in this item's own paragraph, or may give
		// for its subject elsewhere: neither they nor a cause saying the
		// same in other words is a wrong answer
		var refused []string
		for _, o := range rs {
			if o.para.N == r.para.N || x.mayBeTrue(r, o.answer) {
				refused = append(refused, o.answer)
			}
		}
		for _, o := range rs {
			if o.para.N == r.para.N || seen[strings.ToLower(o.answer)] || nearSameMemo(o.answer, refused, memo) {
				continue
			}
			if o.actor != r.actor || keys[strings.ToLower(o.answer)] {
				continue // another actor's purpose, or another item's answer
			}
			if containsWord(o.answer, "his") || containsWord(o.answer, "her") {
				continue // "For his stand ...": his question's person, no one's in another
			}
			shared := 0
			for w := range contentWords(o.answer) {
				if qWords[w] {
					shared++
				}
			}
			if shared > 1 || x.mayBeTrue(r, o.answer) {
				continue
			}
			if cutPurpose(o.answer) {
				continue // "To safeguard the borders, stop the trafficking ...": a list cut short, no full purpose
			}
			seen[strings.ToLower(o.answer)] = true
			switch {
			case o.form == r.form:
				cands = append(cands, o.answer)
			case r.form == "to" || o.form == "to":
				// "To ..." beside "As a reward for ...": the odd form stands
				// out, and a reward the paper gives for another act points
				// the wrong way
			default:
				others = append(others, o.answer)
			}
		}
		// causes written as the answer is first; then others, so that no
		// answer is the odd one out by its form alone
		sort.Strings(cands)
		sort.Strings(others)
		id := quizID(r.para.N, r.si, span{kind: "why", text: r.answer}, r.para.Sentences[r.si].Text)
		rng := seeded(id, 1)
		rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
		rng.Shuffle(len(others), func(i, j int) { others[i], others[j] = others[j], others[i] })
		if len(cands) == 0 && len(others) > 0 {
			continue // every distractor in another form: the answer would stand out
		}
		wrong := pickApart(r.answer, append(cands, others...), sets)
		if len(wrong) < 3 || x.loneOnTopic(r.question, r.answer, wrong) {
			continue
		}
		sets = append(sets, append([]string{r.answer}, wrong...))
		out = append(out, makeQuiz(id, r.question, r.answer, wrong, "why", r.para, r.para.Sentences[r.si]))
	}
	return out
}

// reCutPurpose: a second purpose verb after a comma with no "and":
// "To safeguard the country's borders, stop the trafficking of narcotics".
var reCutPurpose = regexp.MustCompile(`, (?:support|help|ensure|guarantee|safeguard|protect|promote|balance|extend|demand|destroy|enhance|stop|counter|fight|combat|improve|expand|install|reward|secure|strengthen|assist) `)

// cutPurpose reports a purpose that is a list cut short, ungrammatical as
// an answer.
func cutPurpose(a string) bool {
	return strings.HasPrefix(a, "To ") && reCutPurpose.MatchString(a)
}

// pickApart takes three of cands, in order, such that with answer they
// share at most two choices with any earlier item's set; nil when no
// three do.
func pickApart(answer string, cands []string, sets [][]string) []string {
	var best []string
	var try func(from int, got []string) bool
	try = func(from int, got []string) bool {
		if len(got) == 3 {
			best = append([]string(nil), got...)
			return true
		}
		for i := from; i < len(cands); i++ {
			if nearSame(cands[i], append([]string{answer}, got...)) {
				continue // "Because it borders Afghanistan" beside "Because of its borders with Afghanistan, China, ...": one falls with the other
			}
			next := append(append([]string(nil), got...), cands[i])
			if overlapsSet(append([]string{answer}, next...), sets) > 2 {
				continue
			}
			if try(i+1, next) {
				return true
			}
		}
		return false
	}
	try(0, nil)
	return best
}

// nearSame: c says what one of others says: all the content words of
// one are in the other, or two or more make half of either.
func nearSame(c string, others []string) bool {
	return nearSameMemo(c, others, nil)
}

// nearSameMemo is nearSame with the content words of each text kept in
// memo (nil: none kept): whyPass asks it of every pair of causes, once
// per item, and the words were most of NewQuizzer's allocations there.
func nearSameMemo(c string, others []string, memo map[string]map[string]bool) bool {
	words := func(s string) map[string]bool {
		if w, ok := memo[s]; ok {
			return w
		}
		w := contentWords(s)
		if memo != nil {
			memo[s] = w
		}
		return w
	}
	cw := words(c)
	for _, o := range others {
		ow := words(o)
		n := countIn(cw, ow)
		if n >= 2 && (2*n >= len(cw) || 2*n >= len(ow)) || n == len(cw) || n == len(ow) {
			return true
		}
	}
	return false
}

// overlapsSet is the most choices set shares with any of sets.
func overlapsSet(set []string, sets [][]string) int {
	most := 0
	for _, s := range sets {
		n := 0
		for _, a := range set {
			for _, b := range s {
				if strings.EqualFold(a, b) {
					n++
				}
			}
		}
		most = max(most, n)
	}
	return most
}

// mayBeTrue reports a cause the paper might state for r's subject too:
// a paragraph that names r's subject (a word of its question that few
// paragraphs use) also holds most of the cause's own distinctive words
// (all its words when none is distinctive), or one sentence holds a word
// of the question and every word of the cause.
// "To safeguard the borders, stop the trafficking of narcotics" is no
// distractor for "Why was the US an aid donor?" when a paragraph speaks of
// aid, borders and narcotics together; nor "Because of the Tajik civil
// war" when a sentence says the US helped its development as it recovered
// from the civil war.
func (x *extractor) mayBeTrue(r reason, cause string) bool {
	if m := reBordersCause.FindStringSubmatch(cause); m != nil {
		return x.saysBorders(r.question, m[1]) // where a country lies: the paper says so or not
	}
	if m := reFirstCause.FindStringSubmatch(cause); m != nil {
		return x.saysFirst(r.question, m[1]) // who was first: the paper says so or not
	}
	if x.isRegionDeed(r.question, cause) {
		return false // another country's deed, none of whose nouns the paper says of the subject (regionDeeds)
	}
	x.paraWords()
	question := contentWords(r.question)
	topic := x.distinctive(question)
	words := contentWords(cause)
	key := x.distinctive(words)
	need := (len(key) + 1) / 2
	if len(key) == 0 {
		// common words only ("civil war"): all of them, in a paragraph on the subject
		key, need = words, len(words)
	}
	for _, p := range x.words {
		if need > 0 && countIn(topic, p) > 0 && countIn(key, p) >= need {
			return true
		}
	}
	for _, s := range x.sentWords {
		if countIn(question, s) > 0 && countIn(words, s) == len(words) {
			return true
		}
	}
	return false
}

func countIn(words, in map[string]bool) int {
	n := 0
	for w := range words {
		if in[w] {
			n++
		}
	}
	return n
}

// distinctive keeps the words that at most a quarter of the paper's
// paragraphs use: the ones that say what a sentence is about.
func (x *extractor) distinctive(words map[string]bool) map[string]bool {
	ws := x.paraWords()
	limit := max(2, len(ws)/4)
	out := map[string]bool{}
	for w := range words {
		n := 0
		for _, p := range ws {
			if p[w] {
				n++
			}
		}
		if n <= limit {
			out[w] = true
		}
	}
	return out
}

// paraWords are the content words of each body paragraph (and
// sentWords of each sentence) in plain
// English (hyphenated words split: "anti-narcotics" speaks of narcotics),
// computed once.
func (x *extractor) paraWords() []map[string]bool {
	if x.words != nil {
		return x.words
	}
	x.body()
	for _, text := range x.bodyPlain {
		x.words = append(x.words, contentWords(strings.ReplaceAll(text, "-", " ")))
	}
	for _, text := range x.sentPlain {
		x.sentWords = append(x.sentWords, contentWords(strings.ReplaceAll(text, "-", " ")))
	}
	return x.words
}

// contentWords are the lower-case words of s longer than three letters,
// stop words aside.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range reToken.FindAllString(strings.ToLower(s), -1) {
		if len(w) > 3 && !stopWords[w] {
			out[strings.TrimSuffix(w, "s")] = true
		}
	}
	return out
}

var stopWords = map[string]bool{"that": true, "this": true, "with": true, "from": true, "their": true, "they": true,
	"were": true, "which": true, "because": true, "also": true, "been": true, "have": true, "into": true, "than": true,
	"for": true, "reward": true, "the": true, "its": true, "tajikistan": true, "tajik": true, "united": true, "states": true, "america": true}

// body renders the body's paragraphs once, citations cut: as written
// (bodyRaw), and sentence by sentence in plain English (sentPlain,
// joined per paragraph in bodyPlain).
func (x *extractor) body() {
	if x.bodyRaw != nil {
		return
	}
	for i := range x.p.Paragraphs {
		para := &x.p.Paragraphs[i]
		if para.Section == "References" {
			continue
		}
		cuts := citationCuts(para)
		x.bodyRaw = append(x.bodyRaw, render(para.Text, 0, len(para.Text), cuts))
		var sents []string
		for _, s := range para.Sentences {
			sents = append(sents, x.plain.apply(render(para.Text, s.Start, s.End, cuts)))
		}
		x.sentPlain = append(x.sentPlain, sents...)
		x.bodyPlain = append(x.bodyPlain, strings.Join(sents, " "))
	}
}

// actorOf is the country acting in a main clause: the first the clause
// names, in any spelling the list knows ("the U.S.", "the United States",
// "the Tajiks", "the Americans"), once a leading "Since ...," is set aside;
// a US president or secretary acts for the US.
func (x *extractor) actorOf(main string) string {
	if _, m, ok := leadingSubordinate(main); ok {
		main = m
	}
	best, actor := len(main)+1, ""
	note := func(i int, c string) {
		if i < best {
			best, actor = i, c
		}
	}
	for _, c := range x.world.members["country"] {
		for _, sp := range x.allSpellings(c) {
			if is := wordIndexes(main, sp); len(is) > 0 {
				note(is[0], c)
			}
		}
	}
	for _, loc := range reToken.FindAllStringIndex(main, -1) {
		tok := main[loc[0]:loc[1]]
		if adj := x.countryOfAdjective(strings.TrimSuffix(tok, "s")); adj != "" {
			_, c := x.world.kindOf(adj)
			note(loc[0], c)
		}
		if k, _ := x.world.kindOf(tok); isPersonKind(k) {
			if i := strings.LastIndexByte(k, '-'); i >= 0 {
				if _, c := x.world.kindOf(k[i+1:]); c != "" {
					note(loc[0], c)
				}
			}
		}
	}
	return actor
}

// loneOnTopic reports an answer that is the only option to touch the
// stem's topic: the only one sharing a word with the stem (stems cut to
// five letters: "supplies", "supply"), or the only one speaking of war
// or military operations, which the stem's subject (overflight rights,
// supplies) points to: "To support its operation in Afghanistan" among a
// peace treaty, balancing Moscow and narcotics. A student picks it
// without the paper.
func (x *extractor) loneOnTopic(question, answer string, wrong []string) bool {
	topic := func(o string) bool {
		for w := range contentWords(o) {
			for q := range contentWords(question) {
				if len(w) >= 5 && len(q) >= 5 && w[:5] == q[:5] {
					return true
				}
			}
		}
		return reWarWords.MatchString(o)
	}
	if !topic(answer) {
		return false
	}
	for _, w := range wrong {
		if topic(w) {
			return false
		}
	}
	return true
}

var reWarWords = regexp.MustCompile(`(?i)\b(?:military|operations?|war|troops|forces|terror(?:ism)?)\b`)

// reAppositive: a main clause ending in an indefinite noun that names
// what the clause did ("... with Russia a policy").
var reAppositive = regexp.MustCompile(`,? an? (?:policy|strategy|approach|move|step|course)$`)

// reDemonstrative: a main clause whose subject points back ("This
// funding was tailored ...").
var reDemonstrative = regexp.MustCompile(`^(?:This|That|These|Those|Such) [a-z]+ (?:was|were|is|are|had|has)\b`)

// reFromCountry: "... from the United States": the giver of what a
// sentence receives.
var reFromCountry = regexp.MustCompile(`\bfrom (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*)?)`)

// sourceBefore is the country the sentence before si says something came
// from ("began receiving military aid from the United States"), "" when it
// names none: the actor of a "This funding ..." sentence.
func (x *extractor) sourceBefore(para *paper.Paragraph, si int) string {
	if si == 0 {
		return ""
	}
	prev, ok := x.plainSentence(para, si-1)
	if !ok {
		return ""
	}
	for _, m := range reFromCountry.FindAllStringSubmatch(prev, -1) {
		if k, c := x.world.kindOf(m[1]); k == "country" {
			return c
		}
	}
	return ""
}

// reTheCountrys: "the country's borders" in a purpose read away from its
// sentence, where no country comes before it.
var reTheCountrys = regexp.MustCompile(`\bthe (?:country|nation)'s\b`)

// subjectCountry names the paper's subject country where a purpose says
// "the country's": the answer stands alone on a button, and "To safeguard
// the country's borders" beside a US act reads as the US's own.
func (x *extractor) subjectCountry(a string) string {
	if !reTheCountrys.MatchString(a) {
		return a
	}
	cs := x.countriesIn(x.p.Title)
	if len(cs) == 0 {
		return a
	}
	if _, c := x.world.kindOf(cs[0]); c != "" {
		return reTheCountrys.ReplaceAllString(a, c+"'s") // the list's spelling, not the title's capitals
	}
	return a
}

// reTwoModifiers: two modifiers of one closing noun ("counter-narcotics
// and counterinsurgency operations"); group 1 spans " and" and the second.
var reTwoModifiers = regexp.MustCompile(`\S( and [\w-]+) [a-z]+$`)
