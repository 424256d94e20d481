package classroom

import (
	"regexp"
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
	for kind, members := range x.world.members {
		r, ok := strings.CutPrefix(kind, "country-")
		if !ok {
			continue
		}
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
	subject, others, ok := x.comparedIn(q.Question)
	if !ok {
		return nil
	}
	region := x.region(append([]string{subject}, others...))
	if region == "" {
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
	subject := cs[0]
	words := contentWords(deed)
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
			if !strings.Contains(s, "first") || !(containsWord(s, subject) || named && strings.HasPrefix(s, "It ")) {
				continue
			}
			if 2*countIn(words, contentWords(strings.ReplaceAll(s, "-", " "))) >= len(words) {
				return true
			}
		}
	}
	return false
}
