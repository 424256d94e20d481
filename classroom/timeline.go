package classroom

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"paperbot/paper"
)

// Event is one dated fact of the paper, told once even when the paper
// tells it in several paragraphs.
type Event struct {
	Year    int    `json:"year"`
	Month   int    `json:"month,omitempty"` // Month and Day are 0 when the text does not give them
	Day     int    `json:"day,omitempty"`
	EndYear int    `json:"end_year"` // last year of a span ("1992-1997"); == Year otherwise
	When    string `json:"when"`     // as precise as the text: "25 December 1991", "March 1992", "2005", "1992-1997"
	// Text is the clause that holds the date, in plain English, its
	// subject resolved ("Condoleezza Rice visited ...", not "During the visit of ..., she"),
	// citations and the attribution to a cited author removed, a leading
	// acronym the paper defines written out, shortened by whole clauses to
	// about 240 characters.
	Text       string `json:"text"`
	Paragraph  int    `json:"paragraph"`  // the first ¶ that tells it
	Page       int    `json:"page"`       // the page the date is on there
	Paragraphs []int  `json:"paragraphs"` // every ¶ that tells it, ascending
	Pages      []int  `json:"pages"`      // the page of each of Paragraphs
}

// Where cites every paragraph that tells the event: "p. 3, ¶4; p. 9, ¶23".
func (e Event) Where() string {
	var parts []string
	for i, n := range e.Paragraphs {
		parts = append(parts, fmt.Sprintf("p. %d, ¶%d", e.Pages[i], n))
	}
	if len(parts) == 0 {
		return fmt.Sprintf("p. %d, ¶%d", e.Page, e.Paragraph)
	}
	return strings.Join(parts, "; ")
}

// eventTextMax is the length Event.Text is shortened to, by clauses
// (see shorten): two lines in a chat embed.
const eventTextMax = 240

// mergedTextMax bounds an entry stating two facts of one event, one from
// each of two paragraphs (Clinton's visit: the thanks in ¶16, the warning
// in ¶9): each fact within eventTextMax, the two together in three lines,
// rather than the event told as two entries.
const mergedTextMax = eventTextMax * 3 / 2

// dateMark stands for the date while its clause is found and rewritten.
const dateMark = "\x02"

