package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// A sentence becomes a quiz stem or a timeline entry in plain steps, each a
// rule that works on any paper of this form: the attribution to a cited
// author is dropped ("According to X, (2013) states that ..."), only the
// clause that holds the fact is kept, a leading "It", "This opposition" or
// "The two nations" is replaced by what it refers to in the sentence before
// (or the sentence is refused), and the spinner's swaps are put back in
// plain English.

var (
	// reAttribution: "According to X, (2013, p.11) states that", "As X,
	// (2016, p.104) work's state that", "Further according to X expressed
	// that": the cited author leads, then the claim.
	reAttribution   = regexp.MustCompile(`^(?:Further,? )?(?:[Aa]ccording to|As) [^.;]{2,80}?\b(?:states?|expressed|says?|argues?|notes?|writes?|reports?|claims?|stated|noted|argued)(?: that)?,? `)
	reLeadAdverbial = regexp.MustCompile(`^(?:(?:Further|Furthermore|Moreover|However|Then|Consequently|Also|Likewise|In addition),? )`)
	reTwoNations    = regexp.MustCompile(`^[Tt]he (two|both) (nations|countries|states|sides|governments)\b`)
	reThisNoun      = regexp.MustCompile(`^(?:[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose) ([a-z][a-z-]+)\b`)
	reTheNation     = regexp.MustCompile(`^[Tt]he (?:new )?(nation|country|state)\b`)
	reLeadPronoun   = regexp.MustCompile(`^(It|Its|They|Their|He|His|She|Her|This|These)\b`)
	reExpletive     = regexp.MustCompile(`^It (?:was|is|had been|has been) (?:not )?(?:[a-z]+ )?[a-z]+ (?:that|to|for)\b`)
	reThisWork      = regexp.MustCompile(`^[Tt]his (paper|study|article|research|analysis)\b`)
	reInnerPronoun  = regexp.MustCompile(`^((?:In|During|After|On) (?:his|her|its|their) [a-z]+, )(he|she|it|they)\b`)
)

// verbAfter reports whether the words from toks[i] on start with a finite
// verb (a past tense, or an auxiliary): the sign of a clause.
func finiteVerb(w string) bool {
	switch strings.ToLower(w) {
	case "was", "were", "had", "has", "have", "is", "are", "will", "would", "could", "did", "became":
		return true
	}
	return baseForm(w) != ""
}

func hasFiniteVerb(s string) bool {
	for _, w := range strings.Fields(s) {
		if finiteVerb(strings.Trim(w, ",;:.")) {
			return true
		}
	}
	return false
}

// reAccording: "According to X (2013, pp. 10-11), in another incident, ..."
// once the citation is cut: the source, then a comma and the claim.
var reAccording = regexp.MustCompile(`^(?:Further,? )?[Aa]ccording to [A-Z][^,]{2,80}, `)

// reStudySays: "The study analyzed that ...": the paper's own voice, then
// the claim.
var reStudySays = regexp.MustCompile(`^(?:The|This) (?:study|paper|author|analysis) (?:analy[sz]ed|found|finds|shows|showed|argues|argued|concluded|concludes) that `)

// stripAttribution drops a leading "According to X states that".
func stripAttribution(s string) string {
	for _, re := range []*regexp.Regexp{reAttribution, reAccording, reStudySays} {
		if m := re.FindStringIndex(s); m != nil {
			rest := s[m[1]:]
			if hasFiniteVerb(rest) {
				return upperFirst(strings.TrimLeft(rest, " ,"))
			}
		}
	}
	return s
}

