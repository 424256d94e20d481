package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Speech items: what a leader called something in a speech. "On November
// 2002, President Rahmon participated for the first time in a NATO summit
// meeting. In his speech, he stressed that participation in the PFP
// program was considered one of the fundamentals in Tajik foreign policy"
// asks "In his speech at his first NATO summit meeting, what did
// President Rahmon call participation in the NATO program Tajikistan had
// joined earlier that year?", and the wrong choices are the roles the
// paper gives OTHER things ("an instrument for Tajikistan to reach out to
// the world": the coalition; "a reward for its support in the war on
// terror": the arms; "a counterweight to Russia's influence": what
// America provided), each a role a policy could have. A student who read
// the paper knows which thing had which role; one who did not sees four
// things a leader could call a partnership.
//
// The roles are given to things, never to a side ("Tajikistan served as
// an alternative route", "America was the largest bilateral donor": an
// actor's role, which no policy could have), none from a sentence naming
// the thing, none sharing a word with the answer, none of the answer's
// sense (a main, key or fundamental part of something, as "one of the
// fundamentals": "the main strategy of Tajikistan" beside it leaves a
// reader who knows the paper to split hairs), none giving away an item of
// prior; first those of the answer's section or country, then the rest.
// Where the thing's own name is another item's answer ("the PFP program"
// beside "Which NATO programme did Tajikistan commit to joining?"), the
// stem names it by the joining its paragraph tells before the speech
// ("Tajikistan formally joined, in February 2002, the PFP program": "the
// NATO program Tajikistan had joined earlier that year"), else by whose
// it is ("NATO's program"), which a reader finds vague.

var (
	// reSpeechThat: "In his speech, he stressed that participation in the
	// PFP program was considered one of the fundamentals in Tajik foreign
	// policy".
	reSpeechThat = regexp.MustCompile(`^In (?:his|her) speech, (?:he|she) (?:stressed|said|declared|noted|emphasi[sz]ed|underlined) that (.+?) (?:was|is|were|are) (?:considered |seen as |regarded as )?((?:one of the|an?|the) .+)$`)
	// reFirstTook: the occasion, the sentence before: "On November 2002,
	// President Rahmon participated for the first time in a NATO summit
	// meeting".
	reFirstTook = regexp.MustCompile(`^(?:On|In) (` + actWhen + `), ((?:President|Prime Minister|Secretary|King) [A-Z][a-z]+) (?:participated|took part|spoke) (for the first time )?(?:in|at) (?:an?|the) ([A-Z][\w-]*(?: [a-z]+)+)$`)
	// Roles the paper gives things: "X became an instrument for ...",
	// "Since ..., the main strategy of Tajikistan has been ...", "... as a
	// reward for its support in the war on terror".
	reRoleBecame = regexp.MustCompile(`^(.+?) became ((?:one of the|an?|the) [a-z][^,;]*)`)
	reRoleIs     = regexp.MustCompile(`^(?:Since [^,]+, )?((?:[Tt]he) (?:main|key|chief|principal|central) [a-z]+ (?:of|in) [^,;]+?) (?:has been|had been|was|is) `)
	reRoleAs     = regexp.MustCompile(`^(.+?) as ((?:an?|the) [a-z]+(?: [a-z]+)? (?:for|in|of|to) [^,;]+)$`)
	// reRoleProvided: what a side provided another, a thing: "America
	// provided Tajikistan a counterweight to Russia's influence and
	// focused on democratization".
	reRoleProvided = regexp.MustCompile(`^(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)* )?provided (?:to )?(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)* )?(?:with )?(an? [a-z]+ (?:to|for|against) [^,;]+?)(?: and [a-z]+ .*)?$`)
	// reOneSense: a role making its holder a main, key or fundamental part
	// of something ("one of the fundamentals in Tajik foreign policy",
	// "the main strategy of Tajikistan", "the basis for ...").
	reOneSense = regexp.MustCompile(`(?i)\b(?:main|key|chief|principal|central|core|primary|foremost|fundamentals?|basic|basis|bases|foundations?|cornerstones?|pillars?|priority|priorities|essentials?)\b`)
	// reJoined: a side joining a thing: "Tajikistan formally joined, in
	// February 2002, the PFP program as the last of the states ...".
	reJoined = regexp.MustCompile(`^(?:[^,]+, )?([A-Z][\w.-]*(?: [A-Z][\w.-]*)?) (?:formally |officially |then |later |finally )*joined\b(.*)$`)
	// reRoleCut ends a role before a clause that adds to it.
	reRoleCut = regexp.MustCompile(`(?:,| which| and (?:this|that|it)\b).*$`)
	// reAcronymWord: a name written in capitals ("PFP", "ABC").
	reAcronymWord = regexp.MustCompile(`\b[A-Z]{2,}\b`)
)

