package classroom

import (
	"regexp"
	"strings"
)

// blank marks the answer's place in a rendered sentence until the question
// is written.
const blank = "\x01"

var (
	reLeadTime  = regexp.MustCompile(`^(?:[A-Z][a-z]+, )?(?:[Ii]n|[Oo]n) (?:(?:early|late|mid) )?` + blank + `, (.+)\.$`)
	reTrailTime = regexp.MustCompile(`^(.+?),? (?:in|on) (?:(?:early|late|mid) )?` + blank + `\.$`)
	reHowMuch   = regexp.MustCompile(`^([^,;]+?) (was|were) ` + blank + `([^,;]*)\.$`)
	reHowMany   = regexp.MustCompile(`^The ` + blank + ` ([a-z-]+s) ([^;]+)\.$`)
	reWho       = regexp.MustCompile(`^(?:(?:[A-Z][a-z]+, )?((?:[Ii]n|[Oo]n) [^,]+), )?(?:(?:[A-Z][a-z]+ )?(?:President|Secretary|president|secretary|Minister|minister) )?` + blank + ` ([a-z]+) ([^;]+)\.$`)
)

// irregularPast maps the irregular past tenses, and the regular ones whose
// spelling rules cannot guess ("created" but "treated"), to the base form
// do-support needs ("gave" → "did ... give").
var irregularPast = map[string]string{
	"went": "go", "gave": "give", "met": "meet", "made": "make", "began": "begin", "took": "take",
	"brought": "bring", "sought": "seek", "held": "hold", "led": "lead", "left": "leave",
	"became": "become", "built": "build", "sent": "send", "paid": "pay", "saw": "see", "came": "come",
	"won": "win", "wrote": "write", "said": "say", "told": "tell", "found": "find", "got": "get",
	"kept": "keep", "spent": "spend", "stood": "stand", "fell": "fall", "grew": "grow", "knew": "know",
	"rose": "rise", "ran": "run", "chose": "choose", "drew": "draw", "fought": "fight", "bought": "buy",
	"taught": "teach", "thought": "think", "struck": "strike", "withdrew": "withdraw",
	"undertook": "undertake", "added": "add", "created": "create", "repeated": "repeat", "lent": "lend", "lost": "lose", "sold": "sell",
}

// notVerbs end in -ed without being past tenses.
var notVerbs = map[string]bool{"hundred": true, "indeed": true, "need": true, "seed": true, "speed": true,
	"bed": true, "red": true, "shed": true, "bred": true, "creed": true, "greed": true, "steed": true}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "this": true, "that": true, "these": true, "those": true}

// baseForm is the bare infinitive of a past-tense verb, "" when the word is
// not one. Regular verbs follow spelling rules that restore a dropped "e"
// ("participated" → "participate", "waged" → "wage") and undo a doubled
// consonant ("stopped" → "stop").
func baseForm(v string) string {
	if b, ok := irregularPast[v]; ok {
		return b
	}
	if notVerbs[v] || len(v) < 5 || !strings.HasSuffix(v, "ed") || strings.ToLower(v) != v {
		return ""
	}
	switch {
	case strings.HasSuffix(v, "ied"):
		return v[:len(v)-3] + "y"
	case strings.HasSuffix(v, "eed"):
		return v[:len(v)-1]
	}
	stem := v[:len(v)-2]
	n := len(stem)
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	if n >= 3 && stem[n-1] == stem[n-2] && !vowel(stem[n-1]) && !strings.ContainsRune("slzf", rune(stem[n-1])) && vowel(stem[n-3]) {
		return stem[:n-1]
	}
	if n <= 2 {
		return stem + "e"
	}
	end2 := stem[n-2:]
	consBefore := n >= 3 && !vowel(stem[n-3])
	switch end2 {
	case "iz", "yz", "ys", "is", "as", "ag", "ac", "uc", "ov", "iv", "rg", "dg", "nc", "rc", "rv", "lv", "bl", "tl", "pl", "dl", "gl", "kl", "cl", "um", "ns", "rs":
		return stem + "e"
	case "ir":
		if stem[n-3] != 'a' {
			return stem + "e" // "acquired", "required", "inspired"; but "paired"
		}
	case "at", "ut", "ot", "ud", "id", "ad", "in", "ar", "ur":
		if consBefore {
			return stem + "e"
		}
	case "ng":
		if strings.HasSuffix(stem, "ang") {
			return stem + "e"
		}
	}
	return stem
}