// clauseWith keeps the clause of s that holds mark (the blank, or a date
// marker): clauses joined by ";", ", but", ", and" or "and" before a new
// subject and verb, a comma splice ", it was ..."; a relative clause after
// ", which" or ", where" and a trailing ", labeling ..." are dropped when the
// mark is not in them. ok is false when the mark sits in a relative clause.
func clauseWith(s, mark string) (string, bool) {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	parts := splitClauses(s)
	kept := ""
	for _, p := range parts {
		if strings.Contains(p, mark) {
			kept = p
		}
	}
	if kept == "" {
		return "", false
	}
	for _, rel := range []string{", which ", ", where ", ", who ", ", labeling ", ", calling ", ", including those", " which was ", ", as a component", " who "} {
		if i := strings.Index(kept, rel); i >= 0 {
			if strings.Contains(kept[i:], mark) {
				if strings.Contains(kept[:i], mark) {
					continue
				}
				return "", false
			}
			kept = kept[:i]
		}
	}
	kept = strings.TrimSpace(strings.Trim(kept, " ,"))
	toks := strings.Fields(kept)
	if len(toks) < 3 || !hasFiniteVerb(kept) || finiteVerb(strings.Trim(toks[0], ",")) {
		return "", false // a fragment, or a clause that lost its subject
	}
	return upperFirst(kept) + ".", true
}

// splitClauses cuts s at clause boundaries.
func splitClauses(s string) []string {
	var out []string
	for _, semi := range strings.Split(s, "; ") {
		for _, part := range splitWhen(asyndetic(semi)) {
			out = append(out, splitCoordinate(part)...)
		}
	}
	return out
}

// splitWhen cuts "There was a change after 9/11 when the US lifted ..." at
// "when" when both sides are clauses.
func splitWhen(s string) []string {
	i := strings.Index(s, " when ")
	if i < 0 || !hasFiniteVerb(s[:i]) || !hasFiniteVerb(s[i+6:]) {
		return []string{s}
	}
	return []string{s[:i], upperFirst(s[i+6:])}
}

// asyndetic joins verb phrases listed with a comma alone ("visited
// Tajikistan in October 2011, warned the president") with "and".
func asyndetic(s string) string {
	toks := strings.Fields(s)
	from := 0 // the segment since the last comma must itself be a clause
	for i := 1; i+1 < len(toks); i++ {
		seg := strings.Join(toks[from:i+1], " ")
		if strings.HasSuffix(toks[i], ",") && baseForm(toks[i+1]) != "" && hasFiniteVerb(seg) && !strings.Contains(seg, " and ") {
			toks[i] = strings.TrimSuffix(toks[i], ",")
			toks = append(toks[:i+1], append([]string{"and"}, toks[i+1:]...)...)
			return strings.Join(toks, " ")
		}
		if strings.HasSuffix(toks[i], ",") {
			from = i + 1
		}
	}
	return s
}

var reJoin = regexp.MustCompile(`,? (?:and|but|while) |, (?:it|they|he|she) `)

// splitCoordinate splits "A did X and B did Y" into its two clauses: only
// where both sides have a finite verb and the right side starts with a
// subject (a capitalised name, a determiner or a pronoun).
func splitCoordinate(s string) []string {
	for _, m := range reJoin.FindAllStringIndex(s, -1) {
		left, right := s[:m[0]], s[m[1]:]
		joint := s[m[0]:m[1]]
		if strings.HasPrefix(joint, ", it ") || strings.HasPrefix(joint, ", they ") || strings.HasPrefix(joint, ", he ") || strings.HasPrefix(joint, ", she ") {
			right = strings.TrimPrefix(joint, ", ") + right
		}
		toks := strings.Fields(right)
		if len(toks) < 3 || !hasFiniteVerb(left) || strings.ContainsAny(toks[0], ",;") {
			continue
		}
		first := toks[0]
		if !(isCapitalized(first) || determiners[strings.ToLower(first)] || pronouns[strings.ToLower(first)]) {
			continue
		}
		verb := false
		for k, w := range toks[1:min(len(toks), 5)] {
			prev := strings.ToLower(toks[k])
			if finiteVerb(strings.Trim(w, ",")) && !skipWords[prev] && (!determiners[prev] || k == 0 && pronouns[prev]) {
				verb = true
				break
			}
			if strings.ContainsAny(w, ",;") {
				break
			}
		}
		if !verb {
			continue
		}
		return append([]string{left}, splitCoordinate(upperFirst(right))...)
	}
	return []string{s}
}

