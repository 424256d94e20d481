package classroom

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"paperbot/paper"
)

// Turned-round firsts: a why-item comparing its subject with countries of
// its region ("Why was Tajikistan's practical importance to the U.S.
// military ... more significant than that of Kazakhstan and Kyrgyzstan?")
// is given, as wrong causes, the firsts the paper gives another country of
// that region ("Uzbekistan was the first Central Asian republic to offer
// its support for the Afghan campaign and opened ...": "Because it was
// the first to offer its support for the Afghan campaign") and the
// subject's own lasts turned round ("All the Central Asian republics
// except Tajikistan joined NATO's PFP by mid-1994": "Because it was the
// first to join NATO's PFP"). The paper says each is not so of the
// subject, and none is struck by the map, as a border the subject lacks is.
// Only the deed the "first ... to" governs is turned (the next conjunct,
// "and opened its military bases", the paper does not rank); a first
// whose sentence another item is built on is left out (the late-joiner
// item, "How did Tajikistan compare with the other Central Asian
// republics in joining NATO's program?", keyed "The last, years after the
// rest", strikes "first to join NATO's PFP"), as is one naming another
// item's answer.

// reFirstOf: "<Country> was the first <group> to <deed>[ and <past> ...]".
var reFirstOf = regexp.MustCompile(`^([A-Z][a-z]+) was the first ([A-Z][\w ]*?[a-z]+) to ([a-z]+ .+?)(?: and (?:also )?[a-z]+ed .*)?$`)

// region is the region of the list of kinds ("country-Central-Asia")
// whose members are every one of countries, "" when none is.
func (x *extractor) region(countries []string) string {
	for _, kind := range x.regionKinds() {
		members := x.world.members[kind]
		r, _ := strings.CutPrefix(kind, "country-")
		all := len(countries) > 0
		for _, c := range countries {
			_, canon := x.world.kindOf(c)
			found := false
			for _, m := range members {
				found = found || m == canon
			}
			all = all && found
		}
		if all {
			return strings.ReplaceAll(r, "-", " ")
		}
	}
	return ""
}

// regionKinds are the list of kinds' regions of countries
// ("country-Central-Asia"), sorted (see kindsWith).
func (x *extractor) regionKinds() []string {
	return x.world.kindsWith("country-")
}

// comparedIn is a comparative why-stem's subject (its first country) and
// the countries it is compared with (those after "than"); ok false when
// the stem compares no countries.
func (x *extractor) comparedIn(stem string) (subject string, others []string, ok bool) {
	head, tail, found := strings.Cut(stem, " than ")
	if !found {
		return "", nil, false
	}
	cs := x.countriesIn(head)
	others = x.countriesIn(tail)
	if len(cs) == 0 || len(others) == 0 {
		return "", nil, false
	}
	return cs[0], others, true
}

// turnedFirsts are the wrong causes "Because it was the first to ..." for
// the comparative why-item q, in paper order: firsts of another country of
// the compared countries' region, and the subject's lasts turned round,
// none from a sentence an item of prior is built on or naming an answer of
// prior.
func (x *extractor) turnedFirsts(q Quiz, prior []Quiz) []string {
	subject, region, ok := x.comparedRegion(q.Question)
	if !ok {
		return nil
	}
	_, subj := x.world.kindOf(subject)
	inRegion := func(group string) bool { return strings.Contains(group, region) }
	var out []string
	x.bodySentences(x.plainHas("first", "except"), func(para *paper.Paragraph, si int, s string) {
		deed := ""
		if m := reFirstOf.FindStringSubmatch(s); m != nil {
			if _, c := x.world.kindOf(m[1]); c != "" && c != subj && x.region([]string{m[1], subject}) != "" && inRegion(m[2]) {
				deed = m[3]
			}
		}
		if m := reAllExcept.FindStringSubmatch(s); m != nil {
			if _, c := x.world.kindOf(m[2]); c == subj && inRegion(m[1]) {
				if b := baseForm(m[3]); b != "" {
					deed = b + " " + m[4]
				}
			}
		}
		if deed == "" || x.builtOn(para, si, prior) {
			return
		}
		cause := "Because it was the first to " + deed
		for _, p := range prior {
			if containsWord(cause, p.Choices[p.Answer]) {
				return // names another item's answer
			}
		}
		out = append(out, cause)
	})
	return out
}

