package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Warning items: what a visitor warned about. A sentence that says someone
// visited a place and "warned the president that <issue> could ..." asks
// which issue, and the distractors are the other issues of the kind the
// same paragraph lists ("Other human rights issues included arbitrary
// arrest; denial of the right to a fair trial; ..."): each is one the paper
// names, none is what the visitor warned about. It asks what a visit was
// about, not its date.

var (
	// reVisitWarned: "Secretary Clinton visited Tajikistan in October 2011,
	// warned the president that limitations on religious freedom could ..."
	reVisitWarned = regexp.MustCompile(`^((?:[A-Z][a-z]+ )?[A-Z][a-z]+) visited ([A-Z][a-z]+) ((?:in|on) [^,]*\d{4}),? (?:and )?(?:warned|cautioned) (the [a-z]+) that ([a-z][a-z ]+?) (?:could|would|might|may|will) `)
	// reIssuesIncluded: "Other human rights issues included A; B; C, and D"
	reIssuesIncluded = regexp.MustCompile(`^(?:Other |Further |The )?([a-z][a-z ]*? (?:issues|problems|concerns|abuses|violations)) (?:included|were|comprised) (.+)$`)
)

// warningQuizzes makes the warning items of the paper.
func (x *extractor) warningQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		t := para.Sentences[si].Text
		return strings.Contains(t, "warned") || strings.Contains(t, "cautioned")
	}, func(para *paper.Paragraph, si int, s string) {
		m := reVisitWarned.FindStringSubmatch(s)
		if m == nil {
			return
		}
		kind, issues := x.listedIssues(para)
		if kind == "" {
			return
		}
		answer := upperFirst(m[5])
		id := quizID(para.N, si, span{kind: "issue", text: answer}, para.Sentences[si].Text)
		var cands []string
		for _, is := range issues {
			if wordCount(is) > 8 || countIn(contentWords(is), contentWords(s)) > 0 {
				continue // said in the warning's own sentence: not wrong
			}
			cands = append(cands, upperFirst(is))
		}
		if len(cands) < 3 {
			return
		}
		rng := seeded(id, 1)
		rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
		q := "Which " + singular(kind) + " did " + m[1] + " warn " + m[4] + " about when visiting " + m[2] + " " + m[3] + "?"
		out = append(out, makeQuiz(id, q, answer, cands[:3], "issue", para, para.Sentences[si]))
	})
	return out
}

// listedIssues finds a sentence of para listing issues of one kind and
// returns the kind ("human rights issues") and the issues, "" when none.
func (x *extractor) listedIssues(para *paper.Paragraph) (string, []string) {
	for si := range para.Sentences {
		s, _ := x.plainSentence(para, si)
		m := reIssuesIncluded.FindStringSubmatch(s)
		if m == nil || !strings.Contains(m[2], ";") {
			continue // a list of issues is set off by semicolons
		}
		var out []string
		for _, part := range strings.Split(m[2], ";") {
			part = strings.TrimSpace(part)
			if i := strings.LastIndex(part, ", and "); i > 0 {
				out = append(out, strings.TrimSpace(part[:i]), strings.TrimSpace(part[i+len(", and "):]))
				continue
			}
			out = append(out, strings.TrimPrefix(part, "and "))
		}
		return m[1], out
	}
	return "", nil
}

// singular turns a plural kind ("human rights issues") into one.
func singular(kind string) string {
	return strings.TrimSuffix(kind, "s")
}

// Threat items: "Tajikistan faced ... dangers of terrorism and narcotics
// trafficking from Afghanistan" asks from which country, with countries
// the paper keeps naming as distractors: where a country's dangers came
// from, not when.
var reThreatFrom = regexp.MustCompile(`^([A-Z][a-z]+) faced .*?\b((?:[a-z]+ )?(?:dangers|threats|risks) of [a-z -]+?) from ([A-Z][a-z]+)$`)

// threatQuizzes makes the threat items of the paper.
func (x *extractor) threatQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		t := para.Sentences[si].Text
		return strings.Contains(t, " from ") && reThreatWord.MatchString(t) // the paper's words: "confronted", not "faced"
	}, func(para *paper.Paragraph, si int, s string) {
		m := reThreatFrom.FindStringSubmatch(s)
		if m == nil {
			return
		}
		if k, _ := x.world.kindOf(m[1]); k != "country" {
			return
		}
		if k, _ := x.world.kindOf(m[3]); k != "country" {
			return
		}
		q := "From which country did " + m[1] + " face " + m[2] + "?"
		id := quizID(para.N, si, span{kind: "country", text: m[3]}, para.Sentences[si].Text)
		wrong := x.countryDistractors(m[3], s, seeded(id, 1))
		if len(wrong) < 3 {
			return
		}
		out = append(out, makeQuiz(id, q, m[3], wrong, "country", para, para.Sentences[si]))
	})
	return out
}

var reThreatWord = regexp.MustCompile(`\b(?:dangers|threats|risks) of\b`)