// Timeline lists the dated facts of p's body in date order. The reference
// list is not body text, and dates inside in-text citations ("(Nichol, 2009,
// July, pp. 17-21)") are the cited work's, not events, so neither is read.
// A fact told in several paragraphs (the same date, and the same amount,
// the same words around the date, or most of the same words) is one event
// citing each of them; a year that only ends a span of years in the same
// sentence ("(1992-97) ... until a settlement in 1997") is the span's; a
// sentence that dates an event otherwise than the body (see
// contradictions) gives none.
//
// Order: year, then month, then day, the less precise first: "in 2002"
// (sometime that year) comes before "February 2002", which comes before "5
// February 2002", so a year-level statement introduces that year's details.
// A span of years ("1992-1997") sorts as its first year without a month,
// after the bare year; ties keep paper order.
//
// plain is p's plain-English list (see LoadPlain); nil keeps the paper's
// words.
func Timeline(p *paper.Paper, plain *Plain) []Event {
	x := newExtractor(p, buildGlossary(p), plain)
	type draft struct {
		Event
		words  map[string]bool // content words of the clause
		near   map[string]bool // content words just before the date
		amount map[string]bool // amounts in the clause
		date   string          // the date as the text writes it
	}
	var out []*draft
	for i := range p.Paragraphs {
		para := &p.Paragraphs[i]
		cuts := citationCuts(para)
		times := findTimes(para.Text, citeRanges(para))
		seen := map[string]bool{}
		for _, t := range times {
			si := sentenceAt(para, t.start)
			if si < 0 || x.contradicted[[2]int{para.N, si}] {
				continue
			}
			if t.kind() != "range" && endsRange(times, t, para, si) {
				continue
			}
			when := t.when()
			if seen[when] {
				continue
			}
			text, near, ok := x.eventText(para, si, cuts, t)
			if !ok {
				continue
			}
			seen[when] = true
			d := &draft{Event: Event{
				Year: t.year, Month: t.month, Day: t.day, EndYear: t.last,
				When: when, Text: text, Paragraph: para.N, Page: para.PageAt(t.start),
			}}
			d.words = contentWords(strings.ReplaceAll(text, para.Text[t.start:t.end], " "))
			d.near = near
			d.date = dayMonthYear(para.Text[t.start:t.end])
			d.amount = map[string]bool{}
			for _, a := range x.amounts(text) {
				d.amount[a.key] = true
			}
			if reAboutPaper.MatchString(text) {
				continue // "The study focuses on ... 2001-2012": the paper's scope, no event
			}
			merged := false
			for _, o := range out {
				if !sameDate(o.Event, d.Event) || !sameFact(o.words, d.words, o.near, d.near, o.amount, d.amount) {
					continue
				}
				po, pd := ownPredicate(o.Text, o.date), ownPredicate(d.Text, d.date)
				both := ""
				if po != "" && pd != "" && !toldIn(po, d.Text) && !toldIn(pd, o.Text) {
					// one event, a fact of it in each ("visited ... and
					// warned", "went ... and thanked"): an entry citing
					// both states both, or they stay two entries
					kept, other := o.Text, pd
					if d.Day > 0 && o.Day == 0 {
						kept, other = d.Text, po
					}
					if both = strings.TrimSuffix(kept, ".") + ", and " + strings.TrimSuffix(other, ".") + "."; len(both) > mergedTextMax {
						continue
					}
				}
				if d.Day > 0 && o.Day == 0 {
					// "October 2011" and "22 October 2011": the precise one tells it
					o.When, o.Day, o.Text, o.words, o.near, o.date = d.When, d.Day, d.Text, d.words, d.near, d.date
				}
				if both != "" {
					o.Text = both
				} else if d.Day == o.Day && richer(d.words, o.words) && !strings.HasSuffix(d.Text, "…") {
					// "made an official visit" and "went on his first
					// official visit ... and expressed a willingness for
					// long-term strategic partnership": the entry tells
					// what the event was and produced
					o.Text, o.words, o.near, o.date = d.Text, d.words, d.near, d.date
				}
				o.Paragraphs = append(o.Paragraphs, d.Paragraph)
				o.Pages = append(o.Pages, d.Page)
				merged = true
				break
			}
			if !merged {
				d.Paragraphs, d.Pages = []int{d.Paragraph}, []int{d.Page}
				out = append(out, d)
			}
		}
	}
	for _, d := range out {
		// the subject country's response, told beside the event
		if r, n, pg, ok := x.response(d.Event, d.words); ok && len(d.Text)+1+len(r) <= mergedTextMax {
			d.Text = strings.TrimSpace(d.Text) + " " + r
			withSource(&d.Event, n, pg)
		}
	}
	evs := make([]Event, len(out))
	for i, d := range out {
		evs[i] = d.Event
		evs[i].Text = x.expandAcronyms(evs[i].Text)
	}
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i], evs[j]
		if a.Year != b.Year {
			return a.Year < b.Year
		}
		if a.Month != b.Month {
			return a.Month < b.Month
		}
		if a.Day != b.Day {
			return a.Day < b.Day
		}
		return a.EndYear < b.EndYear
	})
	x.tidyPeople(evs)
	return evs
}

// reAboutPaper: a sentence about the paper itself.
var reAboutPaper = regexp.MustCompile(`^The (?:study|paper|article|analysis|research) (?:also )?(?:focuses|examines|studies|investigates|analyses|analyzes|covers|looks)\b`)