// builtOn: an item of prior is built on sentence si of para (its key
// sentence holds it), so its stem may tell what the sentence says.
func (x *extractor) builtOn(para *paper.Paragraph, si int, prior []Quiz) bool {
	text := para.Sentences[si].Text
	for _, p := range prior {
		if p.Paragraph == para.N && strings.Contains(p.Sentence, text) {
			return true
		}
	}
	return false
}

// reFirstCause: a cause that is a first ("Because it was the first to
// offer its support for the Afghan campaign").
var reFirstCause = regexp.MustCompile(`^Because it was the first to (.+)$`)

// saysFirst: a sentence of the paper may make the question's subject (its
// first country) the first to do deed: it says "first", names the subject
// or begins with "It" in a paragraph naming it, and holds half the deed's
// content words or more. "Because it was the first to offer its support
// for the Afghan campaign" may be true only where the paper says so, not
// wherever a paragraph names Kazakhstan, a first and a campaign (¶15: the
// first was Uzbekistan).
func (x *extractor) saysFirst(question, deed string) bool {
	cs := x.countriesIn(question)
	if len(cs) == 0 {
		return true
	}
	words := contentWords(deed)
	return x.anySaidOf(cs[0], func(s string) bool {
		return strings.Contains(s, "first") && 2*countIn(words, contentWords(strings.ReplaceAll(s, "-", " "))) >= len(words)
	})
}

// anySaidOf reports whether f holds for a body sentence (plain words) on
// subject: one naming it, or one opening "It " in a paragraph that names
// it.
func (x *extractor) anySaidOf(subject string, f func(s string) bool) bool {
	for i := range x.p.Paragraphs {
		para := &x.p.Paragraphs[i]
		if para.Section == "References" {
			continue
		}
		named := false
		for si := range para.Sentences {
			s, _ := x.plainSentence(para, si)
			named = named || containsWord(s, subject)
		}
		for si := range para.Sentences {
			s, _ := x.plainSentence(para, si)
			if (containsWord(s, subject) || named && strings.HasPrefix(s, "It ")) && f(s) {
				return true
			}
		}
	}
	return false
}

// Turned deeds (i10guess): a first's sentence goes on with the other
// deeds of that country ("... to offer its support for the Afghan
// campaign and opened its military bases and air space and also provided
// field hospitals"), and the paper says what a country of the region
// refused ("Uzbek officials refused to allow the open deployment of combat
// aircraft"). Turned onto the compared subject ("Because it provided field
// hospitals", "Because it allowed the open deployment of combat
// aircraft"), each is a deed a student who did not read the paper could
// believe made it matter to an army, and one the paper gives another
// country: a reader rejects it. A deed whose nouns a sentence on the
// subject holds goes ("opened its military bases and air space":
// Tajikistan "offered U.S. the use of air bases"), as the paper may say it
// of the subject too.

// reRefusedTo: "[..., however,] <Country or adjective> [officials]
// refused to allow <deed>[ and <past> ...]".
var reRefusedTo = regexp.MustCompile(`(?:^|, )([A-Z][a-z]+)(?: officials| authorities| leaders| government)? refused to (?:allow|permit) ([a-z][^,;]+?)(?: and (?:also )?[a-z]+ed .*)?$`)

// reNextDeed: where a conjunct deed starts: " and [also] <past verb> ".
var reNextDeed = regexp.MustCompile(` and (?:also )?([a-z]+ed) `)

