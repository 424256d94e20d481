package classroom

import (
	"regexp"
	"slices"
	"strings"
)

// Wrong choices a reader of the paper rejects and a guesser cannot strike
// by form or by general knowledge (the i10distract pass; the 40th blind
// read's Q2, Q3, Q5 and Q8):
//   - an organisation the paper writes by acronym is offered with its name
//     spelled out, "Shanghai Cooperation Organisation (SCO)", all four
//     choices alike: bare acronyms the paper never explains leave the
//     student to match the one acronym seen;
//   - a party the paper names bare ("Islamic Renaissance Party") is written
//     with its country when every choice has that spelling: "Communist
//     Party" is a label found in any country, "Communist Party of
//     Tajikistan" a party as specific as the answer;
//   - no wrong choice the list puts in a coalition with the answer
//     (coalition- kinds): a stem on the coalition's deeds may be true of
//     either;
//   - no wrong choice that echoes a name the paper gives another thing
//     (two distinctive words shared: "Individual Partnership Action Plan"
//     beside the paper's "Individual Partnership Program"), a wording trap;
//   - a country asked as a route in a region has wrong choices from its
//     own region first (country-<region> kinds), none the sentence or stem
//     names: Pakistan and China, off the region, are struck by the map.

// reFullAcronym is a choice written "Full Name (ACR)".
var reFullAcronym = regexp.MustCompile(`^([A-Z].*?) \(([A-Za-z]{2,8})\)$`)

// sameSide reports two different things a coalition of the list holds.
func (x *extractor) sameSide(a, b string) bool {
	_, ca := x.world.kindOf(a)
	_, cb := x.world.kindOf(b)
	if ca == "" || cb == "" || ca == cb {
		return false
	}
	for k, ms := range x.world.members {
		if strings.HasPrefix(k, "coalition-") && slices.Contains(ms, ca) && slices.Contains(ms, cb) {
			return true
		}
	}
	return false
}

// echoStop: words no name is told apart by (function words, the head
// nouns of a kind of name).
var echoStop = map[string]bool{"of": true, "for": true, "the": true, "and": true, "in": true, "on": true, "to": true, "a": true, "an": true,
	"program": true, "programme": true, "organisation": true, "organization": true, "party": true, "foundation": true}

// distinctWords are a name's words that tell it apart: no function word,
// no head noun of a kind, no country's name.
func (x *extractor) distinctWords(name string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(name) {
		w = strings.ToLower(strings.Trim(w, ".,;:()'’"))
		if w == "" || echoStop[w] {
			continue
		}
		if k, _ := x.world.kindOf(w); k == "country" {
			continue
		}
		out[w] = true
	}
	return out
}

// names the paper gives things: every name of the list its body uses, in
// the list's spellings, and the expansions the paper writes of its
// acronyms.
func (x *extractor) namesOfPaper() []string {
	if x.paperNames != nil {
		return x.paperNames
	}
	seen := map[string]bool{}
	out := []string{}
	for _, ms := range x.world.members {
		for _, m := range ms {
			if seen[m] || !x.namedInBody(m) {
				continue
			}
			seen[m] = true
			out = append(out, x.allSpellings(m)...)
		}
	}
	for _, t := range x.gloss.terms {
		if t.FromPaper && isCapitalized(t.Expansion) && !seen[t.Expansion] {
			seen[t.Expansion] = true
			out = append(out, t.Expansion)
		}
	}
	slices.Sort(out)
	x.paperNames = out
	return out
}

// echoesPaperName reports a wrong choice that shares two distinctive words
// with a name the paper gives something other than the answer ("Individual
// Partnership Action Plan" and the paper's "Individual Partnership
// Program"): a student who half remembers the paper's wording picks it,
// one who reads closely sees a trap.
func (x *extractor) echoesPaperName(name, answer string) bool {
	var mine []map[string]bool
	for _, sp := range x.allSpellings(name) {
		if strings.ToUpper(sp) != sp {
			mine = append(mine, x.distinctWords(sp))
		}
	}
	for _, pn := range x.namesOfPaper() {
		if strings.ToUpper(pn) == pn || x.world.sameThing(pn, name) || strings.EqualFold(pn, name) ||
			x.world.sameThing(pn, answer) || strings.EqualFold(pn, answer) {
			continue
		}
		theirs := x.distinctWords(pn)
		for _, ws := range mine {
			shared := 0
			for w := range ws {
				if theirs[w] {
					shared++
				}
			}
			if shared >= 2 {
				return true
			}
		}
	}
	return false
}

// fullChoices writes an item's four names in full where the list knows a
// full spelling of every one: an acronym as "Name (ACR)", a bare party as
// the party of its country ("... Party of Tajikistan"). Otherwise, or for
// any other name, the choices stay as they are.
func (x *extractor) fullChoices(answer string, wrong []string) (string, []string) {
	if len(wrong) != 3 {
		return answer, wrong
	}
	var write func(string) string
	if _, _, ok := acronymKey(answer); ok && strings.ToUpper(answer) == answer {
		write = func(n string) string {
			if _, c := x.world.kindOf(n); c == "" {
				return ""
			}
			for _, sp := range x.allSpellings(n) {
				if strings.ToUpper(sp) != sp && isCapitalized(sp) {
					return sp + " (" + n + ")"
				}
			}
			return ""
		}
	} else if head := nameForm(answer); head != "" && !strings.HasSuffix(head, "+of") {
		tail := ""
		for _, sp := range x.allSpellings(answer) {
			if strings.HasPrefix(sp, answer+" of ") {
				tail = strings.TrimPrefix(sp, answer)
				break
			}
		}
		if tail == "" {
			return answer, wrong
		}
		write = func(n string) string {
			for _, sp := range x.allSpellings(n) {
				if strings.HasSuffix(sp, tail) && nameForm(sp) == head+"+of" {
					return sp
				}
			}
			return ""
		}
	} else {
		return answer, wrong
	}
	full := make([]string, 0, 3)
	for _, w := range wrong {
		f := write(w)
		if f == "" {
			return answer, wrong
		}
		full = append(full, f)
	}
	a := write(answer)
	if a == "" {
		return answer, wrong
	}
	return a, full
}

// regionDistractors are the wrong choices of a country asked as a route:
// the countries of its region the list knows, none the sentence or stem
// names, then countryDistractors' own.
func (x *extractor) regionDistractors(answer, text string, rng interface{ Shuffle(int, func(int, int)) }) []string {
	_, ans := x.world.kindOf(answer)
	in := map[string]bool{ans: true}
	for _, c := range x.countriesIn(text) {
		_, canon := x.world.kindOf(c)
		in[canon] = true
	}
	var out []string
	if region := x.world.alsoKind(ans, "country-"); region != "" {
		for _, c := range x.world.members[region] {
			if !in[c] {
				out = append(out, c)
			}
		}
	}
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	for _, c := range x.countryDistractors(answer, text, rng) {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}