// ownPredicate is the predicate a clause adds after its date ("... in
// October 2011 and warned the president that ..." → "warned the president
// that ..."): what it tells of the dated event beyond the event itself;
// "" when the date ends the clause or no verb follows it.
func ownPredicate(text, date string) string {
	at := strings.Index(text, date)
	if at < 0 {
		return ""
	}
	rest := strings.TrimSpace(text[at+len(date):])
	for _, lead := range []string{", and ", "and ", ", "} {
		if strings.HasPrefix(rest, lead) {
			rest = rest[len(lead):]
			f := strings.Fields(rest)
			if len(f) > 0 && finiteVerb(strings.Trim(f[0], ",;:.")) {
				return rest
			}
			return ""
		}
	}
	return ""
}

// toldIn: most content words of predicate pred are in text: text tells it.
func toldIn(pred, text string) bool {
	pw, tw := contentWords(pred), contentWords(text)
	told := 0
	for w := range pw {
		if tw[w] {
			told++
		}
	}
	return 2*told >= len(pw)
}

// sameDate: the same date, or a month and a day within it.
func sameDate(a, b Event) bool {
	if a.When == b.When {
		return true
	}
	return a.Year == b.Year && a.EndYear == b.EndYear && a.Month > 0 && a.Month == b.Month && (a.Day == 0 || b.Day == 0)
}

// sameFact: two clauses of one date tell one fact when they give the same
// amount, share a word just before the date ("civil war (1992-97)", "civil
// war, from 1992 to 1997"), or share at least two in five of their words.
func sameFact(a, b, nearA, nearB, amtA, amtB map[string]bool) bool {
	for k := range amtA {
		if amtB[k] {
			return true
		}
	}
	for w := range nearA {
		if nearB[w] {
			return true
		}
	}
	shared := 0
	for w := range a {
		if b[w] {
			shared++
		}
	}
	return shared >= 2 && shared*5 >= 2*min(len(a), len(b))
}

// endsRange: the year t only repeats an end of a span of years given in
// the same sentence.
func endsRange(times []timeSpan, t timeSpan, para *paper.Paragraph, si int) bool {
	for _, o := range times {
		if o.kind() == "range" && sentenceAt(para, o.start) == si && (t.year == o.year || t.year == o.last) && t.month == 0 {
			return true
		}
	}
	return false
}

// eventText is the clause holding t in plain English, its subject resolved;
// the whole sentence when the date sits in a relative clause; ok is false
// when neither reads on its own.
func (x *extractor) eventText(para *paper.Paragraph, si int, cuts []edit, t timeSpan) (string, map[string]bool, bool) {
	sent := para.Sentences[si]
	date := para.Text[t.start:t.end]
	marked := asSentence(render(para.Text, sent.Start, sent.End, append([]edit{{t.start, t.end, dateMark}}, cuts...)))
	s, ok := x.prepare(para, si, marked, dateMark)
	if !ok {
		s, ok = x.prepareWhole(para, si, marked)
	}
	if !ok || !strings.Contains(s, dateMark) {
		return "", nil, false
	}
	if x.pronounLed(para, si) && x.subjectContradicted(s) {
		// "It [Uzbekistan] consented ... the Khujand, Kulyab ... airbases":
		// the paper's own subject conflicts with its places; another
		// subject would be the timeline's claim, not the paper's
		return "", nil, false
	}
	if reSinceDate.MatchString(s) {
		// "relations had developed since September 11, 2001" dates no
		// event
		return "", nil, false
	}
	if rePlan.MatchString(s) {
		// "US wanted to open ... on 25 June 2010" tells a plan, not what
		// happened that day. Told as a plan ("planned to open ... on 25
		// June 2010; the paper does not say whether it opened"), a blind
		// reader still could not tell what the date marks: left out.
		return "", nil, false
	}
	if t := datedConjunctOnly(s); t != s {
		// what follows may speak of both ("is seen as the potential
		// beginning of a series"): the first predicate alone is about A
		s = firstPredicate(strings.TrimSuffix(t, ".")) + "."
	}
	s = x.restoreTail(para, si, cuts, s)
	s = reWhichToBe.ReplaceAllString(s, " to be $1")
	if m := reNotSurprising.FindStringSubmatch(strings.TrimSuffix(s, ".")); m != nil && hasFiniteVerb(m[1]) {
		s = upperFirst(m[1]) + "." // the paper's comment on the event, not the event
	}
	if src := narrativeSource(para, sent.Start, sent.End); src != "" && judgement(s) {
		// "According to Human Rights Watch, the situation remained poor
		// in 2012": a judgment keeps whose it is; an act ("the embassy
		// expressed concern") is the paper's fact
		s = "According to " + src + ", " + lowerLead(s)
	}
	s = x.expandLeadAcronym(s)
	s = x.betweenWhom(para, si, s)
	s = reHadAlso.ReplaceAllString(s, "$1")
	s = shorten(s, eventTextMax-len(date)+len(dateMark))
	at := strings.Index(s, dateMark)
	// the words just before the date name what it dates: "civil war (1992-97)"
	before := strings.Fields(s[:at])
	near := contentWords(strings.Join(before[max(0, len(before)-6):], " "))
	if t.month > 0 && t.day == 0 {
		// "On November 2002": a month takes "in"
		if m := reOnMonth.FindStringIndex(s[:at]); m != nil {
			s = s[:m[0]] + string(s[m[0]]-'O'+'I') + "n " + s[at:]
			at = m[0] + 3
		}
	}
	date = dayMonthYear(date)
	s = strings.Replace(s, dateMark, date, 1)
	return clip(s, eventTextMax, at, at+len(date)), near, true
}