// role is what the paper says a thing was.
type role struct {
	para *paper.Paragraph
	si   int
	text string // "an instrument for Tajikistan to reach out to the world"
}

// roles finds every role the body gives a thing, in paper order.
func (x *extractor) roles() []role {
	var out []role
	x.bodySentences(x.plainHas(" became ", "main ", "key ", "chief ", "principal ", "central ", " as ", " provided "), func(para *paper.Paragraph, si int, s string) {
		add := func(holder, r string) {
			r = strings.TrimSpace(reRoleCut.ReplaceAllString(r, ""))
			if n := wordCount(r); n < 3 || n > 12 {
				return
			}
			if holder != "" && x.sideHolds(holder) {
				return
			}
			out = append(out, role{para: para, si: si, text: r})
		}
		if m := reRoleBecame.FindStringSubmatch(s); m != nil {
			add(m[1], m[2])
		}
		if m := reRoleIs.FindStringSubmatch(s); m != nil {
			add("", m[1])
		}
		if m := reRoleAs.FindStringSubmatch(s); m != nil {
			add(m[1], m[2])
		}
		if m := reRoleProvided.FindStringSubmatch(s); m != nil {
			add("", m[1]) // the thing provided holds it, not the side
		}
	})
	return out
}

// sideHolds: the role goes to a side, not a thing: the words before the
// role are a side and its verb ("Tajikistan served as"), a pronoun that
// may stand for one ("It became"), or a side itself.
func (x *extractor) sideHolds(holder string) bool {
	if i := strings.LastIndex(holder, ", "); i >= 0 {
		holder = holder[i+2:] // "Though most ... Afghanistan, Tajikistan served"
	}
	f := strings.Fields(holder)
	switch strings.ToLower(f[0]) {
	case "it", "he", "she", "they":
		return len(f) <= 2
	}
	a := x.actorOf(holder)
	if a == "" {
		return false
	}
	return len(f) <= 3 || x.namesSide(holder, a)
}

// speechQuizzes makes the speech items: one for each leader's speech that
// calls a thing a role, on the occasion the sentence before names, with
// three roles of other things.
func (x *extractor) speechQuizzes(prior []Quiz) []Quiz {
	return x.speechQuizzesOf(&priorItems{qs: prior})
}

