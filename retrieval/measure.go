package retrieval

import "strings"

// What general English says a question asks for, a measure or a payment
// or a return, that the answer's sentences do not hold (fourteenth pass):
// "how long is the border" asks a length or a duration, "how big is the
// army" a size, "how much did France pay" a sum paid, "what did Russia get
// in return" an exchange. A top hit about the border, the army or the
// airbase that gives none of these is the paper saying nothing of it.

// Decline rules of measureMiss, after askedMiss's bits.
const (
	ruleMeasure = ruleHolder << (3 + iota) // "how long / big / old is X": no unit of that measure in the answer's sentences
	rulePay                                // "pay / cost / spend": no sum in the answer's sentences
	ruleReturn                             // "in return / in exchange": no exchange in the answer's sentences
)

// measureUnits are the word beginnings that give each measure asked by
// "how <adjective> is": a length or a duration for "long", a size, a
// distance or an age for the others.
var measureUnits = map[string][]string{
	"long":  {"year", "month", "week", "day", "decade", "period", "km", "kilomet", "mile", "metre", "meter"},
	"big":   {"km", "kilomet", "mile", "square", "hectare", "acre", "size", "area"},
	"large": {"km", "kilomet", "mile", "square", "hectare", "acre", "size", "area"},
	"wide":  {"km", "kilomet", "mile", "metre", "meter", "width"},
	"far":   {"km", "kilomet", "mile", "metre", "meter", "distance"},
	"tall":  {"metre", "meter", "feet", "foot", "height"},
	"high":  {"metre", "meter", "feet", "foot", "height"},
	"deep":  {"metre", "meter", "feet", "foot", "depth"},
	"old":   {"age", "aged", "born", "year"},
}

// sumWords give a sum paid.
var sumWords = []string{"$", "usd", "dollar", "million", "billion", "fund", "paid", "pay", "cost", "financ", "spent", "spend", "grant", "budget"}

// exchangeWords give what one side had for another's favour.
var exchangeWords = []string{"return", "exchang", "reward", "compensat"}

// measureAsked returns the adjective of "how long / big ... is X" (a
// measure of a thing, not "how long did it last"), or "".
func measureAsked(raw []rawToken) string {
	for i := 0; i+2 < len(raw); i++ {
		if raw[i].text != "how" || measureUnits[raw[i+1].text] == nil {
			continue
		}
		switch raw[i+2].text {
		case "is", "was", "are", "were":
			return raw[i+1].text
		}
	}
	return ""
}

// returnAsked reports whether a question asks what was had "in return"
// or "in exchange".
func returnAsked(raw []rawToken) bool {
	for i := 0; i+1 < len(raw); i++ {
		if raw[i].text == "in" && (raw[i+1].text == "return" || raw[i+1].text == "exchange") {
			return true
		}
	}
	return false
}

// payAsked reports whether a question asks about a sum paid. A switch,
// not a map: it runs on every word of every question.
func payAsked(raw []rawToken) bool {
	for _, t := range raw {
		switch t.text {
		case "pay", "paid", "pays", "cost", "costs", "spend", "spent", "spends", "charge", "charged", "fee", "fees":
			return true
		}
	}
	return false
}

// hasWordFrom reports whether text holds a word beginning with one of
// prefixes ("$" anywhere). It allocates nothing.
func hasWordFrom(text string, prefixes []string) bool {
	letter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	for i := 0; i < len(text); i++ {
		if text[i] == '$' {
			for _, p := range prefixes {
				if p == "$" {
					return true
				}
			}
			continue
		}
		if !letter(text[i]) || i > 0 && letter(text[i-1]) {
			continue
		}
		for _, p := range prefixes {
			if p != "$" && len(text)-i >= len(p) && strings.EqualFold(text[i:i+len(p)], p) {
				return true
			}
		}
	}
	return false
}

// measureMiss returns the rules of this file that the top hit, paragraph
// d with its chosen sentence at sent, fails: none of its sentences from
// sent-1 to sent+1 gives what was asked.
func (ix *Index) measureMiss(raw []rawToken, d, sent int) int {
	var want [3][]string
	if adj := measureAsked(raw); adj != "" {
		want[0] = measureUnits[adj]
	}
	if payAsked(raw) {
		want[1] = sumWords
	}
	if returnAsked(raw) {
		want[2] = exchangeWords
	}
	if want[0] == nil && want[1] == nil && want[2] == nil {
		return 0
	}
	rules := 0
	for k, bit := range []int{ruleMeasure, rulePay, ruleReturn} {
		if want[k] != nil && !ix.windowHolds(d, sent, func(text string) bool { return hasWordFrom(text, want[k]) }) {
			rules |= bit
		}
	}
	return rules
}

// What general English says "what is Tajikistan's population" asks
// (seventeenth pass): a quantity of a thing, as "what is the population
// of" does (that one is read by answerType). A top hit whose sentences
// write no quantity (a number that is no year, date or page, or a word
// such as "million" or "percent") is the paper saying nothing of it.

// ruleAmount: a decline rule of askedMiss, after ruleStart.
const ruleAmount = ruleStart << 1

