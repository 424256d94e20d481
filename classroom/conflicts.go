package classroom

import (
	"math"
	"regexp"
	"sort"
	"strings"
)

var reFigure = regexp.MustCompile(`\d+(?:[.,]\d+)*`)

// item is a generated quiz with what the conflict rule needs to know
// about it: the spellings of its answer, and its sentence.
type item struct {
	Quiz
	spellings []string
	value     float64 // amounts: the answer's value
	fine      string  // names: the answer's fine kind ("NATO-programme")
}

// sentenceItem wraps a sentence quiz whose answer is span a.
func (x *extractor) sentenceItem(q Quiz, a span) item {
	it := item{Quiz: q, value: a.value}
	if q.Paragraph >= 1 && q.Paragraph <= len(x.p.Paragraphs) {
		it.fine = x.fineKind(&x.p.Paragraphs[q.Paragraph-1], a)
	}
	seen := map[string]bool{}
	add := func(s string) {
		if len(s) > 2 && !seen[strings.ToLower(s)] {
			seen[strings.ToLower(s)] = true
			it.spellings = append(it.spellings, s)
		}
	}
	for _, sp := range x.spellings(a) {
		for _, s := range x.allSpellings(sp) {
			add(s)
		}
	}
	if a.kind == "person" {
		for sur, key := range x.surname {
			if key == a.key {
				add(sur)
			}
		}
	}
	if strings.HasPrefix(a.key, "a:") {
		if i, ok := x.gloss.byKey[strings.TrimPrefix(a.key, "a:")]; ok {
			add(x.gloss.terms[i].Acronym)
			add(x.gloss.terms[i].Expansion)
		}
	}
	sort.Strings(it.spellings) // the surname map's order must not show
	return it
}

// whyItem wraps a why-quiz: its answer counts as given away with or
// without its leading "To", "For", "Because (of)".
func whyItem(q Quiz) item {
	ans := q.Choices[q.Answer]
	it := item{Quiz: q, spellings: []string{ans}}
	for _, lead := range []string{"To ", "For ", "Because of ", "Because ", "As a reward for ", "As a prize for "} {
		if strings.HasPrefix(ans, lead) {
			it.spellings = append(it.spellings, strings.TrimPrefix(ans, lead))
		}
	}
	return it
}

// dropConflicts keeps, of any two items that give each other away, the
// better one. Two items conflict when one's answer, in any spelling, is
// named in the other's stem; when both come from one sentence; when they
// state the same fact (the same answer in one paragraph, or with the same
// figures around it); or when one amount follows from the other and the
// figures their stems show (export + import = trade). Items are kept best
// kind first (conflictRank), then the one clashing with fewer others,
// then in paper order; each is kept only if it clashes with none kept.
func (x *extractor) dropConflicts(items []item) []item {
	n := len(items)
	clash := make([][]bool, n)
	count := make([]int, n)
	for i := range items {
		clash[i] = make([]bool, n)
	}
	for i := range items {
		for j := i + 1; j < n; j++ {
			if x.conflict(items[i], items[j]) {
				clash[i][j], clash[j][i] = true, true
				count[i]++
				count[j]++
			}
		}
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		i, j := order[a], order[b]
		if ri, rj := conflictRank(items[i].Quiz), conflictRank(items[j].Quiz); ri != rj {
			return ri > rj
		}
		return count[i] < count[j]
	})
	keep := make([]bool, n)
	for _, i := range order {
		ok := true
		for j := range items {
			if keep[j] && clash[i][j] {
				ok = false
				break
			}
		}
		keep[i] = ok
	}
	var kept []item
	for i, it := range items {
		if keep[i] {
			kept = append(kept, it)
		}
	}
	return kept
}

