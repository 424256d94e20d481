package classroom

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"paperbot/paper"
)

// Consent items: a sentence that says a country acted "with Russia's
// consent" (approval, permission, blessing) asks whose: "With which
// country's consent did Tajikistan offer the U.S. the use of air bases
// ...?" It tests the balance a small state keeps between powers, which a
// date or an amount never does. Countries are not answers elsewhere (a
// country offered among countries is mostly read off the stem), so these
// come from their own rule; the distractors are countries the paper names
// that the sentence does not, or the list's.

var reWithConsent = regexp.MustCompile(`^(.+?) ([a-z]+ed) (.+?),? with ([A-Z][a-z]+)['’]s (consent|approval|permission|blessing)$`)

// reConsentWords: the words of the forms above, in the paper's own text.
var reConsentWords = regexp.MustCompile(`(?i)consent|approval|permission|blessing`)

// reBareUSNoStop: the spinner's "offered U.S the use": "the U.S.".
var reBareUSNoStop = regexp.MustCompile(`(\s)U\.S(\s)`)

// consentQuizzes makes the consent items of the paper.
func (x *extractor) consentQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		return reConsentWords.MatchString(para.Sentences[si].Text) && !x.contradicted[[2]int{para.N, si}] && !x.pronounAgainstPlaces(para, si)
	}, func(para *paper.Paragraph, si int, s string) {
		q, answer := x.consentQuestion(s)
		if q == "" {
			return
		}
		q = x.countryNames(tidyQuestion(reBareUSNoStop.ReplaceAllString(q, "${1}the U.S.$2")))
		if wordCount(q) > maxQuestionWords || containsWord(q, answer) {
			return
		}
		id := quizID(para.N, si, span{kind: "country", text: answer}, para.Sentences[si].Text)
		wrong := x.countryDistractors(answer, s, seeded(id, 1))
		if len(wrong) < 3 {
			return
		}
		out = append(out, makeQuiz(id, q, answer, wrong, "country", para, para.Sentences[si]))
	})
	return out
}

// bodySentences calls each, for every sentence of the paper's body (not
// the abstract or the references) that want accepts, with the sentence in
// plain English without parentheses; want sees the paper's text, so that
// most sentences are never rendered plain.
func (x *extractor) bodySentences(want func(para *paper.Paragraph, si int) bool, each func(para *paper.Paragraph, si int, plain string)) {
	for i := range x.p.Paragraphs {
		para := &x.p.Paragraphs[i]
		if para.Section == "References" || para.Section == "Abstract" {
			continue
		}
		for si := range para.Sentences {
			if !want(para, si) {
				continue
			}
			s, _ := x.plainSentence(para, si)
			each(para, si, reParenthesis.ReplaceAllString(s, ""))
		}
	}
}