// leadingSubordinate splits "Though A, B" / "Since A, B" / "As A, B" into
// A and B; ok is false when s does not start so.
func leadingSubordinate(s string) (sub, main string, ok bool) {
	for _, c := range []string{"Though ", "Although ", "Since ", "As ", "Because ", "While ", "When ", "After ", "Once "} {
		if !strings.HasPrefix(s, c) {
			continue
		}
		rest := s[len(c):]
		for i := 0; i < len(rest); i++ {
			if rest[i] != ',' {
				continue
			}
			a, b := rest[:i], strings.TrimSpace(rest[i+1:])
			if hasFiniteVerb(a) && hasFiniteVerb(b) && len(strings.Fields(b)) >= 3 {
				return a, b, true
			}
		}
	}
	return "", "", false
}

// prepared is a sentence turned into a plain clause, with the mark kept.
type prepared struct {
	text string
	ok   bool
}

// prepare turns sentence si of para, rendered as s (citations cut, mark
// inside), into a plain-English clause holding the mark, its leading
// reference resolved; ok is false when the reference cannot be resolved or
// the mark sits in a relative clause.
func (x *extractor) prepare(para *paper.Paragraph, si int, s, mark string) (string, bool) {
	s = stripAttribution(s)
	s = x.plain.apply(s)
	s = visitClause(s)
	if sub, main, ok := leadingSubordinate(s); ok {
		if strings.Contains(main, mark) {
			s = main
		} else if strings.Contains(sub, mark) && !strings.HasPrefix(s, "Since ") && !strings.HasPrefix(s, "After ") {
			s = sub
		}
	}
	s, ok := clauseWith(s, mark)
	if !ok {
		return "", false
	}
	s = reLeadAdverbial.ReplaceAllString(s, "")
	s = upperFirst(s)
	s, ok = x.resolve(para, si, s, 0)
	if !ok {
		return "", false
	}
	s = tidy(s)
	s = reArticle.ReplaceAllString(s, "${1}n $2")
	return asSentence(upperFirst(s)), true
}

// prepareWhole is prepare without cutting the sentence to one clause, for
// a mark that sits in a relative clause.
func (x *extractor) prepareWhole(para *paper.Paragraph, si int, s string) (string, bool) {
	s = stripAttribution(s)
	s = x.plain.apply(s)
	s = reLeadAdverbial.ReplaceAllString(s, "")
	s, ok := x.resolve(para, si, upperFirst(s), 0)
	if !ok {
		return "", false
	}
	s = tidy(s)
	s = reArticle.ReplaceAllString(s, "${1}n $2")
	return asSentence(upperFirst(s)), true
}

var (
	reArticle = regexp.MustCompile(`\b([Aa]) ([aeioAEIO][a-z])`)
	// reVisit: "During the visit of Condoleezza Rice to Tajikistan in
	// October 2005, she told ..." → "Condoleezza Rice visited Tajikistan in
	// October 2005 and told ...": the noun made a clause again.
	reVisit = regexp.MustCompile(`^(?:During|On|In) (?:the|a|an|his|her) (?:first |official )*visit (?:of|by) ([^,]+?) to ([^,]+?)((?: in| on) [^,]+)?, (?:she|he|they) `)
)

// visitClause rewrites a leading "During the visit of X to Y, she ..." as a
// clause with X as its subject.
func visitClause(s string) string {
	m := reVisit.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	return m[1] + " visited " + m[2] + m[3] + " and " + s[len(m[0]):]
}