// doSupport turns "S verb-ed rest" into the parts of "did S verb rest" (or
// "was S rest" for a copula), refusing anything it cannot parse cleanly: a
// pronoun subject ("When did it consent ...?" asks about nothing), a comma
// inside the subject, or no past verb.
func doSupport(r string) (aux, subj, rest string, ok bool) {
	toks := strings.Fields(r)
	for i := 1; i < len(toks) && i <= 12; i++ {
		w := toks[i]
		if strings.ContainsAny(toks[i-1], ",;:()") {
			return "", "", "", false
		}
		if determiners[strings.ToLower(toks[i-1])] {
			continue
		}
		s := subject(toks[:i])
		switch {
		case w == "was" || w == "were":
			if i+1 >= len(toks) {
				return "", "", "", false
			}
			return equative(w, s, strings.Join(toks[i+1:], " "))
		case baseForm(w) != "":
			rest := baseForm(w)
			if i+1 < len(toks) {
				rest += " " + strings.Join(toks[i+1:], " ")
			}
			return "did", s, rest, s != ""
		case (w == "had" || w == "has") && i+1 < len(toks) && (baseForm(toks[i+1]) != "" || participlePast[toks[i+1]] != "" || toks[i+1] == "been"):
			return w, s, strings.Join(toks[i+1:], " "), s != ""
		case w == "had" || w == "has" || w == "is" || w == "are" || w == "will" || w == "would" || w == "could":
			return "", "", "", false
		}
	}
	return "", "", "", false
}

var (
	// "the US was one of the first nations to recognise X": the verb
	// after the ordinal is the clause's real verb
	reOrdinalTo = regexp.MustCompile(`^(?:one of )?the (?:first|second|third|last|main|only) [a-z]+(?: [a-z]+)? to ([a-z]+)\b(.*)$`)
	// "the key event was the opening of a bridge": an event named by a noun
	reEventNoun = regexp.MustCompile(`^(?:the|a|an) ([a-z]+(?:ing|ion|ment))\b`)
)

// equative handles "S was NP ...", where a question cannot put "was"
// first ("When was the key event the opening of a bridge?"): "S was the
// first nation to V O" asks "did S V O"; "S was the opening of X" asks
// about the event itself, "did the opening of X take place"; any other
// noun-phrase complement is refused.
func equative(aux, s, rest string) (string, string, string, bool) {
	if s == "" {
		return "", "", "", false
	}
	if m := reOrdinalTo.FindStringSubmatch(rest); m != nil {
		return "did", s, m[1] + m[2], true
	}
	if reEventNoun.MatchString(rest) {
		return "did", rest, "take place", true
	}
	if determiners[strings.Fields(rest)[0]] || strings.HasPrefix(rest, "one of ") {
		return "", "", "", false
	}
	return aux, s, rest, true
}

// subject checks and writes the subject of a question: a determiner at its
// head is lowered ("the area travel of ..."), pronouns are refused.
func subject(toks []string) string {
	if len(toks) == 0 || pronouns[strings.ToLower(toks[0])] {
		return ""
	}
	out := append([]string(nil), toks...)
	if determiners[strings.ToLower(out[0])] {
		out[0] = strings.ToLower(out[0])
	}
	if len(out) >= 2 && out[0] == "United" && strings.HasPrefix(out[1], "States") || len(out) == 1 && (out[0] == "US" || out[0] == "U.S.") {
		out = append([]string{"the"}, out...) // "did the United States sign", not "did United States sign"
	}
	return strings.Join(out, " ")
}