// dayMonthYear drops the comma the paper puts between month and year in
// a date written day first ("22 October, 2011"): the American order
// ("August 26, 2007") keeps its own.
func dayMonthYear(date string) string {
	return reDayMonthComma.ReplaceAllString(date, "$1 $2")
}

var reDayMonthComma = regexp.MustCompile(`^(\d{1,2} [A-Z][a-z]+\.?), (\d{4})$`)

// richer: a tells all that b tells (most of its content words) and at
// least three words more: the fuller telling of one fact.
func richer(a, b map[string]bool) bool {
	told := 0
	for w := range b {
		if a[w] {
			told++
		}
	}
	return 2*told >= len(b) && len(a) >= len(b)+3
}

// Between keeps the events whose years overlap from..to, inclusive; 0 leaves
// that end open.
func Between(events []Event, from, to int) []Event {
	var out []Event
	for _, e := range events {
		last := e.EndYear
		if last < e.Year {
			last = e.Year
		}
		if (from == 0 || last >= from) && (to == 0 || e.Year <= to) {
			out = append(out, e)
		}
	}
	return out
}

// pronounLed: sentence si of para begins with a pronoun ("It consented
// ...") that prepare replaced with a name.
func (x *extractor) pronounLed(para *paper.Paragraph, si int) bool {
	s := reLeadAdverbial.ReplaceAllString(x.plain.apply(para.Sentences[si].Text), "")
	return reLeadPronoun.MatchString(upperFirst(strings.TrimSpace(s))) && !reExpletive.MatchString(s)
}

// subjectContradicted: s begins with a country and names a facility of a
// city or region the list of kinds puts in another country ("Uzbekistan
// agreed ... the Khujand, Kulyab and Kurgan-Tyube airbases", all three
// Tajik): the pronoun it replaced did not mean that country, or the
// sentence tells of two. "America opened its Embassy in Dushanbe" is no
// contradiction.
func (x *extractor) subjectContradicted(s string) bool {
	subj := x.firstName(subjectOf(s), "country")
	if k, _ := x.world.kindOf(subj); k != "country" {
		return false
	}
	for _, name := range x.world.names {
		k, _ := x.world.kindOf(name)
		_, country, ok := strings.Cut(k, "-")
		if !ok || !strings.HasPrefix(k, "city-") && !strings.HasPrefix(k, "region-") {
			continue
		}
		if ck, _ := x.world.kindOf(country); ck != "country" || x.world.sameThing(country, subj) {
			continue
		}
		if ownedPlace(s, name) {
			return true
		}
	}
	return false
}