// regionDeeds are the deeds, "provided field hospitals", the paper gives
// a country of the comparative why-stem's region other than its subject,
// other than a first (turnedFirsts), in paper order, each with its
// paragraph and sentence; none whose nouns a sentence on the subject
// holds.
func (x *extractor) regionDeeds(question string) []regionDeed {
	subject, _, ok := x.comparedRegion(question)
	if !ok {
		return nil
	}
	_, subj := x.world.kindOf(subject)
	ofRegion := func(name string) bool {
		if adj := x.countryOfAdjective(name); adj != "" {
			name = adj
		}
		_, c := x.world.kindOf(name)
		return c != "" && c != subj && x.region([]string{name, subject}) != ""
	}
	var out []regionDeed
	x.bodySentences(x.plainHas("first", "refused"), func(para *paper.Paragraph, si int, s string) {
		var deeds []string
		if m := reFirstOf.FindStringSubmatch(s); m != nil && ofRegion(m[1]) {
			// the conjuncts after the first's deed
			tail := ""
			if i := strings.Index(s, " to "+m[3]); i >= 0 {
				tail = s[i+len(" to "+m[3]):]
			}
			locs := reNextDeed.FindAllStringSubmatchIndex(tail, -1)
			for k, loc := range locs {
				end := len(tail)
				if k+1 < len(locs) {
					end = locs[k+1][0]
				}
				deeds = append(deeds, tail[loc[2]:end])
			}
		}
		if m := reRefusedTo.FindStringSubmatch(s); m != nil && ofRegion(m[1]) {
			deeds = append(deeds, "allowed "+m[2])
		}
		for _, d := range deeds {
			if !x.saysOfSubject(subject, d) {
				out = append(out, regionDeed{"Because it " + d, para, si})
			}
		}
	})
	return out
}

// regionDeed is one turned deed as a cause, with its sentence.
type regionDeed struct {
	cause string
	para  *paper.Paragraph
	si    int
}

// reNounBreak: where one noun phrase of a deed's object ends.
var reNounBreak = regexp.MustCompile(` (?:and|of|for|to|in|on|with) `)

// saysOfSubject: a sentence of the paper on subject (naming it, or
// opening "It" in a paragraph naming it) holds a head noun of deed's
// object (the last word of each of its noun phrases): "opened its
// military bases and air space" may be said of Tajikistan, which
// "offered U.S. the use of air bases"; "the open deployment of combat
// aircraft" is not said of it where it "opened its Embassy".
func (x *extractor) saysOfSubject(subject, deed string) bool {
	f := strings.Fields(deed)
	if len(f) < 2 {
		return true
	}
	var heads []string
	for _, np := range reNounBreak.Split(strings.Join(f[1:], " "), -1) {
		if w := strings.Fields(np); len(w) > 0 {
			heads = append(heads, w[len(w)-1])
		}
	}
	nouns := contentWords(strings.Join(heads, " "))
	if len(nouns) == 0 {
		return true
	}
	return x.anySaidOf(subject, func(s string) bool {
		return countIn(nouns, contentWords(strings.ReplaceAll(s, "-", " "))) > 0
	})
}

// turnedDeeds are regionDeeds' causes for the why-item q, none from a
// sentence an item of prior is built on, none naming an answer of prior.
func (x *extractor) turnedDeeds(q Quiz, prior []Quiz) []string {
	var out []string
	for _, d := range x.regionDeeds(q.Question) {
		if x.builtOn(d.para, d.si, prior) {
			continue
		}
		named := false
		for _, p := range prior {
			named = named || containsWord(d.cause, p.Choices[p.Answer])
		}
		if !named {
			out = append(out, d.cause)
		}
	}
	return out
}