// conflictRank orders items across sentences as itemRank does within
// one, with a why-item below amounts and above dates: it asks something a
// when-item does not, but a who or how-much item tests more.
func conflictRank(q Quiz) int {
	if q.Kind == "why" {
		return 2*11 + 1
	}
	if q.Kind == "judgement" {
		return 2*13 + 1 // who judged whom for what: the judgement is the fact, beside a name or a year of its sentence
	}
	if q.Kind == "balance" {
		return 2*13 + 1 // which way a trade leaned, beside the goods that went each way (trade.go)
	}
	if q.Kind == "accusation" {
		return 2*13 + 2 // what the paper says the accused did, beside which body a guesser names (accusation.go)
	}
	if q.Kind == planKind {
		return 2*13 + 2 // what a side planned to open, beside where it was (plan.go)
	}
	if q.Kind == "act" {
		return 2*11 + 2 // what was done, beside when or where it was done
	}
	if q.Kind == "rank" {
		return 2*11 + 1 // "America was the ____ state to open its Embassy": what the paper stresses, beside the month
	}
	return 2 * itemRank(q)
}

func (x *extractor) conflict(a, b item) bool {
	if a.Paragraph == b.Paragraph && a.Sentence == b.Sentence || tradePair(a.Quiz, b.Quiz) {
		return true // one sentence, or two trade items of one paragraph (trade.go)
	}
	if names(b.Question, a.spellings) && !x.byOffice(a) || names(a.Question, b.spellings) && !x.byOffice(b) {
		return true // a person another stem names is left to dropNamedPerson
	}
	if whyNamed(a, b.Question) || whyNamed(b, a.Question) {
		return true // "air bases in the anti-Taliban campaign in Afghanistan" beside "Why ...? To support its operation in Afghanistan"
	}
	if a.Kind == "person" && b.Kind == "person" && sharedChoices(a.Quiz, b.Quiz) >= 3 {
		return true // the same four names twice: one answer strikes a name off the other
	}
	if strings.EqualFold(a.Choices[a.Answer], b.Choices[b.Answer]) {
		if a.Paragraph == b.Paragraph || sameItem([]Quiz{a.Quiz}, b.Quiz) {
			return true
		}
		if fa, fb := figures(a.Question), figures(b.Question); fa != "" && fa == fb {
			return true // "$988.57 million" asked twice, "from 1992 to 2010" both times
		}
	}
	if a.Kind == "amount" && b.Kind == "amount" {
		if a.Paragraph == b.Paragraph && (x.follows(a, b) || x.follows(b, a)) {
			return true
		}
		if x.share(a, b) || x.share(b, a) {
			return true
		}
	}
	if named(a) && named(b) {
		if strings.EqualFold(a.Choices[a.Answer], b.Choices[b.Answer]) && !(a.Kind == "country" && b.Kind == "country" && !sharesWordStem(reWhichCountry.ReplaceAllString(a.Question, ""), reWhichCountry.ReplaceAllString(b.Question, ""))) {
			return true // one thing asked about twice; a country may answer two unrelated stems (Russia's consent, dependence on Russia)
		}
		// two programmes of one relationship in neighbouring paragraphs
		// (Partnership for Peace, its Individual Partnership Program): each
		// is a fair answer to the other's stem
		if a.fine != "" && a.fine == b.fine && a.Kind != "place" && a.Kind != "person" && abs(a.Paragraph-b.Paragraph) <= 1 {
			return true
		}
	}
	if y, d := yearAndDate(a, b); y != nil && strings.HasSuffix(d.Choices[d.Answer], y.Choices[y.Answer]) && x.sameBody(y.Question, d.Question) {
		return true // "first NATO summit" in 2002 beside joining NATO's PFP in February 2002: one answer dates the other
	}
	if whenOfWhatIn(a.Quiz, b.Quiz, x.whenWordsOf, x.whatWordsOf) || whenOfWhatIn(b.Quiz, a.Quiz, x.whenWordsOf, x.whatWordsOf) {
		return true // "When did President Rahmon make an official visit to the US?" beside what its talks were about
	}
	if a.Kind == "year" && b.Kind == "year" && a.Choices[a.Answer] == b.Choices[b.Answer] && sharesStem(a.Question, b.Question) {
		return true // "gained independence toward the end of ____" and "recognise ... as an independent nation": one year, one event
	}
	if y, d := yearAndDate(a, b); y != nil && strings.Contains(d.Choices[d.Answer], y.Choices[y.Answer]) && sharesStem(y.Question, d.Question) {
		return true // "independence toward the end of ____" (1991) beside "recognised as independent on 25 December 1991"
	}
	return false
}

