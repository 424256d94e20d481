package classroom

import (
	"fmt"
	"strings"
)

// Give-aways between items: a wrong option must never state another
// item's answer or the fact another item's stem asks about. "Agreed on
// non-lethal supplies to support military operations of NATO ..." offered
// as a wrong deed of Rice's 2005 visit hands a student the answer of "Why
// did the U.S. and Tajikistan agree on non-lethal supplies?"; "Lifted an
// eight-year-old arms sales embargo" repeats the stem of "When did the US
// lift ...?", which the student can then rule out by its date.

// optionWords are an option's content words cut to a common root, so that
// "signed" meets "sign" and "agreed" meets "agree".
func optionWords(s string) map[string]bool {
	out := map[string]bool{}
	for w := range contentWords(strings.ReplaceAll(s, "-", " ")) {
		for _, suf := range []string{"ing", "ed", "es", "e"} {
			if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
				w = strings.TrimSuffix(w, suf)
				break
			}
		}
		if len(w) > 6 {
			w = w[:6]
		}
		out[w] = true
	}
	return out
}

// givesAwayItem returns a's wrong option that states b's answer or the
// fact b's stem asks about: b's answer itself (not a year, a sum or a
// span of time, one of a pool), or, for an option of four content words or more, half of
// them (three at least) in b's stem and answer.
func givesAwayItem(a, b Quiz) (string, bool) {
	return givesAwayWords(a, b, wordsOf(a), wordsOf(b))
}

// itemWords are an item's words for givesAwayItem, found once: each
// option's (optionWords) and its stem's with its answer's.
type itemWords struct {
	options [4]map[string]bool
	target  map[string]bool
}

func wordsOf(q Quiz) itemWords {
	var w itemWords
	for i, o := range q.Choices {
		w.options[i] = optionWords(o)
	}
	w.target = optionWords(q.Question + " " + q.Choices[q.Answer])
	return w
}

func givesAwayWords(a, b Quiz, aw, bw itemWords) (string, bool) {
	if a.ID == b.ID && a.Question == b.Question {
		return "", false
	}
	bAns := b.Choices[b.Answer]
	for i, o := range a.Choices {
		if i == a.Answer {
			continue
		}
		if strings.EqualFold(o, bAns) && !recallItem(b) && b.Kind != "sequence" {
			// a year or a sum is one of a pool, not a fact; so is a span
			// ("More than ten years later", sequence.go)
			return o, true
		}
		ow := aw.options[i]
		if len(ow) < 4 && !(len(ow) == 3 && deedOption(o)) {
			// "Human rights and freedoms": a topic, not a fact; a deed of
			// three content words is one ("Recognising Tajikistan as an
			// independent nation" beside "In which year did the US
			// recognise Tajikistan as an independent nation?")
			continue
		}
		if n := countIn(ow, bw.target); n >= 3 && 2*n >= len(ow) {
			return o, true
		}
	}
	return "", false
}

// deedOption: an option told as a deed, its first word a gerund
// ("Recognising ...", "Opening ...").
func deedOption(o string) bool {
	i := strings.IndexByte(o, ' ')
	return i > 3 && strings.HasSuffix(o[:i], "ing")
}

// recallItem: an item asking a bare date, figure or name token, weaker
// than one asking what an act was or why.
func recallItem(q Quiz) bool {
	switch q.Kind {
	case "year", "date", "amount", "number", "place", "rank":
		return true
	}
	return bareRank(q) > 0
}

// dropGiveaways drops, of each pair where one item's wrong option gives
// the other away, the weaker: first every item whose options give away an
// item that asks more than recall, or two items (its option set is made of
// the others' facts and cannot be mended without them: Rice's 2005 visit
// offered the ABC's signing, the embargo's lifting and the non-lethal
// supplies, each another item's stem); then, of the rest, the recall item
// an option still states.
func dropGiveaways(items []item) []item {
	words := make([]itemWords, len(items))
	for i := range items {
		words[i] = wordsOf(items[i].Quiz)
	}
	gives := func(i, j int) bool {
		_, ok := givesAwayWords(items[i].Quiz, items[j].Quiz, words[i], words[j])
		return ok
	}
	drop := map[int]bool{}
	for i := range items {
		n := 0
		for j, b := range items {
			if i == j {
				continue
			}
			if gives(i, j) && !whenOfOwnDeed(items[i].Quiz, b.Quiz) {
				n++
				if !recallItem(b.Quiz) {
					n++
				}
			}
		}
		if n >= 2 {
			drop[i] = true
		}
	}
	for i, a := range items {
		for j, b := range items {
			if i == j || drop[i] || drop[j] {
				continue
			}
			if gives(i, j) {
				if recallItem(b.Quiz) && !recallItem(a.Quiz) {
					drop[j] = true
				} else {
					drop[i] = true
				}
			}
		}
	}
	return kept(items, drop)
}

// whenOfOwnDeed: a is an act item and b asks when a deed was done: b's
// deed is one of a's wrong deeds, told by what was done, and b only its
// month. The act item stays and the date goes (the second pass of
// dropGiveaways): "What did the US do in January 2002?" offers the ABC's
// signing and the non-lethal supplies, whose year and month two date
// items asked, and went for them, leaving the embargo asked by its month.
func whenOfOwnDeed(a, b Quiz) bool {
	return a.Kind == "act" && (b.Kind == "date" || b.Kind == "year")
}