// reFacility: a noun a place name before it makes that place's own ("the
// Kulyab airbase"), unlike "an embassy in Dushanbe".
var reFacility = regexp.MustCompile(`^(?:(?:,|,? and|,? or) [A-Z][A-Za-z-]+)* (?:air ?bases?|airbases?|bases?|airfields?|airports?|ports?|facilities|garrisons?)\b`)

// ownedPlace: s names place as the owner of a facility, alone or in a list
// of places ("the Khujand, Kulyab and Kurgan-Tyube airbases").
func ownedPlace(s, place string) bool {
	for _, i := range wordIndexes(s, place) {
		if reFacility.MatchString(s[i+len(place):]) {
			return true
		}
	}
	return false
}

// expandLeadAcronym writes out an acronym that opens s when the paper
// defines it ("ABC held every year ..." → "The Annual Bilateral
// Consultation was held every year ..."), and gives a bare participle
// after it the "was" a headline leaves out.
func (x *extractor) expandLeadAcronym(s string) string {
	first, rest, _ := strings.Cut(s, " ")
	_, key, ok := acronymKey(first)
	if !ok {
		return s
	}
	i, known := x.gloss.byKey[key]
	if !known || !x.gloss.terms[i].Defined {
		return s
	}
	exp := x.gloss.terms[i].Expansion
	if !strings.HasPrefix(exp, "The ") {
		exp = "The " + exp
	}
	s = exp + " " + rest
	if m := reBareParticiple.FindStringSubmatchIndex(s); m != nil && m[2] == len(exp)+1 {
		s = s[:m[2]] + "was " + s[m[2]:]
	}
	return s
}

// datedConjunctOnly keeps, of a subject "The DATE A and B", A alone: the
// date modifies A ("The March 2005 Tulip Revolution in Kyrgyzstan and
// Andijan events in Uzbekistan particularly alerted ..."), and B, which
// the paper does not date (Andijan was in May), must not be filed under
// A's date. A subject the date does not open is left whole.
func datedConjunctOnly(s string) string {
	if !strings.HasPrefix(s, "The "+dateMark+" ") {
		return s
	}
	subj := subjectOf(s)
	i := strings.Index(subj, " and ")
	if i < 0 || strings.Contains(subj[:i], ",") {
		return s // "The DATE A, B and C": a list, not two conjuncts
	}
	conj := strings.Fields(subj[i+len(" and "):])
	n := len(conj)
	for k, w := range conj {
		if strings.HasSuffix(w, "ly") && !isCapitalized(w) {
			n = k // "particularly alerted": the adverb is the predicate's
			break
		}
	}
	if n == 0 {
		return s
	}
	cut := " and " + strings.Join(conj[:n], " ")
	return strings.Replace(s, cut, "", 1)
}

// reEstablished: "A and B established X": the two parties of X.
const reEstablished = `([A-Z][\w.]*(?: [A-Z][\w.]*)?) and ([A-Z][\w.]*(?: [A-Z][\w.]*)?) (?:established|set up|created|founded|launched|signed|agreed on) (?:the |an? )?`

// betweenWhom adds to an entry that names no state or person the two
// parties an earlier sentence of its paragraph gives its subject ("The
// Annual Bilateral Consultation was held every year ..." after "America
// and Tajikistan established Annual Bilateral Consultation"): read alone,
// the entry would not say between whom.
func (x *extractor) betweenWhom(para *paper.Paragraph, si int, s string) string {
	if len(x.actors(s)) > 0 || containsWord(s, "Tajikistan") || containsWord(s, "Tajik") {
		return s
	}
	subj := strings.TrimPrefix(subjectOf(s), "The ")
	if subj == "" || !isCapitalized(subj) {
		return s
	}
	re, err := regexp.Compile(reEstablished + regexp.QuoteMeta(subj) + `\b`)
	if err != nil {
		return s
	}
	for k := si - 1; k >= 0; k-- {
		sent := para.Sentences[k]
		prev := x.plain.apply(render(para.Text, sent.Start, sent.End, citationCuts(para)))
		if m := re.FindStringSubmatch(prev); m != nil {
			return strings.Replace(s, subj, subj+" between "+m[1]+" and "+m[2], 1)
		}
	}
	return s
}

