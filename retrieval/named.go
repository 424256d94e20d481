package retrieval

import (
	"math/bits"
	"slices"
)

// What a question asks for that the paper, by its form, cannot hold: the
// name of a thing it never names, a measure in a unit it never writes,
// the state of things today. General English, never this paper's words.

// nameHead returns the span in raw of the thing whose name a question
// asks ("what is the name of the Russian military base in Tajikistan",
// "what was the US operation in Afghanistan called"): the noun phrase
// after "name of", or after "what is/was the" when the question ends in
// "called" or "named", from its first word to its head (its last); head
// is -1 for none.
func nameHead(raw []rawToken) (from, head int) {
	for i, t := range raw {
		if (t.text == "name" || t.text == "names") && i+1 < len(raw) && raw[i+1].text == "of" {
			return phraseSpan(raw, i+2)
		}
	}
	n := len(raw)
	if n < 4 || (raw[n-1].text != "called" && raw[n-1].text != "named") {
		return -1, -1
	}
	for i := 0; i+1 < n; i++ {
		if raw[i].text == "what" || raw[i].text == "whats" {
			j := i + 1
			for j < n && framing[raw[j].text] {
				j++
			}
			return phraseSpan(raw, j)
		}
	}
	return -1, -1
}

// phraseHead returns the last word of the noun phrase starting at j
// ("the US military base in ..." -> "base"), stepping over leading
// function words, or -1.
func phraseHead(raw []rawToken, j int) int {
	_, h := phraseSpan(raw, j)
	return h
}

// phraseSpan returns the first and last words of the noun phrase
// starting at j, stepping over leading function words ("the US military
// base in ..." -> "US" ... "base"); last is -1 for none.
func phraseSpan(raw []rawToken, j int) (first, last int) {
	for j < len(raw) && stopWords[raw[j].text] {
		j++
	}
	first, last = j, -1
	for ; j < len(raw) && !stopWords[raw[j].text] && !raw[j].num; j++ {
		if raw[j].text == "called" || raw[j].text == "named" {
			break
		}
		last = j
	}
	return first, last
}

// namedBeside reports whether paragraph d holds concept c (literally or by
// a synonym) with a name the question does not hold just before it or
// after it, one the paper names in at most a quarter of its paragraphs
// (not its own subjects, "Tajikistan's operation"): "the Kulyab airbase".
// A paragraph without one does not tell what the thing is called. The
// sentence must hold the names that qualify the thing in the question
// (q.namedBy): "the Russian base" is not the Kulyab airbase the French
// used.
func (ix *Index) namedBeside(d int, c *concept, q *query) bool {
	is := c.has
	asked := func(t int32) bool {
		for i := range q.concepts {
			if q.concepts[i].lit == t {
				return true
			}
		}
		return false
	}
	holdsAll := func(se *sent) bool {
		for m := q.namedBy; m != 0; m &= m - 1 {
			qc := &q.concepts[bits.TrailingZeros64(m)]
			found := false
			for _, t := range se.terms {
				if t == qc.lit || slices.Contains(qc.exp, t) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	for si := range ix.paras[d].sents {
		se := &ix.paras[d].sents[si]
		if !holdsAll(se) {
			continue
		}
		for i, t := range se.terms {
			if !is(t) {
				continue
			}
			// A name comes before what it names ("the Kulyab airbase")
			// or just after ("Operation Enduring Freedom").
			for j := max(0, i-4); j < min(len(se.terms), i+3); j++ {
				if j == i || se.pos[j] < se.pos[i]-3 || se.pos[j] > se.pos[i]+1 || se.cite[j] {
					continue
				}
				if (se.kinds[j] == KindName || se.kinds[j] == KindAcronym) && ix.rareName[se.terms[j]] && !asked(se.terms[j]) {
					return true
				}
			}
		}
	}
	return false
}

// unitWords are units of measure: a question asking a length in
// kilometres of a paper that never writes one asks what it does not give.
var unitWords = map[string]bool{"km": true, "kms": true, "kilometer": true, "kilometers": true, "kilometre": true, "kilometres": true,
	"mile": true, "miles": true, "meter": true, "meters": true, "metre": true, "metres": true, "ton": true, "tons": true,
	"tonne": true, "tonnes": true, "kg": true, "kilogram": true, "kilograms": true, "megawatt": true, "megawatts": true,
	"mw": true, "kwh": true, "gigawatt": true, "gigawatts": true, "barrel": true, "barrels": true, "hectare": true,
	"hectares": true, "acre": true, "acres": true, "litre": true, "litres": true, "liter": true, "liters": true, "gallon": true, "gallons": true}

// asksStill reports whether a question asks whether something "still"
// holds in the present tense ("is the Karatoga centre still open", "does
// the US still use it"): the state of things today, which a history does
// not give. "Was it still bad in 2012" and "while still keeping" ask
// about the past.
func asksStill(raw []rawToken) bool {
	still := false
	for _, t := range raw {
		if t.num && isYear(t.text) {
			return false
		}
		if t.text == "still" {
			still = true
		}
	}
	if !still {
		return false
	}
	for _, t := range raw {
		switch t.text {
		case "is", "are", "am", "does", "do", "has", "have", "isn't", "aren't", "doesn't", "don't":
			return true
		case "was", "were", "did", "had", "wasn't", "weren't", "didn't", "hadn't":
			return false
		}
	}
	return false
}

// lacksForm reports whether the answer, paragraph d, cannot hold what the
// question asks by its form: the name of a thing it does not name beside
// it, a measure in a unit the paper never writes, a thing ("the
// unemployment rate") the paper never writes, or "how much" of a thing
// ("heroin") with no number beside it, as "how many X" (CountMiss). The
// thing foreign to the paper only with curated thesauri: without them the
// student's word is often the paper's thing in other words (word lists
// off, it declined 13 more real questions of 976 for 15 off-topic ones).
func (ix *Index) lacksForm(q *query, d int) bool {
	if q.unit >= 0 && q.concepts[q.unit].df == 0 {
		return true
	}
	if ix.curated && q.head >= 0 && q.concepts[q.head].df == 0 {
		return true
	}
	if q.much && q.focus >= 0 && !q.concepts[q.focus].section && !ix.counted(d, &q.concepts[q.focus]) {
		return true
	}
	return q.named >= 0 && !ix.namedBeside(d, &q.concepts[q.named], q)
}

// moneyWords are asked "how much" of and answered by any sum ("$37
// million"), not a number beside the word.
var moneyWords = map[string]bool{"money": true, "cash": true, "dollars": true, "funding": true, "funds": true}
