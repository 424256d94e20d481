package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Accusation items: what a leader accused a foreign body of. "It had
// also restricted the activities of Western, mainly U.S., NGOs such as
// the Soros Foundation, which Tajik president Emomali Rahmon accused in
// 2005 of acting to destroy Tajikistan's unity" asks "What did Tajik
// President Emomali Rahmon accuse the Soros Foundation of in 2005?"
// (acting to destroy Tajikistan's unity), where the judgement item asked
// which foundation: a name a guesser takes for the well-known target of
// post-Soviet governments. The wrong choices are the other accusations
// governments make against foreign NGOs, general knowledge in the list of
// kinds (world.txt's `NGO-accusation`: spying, tax evasion, money
// laundering ...), each written with the accused's country where the
// answer names one ("Spying on Tajikistan for foreign intelligence
// services"), so no choice stands out by naming it; none sharing a word
// with the answer, and none sharing one with the source paragraph, which
// a reader could take for the paper's (Rice's call for free elections in
// ¶8 strikes "Interfering in Tajikistan's elections"). No item when the
// accusation the sentence gives is not of the list's kind: the answer is
// the paper's words, never the list's.

var (
	// reAccusedWhich: "... such as the Soros Foundation, which Tajik
	// president Emomali Rahmon accused in 2005 of acting to ...".
	reAccusedWhich = regexp.MustCompile(`\b((?:the )?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*), which ((?:[A-Z][a-z]+ )?(?:[a-z]+ )?(?:[A-Z][a-z]+ )*[A-Z][a-z]+) accused (?:in (\d{4}) )?of ([a-z].+)$`)
	// reAccusedDirect: "In 2006, Uzbek president Islam Karimov accused
	// Freedom House of spying for ...".
	reAccusedDirect = regexp.MustCompile(`^(?:In (\d{4}), )?((?:[A-Z][a-z]+ )?(?:[a-z]+ )?(?:[A-Z][a-z]+ )*[A-Z][a-z]+) accused ((?:the )?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*) (?:in (\d{4}) )?of ([a-z].+)$`)
	// reDeedEnd: where the accusation's own clause ends.
	reDeedEnd = regexp.MustCompile(`[,;:]| and | as | because `)
)

const accusationKind = "NGO-accusation"

// accusationQuizzes makes the accusation items of the paper.
func (x *extractor) accusationQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(x.plainHas(" accused "), func(para *paper.Paragraph, si int, s string) {
		q, answer, wrong := x.accusation(s, x.plainParagraph(para))
		if q == "" {
			return
		}
		sent := para.Sentences[si]
		id := quizID(para.N, si, span{kind: "accusation", text: answer}, sent.Text)
		out = append(out, makeQuiz(id, q, answer, wrong, "accusation", para, sent))
	})
	return out
}

// accusation is the accusation item of the plain sentence s in the plain
// paragraph para: its stem, answer and three wrong choices; "" when s
// says no one accused a named body of a deed the list of kinds knows.
func (x *extractor) accusation(s, para string) (q, answer string, wrong []string) {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	var judge, accused, year, deed string
	if m := reAccusedWhich.FindStringSubmatch(s); m != nil {
		accused, judge, year, deed = m[1], m[2], m[3], m[4]
	} else if m := reAccusedDirect.FindStringSubmatch(s); m != nil {
		judge, accused, deed = m[2], m[3], m[5]
		year = m[1] + m[4]
	} else {
		return "", "", nil
	}
	if i := reDeedEnd.FindStringIndex(deed); i != nil {
		deed = deed[:i[0]]
	}
	deed = strings.TrimSpace(deed)
	norm, country := x.withoutCountry(deed)
	own := x.knownAccusation(norm)
	if own == "" {
		return "", "", nil
	}
	text := x.paraWithout(para)
	for _, m := range x.world.members[accusationKind] {
		if m == own || sharesWordStem(placeholderless(m), placeholderless(norm)) || sharesWordStem(placeholderless(m), text) {
			continue
		}
		if country != "" {
			m = strings.ReplaceAll(m, "the country", country)
		}
		wrong = append(wrong, upperFirst(m))
	}
	if len(wrong) < 3 {
		return "", "", nil
	}
	q = "What did " + judge + " accuse " + accused + " of"
	if year != "" {
		q += " in " + year
	}
	q = tidyQuestion(reTitleBeforeName.ReplaceAllStringFunc(q+"?", upperFirst))
	return q, upperFirst(deed), wrong[:3]
}

// withoutCountry writes the country a deed names as "the country" (the
// list's placeholder: "acting to destroy Tajikistan's unity" is "acting
// to destroy the country's unity"), giving the spelling it replaced.
func (x *extractor) withoutCountry(deed string) (norm, country string) {
	for _, c := range x.world.members["country"] {
		for _, sp := range x.allSpellings(c) {
			re := regexp.MustCompile(`\b` + regexp.QuoteMeta(sp) + `\b`)
			if loc := re.FindStringIndex(deed); loc != nil {
				return re.ReplaceAllString(deed, "the country"), deed[loc[0]:loc[1]]
			}
		}
	}
	return deed, ""
}

// knownAccusation is the list's accusation (its first spelling) that the
// deed is, in any spelling; "" when none.
func (x *extractor) knownAccusation(deed string) string {
	d := strings.ToLower(deed)
	for _, m := range x.world.members[accusationKind] {
		for _, sp := range x.world.all[m] {
			if strings.ToLower(sp) == d {
				return m
			}
		}
	}
	return ""
}

// placeholderless drops the list's "the country" from an accusation, so
// that every choice may name the country and share no other word.
func placeholderless(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "the country's", ""), "the country", "")
}

// paraWithout is the paragraph without the countries it names: a wrong
// choice names the answer's country as the paragraph does.
func (x *extractor) paraWithout(para string) string {
	x.countryOnce.Do(func() {
		for _, c := range x.world.members["country"] {
			for _, sp := range x.allSpellings(c) {
				x.countryREs = append(x.countryREs, regexp.MustCompile(`\b`+regexp.QuoteMeta(sp)+`\b`))
			}
		}
	})
	for _, re := range x.countryREs {
		para = re.ReplaceAllString(para, "")
	}
	return para
}