// resolve replaces a leading reference to the sentence before ("It", "This
// opposition", "The two nations", "In his speech, he") with what it refers
// to; ok is false when it cannot tell.
func (x *extractor) resolve(para *paper.Paragraph, si int, s string, depth int) (string, bool) {
	if m := reInnerPronoun.FindStringSubmatchIndex(s); m != nil {
		ante, ok := x.antecedent(para, si, depth, "person")
		if !ok {
			return "", false
		}
		return s[:m[4]] + ante + s[m[5]:], true
	}
	if m := reTwoNations.FindStringIndex(s); m != nil {
		prev, ok := x.previous(para, si, depth)
		if !ok {
			return "", false
		}
		cs := x.countriesIn(prev)
		if len(cs) != 2 {
			return "", false
		}
		return cs[0] + " and " + cs[1] + s[m[1]:], true
	}
	if m := reTheNation.FindStringIndex(s); m != nil {
		ante, ok := x.antecedent(para, si, depth, "country")
		if !ok {
			return "", false
		}
		return ante + s[m[1]:], true
	}
	if m := reThisWork.FindStringSubmatchIndex(s); m != nil {
		return "The " + s[m[2]:m[3]] + s[m[1]:], true // the paper itself
	}
	if m := reThisNoun.FindStringSubmatchIndex(s); m != nil && !finiteVerb(s[m[2]:m[3]]) {
		noun := s[m[2]:m[3]]
		prev, ok := x.previous(para, si, depth)
		if !ok {
			return "", false
		}
		np := definiteIn(prev, noun)
		if np == "" {
			return "", false
		}
		if np == "the "+noun || strings.HasSuffix(np, " "+noun) && !strings.Contains(np[4:], " in ") && !strings.Contains(np[4:], " of ") {
			np += x.warContext(para, si)
		}
		return upperFirst(np) + s[m[1]:], true
	}
	if reExpletive.MatchString(s) {
		return s, true // "It was not surprising that ...": no one is "it"
	}
	if m := reLeadPronoun.FindStringSubmatchIndex(s); m != nil {
		pr := s[m[2]:m[3]]
		want := "country"
		switch pr {
		case "They", "Their":
			want = "group"
		case "He", "His", "She", "Her":
			want = "person"
		case "This", "These":
			return "", false // an event or an idea: no name to put in
		}
		ante, ok := x.antecedent(para, si, depth, want)
		if !ok {
			return "", false
		}
		if pr == "Its" || pr == "Their" || pr == "His" || pr == "Her" {
			ante += "'s"
		}
		return ante + s[m[1]:], true
	}
	return s, true
}

// previous is the sentence before si, prepared (its own reference resolved),
// without a mark.
func (x *extractor) previous(para *paper.Paragraph, si, depth int) (string, bool) {
	if depth > 2 {
		return "", false
	}
	p, i := para, si-1
	if i < 0 {
		if para.N < 2 {
			return "", false
		}
		p = &x.p.Paragraphs[para.N-2]
		i = len(p.Sentences) - 1
		if i < 0 || p.Section != para.Section {
			return "", false
		}
	}
	sent := p.Sentences[i]
	s := asSentence(render(p.Text, sent.Start, sent.End, citationCuts(p)))
	s = stripAttribution(s)
	s = x.plain.apply(s)
	s = reLeadAdverbial.ReplaceAllString(s, "")
	s, ok := x.resolve(p, i, upperFirst(s), depth+1)
	return s, ok
}

// antecedent is the name a pronoun of the sentence si refers to: the named
// subject of the sentence before (before its first verb, a leading time
// phrase skipped), or, in "The first republic was Uzbekistan", the name
// after the verb. want is "country" (a state or an organisation) or
// "person".
func (x *extractor) antecedent(para *paper.Paragraph, si, depth int, want string) (string, bool) {
	prev, ok := x.previous(para, si, depth)
	if !ok {
		return "", false
	}
	prev = reLeadTimePhrase.ReplaceAllString(prev, "")
	// "Since the 9/11 terrorist attack on the United States of America,
	// Tajikistan got ...": the leading clause's names are not the subject
	prev = reLeadSubordinate.ReplaceAllString(prev, "")
	toks := strings.Fields(prev)
	verb := len(toks)
	for i, w := range toks {
		if i > 0 && finiteVerb(strings.Trim(w, ",")) {
			verb = i
			break
		}
	}
	subj := strings.Join(toks[:verb], " ")
	if want == "group" {
		// "NATO and Tajikistan took part ... They were ...": the whole subject
		if strings.Contains(subj, " and ") && x.firstName(subj, "country") != "" && !strings.ContainsAny(subj, ",;") {
			return subj, true
		}
		want = "country"
	}
	if n := x.firstName(subj, want); n != "" {
		return n, true
	}
	if verb < len(toks) && (toks[verb] == "was" || toks[verb] == "were") {
		after := strings.Join(toks[verb+1:min(len(toks), verb+4)], " ")
		if n := x.firstName(after, want); n != "" && strings.HasPrefix(after, n) {
			return n, true
		}
	}
	return "", false
}