// optionGiveawayFlaws: every option of an item that states another item's
// answer or stem.
func optionGiveawayFlaws(_ *extractor, all []Quiz) []string {
	var errs []string
	for _, a := range all {
		for _, b := range all {
			if a.ID == b.ID {
				continue
			}
			if o, ok := givesAwayItem(a, b); ok {
				errs = append(errs, fmt.Sprintf("%s's option %q gives away %s", a.ID, o, b.ID))
			}
		}
	}
	return errs
}

// dropNamedPerson: an item asking for a person (the judge in "Which U.S.
// Secretary of State thanked President Rahmon for ...?") beside another
// stem naming that person ("Which human rights issue did Secretary
// Clinton warn the president about when visiting Tajikistan in October
// 2011?") asks about one visit twice, and one stem names the other's
// answer; said by office instead ("the U.S. Secretary of State ... in
// October 2011") it still tells anyone who knows who held the office then
// (the blind reader of blind24). The item asking more than a name stays.
func (x *extractor) dropNamedPerson(items []item) []item {
	drop := map[int]bool{}
	for i, a := range items {
		if !x.byOffice(a) {
			continue
		}
		_, canon := x.world.kindOf(a.Choices[a.Answer])
		for j, b := range items {
			if j == i || drop[j] {
				continue
			}
			if names(b.Question, x.allSpellings(canon)) {
				drop[i] = true
				break
			}
		}
	}
	return kept(items, drop)
}

// byOffice: a judgement item's answer is a person whose office the list
// of kinds knows: dropConflicts leaves it to dropNamedPerson, which keeps
// the other stem whole and drops the item asking for the name.
func (x *extractor) byOffice(it item) bool {
	if it.Kind != "judgement" {
		return false
	}
	kind, canon := x.world.kindOf(it.Choices[it.Answer])
	return isPersonKind(kind) && judgeNoun(kind, canon, nil) != ""
}

// answerCue returns the word of a's answer that b's stem or answer
// states, b an item on a's paragraph, the word in none of a's wrong
// choices nor in a's own stem: "Tajik Border Force" (which agency the USA
// agreed to support) beside "Border security" (what the U.S. concentrated
// on as the key issue in security cooperation), one paragraph, points a
// student at the one choice about borders (the blind reader of blind24).
// Items on other paragraphs share words in other senses ("World Trade
// Organization", "the drug trade") and are let be.
func answerCue(a, b Quiz) (string, bool) {
	return answerCueWords(a, b, cueWordsOf(a), cueWordsOf(b))
}

// cueWords are an item's words for answerCue, found once: its answer's
// and its stem's (its wrong choices' only when a word is in question).
type cueWords struct {
	answer, stem map[string]bool
}

func cueWordsOf(q Quiz) cueWords {
	return cueWords{answer: optionWords(q.Choices[q.Answer]), stem: optionWords(q.Question)}
}

func answerCueWords(a, b Quiz, aw, bw cueWords) (string, bool) {
	if a.ID == b.ID && a.Question == b.Question || a.Paragraph != b.Paragraph {
		return "", false
	}
	for w := range aw.answer {
		if aw.stem[w] || !bw.stem[w] && !bw.answer[w] {
			continue
		}
		inWrong := false
		for i, o := range a.Choices {
			if i != a.Answer && optionWords(o)[w] {
				inWrong = true
				break
			}
		}
		if !inWrong {
			return w, true
		}
	}
	return "", false
}

// nameKind: an item asking for a name (an agency, a place, a person).
func nameKind(q Quiz) bool {
	switch q.Kind {
	case "organisation", "person", "place", "country", "agreement":
		return true
	}
	return false
}

// dropAnswerCues drops, of two items where one tells the other's answer
// by a word (answerCue), the one asking for a name, else the one ranked
// lower (conflictRank), else the one told.
func dropAnswerCues(items []item) []item {
	words := map[int]cueWords{}
	wordsOf := func(i int) cueWords {
		w, ok := words[i]
		if !ok {
			w = cueWordsOf(items[i].Quiz)
			words[i] = w
		}
		return w
	}
	drop := map[int]bool{}
	for i, a := range items {
		for j, b := range items {
			if i == j || drop[i] || drop[j] || a.Paragraph != b.Paragraph {
				continue
			}
			if _, ok := answerCueWords(a.Quiz, b.Quiz, wordsOf(i), wordsOf(j)); !ok {
				continue
			}
			switch na, nb := nameKind(a.Quiz), nameKind(b.Quiz); {
			case nb && !na:
				drop[j] = true
			case na && !nb:
				drop[i] = true
			case conflictRank(b.Quiz) < conflictRank(a.Quiz):
				drop[j] = true
			default:
				drop[i] = true
			}
		}
	}
	return kept(items, drop)
}

// answerCueFlaws: every item whose answer another item's words tell.
func answerCueFlaws(_ *extractor, all []Quiz) []string {
	var errs []string
	for _, a := range all {
		for _, b := range all {
			if w, ok := answerCue(a, b); ok {
				errs = append(errs, fmt.Sprintf("%s's answer %q is told by %s (%q)", a.ID, a.Choices[a.Answer], b.ID, w))
			}
		}
	}
	return errs
}