// countryDistractors are three countries other than answer that the
// sentence does not name: first those a sentence of the paper lists with
// the answer (its neighbours for Afghanistan, "Iran, China, and Russia"
// for Russia: the ones a student could mistake for it), then those two or
// more of the paper's paragraphs name (its region, not Georgia of one
// aside), then the list's, in the list's order from a seeded shuffle.
func (x *extractor) countryDistractors(answer, sentence string, rng interface{ Shuffle(int, func(int, int)) }) []string {
	x.body()
	in := map[string]bool{}
	for _, c := range x.countriesIn(sentence) {
		_, canon := x.world.kindOf(c)
		in[canon] = true
	}
	_, ans := x.world.kindOf(answer)
	in[ans] = true
	coListed := map[string]bool{}
	spellings := x.allSpellings(ans)
	for _, text := range x.sentPlain {
		named := false // most sentences name no answer: no list to look for
		for _, sp := range spellings {
			named = named || strings.Contains(text, sp)
		}
		if !named {
			continue
		}
		for _, list := range x.countryLists(text) {
			if slices.Contains(list, ans) {
				for _, c := range list {
					coListed[c] = true
				}
			}
		}
	}
	var near, paperNamed, listed []string
	for _, c := range x.world.members["country"] {
		if in[c] || strings.Contains(c, " ") {
			continue // "United States": the paper's other side, never a guess
		}
		if coListed[c] {
			near = append(near, c)
		} else if x.namedInParagraphs(c) >= 2 {
			paperNamed = append(paperNamed, c) // a country the paper keeps coming back to
		} else {
			listed = append(listed, c)
		}
	}
	rng.Shuffle(len(near), func(i, j int) { near[i], near[j] = near[j], near[i] })
	rng.Shuffle(len(paperNamed), func(i, j int) { paperNamed[i], paperNamed[j] = paperNamed[j], paperNamed[i] })
	rng.Shuffle(len(listed), func(i, j int) { listed[i], listed[j] = listed[j], listed[i] })
	out := append(append(near, paperNamed...), listed...)
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

// consentQuestion: "Tajikistan offered the U.S. the use of air bases ...
// with Russia's consent" → "With which country's consent did Tajikistan
// offer ...?", Russia.
func (x *extractor) consentQuestion(s string) (q, answer string) {
	m := reWithConsent.FindStringSubmatch(s)
	if m == nil {
		return "", ""
	}
	if k, _ := x.world.kindOf(m[4]); k != "country" {
		return "", ""
	}
	base := baseForm(m[2])
	subj := m[1]
	if base == "" || len(x.countriesIn(subj)) != 1 || strings.Contains(subj, ",") {
		return "", "" // "Tajikistan offered": one country acting, one verb
	}
	obj := m[3]
	if c := rePurposePhrase.FindStringSubmatch(obj); c != nil && wordCount(c[1]) >= 3 {
		obj = c[1] // what the bases were for is a why-item's answer, not this one's context
	}
	return "With which country's " + m[5] + " did " + subj + " " + base + " " + obj + "?", m[4]
}

// rePurposePhrase: an object with what it served ("the use of air bases
// in the anti-Taliban campaign in Afghanistan").
var rePurposePhrase = regexp.MustCompile(`^(.+?) (?:in|for) the [^,]*(?:campaign|operation|war|fight|mission)\b.*$`)

// namedInParagraphs counts the body paragraphs naming country c in any
// spelling or adjective the list knows (counted once for all countries).
func (x *extractor) namedInParagraphs(c string) int {
	if x.countryParas == nil {
		x.body()
		x.countryParas = map[string]int{}
		for _, text := range x.bodyPlain {
			for _, name := range x.countriesIn(text) {
				_, canon := x.world.kindOf(name)
				x.countryParas[canon]++
			}
		}
	}
	return x.countryParas[c]
}

// reListGap: what stands between two names of one list ("," ", and",
// "and near").
var reListGap = regexp.MustCompile(`^(?:,|,? and|,? or)(?: near)? $`)

// countryLists are the lists of three or more countries text writes
// ("Afghanistan, China, Kyrgyzstan, Uzbekistan, and near Pakistan"), each
// as the list of kinds spells them.
func (x *extractor) countryLists(text string) [][]string {
	type at struct {
		start, end int
		canon      string
	}
	var found []at
	for _, c := range x.countriesIn(text) {
		_, canon := x.world.kindOf(c)
		for _, i := range wordIndexes(text, c) {
			found = append(found, at{i, i + len(c), canon})
		}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].start < found[j].start })
	var out [][]string
	var cur []string
	for k, f := range found {
		if k > 0 && f.start >= found[k-1].end && reListGap.MatchString(text[found[k-1].end:f.start]) {
			cur = append(cur, f.canon)
			continue
		}
		if len(cur) >= 3 {
			out = append(out, cur)
		}
		cur = []string{f.canon}
	}
	if len(cur) >= 3 {
		out = append(out, cur)
	}
	return out
}