// ownedAmounts are the quantities a thing has ("X's population", "the
// US's budget"): general English, as headKind's. Not "rank" or
// "ranking": "the poorest among the Central Asian states" gives
// Tajikistan's rank in words.
var ownedAmounts = map[string]bool{"population": true, "size": true, "area": true, "gdp": true, "length": true,
	"height": true, "age": true, "budget": true, "income": true, "revenue": true, "revenues": true, "salary": true,
	"wealth": true, "debt": true, "inflation": true, "unemployment": true, "literacy": true, "rate": true,
	"workforce": true, "output": true}

// linking are the verbs of "what is X's population".
var linking = map[string]bool{"is": true, "was": true, "are": true, "were": true, "s": true}

// amountWords write a quantity in a sentence besides its digits.
var amountWords = []string{"million", "billion", "thousand", "hundred", "percent", "per cent", "half", "third", "quarter", "dozen"}

// ownedAmountAsked reports whether a question asks a quantity of a
// thing named before it: "what is Tajikistan's population", "whats the
// US budget"; one word (or two) between "what is" and the quantity.
// "What is the population of" is answerType's.
func ownedAmountAsked(raw []rawToken) bool {
	for i, t := range raw {
		switch t.text {
		case "what", "whats", "wat", "wht":
		default:
			continue
		}
		j := i + 1
		if t.text != "whats" && (j == len(raw) || !linking[raw[j].text]) {
			// "What causes inflation" asks no quantity of a thing.
			return false
		}
		for n := 0; n < 4 && j < len(raw) && framing[raw[j].text]; n++ {
			j++
		}
		for k := j + 1; k < len(raw) && k <= j+2; k++ {
			if stopWords[raw[k-1].text] || raw[k-1].num {
				return false
			}
			if ownedAmounts[raw[k].text] {
				return true
			}
		}
		return false
	}
	return false
}

// holdsAmount reports whether a sentence writes a quantity: a number
// that is no year, no date such as 9/11 and no page ("p.17"), or a
// word of amountWords, or a percent sign.
func holdsAmount(text string) bool {
	if strings.IndexByte(text, '%') >= 0 || hasWordFrom(text, amountWords) {
		return true
	}
	for i := 0; i < len(text); {
		if text[i] < '0' || text[i] > '9' || i > 0 && (text[i-1] >= 'a' && text[i-1] <= 'z' || text[i-1] >= 'A' && text[i-1] <= 'Z') {
			i++
			continue
		}
		j, date := i, false
		for j < len(text) && (text[j] >= '0' && text[j] <= '9' || (text[j] == ',' || text[j] == '.' || text[j] == '/') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9') {
			date = date || text[j] == '/'
			j++
		}
		if !date && !isPage(text, i) && !isYear(text[i:j]) && !besideMonth(text, i, j) {
			return true
		}
		// A range's second number ("pp. 10-11", "1992-97") is the
		// first's.
		for j < len(text) && (text[j] == '-' || text[j] >= '0' && text[j] <= '9') {
			j++
		}
		i = j
	}
	return false
}

// amountMiss returns ruleAmount when a question asks a quantity of a
// thing and the answer's sentences, sent-1 to sent+1 of paragraph d,
// write none.
func (ix *Index) amountMiss(raw []rawToken, d, sent int) int {
	if !ownedAmountAsked(raw) || ix.windowHolds(d, sent, holdsAmount) {
		return 0
	}
	return ruleAmount
}

// monthNames are the months' first three letters.
var monthNames = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// besideMonth reports whether the number text[i:j] is a day written
// beside its month: "22 October", "October 22".
func besideMonth(text string, i, j int) bool {
	month := func(w string) bool {
		if len(w) < 3 {
			return false
		}
		for _, m := range monthNames {
			if strings.EqualFold(w[:3], m) {
				return true
			}
		}
		return false
	}
	letter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	// The word after: "22 October".
	k := j
	for k < len(text) && text[k] == ' ' {
		k++
	}
	e := k
	for e < len(text) && letter(text[e]) {
		e++
	}
	if month(text[k:e]) {
		return true
	}
	// The word before: "October 22".
	b := i
	for b > 0 && text[b-1] == ' ' {
		b--
	}
	a := b
	for a > 0 && letter(text[a-1]) {
		a--
	}
	return month(text[a:b])
}

// isPage reports whether the number at i of text follows "p." or "pp."
// (a space between allowed): a page cited, no quantity.
func isPage(text string, i int) bool {
	if i > 0 && text[i-1] == ' ' {
		i--
	}
	return i >= 2 && text[i-1] == '.' && (text[i-2] == 'p' || text[i-2] == 'P')
}

// ruleNameAmount: a decline rule of askedMiss, after ruleCompany. A
// quantity asked of a named party ("how much does Tajikistan export to
// Russia", "how much did the US spend on the Afghanistan war") is not
// given by a sentence on another party's figures: every name the
// question holds must be in the answer's sentences. The model's own
// name signals weigh only rare names; Russia and Afghanistan are in many
// paragraphs.
const ruleNameAmount = ruleCompany << 1

// nameAmountMiss returns ruleNameAmount when q asks a quantity and a
// name it holds, one the paper has, is missing from the answer's
// sentences (win: the concepts they hold).
func nameAmountMiss(q *query, win uint64) int {
	if q.atype != atAmount {
		return 0
	}
	for ci := range q.concepts {
		c := &q.concepts[ci]
		if c.kind == KindName && c.df > 0 && !c.section && win&(1<<ci) == 0 {
			return ruleNameAmount
		}
	}
	return 0
}