// speechQuizzesOf is speechQuizzes on prior items whose words may have
// been found already.
func (x *extractor) speechQuizzesOf(pi *priorItems) []Quiz {
	prior := pi.qs
	var out []Quiz
	var rs []role
	x.bodySentences(x.plainHas("speech"), func(para *paper.Paragraph, si int, s string) {
		m := reSpeechThat.FindStringSubmatch(s)
		if m == nil || si == 0 {
			return
		}
		before, _ := x.plainSentence(para, si-1)
		o := reFirstTook.FindStringSubmatch(reParenthesis.ReplaceAllString(before, ""))
		if o == nil {
			return
		}
		thing, answer := m[1], upperFirst(strings.TrimSpace(reRoleCut.ReplaceAllString(m[2], "")))
		if strings.HasPrefix(strings.ToLower(answer), "considered ") {
			return
		}
		if o[3] == "" {
			return // "at a NATO summit meeting" names no one occasion
		}
		occasion := "at his first " + o[4]
		named := x.namedIn(thing)
		joined := func(acronym, noun, org string) string { return x.joinedName(para, si, acronym, noun, org, o[1]) }
		orig := thing
		if thing = x.ownerForName(thing, o[4], prior, joined); thing == "" {
			return
		}
		// the name written out, should no item ask it (nameUnasked):
		// "participation in NATO's Partnership for Peace, which
		// Tajikistan had joined earlier that year"
		var unasked, name string
		if thing != orig {
			clause := func(a string) string {
				if side, earlier := x.joining(para, si, a, o[1]); side != "" {
					return ", which " + side + " had joined" + earlier
				}
				return ""
			}
			if full, n := x.spelledOut(orig, thing, reAcronymWord.FindString(o[4]), clause); full != "" {
				unasked, name = "In his speech "+occasion+", what did "+o[2]+" call "+full+"?", n
			}
		}
		// no month: "November 2002" would date another item's answer
		// ("January 2002"), and the first summit is the occasion
		q := "In his speech " + occasion + ", what did " + o[2] + " call " + thing + "?"
		if rs == nil {
			rs = x.roles()
		}
		priorWords := pi.targets()
		country := x.actorOf(answer)
		var near, far []string
		seen := map[string]bool{strings.ToLower(answer): true}
		for _, r := range rs {
			text := upperFirst(r.text)
			if r.para == para && r.si == si || seen[strings.ToLower(text)] || sharesWord(text, answer) || oneSense(answer, text) || names(x.plainOf(r.para, r.si), named) {
				continue
			}
			if optionGivesAway(text, prior, priorWords) || stemAsksHolder(text, priorWords) {
				continue
			}
			seen[strings.ToLower(text)] = true
			if r.para.Section == para.Section || country != "" && x.actorOf(text) == country {
				near = append(near, text)
			} else {
				far = append(far, text)
			}
		}
		wrong := append(near, far...)
		if len(wrong) < 3 {
			return
		}
		sent := para.Sentences[si]
		id := quizID(para.N, si, span{kind: "speech", text: answer}, sent.Text)
		sq := makeQuiz(id, q, answer, wrong[:3], "speech", para, sent)
		sq.unasked, sq.name = unasked, name
		out = append(out, sq)
	})
	return out
}

// namedIn: the names a phrase writes in capitals ("PFP") with their
// expansions ("Partnership for Peace"): a sentence naming one speaks of
// the same thing.
func (x *extractor) namedIn(thing string) []string {
	var out []string
	for _, a := range reAcronymWord.FindAllString(thing, -1) {
		out = append(out, a)
		for _, t := range x.gloss.terms {
			if strings.EqualFold(t.Acronym, a) && t.Expansion != "" {
				out = append(out, t.Expansion)
			}
		}
	}
	return out
}

// oneSense: role and answer both make their holder a main, key or
// fundamental part of something: of one sense, however their words
// differ.
func oneSense(answer, role string) bool {
	return reOneSense.MatchString(answer) && reOneSense.MatchString(role)
}

// joinedName names a thing called by its acronym (noun: "program") by the
// side that joined it, as a sentence of para before si tells ("Tajikistan
// formally joined, in February 2002, the PFP program"): "the NATO program
// Tajikistan had joined", with "earlier that year" when the joining's
// year is that of when (the occasion's "November 2002") and its month, if
// both give one, before; "" when no such sentence.
func (x *extractor) joinedName(para *paper.Paragraph, si int, acronym, noun, org, when string) string {
	side, earlier := x.joining(para, si, acronym, when)
	if side == "" {
		return ""
	}
	return "the " + org + " " + noun + " " + side + " had joined" + earlier
}

