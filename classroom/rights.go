package classroom

import (
	"regexp"
	"strings"
)

// Reaction items (the i10rights pass): how a side answered another
// government's use of its troops. "In another incident, when Tajik troops
// were sent to the nation's southern Badakshan region bordering
// Afghanistan in July 2012, the U.S. embassy publicly expressed concern
// about civilian deaths and called on the government to respect human
// rights, ..." asks "How did the U.S. respond when Tajik troops were sent
// to the Badakshan region in July 2012?" (It expressed concern about
// civilian deaths and called on the government to respect human rights).
// Every blind reader since blind49 missed the paper's theme of internal
// security and human rights; the act item asked only "What did the U.S.
// embassy do ...?" beside deeds of other years. The wrong choices:
//
//   - the same side's deed the paragraph contrasts this one with ("in
//     another incident"): "U.S. Special Forces gave strategic support to
//     Tajik government troops in repelling ... in the Rasht valley",
//     turned onto this episode (its place cut). A reader of the paper
//     knows which episode had which; a guesser sees a deed the side did;
//   - responses a state makes to such an operation, general knowledge
//     in world.txt's `state-response` kind (suspending aid, recalling its
//     ambassador), none sharing a word stem with the answer or the
//     paragraph, which a reader could take for the paper's.
//
// Each is "It <deed>", one deed, as the answer is. No item when the
// sentence names no place the list knows (the stem names it, "the
// nation's" alone says nothing), or when the deed is not a concern
// voiced with a call on the government.

const reactionKind = "reaction"

var (
	// reSentTo: "Tajik troops were sent to the nation's southern
	// Badakshan region bordering Afghanistan in July 2012".
	reSentTo = regexp.MustCompile(`^([A-Z][a-z]+ (?:government )?(?:troops|forces|soldiers)) were (sent|deployed|dispatched) to (.+) ((?:in|on) ` + actWhen + `)$`)
	// reConcernCall: "concern about civilian deaths and called on the
	// government to respect human rights, including ...": a concern and a
	// call, each cut at the first clause that adds to it.
	reConcernCall = regexp.MustCompile(`^((?:concern|alarm) (?:about|over|at) [a-z][a-z -]*?) and (?:called on|urged) the (government|authorities) to (respect [a-z][a-z -]*?)(?:,| and |$)`)
	// reAnotherIncident: the sentence tells a second episode, set against
	// one told before it.
	reAnotherIncident = regexp.MustCompile(`^In (?:another|a different|a separate|a second) (?:incident|episode|case)\b`)
	// rePlaceTail: a deed's trailing place ("... in the Rasht valley").
	rePlaceTail = regexp.MustCompile(` in (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)*(?: (?:valley|region|province|district|area))?$`)
	// reGerundTail: what a deed was done in ("... in repelling an
	// attempted Islamist militant operation"), cut so the contrasted deed
	// is one deed of the answer's length.
	reGerundTail = regexp.MustCompile(` in [a-z]+ing\b.*$`)
	// rePlaceHead: the noun a place's name heads ("Badakshan region").
	rePlaceHead = regexp.MustCompile(`^ (valley|region|province|district)\b`)
)

// placeOf names the place a phrase holds as "the <Name> <noun>" ("the
// nation's southern Badakshan region bordering Afghanistan" is "the
// Badakshan region"), in the paper's spelling; "" when the phrase holds
// no region or valley the list knows.
func (x *extractor) placeOf(phrase string) string {
	for _, kind := range x.world.kindsWith("region-", "valley-") {
		for _, m := range x.world.members[kind] {
			for _, sp := range x.world.all[m] {
				is := wordIndexes(phrase, sp)
				if len(is) == 0 {
					continue
				}
				name := phrase[is[0] : is[0]+len(sp)]
				if h := rePlaceHead.FindStringSubmatch(phrase[is[0]+len(sp):]); h != nil && !strings.HasSuffix(strings.ToLower(name), " "+h[1]) {
					return "the " + name + " " + h[1]
				}
				if rePlaceHead.MatchString(" " + name[strings.LastIndex(name, " ")+1:]) {
					return "the " + name
				}
				return name
			}
		}
	}
	return ""
}