// whQuestion rewrites a sentence whose answer is marked with blank into a wh-
// question, or returns "" when no clean one can be formed (the caller then
// falls back to a cloze). The answer's prepositional phrase is removed with
// it: "America established diplomatic relations with Tajikistan on 14
// February 1992." → "When did America establish diplomatic relations with
// Tajikistan?"
func whQuestion(q string, a span) string {
	var out string
	switch a.kind {
	case "year", "date":
		wh := "When"
		if a.kind == "year" {
			wh = "In which year"
		}
		r := ""
		if m := reLeadTime.FindStringSubmatch(q); m != nil {
			r = m[1]
		} else if m := reTrailTime.FindStringSubmatch(q); m != nil {
			r = m[1]
		}
		if r == "" || strings.Contains(r, blank) || strings.Contains(r, ";") {
			return ""
		}
		aux, s, rest, ok := doSupport(r)
		if !ok {
			return ""
		}
		out = wh + " " + aux + " " + s + " " + rest + "?"
	case "amount":
		m := reHowMuch.FindStringSubmatch(q)
		if m == nil || len(strings.Fields(m[1])) > 15 {
			return ""
		}
		s := subject(strings.Fields(m[1]))
		if s == "" {
			return ""
		}
		out = "How much " + m[2] + " " + s + m[3] + "?"
	case "number":
		m := reHowMany.FindStringSubmatch(q)
		if m == nil {
			return ""
		}
		out = "How many " + m[1] + " " + m[2] + "?"
	case "person":
		m := reWho.FindStringSubmatch(q)
		if m == nil || baseForm(m[2]) == "" {
			return ""
		}
		out = "Who " + m[2] + " " + m[3]
		if m[1] != "" {
			out += " " + strings.ToLower(m[1][:1]) + m[1][1:]
		}
		out += "?"
	default:
		return ""
	}
	out = strings.ReplaceAll(out, " ,", ",")
	out = strings.ReplaceAll(out, ",?", "?")
	return spaceRun.ReplaceAllString(out, " ")
}

// cloze is the always-grammatical fallback: the sentence itself with its
// answer blanked.
func cloze(q string) string {
	return "Complete: " + strings.Replace(q, blank, "____", 1)
}

var (
	reLeadAdverbialPhrase = regexp.MustCompile(`^((?:In|On|During|After|By|Since|From|Under|With) [^,]{2,60}), (.+)$`)
	rePassiveBy           = regexp.MustCompile(`^(.+?) (?:was|were|had been) ([a-z]+)((?: [a-z]+)*?) by (?:the )?` + blank + `(.*)\.$`)
	reChunk               = regexp.MustCompile(`(?:\b(in|at|to|with|from|through|toward|towards|into|near|across|over|on|for|by|of) )?(?:\b(?:the|a|an|its|their|his|her|(?:the [a-z]+|[A-Z][A-Za-z.]*)'s) )?` + blank + `(?:('s)|(, [A-Z][a-z]+)| ([a-z]+(?: [a-z]+)?)\b)?`)
	reTimeChunk           = regexp.MustCompile(`(,?) \b(?:in|on|by|during) (?:(?:early|late|mid) )?` + blank + `(,?)`)
	reTitleBlank          = regexp.MustCompile(`^(?:The )?(President|Secretary|Minister|Senator|Ambassador|General) ` + blank + ` `)
)

// pastParticipleToPast maps the irregular participles a passive uses to the
// simple past an active question needs ("given" → "gave").
var participlePast = map[string]string{"given": "gave", "taken": "took", "made": "made", "led": "led", "held": "held",
	"built": "built", "sent": "sent", "paid": "paid", "seen": "saw", "won": "won", "written": "wrote", "chosen": "chose",
	"drawn": "drew", "fought": "fought", "bought": "bought", "taught": "taught", "struck": "struck", "begun": "began",
	"brought": "brought", "sought": "sought", "kept": "kept", "found": "found", "told": "told", "known": "knew"}

