package classroom

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"paperbot/paper"
)

// span is one candidate answer in a paragraph: a date, an amount, a name.
type span struct {
	start, end int    // byte range in Paragraph.Text
	text       string // as written
	kind       string // quiz kind: year, date, amount, number, person, place, organisation, agreement; "range" (never asked)
	key        string // identity of what it names: the same key is the same thing however written
	form       string // how it is written, so distractors match: "day"/"month", "money"/"percent", "acronym"/"name", "full"/"surname", "site"/"area"
	aliases    []string
	cutEnd     int  // > end: the question also drops Text[end:cutEnd], a "(ACR)" after a name
	answerable bool // may be asked; false for values that only serve as distractors
	time       timeSpan
	value      float64 // amounts and numbers
	prefix     string  // amounts: "$", "USD"
	scale      string  // amounts: "million"
}

// group is what makes two spans of a sentence compete for one wh-question:
// "When ...?" cannot tell a year from a date.
func (s span) group() string {
	switch s.kind {
	case "year", "date", "range":
		return "time"
	}
	return s.kind
}

var (
	orgHeads = map[string]bool{"Party": true, "Organization": true, "Organisation": true, "Foundation": true,
		"Force": true, "Alliance": true, "Council": true, "Commission": true, "Bank": true, "Fund": true,
		"Agency": true, "Movement": true, "Committee": true, "Association": true, "Institute": true}
	agreementHeads = map[string]bool{"Agreement": true, "Treaty": true, "Accord": true, "Pact": true,
		"Memorandum": true, "Consultation": true, "Program": true, "Programme": true, "Convention": true,
		"Protocol": true, "Charter": true}
	// leadWords are capitalised only because they open a sentence.
	leadWords = map[string]bool{"the": true, "a": true, "an": true, "in": true, "on": true, "under": true,
		"during": true, "with": true, "from": true, "to": true, "by": true, "as": true, "after": true,
		"before": true, "since": true, "further": true, "then": true, "this": true, "these": true}
	numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
	scales = map[string]float64{"": 1, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
)

var (
	reMoney   = regexp.MustCompile(`(US\$|\$|\bUSD\s?)(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion)\b)?`)
	rePercent = regexp.MustCompile(`\b(\d+(?:\.\d+)?)(\s?%|\s+percent\b|\s+per cent\b)`)
	reNumber  = regexp.MustCompile(`\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+([A-Za-z][A-Za-z-]*)`)
	reTitled  = regexp.MustCompile(`\b(?:[Pp]resident|[Ss]ecretary|[Mm]inister|Senator|Ambassador|General|Dr\.|Mr\.|Mrs\.|Ms\.)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b`)
	reVisitOf = regexp.MustCompile(`\bvisit\s+(?:of|by)\s+([A-Z][a-z]+\s+[A-Z][a-z]+)\b`)
	rePlaceIn = regexp.MustCompile(`\b(?:in|at|near|to|from|into|across|toward|towards|inside|within)\s+(?:the\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,2})`)
	rePlaceOf = regexp.MustCompile(`((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:(?:,\s+|\s+and\s+)[A-Z][a-z]+(?:-[A-Z][a-z]+)?)*)\s+(?:valley|river|locale|province|district|airbases?|gorge|mountains|oblast|city)\b`)
	reToken   = regexp.MustCompile(`[A-Za-z&][A-Za-z'’-]*`)
	reNameSep = regexp.MustCompile(`,\s+|\s+and\s+`)
)

// placeFollow are the words that may follow a place name after "in": they
// show the name is a noun ("in Dushanbe in March"), not an adjective ("in
// the Central Asian region").
var placeFollow = map[string]bool{"in": true, "on": true, "and": true, "with": true, "to": true, "for": true,
	"of": true, "at": true, "by": true, "from": true, "which": true, "that": true, "where": true, "after": true,
	"before": true, "over": true, "as": true, "but": true, "was": true, "were": true, "is": true, "since": true,
	"during": true, "until": true, "who": true, "had": true, "has": true}

// extractor holds what is learnt from the whole paper before its sentences
// are read one by one: who is a person, what is a place, which acronyms mean
// what.
type extractor struct {
	// countryREs match every spelling of every country (paraWithout),
	// compiled once.
	countryOnce sync.Once
	countryREs  []*regexp.Regexp
	p           *paper.Paper
	// plainSents holds plainSentence's renderings by paragraph and
	// sentence: a dozen generators walk the body, each in plain words
	plainSents map[[2]int]string
	// whenWordsOf and whatWordsOf are whenWords and whatWords memoised:
	// dropConflicts meets each stem once per other item
	whenWordsOf, whatWordsOf func(string) map[string]bool
	gloss                    *glossary
	persons                  []personName      // longest first
	surname                  map[string]string // any surname → entity key
	fullName                 map[string]string // entity key → first full name seen
	lastName                 map[string]string // entity key → first surname seen
	places                   map[string]string // place name → form ("site", "area")
	plain                    *Plain            // nil: no rewrites
	world                    *world
	// contradicted holds the sentences ({¶, sentence}) that date an event
	// otherwise than the rest of the paper does ("independence in 1992"
	// against "independence in 1991" twice): never quizzed on.
	contradicted map[[2]int]bool
	words        []map[string]bool // each paragraph's content words, for paraWords
	sentWords    []map[string]bool // each sentence's
	mainActor    map[string]bool   // person keys named in too many paragraphs to ask about
	bodyRaw      []string          // each body paragraph without citations (see body)
	// muddled memoises pronounAgainstPlaces by {¶, sentence}: townOfMuddled
	// asks it of every earlier sentence of a paragraph, for each sentence
	// (a third of NewQuizzer's allocations)
	muddled      map[[2]int]bool
	bodyPlain    []string        // the same in plain English
	sentPlain    []string        // each body sentence in plain English
	plainAt      map[int]int     // a paragraph's first sentence in sentPlain, by ¶ number (see plainOf)
	named        map[string]bool // namedInBody's answers
	bodyLow      []string        // the body as written and in plain English, lower case, for namedInBody
	times        [][]timeSpan    // each paragraph's dates, for mainDate
	countryParas map[string]int  // country → body paragraphs naming it (namedInParagraphs)
	months       map[int]bool    // months any date of the paper falls in (namedMonths)
	// actsFound memoises acts: the act, key-event, message and bare-recall
	// rules each walk the paper's dated deeds
	actsFound []act
	actsDone  bool
	// paperNames memoises the names the paper gives things (echoesPaperName)
	paperNames []string
	// spares holds the wrong choices each item's rule gave beyond its
	// three, by quiz ID (cross.go)
	spares map[string][]string
}

type personName struct{ text, key string }

func newExtractor(p *paper.Paper, g *glossary, plain *Plain) *extractor {
	x := &extractor{p: p, gloss: g, surname: map[string]string{}, fullName: map[string]string{}, lastName: map[string]string{}, places: map[string]string{},
		plain: plain, world: parseWorld(worldText), named: map[string]bool{},
		whenWordsOf: memoWords(whenWords), whatWordsOf: memoWords(whatWords)}
	x.learnPersons()
	x.learnPlaces()
	x.contradicted = contradictions(p)
	return x
}

func bodyMatches(p *paper.Paper, re *regexp.Regexp, f func(para *paper.Paragraph, m []int)) {
	for i := range p.Paragraphs {
		para := &p.Paragraphs[i]
		skip := citeRanges(para)
		for _, m := range re.FindAllStringSubmatchIndex(para.Text, -1) {
			if !overlapsAny(skip, m[0], m[1]) {
				f(para, m)
			}
		}
	}
}

// learnPersons takes as people the names written after a title ("President
// Rahmon", "Secretary Hilary Clinton") or as the visitor in "the visit of
// Condoleezza Rice". Surnames spelt alike ("Rahmon", "Rakhmonov") are one
// person, so one is never a distractor for the other.
func (x *extractor) learnPersons() {
	var names []string
	add := func(_ *paper.Paragraph, text string) {
		for _, w := range strings.Fields(text) {
			if monthNumber(w) > 0 && len(w) > 3 {
				return
			}
		}
		names = append(names, text)
	}
	for _, re := range []*regexp.Regexp{reTitled, reVisitOf} {
		bodyMatches(x.p, re, func(para *paper.Paragraph, m []int) { add(para, para.Text[m[2]:m[3]]) })
	}
	seen := map[string]bool{}
	for _, n := range names {
		ws := strings.Fields(n)
		sur := ws[len(ws)-1]
		key := ""
		for s, k := range x.surname {
			if similarNames(s, sur) {
				key = k
			}
		}
		if key == "" {
			key = "p:" + strings.ToLower(sur)
		}
		x.surname[sur] = key
		if x.lastName[key] == "" {
			x.lastName[key] = sur
		}
		if len(ws) > 1 && x.fullName[key] == "" {
			x.fullName[key] = n
		}
		for _, t := range []string{n, sur} {
			if !seen[t] {
				seen[t] = true
				x.persons = append(x.persons, personName{t, key})
			}
		}
	}
	sort.SliceStable(x.persons, func(i, j int) bool { return len(x.persons[i].text) > len(x.persons[j].text) })
	// the paper's own main actor (its subject country's president, named
	// in many paragraphs) is no answer, as the subject country is no place
	// asked about: every "who" item would be his, the choices giving him
	// away as the one leader of that country among others.
	paras := map[string]int{}
	for i := range x.p.Paragraphs {
		seen := map[string]bool{}
		for _, pn := range x.persons {
			if !seen[pn.key] && len(wordIndexes(x.p.Paragraphs[i].Text, pn.text)) > 0 {
				seen[pn.key] = true
				paras[pn.key]++
			}
		}
	}
	x.mainActor = map[string]bool{}
	for key, n := range paras {
		if n > x.frequentLimit() {
			x.mainActor[key] = true
		}
	}
}

// frequentLimit is the number of paragraphs past which a name is the
// paper's subject rather than a fact worth asking about.
func (x *extractor) frequentLimit() int { return max(3, len(x.p.Paragraphs)/6) }

// oneSpelling writes every person in s the one way the whole quiz writes
// him: the list of kinds' first spelling ("Rakhmonov" → "Rahmon", "Hilary
// Clinton" → "Hillary Clinton"), a surname as a surname.
func (x *extractor) oneSpelling(s string) string {
	for _, kind := range []string{"president-", "secretary-"} {
		for k, members := range x.world.members {
			if !strings.HasPrefix(k, kind) {
				continue
			}
			for _, c := range members {
				cw := strings.Fields(c)
				sur := cw[len(cw)-1]
				for _, sp := range x.world.all[c] {
					if sp == c || sp == sur || !strings.Contains(s, sp) {
						continue
					}
					to := c
					if !strings.Contains(sp, " ") {
						to = sur
					}
					for is := wordIndexes(s, sp); len(is) > 0; is = wordIndexes(s, sp) {
						s = s[:is[0]] + to + s[is[0]+len(sp):]
					}
				}
			}
		}
	}
	return s
}

// similarNames: transliterations of one name ("Rahmon", "Rakhmonov").
func similarNames(a, b string) bool {
	if a == b {
		return true
	}
	a, b = strings.ToLower(a), strings.ToLower(b)
	if a[0] != b[0] || len(a) < 4 || len(b) < 4 {
		return false
	}
	return paper.EditDistance(a, b) <= 3
}

// learnPlaces takes as places the capitalised names after a place
// preposition ("in Dushanbe", "in the Pyanj River") and before a place noun
// ("the Rasht valley", "the Khujand, Kulyab and Kurgan-Tyube airbases").
// Names the paper mentions in many paragraphs (its subject, "Tajikistan")
// are left out: asking for them teaches nothing.
func (x *extractor) learnPlaces() {
	cand := map[string]string{}
	bodyMatches(x.p, rePlaceIn, func(para *paper.Paragraph, m []int) {
		name := para.Text[m[2]:m[3]]
		if insideTitle(para.Text, m[0]) {
			return
		}
		rest := para.Text[m[3]:]
		if strings.HasPrefix(rest, " ") {
			next := reToken.FindString(rest)
			if next == "" || !(placeFollow[next] || strings.HasSuffix(next, "ing")) || strings.TrimLeft(rest, " ")[0] != next[0] {
				return
			}
		}
		if x.notPlace(name) {
			return
		}
		if cand[name] == "" {
			cand[name] = "area"
			if last := name[strings.LastIndexByte(name, ' ')+1:]; last == "River" || last == "Valley" || last == "Lake" || last == "Mountains" {
				cand[name] = "site"
			}
		}
	})
	bodyMatches(x.p, rePlaceOf, func(para *paper.Paragraph, m []int) {
		for _, name := range reNameSep.Split(para.Text[m[2]:m[3]], -1) {
			if !x.notPlace(name) {
				cand[name] = "site"
			}
		}
	})
	// the list's countries, cities, regions and rivers, wherever the body
	// names them
	for _, name := range x.world.names {
		k, _ := x.world.kindOf(name)
		if k != "country" && !strings.HasPrefix(k, "city-") && !strings.HasPrefix(k, "region-") && !strings.HasPrefix(k, "valley-") && k != "river" {
			continue
		}
		if !isCapitalized(name) || strings.ToUpper(name) == name || strings.Contains(name, ".") {
			continue // "US", "U.S." are written many ways; the acronym table has them
		}
		if _, ok := cand[name]; ok {
			continue
		}
		for i := range x.p.Paragraphs {
			para := &x.p.Paragraphs[i]
			skip := citeRanges(para)
			for _, at := range wordIndexes(para.Text, name) {
				end := at + len(name)
				if overlapsAny(skip, at, end) || end < len(para.Text) && (para.Text[end] == '-' || para.Text[end] == '\'') {
					continue // "Tajik-Afghan", "Russia's" are adjectives here
				}
				if cand[name] == "" {
					cand[name] = "area"
				}
			}
		}
	}
	limit := x.frequentLimit()
	for name, form := range cand {
		n := 0
		for i := range x.p.Paragraphs {
			for _, sp := range x.allSpellings(name) {
				if containsWord(x.p.Paragraphs[i].Text, sp) {
					n++
					break
				}
			}
		}
		if n <= limit {
			x.places[name] = form
		}
	}
}

func (x *extractor) notPlace(name string) bool {
	ws := strings.Fields(name)
	last := ws[len(ws)-1]
	if orgHeads[last] || agreementHeads[last] || leadWords[strings.ToLower(ws[0])] {
		return true
	}
	for _, w := range ws {
		if monthNumber(w) > 0 && len(w) >= 3 {
			return true
		}
		if _, ok := x.surname[w]; ok {
			return true
		}
	}
	return false
}

// insideTitle reports a preposition at text[at:] that sits inside a title
// ("Investing in People", "Commission on International Religious Freedom")
// rather than running text ("its Embassy in Dushanbe"): the word before it
// is capitalised and so is the one before that, or nothing precedes it in
// its clause.
func insideTitle(text string, at int) bool {
	before := strings.TrimRight(text[:at], " ")
	i := strings.LastIndexAny(before, " \n")
	prev := before[i+1:]
	if prev == "" || !isCapitalized(prev) || strings.ContainsAny(prev, ",;:()") {
		return false
	}
	before = strings.TrimRight(before[:i+1], " ")
	if before == "" || strings.ContainsAny(before[len(before)-1:], ",;:().") {
		return true
	}
	j := strings.LastIndexAny(before, " \n")
	return isCapitalized(before[j+1:])
}

// spans finds every candidate answer in para, outside its citations. Where
// two overlap the more specific wins: dates, then amounts, then names.
func (x *extractor) spans(para *paper.Paragraph) []span {
	skip := citeRanges(para)
	var all []span
	for _, t := range findTimes(para.Text, skip) {
		s := span{start: t.start, end: t.end, text: para.Text[t.start:t.end], kind: t.kind(), key: t.key(), time: t, value: float64(t.year)}
		switch t.kind() {
		case "date":
			s.form = "month"
			if t.day > 0 {
				s.form = "day"
			}
			s.answerable = true
		case "year":
			s.answerable = t.qual == ""
		}
		all = append(all, s)
	}
	all = append(all, x.amounts(para.Text)...)
	all = append(all, x.names(para)...)
	all = append(all, x.numbers(para.Text)...)
	var out []span
	for _, s := range all {
		if overlapsAny(skip, s.start, s.end) {
			continue
		}
		clash := false
		for _, o := range out {
			if s.start < o.end && o.start < s.end {
				clash = true
				break
			}
		}
		if !clash {
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// moneyValue is a sum's value from its digits ("51.9", "1,200") and
// scale word ("million"); -1 when the digits do not parse.
func moneyValue(num, scale string) float64 {
	v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil {
		return -1
	}
	return v * scales[scale]
}

func (x *extractor) amounts(text string) []span {
	var out []span
	for _, m := range reMoney.FindAllStringSubmatchIndex(text, -1) {
		sc := ""
		if m[6] >= 0 {
			sc = text[m[6]:m[7]]
		}
		v := moneyValue(text[m[4]:m[5]], sc)
		if v < 0 {
			continue
		}
		out = append(out, span{start: m[0], end: m[1], text: text[m[0]:m[1]], kind: "amount", form: "money",
			key: "$" + strconv.FormatFloat(v, 'f', -1, 64), value: v, answerable: true,
			prefix: text[m[2]:m[3]], scale: sc})
	}
	for _, m := range rePercent.FindAllStringSubmatchIndex(text, -1) {
		v, _ := strconv.ParseFloat(text[m[2]:m[3]], 64)
		out = append(out, span{start: m[0], end: m[1], text: text[m[0]:m[1]], kind: "amount", form: "percent",
			key: "%" + text[m[2]:m[3]], value: v, answerable: true, scale: text[m[4]:m[5]]})
	}
	return out
}

// numbers are counts written as words before a noun ("nine American-Tajik
// joint wanders", "two nations"). "one" is a distractor only: "one of" and
// "one stage" are rarely facts worth asking.
func (x *extractor) numbers(text string) []span {
	var out []span
	for _, m := range reNumber.FindAllStringSubmatchIndex(text, -1) {
		if m[0] > 0 && text[m[0]-1] == '-' {
			continue
		}
		w, next := text[m[2]:m[3]], strings.ToLower(text[m[4]:m[5]])
		switch next {
		case "of", "percent", "million", "billion", "thousand", "hundred", "and", "or", "to", "another", "times":
			continue
		}
		out = append(out, span{start: m[2], end: m[3], text: w, kind: "number", form: "word",
			key: "n" + w, value: float64(numberWords[w]), answerable: w != "one"})
	}
	return out
}

// names finds people, places, organisations and agreements.
func (x *extractor) names(para *paper.Paragraph) []span {
	text := para.Text
	var out []span
	// organisations and agreements written out, with any "(ACR)" after them
	absorbed := map[int]bool{}
	for _, ph := range capitalRuns(text) {
		kind, phrase := x.phraseKind(ph.words)
		if kind == "" {
			continue
		}
		s := span{start: ph.start, end: ph.start + len(phrase), text: phrase, kind: kind, form: "name", answerable: true}
		s.key, s.aliases = x.phraseKey(phrase, kind)
		if m := reDefinition.FindStringSubmatchIndex(text[s.end:]); m != nil && strings.TrimSpace(text[s.end:s.end+m[0]]) == "" {
			s.cutEnd = s.end + m[1]
			absorbed[s.end+m[2]] = true
			s.aliases = append(s.aliases, text[s.end+m[2]:s.end+m[3]])
		}
		out = append(out, s)
	}
	// acronyms of organisations and agreements
	for _, m := range reAcronym.FindAllStringIndex(text, -1) {
		if absorbed[m[0]] {
			continue
		}
		_, k, ok := acronymKey(text[m[0]:m[1]])
		if !ok {
			continue
		}
		kind := x.gloss.kind[k]
		if kind != kindOrg && kind != kindAgreement {
			continue
		}
		t := x.gloss.terms[x.gloss.byKey[k]]
		end := m[1]
		if strings.HasSuffix(text[m[0]:end], "s") && k != strings.ToUpper(text[m[0]:end]) {
			end-- // "NGOs": the blank takes the acronym, the plural stays
		}
		out = append(out, span{start: m[0], end: end, text: text[m[0]:end], kind: kind, form: "acronym",
			key: "a:" + k, aliases: []string{t.Expansion, t.Acronym}, answerable: true})
	}
	// people
	for _, pn := range x.persons {
		for _, i := range wordIndexes(text, pn.text) {
			form := "surname"
			if strings.Contains(pn.text, " ") {
				form = "full"
			}
			out = append(out, span{start: i, end: i + len(pn.text), text: pn.text, kind: "person", form: form,
				key: pn.key, answerable: !x.mainActor[pn.key]})
		}
	}
	// places
	for name, form := range x.places {
		for _, i := range wordIndexes(text, name) {
			out = append(out, span{start: i, end: i + len(name), text: name, kind: "place", form: form,
				key: "l:" + strings.ToLower(name), answerable: true})
		}
	}
	// longest first, so "Emomali Rahmon" beats "Rahmon" when spans clash
	sort.SliceStable(out, func(i, j int) bool { return out[i].end-out[i].start > out[j].end-out[j].start })
	return out
}

// wordIndexes are the offsets of needle in text as a whole word, case-
// sensitively (names are capitalised).
func wordIndexes(text, needle string) []int {
	var out []int
	for from := 0; ; {
		i := strings.Index(text[from:], needle)
		if i < 0 {
			return out
		}
		i += from
		if containsWord(text[i:min(len(text), i+len(needle)+1)], needle) &&
			(i == 0 || !isWordRune(rune(text[i-1]))) && (i+len(needle) == len(text) || !isWordRune(rune(text[i+len(needle)]))) {
			out = append(out, i)
		}
		from = i + 1
	}
}

type run struct {
	start int
	words []string
}

// capitalRuns are the runs of capitalised words in text joined by single
// spaces and the connectors of names ("Partnership for Peace Program"),
// leading sentence-opening words dropped. Acronyms and possessives end a run.
func capitalRuns(text string) []run {
	locs := reToken.FindAllStringIndex(text, -1)
	var out []run
	var cur run
	flush := func() {
		for len(cur.words) > 0 && (leadWords[strings.ToLower(cur.words[0])] || skipWords[cur.words[0]]) {
			cur.start += len(cur.words[0]) + 1
			cur.words = cur.words[1:]
		}
		for len(cur.words) > 0 && skipWords[cur.words[len(cur.words)-1]] {
			cur.words = cur.words[:len(cur.words)-1]
		}
		if len(cur.words) > 0 {
			out = append(out, cur)
		}
		cur = run{}
	}
	prevEnd := -1
	for _, l := range locs {
		w := text[l[0]:l[1]]
		joined := prevEnd >= 0 && text[prevEnd:l[0]] == " "
		if !joined {
			flush()
		}
		_, _, acr := acronymKey(w)
		switch {
		case isCapitalized(w) && !acr && !strings.ContainsAny(w, "'’"):
			if len(cur.words) == 0 {
				cur.start = l[0]
			}
			cur.words = append(cur.words, w)
		case skipWords[w] && len(cur.words) > 0:
			cur.words = append(cur.words, w)
		default:
			flush()
		}
		prevEnd = l[1]
		if strings.ContainsAny(w, "'’") {
			flush()
			prevEnd = -1
		}
	}
	flush()
	return out
}

// phraseKind decides whether a run of capitalised words names an
// organisation (its last word is "Party", "Foundation", ...) or an agreement
// ("... Program", "... Consultation", or a known expansion such as
// "Partnership for Peace"); it returns the phrase cut at its head word.
func (x *extractor) phraseKind(words []string) (string, string) {
	for i := len(words) - 1; i >= 1; i-- {
		head := words[i]
		ph := strings.Join(words[:i+1], " ")
		if orgHeads[head] {
			return kindOrg, ph
		}
		if agreementHeads[head] {
			return kindAgreement, ph
		}
	}
	ph := strings.Join(words, " ")
	for k, kind := range x.gloss.kind {
		if kind != kindAgreement && kind != kindOrg {
			continue
		}
		exp := x.gloss.terms[x.gloss.byKey[k]].Expansion
		if len(words) > 1 && strings.EqualFold(ph, exp) {
			return kind, ph
		}
	}
	return "", ""
}

// phraseKey ties a written-out name to its acronym when the glossary knows
// one, so "Partnership for Peace Program" and "PFP" are one thing.
func (x *extractor) phraseKey(phrase, kind string) (string, []string) {
	lp := strings.ToLower(phrase)
	for k, kd := range x.gloss.kind {
		if kd != kind {
			continue
		}
		t := x.gloss.terms[x.gloss.byKey[k]]
		le := strings.ToLower(t.Expansion)
		if lp == le || strings.HasPrefix(lp, le+" ") {
			return "a:" + k, []string{t.Acronym, t.Expansion}
		}
	}
	return "n:" + lp, nil
}

// amountText writes value v the way answer a is written ("$36 million",
// "USD179.9 million"), so the format gives nothing away.
func amountText(a span, v float64) string {
	if a.form == "percent" {
		return strconv.FormatFloat(v, 'f', -1, 64) + a.scale
	}
	sc := a.scale
	if sc == "" || v/scales[sc] < 1 || v/scales[sc] >= 1000 {
		sc = ""
		for _, s := range []string{"trillion", "billion", "million", "thousand"} {
			if v >= scales[s] {
				sc = s
				break
			}
		}
	}
	n := strconv.FormatFloat(math.Round(v/scales[sc]*100)/100, 'f', -1, 64)
	out := a.prefix + n
	if sc != "" {
		out += " " + sc
	}
	return out
}