// whyNamed: a why-item's answer names a place or body ("To support its
// operation in Afghanistan") that another item's stem ties to the act
// ("... in the anti-Taliban campaign in Afghanistan"): the stem tells the
// purpose. Names are the answer's capitalised words after its first.
func whyNamed(why item, stem string) bool {
	if why.Kind != "why" {
		return false
	}
	answer := why.Choices[why.Answer]
	ans := strings.Fields(answer)
	for _, w := range ans[min(1, len(ans)):] {
		w = strings.Trim(w, ".,;:'’")
		if len(w) > 2 && isCapitalized(w) && containsWord(stem, w) && tiedToAct(stem, answer, w) {
			return true
		}
	}
	return false
}

// tiedToAct: a stem naming the why-answer's place also says what was done
// there: a word of war ("campaign", "operations") or another word of the
// answer ("support"). "A bridge ... joining Tajikistan with Afghanistan"
// names the place and tells nothing of the purpose.
func tiedToAct(stem, answer, name string) bool {
	if reWarWords.MatchString(stem) || reCampaign.MatchString(stem) {
		return true
	}
	for w := range contentWords(answer) {
		if strings.EqualFold(w, name) || len(w) < 5 {
			continue
		}
		for v := range contentWords(stem) {
			if len(v) >= 5 && v[:5] == w[:5] {
				return true
			}
		}
	}
	return false
}

var reCampaign = regexp.MustCompile(`(?i)\b(?:campaign|mission|fight|battle|combat)\b`)

// sharedChoices counts the choices two items both offer.
func sharedChoices(a, b Quiz) int {
	n := 0
	for _, c := range a.Choices {
		for _, d := range b.Choices {
			if strings.EqualFold(c, d) {
				n++
				break
			}
		}
	}
	return n
}