// frontAdverbial moves a leading "In September 2010, " to the end, so the
// clause starts with its subject: "U.S. Special Forces gave ... in
// September 2010."
func frontAdverbial(q string) string {
	m := reLeadAdverbialPhrase.FindStringSubmatch(strings.TrimSuffix(q, "."))
	if m == nil || strings.Contains(m[1], blank) {
		return q
	}
	return upperFirst(m[2]) + " " + lowerFirst(m[1]) + "."
}

// entityQuestion asks for a named answer (a person, place, organisation or
// programme) marked by blank in the plain clause q: "Who ...?" or "Which
// noun ...?" for a subject, an agent of a passive, an object or the object
// of a preposition ("In which city did America open its embassy in March
// 1992?"). It returns "" when no clean question can be formed.
func entityQuestion(q string, person bool, noun string) string {
	who := "which " + noun
	if person {
		who = "who"
	}
	if noun == "" && !person {
		return ""
	}
	q = frontAdverbial(q)
	body := strings.TrimSuffix(q, ".")
	// subject: "The ____ supported ..." / "President ____ made ..."
	if m := reTitleBlank.FindStringSubmatch(body); m != nil && person {
		body = blank + " " + body[len(m[0]):]
		if m[1] == "President" {
			who = "which president"
		}
	}
	if strings.HasPrefix(body, blank+" ") || strings.HasPrefix(body, "The "+blank+" ") {
		rest := body[strings.Index(body, blank)+len(blank)+1:]
		toks := strings.Fields(rest)
		if len(toks) > 2 && finiteVerb(toks[0]) && !strings.Contains(rest, blank) {
			// "Who visited Tajikistan in October 2005 and told ...": the first act names the one meant
			return tidyQuestion(upperFirst(who) + " " + firstVerbPhrase(rest) + "?")
		}
		return ""
	}
	// passive: "The opposition was led by the ____." → "Which party led the opposition?"
	if m := rePassiveBy.FindStringSubmatch(q); m != nil {
		verb := m[2]
		if p, ok := participlePast[verb]; ok {
			verb = p
		} else if baseForm(verb) == "" {
			return ""
		}
		if strings.Contains(q, " had been ") {
			verb = "had " + m[2]
		}
		subj := subject(strings.Fields(m[1]))
		if i := strings.Index(m[4], ","); i >= 0 {
			m[4] = m[4][:i] // "by ____, the Soviet-era head ...": the apposition goes
		}
		if subj == "" {
			return ""
		}
		return tidyQuestion(upperFirst(who) + " " + verb + " " + subj + m[3] + m[4] + "?")
	}
	loc := reChunk.FindStringSubmatchIndex(body)
	if loc == nil {
		return ""
	}
	prep := ""
	if loc[2] >= 0 {
		prep = body[loc[2]:loc[3]]
	}
	before := strings.Fields(body[:loc[0]])
	if len(before) == 0 {
		return ""
	}
	last := before[len(before)-1]
	switch {
	case strings.HasSuffix(last, ","):
		return "" // "a bridge on August 26, 2007, in the ____": a phrase hung on a phrase
	case person && titleWords[strings.ToLower(last)]:
		return "" // "thanked the president ____": the title already names him
	case prep == "" && !finiteVerb(last) && !(len(before) > 1 && before[len(before)-2] == "to"):
		return "" // an object deep inside a phrase ("a policy aimed at balancing ____")
	}
	wh := who
	if person {
		wh = "whom"
		if prep == "" {
			wh = "who"
		}
	}
	// "NATO's ____": which NATO programme
	if det := body[loc[0] : strings.Index(body[loc[0]:], blank)+loc[0]]; strings.Contains(det, "'s ") && !person {
		owner := strings.TrimSpace(det[strings.LastIndex(strings.TrimSpace(strings.TrimSuffix(det, "'s ")), " ")+1:])
		owner = strings.TrimSuffix(owner, "'s")
		if isCapitalized(owner) {
			wh = "which " + owner + " " + noun
		}
	}
	if loc[8] >= 0 && !nounish(body[loc[8]:strings.IndexByte(body[loc[8]:]+" ", ' ')+loc[8]]) {
		loc[1], loc[8], loc[9] = loc[8]-1, -1, -1 // "____ for his stand": no noun follows
	}
	switch {
	case loc[4] >= 0: // "____'s influence": whose
		return ""
	case loc[6] >= 0: // "in Karatoga, Tajikistan": the country goes with the name
	case loc[8] >= 0: // "the ____ airbase": which airbase
		loc[6], loc[7] = loc[8], loc[9]
		n := body[loc[6]:loc[7]]
		if ws := strings.Fields(n); len(ws) == 2 && !nounish(ws[1]) {
			n = ws[0]
			loc[7] = loc[6] + len(n)
		}
		if !nounish(strings.Fields(n)[0]) || person {
			// "a ____ summit meeting": the name modifies a noun it is not
			if person || !nounish(strings.Fields(n)[len(strings.Fields(n))-1]) {
				return ""
			}
			wh = "which " + noun + "'s " + n
		} else {
			wh = "which " + n
		}
		loc[1] = loc[7]
	}
	if person && prep == "" && loc[0] > 0 {
		wh = "who" // "Bush praised ____": who did Bush praise
	}
	if prep == "of" {
		return "" // "a member of the ____": a noun's complement, not the verb's
	}
	if prep != "" {
		wh = prep + " " + wh
	}
	rest := strings.TrimSpace(spaceRun.ReplaceAllString(body[:loc[0]]+" "+body[loc[1]:], " "))
	rest = strings.ReplaceAll(rest, " ,", ",")
	if strings.HasSuffix(rest, ",") {
		rest = strings.TrimSuffix(rest, ",")
	}
	aux, s, r, ok := doSupport(rest)
	if !ok {
		return ""
	}
	r = firstVerbPhrase(r)
	if (aux == "was" || aux == "were") && strings.HasPrefix(r, "to ") && strings.Contains(body, " "+aux+" to ") {
		// "the USA was to support the ____ under an agreement": what it
		// agreed to do ("Which agency was the USA to support" reads badly)
		aux, r = "did", "agree "+r
	}
	return tidyQuestion(upperFirst(wh) + " " + aux + " " + s + " " + r + "?")
}