// reBareParticiple: a past participle with no object after it, as in a
// headline ("held every year", "signed in 2009").
var reBareParticiple = regexp.MustCompile(`\b((?:held|conducted|organi[sz]ed|convened|hosted|signed|established|launched) (?:every|each|annually|regularly|yearly|from|since|in|on)\b)`)

// shorten brings s (the date marked) under max characters by dropping
// whole clauses, never the date's and never mid-clause: a trailing
// relative clause (", which ..."), a trailing participle or "including"
// phrase, a leading connective ("In another incident,"), the frame "It
// was not surprising that", and then everything after the first
// predicate of the main clause. What is left ends with a full stop, so no
// entry is cut mid-sentence; a sentence no rule shortens is returned
// whole.
func shorten(s string, max int) string {
	if len(s) <= max {
		return s
	}
	body := strings.TrimSuffix(s, ".")
	steps := []func(string) string{
		func(t string) string { return cutTail(t, reWhichTail) },
		func(t string) string { return cutTail(t, reParticipleTail) },
		func(t string) string { return cutTail(t, reListTail) },
		func(t string) string { return reLeadConnective.ReplaceAllString(t, "") },
		func(t string) string {
			if m := reNotSurprising.FindStringSubmatch(t); m != nil {
				return upperFirst(m[1])
			}
			return t
		},
		firstPredicate,
	}
	for _, step := range steps {
		if len(body)+1 <= max {
			break
		}
		if t := step(body); strings.Contains(t, dateMark) && hasFiniteVerb(t) {
			body = upperFirst(strings.TrimRight(t, " ,;"))
		}
	}
	return body + "."
}

var (
	reWhichTail      = regexp.MustCompile(`, (?:which|where|who) [^` + dateMark + `]*$`)
	reParticipleTail = regexp.MustCompile(`, (?:including|[a-z]+ing) [^` + dateMark + `]*$`)
	reLeadConnective = regexp.MustCompile(`^(?:In another incident|In addition|Moreover|Furthermore|Further|However|Also),? `)
	reNotSurprising  = regexp.MustCompile(`^It (?:was|is) not (?:surprising|unexpected|strange) that (.+)$`)
	reSubordinate    = regexp.MustCompile(`^(?:When|As|After|Since|Though|Although|While|Before|If|Because|Once) [^,]+, `)
)

// cutTail drops the trailing match of re, if any.
// reListTail: a closing phrase that lists what something was against or
// included ("against the threats ... from global terrorism, the spread of
// ..., and the drugs trade"): the entry keeps what it was.
var reListTail = regexp.MustCompile(`,? (?:against|such as|including) [^,]+(?:, [^,]+)+,? (?:and|as well as) [^,]+$`)

func cutTail(s string, re *regexp.Regexp) string {
	if loc := re.FindStringIndex(s); loc != nil {
		return s[:loc[0]]
	}
	return s
}

// firstPredicate keeps s up to the first comma after the main clause's
// first verb (a leading "When ..., " clause skipped), and drops a lone
// comma between the subject and that verb ("The March 2005 Tulip
// Revolution ..., particularly alerted the Tajik leadership").
func firstPredicate(s string) string {
	from := 0
	if m := reSubordinate.FindStringIndex(s); m != nil {
		from = m[1]
	}
	toks := strings.Fields(s[from:])
	pos := from
	verbAt := -1
	for _, w := range toks {
		i := strings.Index(s[pos:], w) + pos
		if verbAt < 0 && finiteVerb(strings.Trim(w, ",;:.")) && i > from {
			verbAt = i
		}
		pos = i + len(w)
		if verbAt >= 0 && strings.HasSuffix(w, ",") && i > verbAt {
			s = s[:pos-1]
			break
		}
	}
	if verbAt < 0 {
		return s
	}
	// "Subject, particularly alerted": no comma between subject and verb
	head := s[from:verbAt]
	if strings.Count(head, ",") == 1 {
		if c := strings.LastIndex(head, ","); wordCount(head[c+1:]) <= 1 {
			s = s[:from+c] + s[from+c+1:]
		}
	}
	return s
}