// isRegionDeed: cause is one of regionDeeds for question (the paper gives
// it another country and says nothing like it of the subject).
func (x *extractor) isRegionDeed(question, cause string) bool {
	if !strings.HasPrefix(cause, "Because it ") {
		return false
	}
	for _, d := range x.regionDeeds(question) {
		if d.cause == cause {
			return true
		}
	}
	return false
}

// Unnamed compared states (i10map): "Because it borders Afghanistan,
// Tajikistan's practical importance for such operation was more
// significant than that of Kazakhstan and Kyrgyzstan lacking a common
// border with Afghanistan" asked "Why was Tajikistan's practical
// importance ... more significant than that of Kazakhstan and
// Kyrgyzstan?": every strict blind reader (blind46 to blind53) found it
// answered by the map, as anyone who knows where Kazakhstan and
// Kyrgyzstan lie picks the border they lack. A why-item keyed by a border
// names no compared state whose lack of that border its sentence states:
// the stem writes them as others of the region they share with the
// subject ("than that of two other Central Asian countries"), still true,
// and no longer a cue, as other states of the region (Uzbekistan,
// Turkmenistan) have the border. A stem that cannot be so written (a
// compared state of no shared region, or one the sentence does not say
// lacks the border) goes.

// reLacksBorder: a statement that something lacks a border with a
// country: "lacking a common border with Afghanistan", "have no border
// with ...", "do not border ...".
var reLacksBorder = regexp.MustCompile(`\b(?:(?:lacking|lacked|lacks?|without|having no|with no|ha(?:d|s|ve) no)(?: an?| any)?(?: common| shared)? borders? with|(?:do|does|did) not (?:share (?:an?|any)(?: common)? border with|border)) (?:the )?([A-Z]\w+)`)

// lackingBorder are the countries (as the list of kinds spells them)
// sentence s says lack a border with country: those it names before the
// statement (after its "than", where it has one), country and subject
// aside; nil when it states no such lack.
func (x *extractor) lackingBorder(s, subject, country string) []string {
	_, target := x.world.kindOf(country)
	_, subj := x.world.kindOf(subject)
	if target == "" {
		return nil
	}
	for _, loc := range reLacksBorder.FindAllStringSubmatchIndex(s, -1) {
		if _, c := x.world.kindOf(s[loc[2]:loc[3]]); c != target {
			continue
		}
		seg := s[:loc[0]]
		if i := strings.LastIndex(seg, " than "); i >= 0 {
			seg = seg[i:]
		}
		var out []string
		for _, c := range x.countriesIn(seg) {
			if _, canon := x.world.kindOf(c); canon != target && canon != subj {
				out = append(out, canon)
			}
		}
		return out
	}
	return nil
}

// lackNamed are the countries a why-item keyed by a border ("Because it
// borders Afghanistan") names in its stem whose lack of that border its
// sentence states.
func (x *extractor) lackNamed(q Quiz) []string {
	if q.Kind != "why" {
		return nil
	}
	m := reBordersCause.FindStringSubmatch(q.Choices[q.Answer])
	if m == nil {
		return nil
	}
	cs := x.countriesIn(q.Question)
	if len(cs) == 0 {
		return nil
	}
	lacking := x.lackingBorder(x.plain.apply(q.Sentence), cs[0], m[1])
	var out []string
	for _, c := range cs[1:] {
		if _, canon := x.world.kindOf(c); slices.Contains(lacking, canon) {
			out = append(out, canon)
		}
	}
	return out
}

// lackNamedFlaws: why-items whose stem names a compared state the
// sentence says lacks the key's border (item 27 of blind52 and blind53).
func lackNamedFlaws(x *extractor, all []Quiz) []string {
	var errs []string
	for _, q := range all {
		if named := x.lackNamed(q); len(named) > 0 {
			errs = append(errs, fmt.Sprintf("%s: the stem names %s, which the sentence says lack the key's border: the map answers it", q.ID, strings.Join(named, " and ")))
		}
	}
	return errs
}