var titleWords = map[string]bool{"president": true, "secretary": true, "minister": true, "senator": true, "ambassador": true, "general": true}

// firstVerbPhrase cuts "engage with Tajikistan and was focusing on ..." at
// the second verb phrase: do-support only turned the first one.
func firstVerbPhrase(r string) string {
	toks := strings.Fields(r)
	for i := 1; i+1 < len(toks); i++ {
		if toks[i] == "and" && finiteVerb(toks[i+1]) {
			return strings.Join(toks[:i], " ")
		}
	}
	return r
}

// nounish: a lower-case word that can head a noun phrase after a name
// ("airbase", "valley", "supplies"), not a verb, preposition or adverb.
func nounish(w string) bool {
	if w == "" || finiteVerb(w) || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") {
		return false
	}
	switch w {
	case "and", "or", "but", "to", "in", "on", "at", "of", "for", "with", "from", "by", "as", "that", "which", "who",
		"the", "a", "an", "is", "be", "been", "into", "than", "then", "also", "over", "under", "since", "after", "before":
		return false
	}
	return true
}

var (
	reAlso     = regexp.MustCompile(` (?:also|likewise|additionally) `)
	reDayComma = regexp.MustCompile(`\b(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)), (\d{4})\b`)
)

// eventVerbs say an event noun's "take place" as its own verb: "the
// conclusion of the civil war" ended.
var eventVerbs = map[string]string{"conclusion": "end", "end": "end", "termination": "end", "beginning": "begin",
	"start": "start", "outbreak": "break out", "signing": "take place", "establishment": "take place"}