// reaction is the reaction item's stem, answer, the contrasted deed of
// act a as a wrong choice and what was cut from it (see notPlaceOf); ""
// when a makes none.
func (x *extractor) reaction(a act, all []act) (q, answer, contrast, cut string) {
	if a.part || !strings.HasPrefix(a.stem, "when ") {
		return "", "", "", ""
	}
	s, _ := x.plainSentence(a.para, a.si)
	m := reActWhenClause.FindStringSubmatch(s)
	if m == nil || m[5] != "expressed" {
		return "", "", "", ""
	}
	ev := reSentTo.FindStringSubmatch(m[1])
	c := reConcernCall.FindStringSubmatch(m[6])
	if ev == nil || c == nil {
		return "", "", "", ""
	}
	place := x.placeOf(ev[3])
	if place == "" {
		return "", "", "", ""
	}
	side := reMission.ReplaceAllString(a.subject, "")
	q = "How did " + side + " respond when " + ev[1] + " were " + ev[2] + " to " + place + " " + ev[4] + "?"
	// the first deed only, as a message keeps its first call (message.go):
	// the call to respect human rights is another item's wrong choice
	// (Rice's message), which would state this answer
	answer = "It expressed " + c[1]
	if !reAnotherIncident.MatchString(s) {
		return q, answer, "", ""
	}
	// the side's deed told before it in the paragraph, turned onto this
	// episode: its own place cut
	for _, b := range all {
		if b.para == a.para && b.si < a.si && b.actor == a.actor {
			contrast, cut = "It "+lowerFirst(reGerundTail.ReplaceAllString(rePlaceTail.ReplaceAllString(b.pred, ""), "")), b.para.Sentences[b.si].Text
			cut += "\x00" + rePlaceTail.FindString(b.pred)
		}
	}
	return q, answer, contrast, cut
}

// notPlaceOf leaves out of prior the items asking where the contrasted
// deed was done (cut is its sentence and the place cut from it, joined by
// a NUL): the contrast, its place cut, tells them nothing ("In which
// valley did U.S. Special Forces give strategic support ...?" Rasht
// valley).
func notPlaceOf(prior []Quiz, cut string) *priorItems {
	sent, tail, _ := strings.Cut(cut, "\x00")
	var out []Quiz
	for _, p := range prior {
		if p.Sentence == sent && p.Kind == "place" && containsWord(tail, p.Choices[p.Answer]) {
			continue
		}
		out = append(out, p)
	}
	return &priorItems{qs: out}
}

// reactionQuizzesOf makes the reaction items, none of whose wrong choices
// gives away an item of pi.
func (x *extractor) reactionQuizzesOf(pi *priorItems) []Quiz {
	all := x.acts()
	var out []Quiz
	for _, a := range all {
		q, answer, contrast, cut := x.reaction(a, all)
		if q == "" {
			continue
		}
		para := x.paraWithout(x.plainParagraph(a.para))
		var wrong, list []string
		if np := notPlaceOf(pi.qs, cut); contrast != "" && !optionGivesAway(contrast, np.qs, np.targets()) {
			wrong = append(wrong, contrast)
		}
		for _, r := range x.world.members["state-response"] {
			c := "It " + r
			if sharesWordStem(r, answer) || sharesWordStem(r, para) || optionGivesAway(c, pi.qs, pi.targets()) {
				continue
			}
			list = append(list, c)
		}
		sent := a.para.Sentences[a.si]
		id := quizID(a.para.N, a.si, span{kind: reactionKind, text: answer}, sent.Text)
		rng := seeded(id, 1)
		rng.Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
		wrong = append(wrong, list...)
		if len(wrong) < 3 {
			continue
		}
		x.spare(id, wrong[3:])
		out = append(out, makeQuiz(id, q, answer, wrong[:3], reactionKind, a.para, sent))
	}
	return out
}
