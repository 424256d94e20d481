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
