package classroom

import (
	"math/rand/v2"
	"strings"

	"paperbot/paper"
)

// fineKind is the kind an answer's distractors must share: "country",
// "city-Tajikistan", "secretary-of-state-US", "party", ... from the list of
// kinds, else from the paper's own wording ("Karatoga, Tajikistan" is a
// place in Tajikistan; a name ending in "Party" is a party). "" when no
// fine kind is known: such a name is not asked about.
func (x *extractor) fineKind(para *paper.Paragraph, a span) string {
	switch a.kind {
	case "year", "date", "amount", "number", "range":
		return a.kind
	}
	for _, name := range x.spellings(a) {
		if k, _ := x.world.kindOf(name); k != "" {
			return k
		}
	}
	switch a.kind {
	case "place":
		rest := para.Text[a.end:]
		if strings.HasPrefix(rest, ", ") {
			next := reToken.FindString(rest[2:])
			if k, _ := x.world.kindOf(next); k == "country" {
				return "city-" + next
			}
		}
	case kindOrg, kindAgreement:
		ws := strings.Fields(a.text)
		switch ws[len(ws)-1] {
		case "Party":
			return "party"
		case "Foundation":
			return "NGO"
		}
	}
	return ""
}

// spellings are the ways an answer may be written: as in the text, its
// full name, its acronym or expansion.
func (x *extractor) spellings(a span) []string {
	out := []string{a.text}
	if a.kind == "person" {
		if f := x.fullName[a.key]; f != "" {
			out = append(out, f)
		}
		if l := x.lastName[a.key]; l != "" {
			out = append(out, l)
		}
	}
	out = append(out, a.aliases...)
	if a.kind == "place" {
		for _, suf := range []string{" River", " valley", " Valley"} {
			out = append(out, a.text+suf, strings.TrimSuffix(a.text, suf))
		}
	}
	return out
}

// kindNoun is the noun of a "which ...?" question for a fine kind.
func kindNoun(kind string) string {
	switch {
	case kind == "country":
		return "country"
	case strings.HasPrefix(kind, "city-"):
		return "city"
	case strings.HasPrefix(kind, "region-"):
		return "region"
	case strings.HasPrefix(kind, "valley-"):
		return "valley"
	case kind == "river":
		return "river"
	case kind == "party":
		return "party"
	case kind == "NGO":
		return "organisation"
	case kind == "alliance", strings.HasSuffix(kind, "organisation"):
		return "organisation"
	case kind == "armed-group":
		return "group"
	case kind == "military-mission":
		return "force"
	case strings.HasPrefix(kind, "security-agency"):
		return "agency"
	case strings.HasSuffix(kind, "programme"):
		return "programme"
	case kind == "supply-route":
		return "route"
	}
	return ""
}

func isPersonKind(kind string) bool {
	return strings.HasPrefix(kind, "president-") || strings.HasPrefix(kind, "secretary-")
}

// nameDistractors picks three names of the answer's fine kind, written in
// the answer's form (a surname for a surname, an acronym for an acronym):
// first those the paper names elsewhere, then the list's; never the
// answer under another spelling, nor anything the sentence or question
// names.
func (x *extractor) nameDistractors(a span, fine, sentence, question string, pool map[string][]*entity, rng *rand.Rand) []string {
	form := func(name string) string {
		switch {
		case a.kind == "person" && !strings.Contains(a.text, " "):
			ws := strings.Fields(name)
			return ws[len(ws)-1]
		case a.form == "acronym":
			for _, sp := range x.allSpellings(name) {
				if _, _, ok := acronymKey(sp); ok && strings.ToUpper(sp) == sp {
					return sp
				}
			}
			return ""
		}
		return name
	}
	// an organisation or programme the paper names is one its actors took
	// part in: for "Through which programme did America engage with
	// Tajikistan?" the paper's own Foreign Military Financing is a second
	// right answer. People and places are tied to one event by the stem
	// (a date, a visit), so the paper's others stay the best distractors.
	paperOnly := a.kind != "person" && a.kind != "place"
	ok := func(name string) bool {
		if name == "" || x.world.sameThing(name, a.text) || strings.EqualFold(name, a.text) {
			return false
		}
		if paperOnly && (x.namedInBody(name) || x.echoesPaperName(name, a.text)) {
			return false // the paper's own, or a wording trap beside it
		}
		if x.sameSide(name, a.text) {
			return false // the answer's coalition partner: on its side
		}
		for _, sp := range x.allSpellings(name) {
			if containsWord(sentence, sp) || containsWord(question, sp) {
				return false
			}
			for _, s := range x.spellings(a) {
				if strings.EqualFold(s, sp) {
					return false
				}
			}
		}
		return true
	}
	var fromPaper, fromList []string
	seen := map[string]bool{}
	for _, kind := range []string{a.kind} {
		for _, e := range pool[kind] {
			for _, text := range e.forms {
				if text == "" {
					continue
				}
				if k, c := x.world.kindOf(text); k == fine && !seen[c] {
					seen[c] = true
					if f := form(c); ok(f) {
						fromPaper = append(fromPaper, f)
					}
				}
			}
		}
	}
	for _, m := range x.world.members[fine] {
		if seen[m] {
			continue
		}
		seen[m] = true
		if f := form(m); ok(f) {
			fromList = append(fromList, f)
		}
	}
	rng.Shuffle(len(fromPaper), func(i, j int) { fromPaper[i], fromPaper[j] = fromPaper[j], fromPaper[i] })
	rng.Shuffle(len(fromList), func(i, j int) { fromList[i], fromList[j] = fromList[j], fromList[i] })
	out := x.sameForm(a.text, append(fromPaper, fromList...))
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

// allSpellings lists every spelling the list knows for the thing name is.
func (x *extractor) allSpellings(name string) []string {
	_, c := x.world.kindOf(name)
	if c == "" {
		return []string{name}
	}
	return x.world.all[c]
}

// namedInBody reports a name the paper's body uses, in any spelling the
// list of kinds knows, as written or once the spinner's words are put back
// ("exchange and venture system concurrence" is a trade and investment
// framework agreement).
func (x *extractor) namedInBody(name string) bool {
	if named, ok := x.named[name]; ok {
		return named
	}
	x.body()
	if x.bodyLow == nil {
		// lowered once: containsWord would lower every paragraph for
		// every name asked
		for i := range x.bodyRaw {
			x.bodyLow = append(x.bodyLow, strings.ToLower(x.bodyRaw[i]), strings.ToLower(x.bodyPlain[i]))
		}
	}
	named := false
	for _, sp := range x.allSpellings(name) {
		for _, text := range x.bodyLow {
			if named = containsWord(text, sp); named {
				break
			}
		}
		if named {
			break
		}
	}
	x.named[name] = named
	return named
}
