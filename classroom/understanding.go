package classroom

import (
	"strings"

	"paperbot/paper"
)

// understandingQuizzes gathers the items that ask what a sentence says
// aid was for, what one side put first, what the paper calls the key
// event, or what an event left a country depending on another for
// (purpose.go, keyissue.go, keyevent.go, reliance.go), in that order. rs
// are the paper's stated causes (see reasons).
func (x *extractor) understandingQuizzes(rs []reason) []Quiz {
	focus := x.focusAreas()
	out := append(append(append(x.purposeQuizzes(focus), x.keyIssueQuizzes(rs, focus)...), x.keyEventQuizzes()...), x.relianceQuizzes()...)
	// the twelfth pass's (see commitment.go)
	return append(out, x.commitmentQuizzes(out)...)
}

// laterUnderstanding gathers the thirteenth, fourteenth and sixteenth
// passes' items, which pick their wrong choices so that none gives away an
// item of prior (the items made before them): what an envoy said on a
// visit (message.go), what a leader called a thing in a speech
// (speech.go); then what one country bought from another (trade.go); then
// how long a side took to return another's step, and how long one of a
// group took to do what the rest had done (sequence.go); then, the
// seventeenth pass's, a key area of a partnership (areas.go); then how a
// side resolved its war (settlement.go).
func (x *extractor) laterUnderstanding(prior []Quiz) []Quiz {
	pi := &priorItems{qs: prior}
	msgs := x.messageQuizzesOf(pi)
	pi = pi.with(msgs)
	// the i10rights pass's: how a side responded to another government's
	// troops (rights.go), after the messages, none of whose choices it
	// may give away
	react := x.reactionQuizzesOf(pi)
	pi = pi.with(react)
	msgs = append(msgs, react...)
	// the i10since pass's: what a side did once another's forces had
	// left a place (since.go), after the reaction it may not give away
	since := x.sinceQuizzesOf(pi)
	pi = pi.with(since)
	msgs = append(msgs, since...)
	speech := x.speechQuizzesOf(pi)
	pi = pi.with(speech)
	// the i10trade pass's: which way a trade leaned, before the goods
	// that went each way (trade.go)
	trade := append(x.tradeBalanceQuizzes(), x.tradeQuizzesOf(pi)...)
	out := append(append(msgs, speech...), trade...)
	seq := x.sequenceQuizzes()
	before := append(append(append(make([]Quiz, 0, len(prior)+len(out)+len(seq)+1), prior...), out...), seq...)
	late := x.lateQuizzes(before)
	// the seventeenth pass's: a key area of a partnership (areas.go)
	areas := x.areaQuizzesOf(&priorItems{qs: append(before, late...)})
	// the i10new pass's: how a side resolved its war (settlement.go)
	out = append(append(append(append(out, seq...), late...), areas...), x.settlementQuizzes()...)
	// the i10accuse pass's: what a leader accused a foreign body of
	// (accusation.go)
	out = append(out, x.accusationQuizzes()...)
	// the i10plan pass's: what a side wanted to open in a place
	// (plan.go), none of whose wrong choices names or tells an item before
	out = append(out, x.planQuizzesOf(&priorItems{qs: append(append(before, late...), out...)})...)
	// the i10abc pass's: what a side set up with its partners
	// (framework.go), none of whose wrong choices names or tells an item
	// before
	out = append(out, x.frameworkQuizzesOf(&priorItems{qs: append(append(before, late...), out...)})...)
	// the i10route pass's: what part a side played on a route another
	// carried most of (route.go), none of whose wrong choices names or
	// tells an item before
	return append(out, x.routeQuizzesOf(&priorItems{qs: append(append(before, late...), out...)})...)
}

// plainHas is a bodySentences filter: the sentence in plain English (as
// body renders it, cached) holds one of words. Most sentences are then
// never rendered again.
func (x *extractor) plainHas(words ...string) func(*paper.Paragraph, int) bool {
	return func(para *paper.Paragraph, si int) bool {
		s := x.plainOf(para, si)
		for _, w := range words {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
}

// notAsked leaves out the causes whose sentence an understanding item
// asks about: as a why-item's wrong choice ("To guarantee that the Tajik
// army was well prepared to conduct counter-narcotics operations" beside
// "Why did the U.S. and Tajikistan agree on non-lethal supplies?") the
// cause would hand that item its answer.
func notAsked(rs []reason, asked []Quiz) []reason {
	src := map[string]bool{}
	for _, q := range asked {
		src[q.Sentence] = true
	}
	var out []reason
	for _, r := range rs {
		if !src[r.para.Sentences[r.si].Text] {
			out = append(out, r)
		}
	}
	return out
}