// joining is the side that joined the thing called acronym, as a sentence
// of para before si tells, and " earlier that year" when the joining's
// year is that of when and its month, if both give one, before; "" when
// no such sentence.
func (x *extractor) joining(para *paper.Paragraph, si int, acronym, when string) (side, earlier string) {
	forms := x.namedIn(acronym)
	for j := si - 1; j >= 0; j-- {
		s, _ := x.plainSentence(para, j)
		m := reJoined.FindStringSubmatch(s)
		if m == nil || x.actorOf(m[1]) == "" || !names(m[2], forms) {
			continue
		}
		jm, jy := monthYearOf(s)
		om, oy := monthYearOf(when)
		if jy != "" && jy == oy && (jm == 0 || om == 0 || jm < om) {
			earlier = " earlier that year"
		}
		return m[1], earlier
	}
	return "", ""
}

// spelledOut is thing with its name in capitals ("the PFP program")
// written out as its organisation's ("NATO's Partnership for Peace"),
// with after(acronym) behind it (", which Tajikistan had joined earlier
// that year"), and the name written out; only a name the stem that
// describes it (described: "NATO's program") left out; "" when thing
// holds no such name the glossary expands.
func (x *extractor) spelledOut(thing, described, org string, after func(acronym string) string) (string, string) {
	for _, a := range reAcronymWord.FindAllString(thing, -1) {
		forms := x.namedIn(a)
		if len(forms) < 2 || a == org || containsWord(described, a) {
			continue
		}
		name := forms[1]
		if i := strings.Index(thing, "the "+a+" "); i >= 0 && org != "" {
			rest := thing[i+len("the "+a+" "):]
			_, tail, _ := strings.Cut(rest, " ") // the noun ("program") goes
			clause := ""
			if after != nil {
				clause = after(a)
			}
			return strings.TrimSpace(thing[:i] + org + "'s " + name + clause + " " + tail), name
		}
		if containsWord(thing, a) {
			return strings.Replace(thing, a, name, 1), name
		}
	}
	return "", ""
}

// monthYearOf: the first month (0 if none) and year a text gives.
func monthYearOf(s string) (int, string) {
	if m := reMY.FindStringSubmatch(s); m != nil {
		return monthNumber(m[1]), m[2]
	}
	return 0, reYear.FindString(s)
}

// ownerForName: thing, with a name in capitals that is (or expands to)
// the answer of an item of prior written by the joining its paragraph
// tells (joined, given the acronym, the noun after it and the occasion's
// organisation: "the PFP program" -> "the NATO program Tajikistan had
// joined earlier that year"), else as the organisation of the occasion's
// ("NATO's program"), else as it is; "" when no organisation can stand
// for it.
func (x *extractor) ownerForName(thing, event string, prior []Quiz, joined func(acronym, noun, org string) string) string {
	for _, a := range reAcronymWord.FindAllString(thing, -1) {
		forms := x.namedIn(a)
		asked := false
		for _, p := range prior {
			ans := p.Choices[p.Answer]
			for _, f := range forms {
				asked = asked || containsWord(ans, f)
			}
		}
		if !asked {
			continue
		}
		org := reAcronymWord.FindString(event)
		if org == "" || org == a {
			return ""
		}
		name := org + "'s "
		if i := strings.Index(thing, "the "+a+" "); i >= 0 && joined != nil {
			rest := thing[i+len("the "+a+" "):]
			noun, after, _ := strings.Cut(rest, " ")
			if j := joined(a, noun, org); j != "" {
				thing = thing[:i] + j + strings.TrimSuffix(" "+after, " ")
				continue
			}
		}
		thing = strings.Replace(thing, "the "+a+" ", name, 1)
		if containsWord(thing, a) {
			return ""
		}
	}
	return thing
}

// stemAsksHolder: an item of prior asks what holds the role ("What did
// the U.S. concentrate on as the key issue in security cooperation?"): a
// student who answered it strikes the role here without the paper. pw
// are prior's stem-and-answer words (priorItems.targets).
func stemAsksHolder(role string, pw []itemWords) bool {
	rw := optionWords(role)
	for _, p := range pw {
		qw := p.target
		all := len(rw) > 0
		for w := range rw {
			all = all && qw[w]
		}
		if all {
			return true
		}
	}
	return false
}