func named(it item) bool {
	switch it.Kind {
	case "person", "place", "organisation", "agreement", "country":
		return true
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// yearAndDate orders a year item and a date item, or returns nil.
func yearAndDate(a, b item) (*item, *item) {
	switch {
	case a.Kind == "year" && b.Kind == "date":
		return &a, &b
	case b.Kind == "year" && a.Kind == "date":
		return &b, &a
	}
	return nil, nil
}

// sharesStem: two stems share a long word's first six letters
// ("independence", "independent").
func sharesStem(a, b string) bool {
	stems := map[string]bool{}
	for w := range contentWords(a) {
		if len(w) >= 6 {
			stems[w[:6]] = true
		}
	}
	for w := range contentWords(b) {
		if len(w) >= 6 && stems[w[:6]] {
			return true
		}
	}
	return false
}

// share: a's stem shows a percentage ("around 18% of American help") that
// makes a's answer a share of b's ("$988.57 million" in all): one answer
// computes the other.
func (x *extractor) share(a, b item) bool {
	if a.value <= 0 || b.value <= 0 {
		return false
	}
	for _, s := range x.amounts(a.Question) {
		if s.form == "percent" && math.Abs(a.value/b.value*100-s.value) <= 1 {
			return true
		}
	}
	return false
}

// names: the stem names one of the spellings.
func names(stem string, spellings []string) bool {
	s := strings.ReplaceAll(stem, "____", " ")
	for _, sp := range spellings {
		if containsWord(s, sp) || containsWord(s, sp+"s") { // "annual bilateral consultations"
			return true
		}
	}
	return false
}

// figures are the numbers a stem shows, in order, as one string.
func figures(stem string) string {
	return strings.Join(reFigure.FindAllString(stem, -1), " ")
}

// follows: a's answer is the sum or difference of two amounts a student
// knows once b is answered: b's answer and the amounts both stems show.
func (x *extractor) follows(a, b item) bool {
	known := []float64{b.value}
	for _, s := range x.amounts(a.Question + " " + b.Question) {
		if s.form == "money" {
			known = append(known, s.value)
		}
	}
	near := func(v float64) bool { return a.value > 0 && math.Abs(v-a.value) <= 0.005*a.value }
	for i, u := range known {
		for _, v := range known[i+1:] {
			if near(u+v) || near(math.Abs(u-v)) {
				return true
			}
		}
	}
	return false
}

// reWhichCountry: the words every country item's stem has.
var reWhichCountry = regexp.MustCompile(`(?i)\bwhich country(?:'s)?`)

// whenOfWhat: when asks the date of the act what asks about (every content
// word of the when-stem is in the other's): the act is asked once, for
// what happened, and the quiz drills one date fewer.
func whenOfWhat(when, what Quiz) bool {
	return whenOfWhatIn(when, what, whenWords, whatWords)
}

// whenOfWhatIn is whenOfWhat with the stems' words found by wordsWhen and
// wordsWhat (memoised by dropConflicts: each stem meets every other).
func whenOfWhatIn(when, what Quiz, wordsWhen, wordsWhat func(string) map[string]bool) bool {
	if when.Kind != "date" && when.Kind != "year" || what.Kind == "date" || what.Kind == "year" {
		return false
	}
	ws := wordsWhen(when.Question)
	if len(ws) < 3 {
		return false
	}
	return countIn(ws, wordsWhat(what.Question)) == len(ws)
}

// whenWords are a when-stem's content words, light verbs left out ("make
// an official visit": the visit is the act).
func whenWords(q string) map[string]bool {
	ws := contentWords(reWhen.ReplaceAllString(q, ""))
	for w := range ws {
		if lightVerbs[w] {
			delete(ws, w)
		}
	}
	return ws
}

// whatWords are a stem's content words, a possessive split off ("Rahmon's
// visit").
func whatWords(q string) map[string]bool {
	return contentWords(strings.ReplaceAll(q, "'s ", " "))
}

// memoWords memoises a stem's words by its text.
func memoWords(words func(string) map[string]bool) func(string) map[string]bool {
	memo := map[string]map[string]bool{}
	return func(q string) map[string]bool {
		ws, ok := memo[q]
		if !ok {
			ws = words(q)
			memo[q] = ws
		}
		return ws
	}
}

var reWhen = regexp.MustCompile(`^(?:When|In which year|In which month)\b`)

var lightVerbs = map[string]bool{"make": true, "made": true, "take": true, "took": true, "give": true, "gave": true,
	"have": true, "hold": true, "held": true, "went": true, "come": true, "came": true, "does": true}

// sameBody: two stems name one organisation, itself or through one of its
// programmes (the list's "NATO-programme" kind: "PFP" is NATO's).
func (x *extractor) sameBody(a, b string) bool {
	bodies := func(stem string) map[string]bool {
		out := map[string]bool{}
		for _, name := range x.world.names {
			if len(name) < 3 || !containsWord(stem, name) {
				continue
			}
			k, canon := x.world.kindOf(name)
			switch {
			case k == "alliance" || k == "regional-organisation" || k == "economic-organisation":
				out[canon] = true
			case strings.HasSuffix(k, "-programme"):
				if _, owner := x.world.kindOf(strings.TrimSuffix(k, "-programme")); owner != "" {
					out[owner] = true
				}
			}
		}
		return out
	}
	ba := bodies(a)
	return len(ba) > 0 && countIn(ba, bodies(b)) > 0
}