var reEventDated = regexp.MustCompile(`\bthe ([a-z]+(?:ion|ment|ence|ance)) in ` + blank + ` of ((?:the )?[A-Za-z][A-Za-z -]{2,40}?),`)

var reLeadTimeOnly = regexp.MustCompile(`^(?:In|On|During|By) (?:(?:early|late|mid) )?$`)

// startsAdverbial: the clause opens with a prepositional phrase.
func startsAdverbial(s string) bool {
	for _, p := range []string{"Under ", "With ", "In ", "On ", "During ", "After ", "As ", "By ", "From ", "Since "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// timeQuestion asks "When ...?" (or "In which year ...?") about a clause
// with its date blanked anywhere: leading, trailing or in the middle
// ("Tajikistan formally joined, in ____, the PFP program").
func timeQuestion(q string, year bool) string {
	wh := "When"
	if year {
		wh = "In which year"
	}
	body := strings.TrimSuffix(q, ".")
	// "From the conclusion in ____ of the Tajik civil war, the US ...": the
	// date is the event noun's, whatever the clause does after it
	if m := reEventDated.FindStringSubmatch(body); m != nil {
		if v, ok := eventVerbs[m[1]]; ok && v != "take place" {
			return wh + " did " + m[2] + " " + v + "?" // "In which year did the Tajik civil war end?"
		}
		return wh + " did the " + m[1] + " of " + m[2] + " take place?"
	}
	if m := reLeadTime.FindStringSubmatch(q); m != nil {
		body = m[1]
	} else {
		loc := reTimeChunk.FindStringSubmatchIndex(body)
		if loc == nil {
			return ""
		}
		if c := strings.Index(body, ","); c >= 0 && c > loc[0] && c >= loc[1]-1 && !reLeadTimeOnly.MatchString(body[:loc[0]]) && strings.Contains(body[:loc[0]], " ") && startsAdverbial(body) {
			return "" // "Under an agreement signed on ____, ...": the date is the phrase's, not the clause's
		}
		sep := " "
		if loc[5] > loc[4] && loc[3] == loc[2] && startsAdverbial(body) {
			sep = ", " // "signed on ____, the USA": keep the comma that closes the phrase
		}
		body = strings.TrimSpace(body[:loc[0]] + sep + body[loc[1]:])
	}
	// "visited Tajikistan and thanked ...": ask about the first verb phrase
	if i := strings.Index(body, " and "); i > 0 {
		if toks := strings.Fields(body[i+5:]); len(toks) > 0 && baseForm(toks[0]) != "" {
			body = body[:i]
		}
	}
	body = strings.TrimSuffix(strings.TrimSpace(frontAdverbial(body+".")), ".")
	if strings.Contains(body, blank) || strings.Contains(body, ";") || strings.HasPrefix(body, "When ") || strings.Contains(body, " when ") {
		return "" // a clause inside a "when" clause: no one "When ...?" fits
	}
	for _, w := range strings.Fields(body) {
		switch w {
		case "remained", "stayed", "continued", "persisted":
			return "" // "When did it remain poor?": true of many dates, not one
		}
	}
	aux, s, rest, ok := doSupport(body)
	if !ok {
		return ""
	}
	return tidyQuestion(wh + " " + aux + " " + s + " " + rest + "?")
}

// tidyQuestion repairs spacing and punctuation, drops an "also" that
// pointed at the sentence before, and writes "22 October, 2011" without
// the spinner's comma.
func tidyQuestion(s string) string {
	s = reAlso.ReplaceAllString(s, " ")
	s = reDayComma.ReplaceAllString(s, "$1 $2")
	s = strings.ReplaceAll(s, " ,", ",")
	s = strings.ReplaceAll(s, ",?", "?")
	s = strings.ReplaceAll(s, " ?", "?")
	return spaceRun.ReplaceAllString(s, " ")
}
