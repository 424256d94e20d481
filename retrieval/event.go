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

// The word beginnings that write a start in a sentence, by what was
// asked: a founding ("founded", "created", "formed") is written by an
// establishment, an opening or a launch too ("the US signed the
// establishment of the ABC", "opened its Embassy"); an invasion only as
// one ("the U.S. started bombing" is no Soviet invasion); taking office
// or a birth by becoming, election, power or office. "Found" alone is
// left out ("the Soros Foundation"), and so are "start" and "begin": "the
// potential beginning of a series of color revolutions" founds no SCO.
var (
	foundingWords = []string{"founded", "founding", "founder", "creat", "formed", "formation", "establish", "set up",
		"open", "launch", "inaugurat"}
	invasionWords = []string{"invad", "invasion", "occup"}
	officeStarts  = []string{"became", "become", "becoming", "elect", "power", "office", "sworn", "inaugurat", "appoint",
		"assumed", "took over", "born", "birth"}
)

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

// startAsked returns the words that would write the start a question
// asks the date of, or nil: "when was X founded / created / formed"
// (foundingWords), "when did X invade Y" (invasionWords), "when was X
// born / elected", "what year did X (first) become president / come to
// power / take office", "when was the first presidential election"
// (officeStarts). Not "when did X start / open / establish": the paper
// dates those.
func startAsked(raw []rawToken) []string {
	i := whenAsked(raw)
	if i < 0 {
		return nil
	}
	for j := i; j < len(raw); j++ {
		switch raw[j].text {
		case "founded", "created", "formed":
			return foundingWords
		case "invade", "invaded":
			return invasionWords
		case "born", "elected", "election", "elections":
			return officeStarts
		case "found", "create", "form":
			// "When was the SCO found" (the passive's typo), "when did
			// they create X"; not "the form of", "a form".
			switch raw[j-1].text {
			case "the", "a", "an", "its", "their", "this", "that", "what", "which":
				continue
			}
			if j+1 == len(raw) || raw[j+1].text != "of" {
				return foundingWords
			}
		case "become", "became":
			for k := j + 1; k < len(raw) && k <= j+3; k++ {
				if officeWords[raw[k].text] {
					return officeStarts
				}
			}
		case "come", "came":
			if j+2 < len(raw) && raw[j+1].text == "to" && raw[j+2].text == "power" {
				return officeStarts
			}
		case "take", "took":
			if j+1 < len(raw) && (raw[j+1].text == "office" || raw[j+1].text == "power") {
				return officeStarts
			}
		}
	}
	return nil
}

// startMiss returns ruleStart when a question asks the date of a start
// and the top hit's sentence writes none, or for a founding none of the
// answer's sentences, sent-1 to sent+1 of paragraph d ("ABC held every
// year from 2010" follows "established Annual Bilateral Consultation").
func (ix *Index) startMiss(raw []rawToken, d, sent int) int {
	want := startAsked(raw)
	if want == nil {
		return 0
	}
	holds := func(text string) bool { return hasWordFrom(text, want) }
	if &want[0] != &foundingWords[0] {
		// A taking of office or an invasion must be the top sentence's,
		// whose date answers: a neighbour's "had become anxious" is no
		// one becoming president.
		if holds(ix.paper.Paragraphs[d].Sentences[sent].Text) {
			return 0
		}
		return ruleStart
	}
	if ix.windowHolds(d, sent, holds) {
		return 0
	}
	return ruleStart
}