// Dependence items: "The Tajik civil war left the country and the regime
// highly dependent upon Russia for its national and regime security" asks
// on which country, with countries the paper keeps naming as distractors.
var reLeftDependent = regexp.MustCompile(`^(The [A-Z][a-z]+ [a-z ]+?) left (the country|[A-Z][a-z]+)(?: and the [a-z]+)? (?:highly |heavily |very )?dependent (?:up)?on ([A-Z][a-z]+) for (its [a-z ]+)$`)

// dependenceQuizzes makes the dependence items of the paper.
func (x *extractor) dependenceQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		return strings.Contains(para.Sentences[si].Text, "dependent")
	}, func(para *paper.Paragraph, si int, s string) {
		m := reLeftDependent.FindStringSubmatch(s)
		if m == nil {
			return
		}
		if k, _ := x.world.kindOf(m[3]); k != "country" {
			return
		}
		who, ok := x.leftDependent(m)
		if !ok {
			return
		}
		q := "On which country did " + lowerFirst(m[1]) + " leave " + who + " highly dependent for " + m[4] + "?"
		id := quizID(para.N, si, span{kind: "country", text: m[3]}, para.Sentences[si].Text)
		wrong := x.countryDistractors(m[3], s, seeded(id, 1))
		if len(wrong) < 3 {
			return
		}
		out = append(out, makeQuiz(id, q, m[3], wrong, "country", para, para.Sentences[si]))
	})
	return out
}

// Discussion items: "In December 2002, President Rahmon made an official
// visit to the US, ... Discussions focused on A, B, and C" asks which issue
// the talks of that visit focused on (the shortest of A, B, C: a button's
// length; the stem without the visit's date, which would date other
// items), and the wrong ones are the areas another sentence of the
// paragraph lists ("To enhance cooperation in economy, trade and
// investment, science and technology, ..."), none sharing a word with A, B
// or C: what a visit was about, not its month.
var (
	reDiscussedOn = regexp.MustCompile(`^(?:The )?(?:[Dd]iscussions|[Tt]alks) (?:focused|centred|centered|concentrated) on (.+)$`)
	reVisitBefore = regexp.MustCompile(`^(?:In|On) ([^,]+), (.+?) (?:made|paid) an? (?:official |state )?visit to ([^,]+)`)
	reAreasList   = regexp.MustCompile(`\b(?:cooperation|cooperate|areas?|fields?) (?:in|on|such as) ([a-z][^.]+?)(?:,? etc\.?,|$)`)
)

// discussionQuizzes makes the discussion items of the paper.
func (x *extractor) discussionQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		return si > 0 && strings.Contains(para.Sentences[si].Text, "iscussions")
	}, func(para *paper.Paragraph, si int, s string) {
		m := reDiscussedOn.FindStringSubmatch(s)
		if m == nil {
			return
		}
		prev, ok := x.plainSentence(para, si-1)
		v := reVisitBefore.FindStringSubmatch(prev)
		if !ok || v == nil {
			return
		}
		topics := splitList(m[1])
		if len(topics) < 2 {
			return
		}
		answer := ""
		for _, t := range topics {
			if answer == "" || wordCount(t) < wordCount(answer) {
				answer = t
			}
		}
		all := strings.Join(topics, " ")
		var cands []string
		for k := range para.Sentences {
			if k == si {
				continue
			}
			o, _ := x.plainSentence(para, k)
			for _, a := range reAreasList.FindAllStringSubmatch(o, -1) {
				for _, t := range splitList(a[1]) {
					if wordCount(t) <= 5 && !sharesWordStem(t, all) {
						cands = append(cands, upperFirst(t))
					}
				}
			}
		}
		if len(cands) < 3 {
			return
		}
		answer = upperFirst(strings.TrimPrefix(answer, "the "))
		id := quizID(para.N, si, span{kind: "issue", text: answer}, para.Sentences[si].Text)
		rng := seeded(id, 1)
		rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
		// no date: a stem's month in the year of another item's answer dates it
		q := "Which issue did discussions focus on during " + v[2] + "'s official visit to " + v[3] + "?"
		out = append(out, makeQuiz(id, q, answer, cands[:3], "issue", para, para.Sentences[si]))
	})
	return out
}

// splitList splits "A, B, and C" into its items.
func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ", ") {
		part = strings.TrimSpace(strings.TrimPrefix(part, "and "))
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}

// leftDependent names who reLeftDependent's match m says was left
// dependent: "the country" is the one country its cause names, else the
// title's; false when neither names one.
func (x *extractor) leftDependent(m []string) (string, bool) {
	if m[2] != "the country" {
		return m[2], true
	}
	cs := x.countriesIn(m[1])
	if len(cs) != 1 {
		cs = x.countriesIn(x.p.Title)
	}
	if len(cs) == 0 {
		return "", false
	}
	_, who := x.world.kindOf(cs[0])
	return who, true
}
