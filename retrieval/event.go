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

// What general English says "when was X founded" or "when did X become
// president" asks (seventeenth pass): the date of a start the paper may
// never tell. A top sentence that writes no founding, election, taking
// of office or invasion dates something else: "when did Rahmon first
// become president" meets his first visit to the USA, "when was the SCO
// founded" its 2005 meeting.

// ruleStart: a decline rule of askedMiss, after ruleEnding.
const ruleStart = ruleEnding << 1

// startWords are the word beginnings that write such a start in a
// sentence. "Found" alone is left out: "the Soros Foundation".
var startWords = []string{"founded", "founding", "founder", "creat", "formed", "formation", "born", "birth", "elect",
	"invad", "invasion", "became", "become", "becoming", "power", "office", "sworn", "inaugurat", "appoint", "assumed",
	"took over"}

// officeWords are what one becomes on taking office: "when did X
// become president" asks a start, "when did X become independent" or
// "relevant" does not.
var officeWords = map[string]bool{"president": true, "leader": true, "head": true, "prime": true, "minister": true,
	"ruler": true, "king": true, "chairman": true, "chair": true, "premier": true, "dictator": true}

// whenAsked returns the index of the first word after the auxiliary of
// a question asking a date ("when did", "what year was", "in which year
// did"), or -1.
func whenAsked(raw []rawToken) int {
	for i := 0; i+2 < len(raw); i++ {
		switch raw[i].text {
		case "when":
			if whenAux[raw[i+1].text] {
				return i + 2
			}
			switch raw[i+1].text {
			case "exactly", "roughly", "approximately", "precisely":
				// "When exactly did ...".
				if i+3 < len(raw) && whenAux[raw[i+2].text] {
					return i + 3
				}
			}
		case "what", "which":
			switch raw[i+1].text {
			case "year", "date", "day", "month":
				if i+3 < len(raw) && whenAux[raw[i+2].text] {
					return i + 3
				}
			}
		}
	}
	return -1
}

// startAsked reports whether a question asks the date of a start: "when
// was X founded / created / formed / born / elected", "when did X invade
// Y", "what year did X (first) become president / come to power / take
// office", "when was the first presidential election". Not "when did X
// start / open / establish": the paper dates those.
func startAsked(raw []rawToken) bool {
	i := whenAsked(raw)
	if i < 0 {
		return false
	}
	for j := i; j < len(raw); j++ {
		switch raw[j].text {
		case "founded", "created", "formed", "born", "elected", "invade", "invaded", "election", "elections":
			return true
		case "found", "create", "form":
			// "When was the SCO found" (the passive's typo), "when did
			// they create X"; not "the form of", "a form".
			switch raw[j-1].text {
			case "the", "a", "an", "its", "their", "this", "that", "what", "which":
				continue
			}
			if j+1 == len(raw) || raw[j+1].text != "of" {
				return true
			}
		case "become", "became":
			for k := j + 1; k < len(raw) && k <= j+3; k++ {
				if officeWords[raw[k].text] {
					return true
				}
			}
		case "come", "came":
			if j+2 < len(raw) && raw[j+1].text == "to" && raw[j+2].text == "power" {
				return true
			}
		case "take", "took":
			if j+1 < len(raw) && (raw[j+1].text == "office" || raw[j+1].text == "power") {
				return true
			}
		}
	}
	return false
}

// startMiss returns ruleStart when a question asks the date of a start
// and the top hit's sentence, the one whose date answers, writes none.
func (ix *Index) startMiss(raw []rawToken, d, sent int) int {
	if !startAsked(raw) || hasWordFrom(ix.paper.Paragraphs[d].Sentences[sent].Text, startWords) {
		return 0
	}
	return ruleStart
}