var (
	// reWhichToBe: a relative clause that only holds the terms of what was
	// asked ("for elections, which were one step along the way to be
	// free, fair and inclusive"): the terms, without the garble.
	reWhichToBe = regexp.MustCompile(`, which (?:was|were|is|are) [^,` + dateMark + `]*? to be ([a-z]+, [a-z]+,? and [a-z]+)\b`)
	// reHadAlso: "Tajikistan had also restricted ...": "also" leans on the
	// sentence before, which an entry read alone lacks; a regular past
	// participle after it reads as the simple past.
	reHadAlso = regexp.MustCompile(`\bhad (?:also|additionally|likewise) ([a-z]+ed)\b`)
	// reOnMonth: "On " or "on " just before a month without a day.
	reOnMonth = regexp.MustCompile(`\b[Oo]n $`)
	// reSinceDate: the date only starts a state ("since DATE").
	reSinceDate = regexp.MustCompile(`(?i)\bsince ` + dateMark)
	// rePlan: the clause tells what someone meant to do.
	rePlan = regexp.MustCompile(`\b(?:wanted|planned|intended|hoped|wished|was to|were to) (?:to )?(open|build|establish|set up|create|start|sign)\b`)
	// reTail: a trailing relative clause of a sentence.
	reTail = regexp.MustCompile(`,? (?:which|who) [^` + dateMark + `]*$`)
	// reQualities: a list of three ("free, fair and inclusive").
	reQualities = regexp.MustCompile(`\b[a-z]+, [a-z]+,? and [a-z]+\b`)
	// reAgent: a passive's agent ("built by the U.S.").
	reAgent = regexp.MustCompile(`\b(?:was|were) [a-z]+ by (?:the )?[A-Z]`)
)

// restoreTail puts back the trailing relative clause the clause-finding
// dropped when it says who acted ("..., which was built by the U.S.") or
// holds the terms of what was asked ("for elections, which were one step
// along the way to be free, fair and inclusive"): cut, the entry no longer
// says what happened, or changes what was asked.
func (x *extractor) restoreTail(para *paper.Paragraph, si int, cuts []edit, s string) string {
	sent := para.Sentences[si]
	whole := x.plain.apply(asSentence(render(para.Text, sent.Start, sent.End, cuts)))
	tail := strings.TrimSuffix(reTail.FindString(strings.TrimSuffix(whole, ".")), ".")
	if tail == "" || !reAgent.MatchString(tail) && !reQualities.MatchString(tail) {
		return s
	}
	if strings.Contains(s, strings.TrimLeft(tail, ", ")) {
		return s
	}
	if !strings.HasPrefix(tail, ",") {
		tail = "," + tail
	}
	return strings.TrimSuffix(s, ".") + tail + "."
}

// reNationalTitle: "Tajik president Emomali Rahmon": a person with a nationality
// and a title.
var reNationalTitle = regexp.MustCompile(`\b([A-Z][a-z]+) ([Pp]resident|[Ss]ecretary of [Ss]tate|[Ff]oreign [Mm]inister) ((?:[A-Z][a-z]+ )?[A-Z][a-z]+)`)

