package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Message items: what an envoy told a country on a visit. "During the
// visit of Condoleezza Rice to Tajikistan in October 2005, she told
// Tajikistan of the need for democratic development to continue ..."
// asks "What did Condoleezza Rice do during her visit to Tajikistan in
// October 2005?", and the wrong choices are what the paper says OTHER
// speakers of the same side called for, praised or stressed on other
// occasions ("Called for freedom of the press to be respected": Clinton,
// 2011; "Called on the government to respect human rights, including
// those of prisoners": the embassy, 2012; "Praised Rahmon for his stand
// in the international fight against terrorism": Bush, 2002), each a
// message that side's envoy could have brought. A student who read the
// paper knows who said what; one who did not sees four things a US
// Secretary of State could say in Dushanbe. The act item on the same
// visit offered other deeds (the ABC's signing, the embargo's lifting),
// each another item's stem, and went (see giveaway.go).
//
// Each message keeps its first call ("the need for democratic development
// to continue", not "... and for elections to be free"): the wrong
// choices are single calls, and the longest option is not the answer.

var (
	// reSpeech: a verb reporting what a side said to another, at a
	// clause's start.
	reSpeech = regexp.MustCompile(`\b(?:told|called for|called on|urged|praised|thanked|warned|stressed|raised|demanded)\b`)
	// reCallFirst: a message that asks for something, like the answer;
	// these are wrong choices before praise or warnings.
	reCallFirst = regexp.MustCompile(`^(?:Told|Called|Urged|Demanded)\b`)
	// reMessageCut ends a message at its first call or before a clause
	// that adds to it ("..., and to respect press freedom", "... and for
	// elections to be free", ", calling Tajikistan a solid partner").
	reMessageCut = regexp.MustCompile(`(?:,? and (?:to|for) |, (?:calling|which|who|where)\b|;).*$`)
	// reClauseTail: the join before the next clause's verb.
	reClauseTail = regexp.MustCompile(`(?:,? and|,)\s*$`)
)

// message is one thing a side said, as a past-tense verb phrase.
type message struct {
	para  *paper.Paragraph
	si    int
	actor string
	pred  string
}

// messages finds every reported message of the body, in paper order: each
// clause from a speech verb to the next, cut to its first call.
func (x *extractor) messages() []message {
	var out []message
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		return reSpeech.MatchString(x.plainOf(para, si))
	}, func(para *paper.Paragraph, si int, s string) {
		locs := reSpeech.FindAllStringIndex(s, -1)
		for k, loc := range locs {
			end := len(s)
			if k+1 < len(locs) {
				end = locs[k+1][0]
			}
			clause := reClauseTail.ReplaceAllString(s[loc[0]:end], "")
			clause = strings.TrimSpace(reMessageCut.ReplaceAllString(clause, ""))
			pred := upperFirst(clause)
			if n := wordCount(pred); n < 4 || n > 16 {
				continue
			}
			out = append(out, message{para: para, si: si, actor: x.speakerOf(s[:loc[0]]), pred: pred})
		}
	})
	return out
}

// speakerOf is the side whose speech verb ends before: the one its own
// clause names ("In another incident, when Tajik troops were sent ..., the
// U.S. embassy ... called on"), else the first before it ("Secretary
// Clinton visited ..., warned ..., and called for").
func (x *extractor) speakerOf(before string) string {
	if i := strings.LastIndex(before, ", "); i >= 0 {
		if a := x.actorOf(before[i+2:]); a != "" {
			return a
		}
	}
	return x.actorOf(before)
}

// messageQuizzes makes the message items: one for each envoy's visit
// whose deed is a message, with three messages of the same side from
// other sentences, none naming the envoy, none sharing a word with the
// answer, none about a thing set up after the visit's year, and none
// giving away an item of prior.
func (x *extractor) messageQuizzes(prior []Quiz) []Quiz {
	return x.messageQuizzesOf(&priorItems{qs: prior})
}

// messageQuizzesOf is messageQuizzes on prior items whose words may have
// been found already.
func (x *extractor) messageQuizzesOf(pi *priorItems) []Quiz {
	prior := pi.qs
	all := x.acts()
	founded := x.founded(all)
	msgs := x.messages()
	var out []Quiz
	for _, a := range all {
		if !askedAsMessage(a) {
			continue
		}
		answer := strings.TrimSpace(reMessageCut.ReplaceAllString(a.pred, ""))
		var calls, others []string
		seen := map[string]bool{strings.ToLower(answer): true}
		for _, m := range msgs {
			if m.para == a.para && m.si == a.si || m.actor != a.actor || seen[strings.ToLower(m.pred)] {
				continue
			}
			if sharesWord(m.pred, answer) || names(m.para.Sentences[m.si].Text, x.allSpellings(a.subject)) || beforeFounded(m.pred, actYear(a), founded) {
				continue
			}
			seen[strings.ToLower(m.pred)] = true
			if reCallFirst.MatchString(m.pred) {
				calls = append(calls, m.pred)
			} else {
				others = append(others, m.pred)
			}
		}
		sent := a.para.Sentences[a.si]
		id := quizID(a.para.N, a.si, span{kind: "message", text: answer}, sent.Text)
		q := "What did " + a.subject + " do " + a.stem + "?"
		priorWords := pi.targets()
		var wrong []string
		for _, c := range append(calls, others...) {
			if optionGivesAway(c, prior, priorWords) {
				continue
			}
			wrong = append(wrong, c)
			if len(wrong) == 3 {
				break
			}
		}
		if len(wrong) < 3 {
			continue
		}
		out = append(out, makeQuiz(id, q, answer, wrong, "message", a.para, sent))
	}
	return out
}

// optionGivesAway: the wrong option c states the answer of an item of
// prior or the fact its stem asks about (see givesAwayItem); pw are
// prior's words (wordsOf), found once for every option tried.
func optionGivesAway(c string, prior []Quiz, pw []itemWords) bool {
	trial := Quiz{Choices: [4]string{"", c, "", ""}}
	tw := itemWords{options: [4]map[string]bool{{}, optionWords(c), {}, {}}}
	for i, p := range prior {
		if _, ok := givesAwayWords(trial, p, tw, pw[i]); ok {
			return true
		}
	}
	return false
}

// priorItems are the items made before a later understanding item, with
// their stem-and-answer words found once, on first use, for every later
// generator.
type priorItems struct {
	qs    []Quiz
	words []itemWords
}

// targets are the items' stem-and-answer words (only those are asked by
// givesAwayWords).
func (pi *priorItems) targets() []itemWords {
	for len(pi.words) < len(pi.qs) {
		p := pi.qs[len(pi.words)]
		pi.words = append(pi.words, itemWords{target: optionWords(p.Question + " " + p.Choices[p.Answer])})
	}
	return pi.words
}

// with is pi and more after it, the words found so far kept.
func (pi *priorItems) with(more []Quiz) *priorItems {
	qs := append(append(make([]Quiz, 0, len(pi.qs)+len(more)), pi.qs...), more...)
	return &priorItems{qs: qs, words: append([]itemWords(nil), pi.words...)}
}