// reLeadSubordinate: a leading subordinate clause, up to its comma.
var reLeadSubordinate = regexp.MustCompile(`^(?:Since|As|When|Because|Though|Although|While|Once|Until) [^,]{3,80}, `)

var reLeadTimePhrase = regexp.MustCompile(`^(?:In|On|During|After|By|From|Since) (?:early |late |mid-)?[^,]{1,30}\d{4}, `)

// firstName is the first name of the wanted kind in s: a person the paper
// titles ("President Rahmon"), or a country, organisation or the paper's
// acronym of one.
func (x *extractor) firstName(s, want string) string {
	best, at := "", len(s)+1
	consider := func(name string) {
		for _, i := range wordIndexes(s, name) {
			if i < at || i == at && len(name) > len(best) {
				best, at = name, i
			}
		}
	}
	if want == "person" {
		for _, pn := range x.persons {
			consider(pn.text)
		}
		return best
	}
	for _, name := range x.world.names {
		k, _ := x.world.kindOf(name)
		if k == "country" || strings.Contains(k, "organisation") || k == "alliance" {
			consider(name)
		}
	}
	for _, ph := range capitalRuns(s) {
		if kind, phrase := x.phraseKind(ph.words); kind == kindOrg {
			consider(phrase)
		}
	}
	// "American cooperation with Tajikistan": the adjective names America
	for _, tok := range reToken.FindAllStringIndex(s, -1) {
		if c := x.countryOfAdjective(s[tok[0]:tok[1]]); c != "" && tok[0] < at {
			best, at = c, tok[0]
		}
	}
	return best
}

// countriesIn lists the distinct countries named in s, "US-Tajik" counting
// as two, each written as a country.
func (x *extractor) countriesIn(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, tok := range reToken.FindAllString(s, -1) {
		for _, part := range strings.Split(tok, "-") {
			name := part
			if adj := x.countryOfAdjective(part); adj != "" {
				name = adj
			}
			if k, c := x.world.kindOf(name); k == "country" && !seen[c] {
				seen[c] = true
				out = append(out, name)
			}
		}
	}
	return out
}

// countryOfAdjective maps "Tajik" to "Tajikistan", "Afghan" to
// "Afghanistan", "Uzbek" to "Uzbekistan": a country whose name starts with
// the adjective.
func (x *extractor) countryOfAdjective(adj string) string {
	if len(adj) < 4 || !isCapitalized(adj) {
		return ""
	}
	for _, c := range x.world.members["country"] {
		for _, sp := range x.allSpellings(c) {
			if sp != adj && isCapitalized(sp) && strings.ToUpper(sp) != sp &&
				(strings.HasPrefix(sp, adj) && len(sp)-len(adj) <= 5 || strings.HasPrefix(adj, sp) && len(adj)-len(sp) <= 2) {
				return sp
			}
		}
	}
	return ""
}