// tidyPeople writes each person of the events one way (the list of
// kinds' short spelling: "Rahmon", never "Rakhmonov" as well) and
// identifies a titled person at their first mention as the paper does
// elsewhere ("Tajik President Rahmon"): events are read one at a time.
func (x *extractor) tidyPeople(evs []Event) {
	// the nationality and title the paper gives each person
	titled := map[string][2]string{}
	for i := range x.p.Paragraphs {
		for _, m := range reNationalTitle.FindAllStringSubmatch(x.plain.apply(x.p.Paragraphs[i].Text), -1) {
			if _, canon := x.world.kindOf(m[3]); canon != "" && x.countryOfAdjective(m[1]) != "" {
				titled[canon] = [2]string{m[1], upperFirst(strings.ToLower(m[2]))}
			}
		}
	}
	introduced := map[string]bool{}
	for ei := range evs {
		s := evs[ei].Text
		for canon, nt := range titled {
			short := shortSpelling(x.world.all[canon])
			for _, sp := range x.world.all[canon] {
				if sp != short && !strings.Contains(sp, " ") && !strings.Contains(short, sp) {
					s = replaceWord(s, sp, short)
				}
			}
			at := wordIndexes(s, short)
			if len(at) == 0 || introduced[canon] {
				continue
			}
			introduced[canon] = true
			i := at[0]
			before := s[:i]
			// "President Rahmon", "the president Rahmon", "Tajik president
			// Emomali Rahmon", or the name alone
			re := regexp.MustCompile(`(?i)(?:the )?(?:` + regexp.QuoteMeta(nt[0]) + ` )?` + regexp.QuoteMeta(nt[1]) + ` (?:[A-Z][a-z]+ )?$`)
			if m := re.FindStringIndex(before); m != nil {
				before = before[:m[0]]
			}
			title := nt[0] + " " + nt[1] + " "
			if before == "" {
				title = upperFirst(title)
			}
			s = before + title + s[i:]
		}
		evs[ei].Text = s
	}
}

// shortSpelling is the shortest one-word spelling of a name ("Rahmon").
func shortSpelling(all []string) string {
	best := ""
	for _, sp := range all {
		if !strings.Contains(sp, " ") && (best == "" || len(sp) < len(best)) {
			best = sp
		}
	}
	if best == "" && len(all) > 0 {
		return all[0]
	}
	return best
}

// replaceWord replaces every whole-word from in s with to.
func replaceWord(s, from, to string) string {
	at := wordIndexes(s, from)
	for k := len(at) - 1; k >= 0; k-- {
		s = s[:at[k]] + to + s[at[k]+len(from):]
	}
	return s
}

// expandAcronyms writes out an acronym whose full name the paper writes
// ("NATO's PFP" → "NATO's Partnership for Peace"), unless the entry
// already names it or it stands for a country (US): an entry is read on
// its own.
func (x *extractor) expandAcronyms(s string) string {
	for _, t := range x.gloss.terms {
		if !t.FromPaper || len(t.Written) == 0 || t.Defined && strings.Contains(s, t.Expansion) || strings.Contains(s, t.Expansion) {
			continue
		}
		if k, _ := x.world.kindOf(t.Acronym); k == "country" {
			continue
		}
		s = replaceWord(s, t.Acronym, t.Expansion)
	}
	// a kind of document the paper never spells out ("an MoU"): the
	// curated name, lower case as any common noun, the paper's acronym after it
	for _, t := range x.gloss.terms {
		_, key, _ := acronymKey(t.Acronym)
		if t.FromPaper || x.gloss.kind[key] != kindAgreement || strings.Contains(s, t.Expansion) {
			continue
		}
		at := wordIndexes(s, t.Acronym)
		if len(at) == 0 {
			continue
		}
		i := at[0]
		long := strings.ToLower(t.Expansion) + " (" + t.Acronym + ")"
		before := s[:i]
		if strings.HasSuffix(before, "an ") && !strings.ContainsAny(long[:1], "aeiou") {
			before = strings.TrimSuffix(before, "n ") + " "
		}
		s = before + long + s[i+len(t.Acronym):]
	}
	return s
}

// judgement: the clause's first finite verb is a copula or a verb of
// staying followed by no verb ("remained poor", "was weak"): a state judged,
// not an act ("were sent", "expressed concern").
func judgement(s string) bool {
	f := strings.Fields(s)
	for i, w := range f {
		w = strings.ToLower(strings.Trim(w, ",;:."))
		switch w {
		case "was", "were", "is", "are", "remained", "stayed", "became":
			if i+1 == len(f) {
				return false
			}
			next := strings.ToLower(strings.Trim(f[i+1], ",;:."))
			return baseForm(next) == "" && !finiteVerb(next) && !strings.HasSuffix(next, "ing")
		}
		if finiteVerb(w) {
			return false
		}
	}
	return false
}
