package retrieval

// What general English says "when did X leave" asks (sixteenth pass): the
// date of an ending. A top hit whose sentences write no ending ("left",
// "withdrawal", "closed", "ended") dates something else: "when did the
// US pull out of Afghanistan" meets the opening of the Pyanj bridge,
// "when did the Soros Foundation close its office" its being accused.

// ruleEnding: a decline rule of askedMiss, after ruleCommand.
const ruleEnding = ruleCommand << 1

// whenAux are the auxiliaries right after "when", before the event.
var whenAux = map[string]bool{"did": true, "does": true, "do": true, "was": true, "were": true, "is": true, "are": true,
	"has": true, "have": true, "had": true}

// endingWords are the word beginnings that write an ending in a sentence.
// "Close" and "end" alone are left out: "close connections", "endeavour".
var endingWords = []string{"leav", "left", "pull", "withdr", "closed", "closing", "closur", "shut", "stop", "ended", "ending",
	"end of", "end to", "quit", "exit", "depart", "abandon", "ceas", "evacuat", "evict", "expel", "expuls", "terminat",
	"finish", "complet", "collaps", "dissol", "until", "no longer"}

// endingAsked reports whether a question asks the date of an ending:
// "when did the US leave / pull out / withdraw", "when was the base
// closed"; not "when did the close partnership start". A switch, not a map: it runs on every word of a "when"
// question.
func endingAsked(raw []rawToken) bool {
	for i := 0; i+2 < len(raw); i++ {
		if raw[i].text != "when" || !whenAux[raw[i+1].text] {
			continue
		}
		for j := i + 2; j < len(raw); j++ {
			switch raw[j-1].text {
			case "the", "a", "an", "its", "their", "his", "her", "this", "that", "very", "so":
				// "the close partnership", "the end": an adjective or
				// a noun, not the verb.
				continue
			}
			switch raw[j].text {
			case "leave", "left", "pull", "pulled", "withdraw", "withdrew", "withdrawn", "close", "closed", "shut",
				"stop", "stopped", "end", "ended", "quit", "exit", "exited", "depart", "departed", "abandon", "abandoned",
				"cease", "ceased", "evacuate", "evacuated", "finish", "finished", "collapse", "collapsed", "dissolve", "dissolved":
				return true
			}
		}
		return false
	}
	return false
}

// endingMiss returns ruleEnding when a question asks the date of an
// ending and the top hit's sentence, sent of paragraph d, the one whose
// date answers, writes none (a neighbour's "Russian forces withdrew"
// ends something else).
func (ix *Index) endingMiss(raw []rawToken, d, sent int) int {
	if !endingAsked(raw) || hasWordFrom(ix.paper.Paragraphs[d].Sentences[sent].Text, endingWords) {
		return 0
	}
	return ruleEnding
}