// unnameLacking writes the compared states of lackNamed as others of the
// region they share with the subject ("than that of Kazakhstan and
// Kyrgyzstan": "than that of two other Central Asian countries"); ok false
// when they cannot be so written: a compared state the sentence does not
// say lacks the border, none of a region shared with the subject, or the
// names not one list.
func (x *extractor) unnameLacking(q Quiz) (Quiz, bool) {
	named := x.lackNamed(q)
	if len(named) == 0 {
		return q, true
	}
	subject, others, ok := x.comparedIn(q.Question)
	if !ok || len(others) != len(named) {
		return q, false
	}
	region := x.region(append([]string{subject}, others...))
	if region == "" {
		return q, false
	}
	head, tail, _ := strings.Cut(q.Question, " than ")
	start, end := len(tail), 0
	for _, c := range others {
		is := wordIndexes(tail, c)
		if len(is) == 0 {
			return q, false
		}
		start, end = min(start, is[0]), max(end, is[0]+len(c))
	}
	between := tail[start:end]
	for _, c := range others {
		between = strings.ReplaceAll(between, c, "")
	}
	if strings.Trim(strings.ReplaceAll(between, "and", ""), ", ") != "" {
		return q, false // not one list of the names
	}
	q.Question = head + " than " + tail[:start] + x.othersOf(len(others), region) + tail[end:]
	return q, true
}

// otherCounts spell a count of others.
var otherCounts = []string{"", "another", "two other", "three other", "four other", "five other"}

// othersOf names n countries of region besides the subject, by the
// region's adjective where the paper writes it ("two other Central Asian
// countries"), else by the region ("two other countries of Central
// Asia").
func (x *extractor) othersOf(n int, region string) string {
	count := "other"
	if n < len(otherCounts) {
		count = otherCounts[n]
	}
	noun := "countries"
	if n == 1 {
		noun = "country"
	}
	if adj := x.regionAdjective(region); adj != "" {
		return count + " " + adj + " " + noun
	}
	return count + " " + noun + " of " + region
}

// regionAdjective is the adjective of region the paper writes ("Central
// Asian" of "Central Asia"), "" when it writes none.
func (x *extractor) regionAdjective(region string) string {
	x.body()
	for _, adj := range []string{region + "n", region + "an"} {
		for _, text := range x.bodyPlain {
			if containsWord(text, adj) {
				return adj
			}
		}
	}
	return ""
}

// reOthers: a stem's "than" part naming its compared states as others of
// a region ("than that of two other Central Asian countries").
var reOthers = regexp.MustCompile(`\b(?:another|other)\b`)

// comparedRegion is a comparative why-stem's subject and the region it
// shares with the countries it is compared with, named ("than that of
// Kazakhstan and Kyrgyzstan") or written as others of the region (see
// unnameLacking); ok false when the stem compares no countries of one
// region.
func (x *extractor) comparedRegion(stem string) (subject, region string, ok bool) {
	if s, others, ok := x.comparedIn(stem); ok {
		r := x.region(append([]string{s}, others...))
		return s, r, r != ""
	}
	head, tail, found := strings.Cut(stem, " than ")
	cs := x.countriesIn(head)
	if !found || len(cs) == 0 || !reOthers.MatchString(tail) {
		return "", "", false
	}
	for _, kind := range x.regionKinds() {
		r, _ := strings.CutPrefix(kind, "country-")
		r = strings.ReplaceAll(r, "-", " ")
		adj := x.regionAdjective(r)
		if (adj != "" && containsWord(tail, adj) || strings.Contains(tail, " of "+r)) && x.memberOf(cs[0], kind) {
			return cs[0], r, true
		}
	}
	return "", "", false
}

// memberOf: country is one of the list of kinds' kind.
func (x *extractor) memberOf(country, kind string) bool {
	_, canon := x.world.kindOf(country)
	return canon != "" && slices.Contains(x.world.members[kind], canon)
}