// definiteIn finds "the NOUN ..." in s and returns it with the phrase after
// it up to a comma or clause end ("the opposition in government"), or "".
func definiteIn(s, noun string) string {
	// a trailing phrase is kept only when it names something ("of
	// Tajikistan"): "the opposition in government" was the quota's place
	// in that sentence, not the opposition's name
	re := regexp.MustCompile(`\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) ((?:[a-z-]+ ){0,2}` + regexp.QuoteMeta(noun) + `)((?: (?:in|of|on|for) (?:the )?[A-Z][a-zA-Z-]+(?: [A-Z][a-z-]+)*)?)`)
	m := re.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return "the " + m[1] + m[2]
}

// pronounAgainstPlaces reports sentence si of para opening with "It" or
// "Its" that resolves to a country while every place the sentence names
// lies in another country: the paper's "It [Uzbekistan] consented ...
// that American troops could use the Khujand, Kulyab and Kurgan-Tyube
// airbases", towns of Tajikistan, a country neither that sentence nor the
// one "It" comes from names ("It [America] opened its Embassy in
// Dushanbe" follows "relations with Tajikistan"). Either the pronoun or
// the sentence is wrong, and an item built on it would contradict the
// paper elsewhere.
func (x *extractor) pronounAgainstPlaces(para *paper.Paragraph, si int) bool {
	key := [2]int{para.N, si}
	if got, ok := x.muddled[key]; ok {
		return got
	}
	if x.muddled == nil {
		x.muddled = map[[2]int]bool{}
	}
	got := x.findPronounAgainstPlaces(para, si)
	x.muddled[key] = got
	return got
}

func (x *extractor) findPronounAgainstPlaces(para *paper.Paragraph, si int) bool {
	sent := para.Sentences[si]
	towns := false // most sentences name no town: nothing to check
	for _, name := range x.world.names {
		if k, _ := x.world.kindOf(name); (strings.HasPrefix(k, "city-") || strings.HasPrefix(k, "region-")) && strings.Contains(sent.Text, name) {
			towns = true
			break
		}
	}
	if !towns {
		return false
	}
	s := asSentence(render(para.Text, sent.Start, sent.End, citationCuts(para)))
	s = upperFirst(reLeadAdverbial.ReplaceAllString(x.plain.apply(stripAttribution(s)), ""))
	m := reLeadPronoun.FindStringSubmatch(s)
	if m == nil || m[1] != "It" && m[1] != "Its" || reExpletive.MatchString(s) {
		return false
	}
	ante, ok := x.antecedent(para, si, 0, "country")
	if !ok {
		return false
	}
	kind, country := x.world.kindOf(ante)
	if kind != "country" {
		return false
	}
	prev, _ := x.previous(para, si, 0)
	named := map[string]bool{}
	for _, c := range x.countriesIn(s + " " + prev) {
		_, canon := x.world.kindOf(c)
		named[canon] = true
	}
	elsewhere, here := false, false
	for _, name := range x.world.names {
		k, _ := x.world.kindOf(name)
		i := strings.IndexByte(k, '-')
		if i < 0 || !strings.HasPrefix(k, "city-") && !strings.HasPrefix(k, "region-") {
			continue
		}
		if len(wordIndexes(s, name)) == 0 {
			continue
		}
		if _, c := x.world.kindOf(k[i+1:]); c == country {
			here = true
		} else if c != "" && !named[c] {
			elsewhere = true // a town of a country the context never names
		}
	}
	return elsewhere && !here
}

var reCivilWar = regexp.MustCompile(`\b(?:[A-Z][a-z]+ )?civil war\b`)

// warContext is " in the civil war" when one of the two sentences before
// si names a civil war and the phrase a "This opposition" resolves to
// says no more than "the opposition": which opposition is meant, and when,
// is the war's ("Which party led the opposition?" alone could be any
// later one). "" otherwise.
func (x *extractor) warContext(para *paper.Paragraph, si int) string {
	for back := 1; back <= 2 && si-back >= 0; back++ {
		sent := para.Sentences[si-back]
		s := x.plain.apply(render(para.Text, sent.Start, sent.End, citationCuts(para)))
		if reCivilWar.MatchString(s) {
			return " in the civil war"
		}
	}
	return ""
}
