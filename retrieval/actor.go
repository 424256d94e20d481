package retrieval

// What general English says "what did Iran give" or "was the centre ever
// finished" asks (eighteenth pass). A question whose subject is a third
// country ("what did Iran give Tajikistan in aid", "does China have
// troops", "what did Pakistan do to help") asks what that country did:
// a sentence naming it only in a list of countries ("expanded relations
// with Iran, China, and Russia") or not at all tells what someone else
// did. And "was X ever finished" asks a completion: a sentence writing
// only the plan ("US wanted to open a centre in Karatoga") leaves it open.

// Decline rules of askedMiss, after ruleChat.
const (
	ruleActor    = ruleChat << (1 + iota) // a third country asked as the subject, named in the answer's sentences only in a list or not at all
	ruleFinished                          // "was X (ever) finished": no completion written in the answer's sentences
)

// subjectAux are the auxiliaries after which a question names its
// subject: "what did Iran give", "does China have", "how has Russia
// reacted".
var subjectAux = map[string]bool{"did": true, "does": true, "do": true, "has": true, "have": true, "had": true}

// askWords open a question before its auxiliary.
var askWords = map[string]bool{"what": true, "how": true, "why": true, "where": true, "when": true, "which": true}

// finishedWords ask whether something was completed.
var finishedWords = map[string]bool{"finished": true, "finish": true, "completed": true, "complete": true,
	"built": true, "constructed": true}

// completionWords write a completion in a sentence ("opened" but not "open":
// "wanted to open" is a plan).
var completionWords = []string{"finish", "complet", "built", "construct", "opened", "inaugurat"}

// subjectCountry returns the country term a question names as the
// subject of its first auxiliary ("what did Iran give", "does China
// have"; the auxiliary first or after a question word), canonical by the
// names classes ("moscow" -> "russia"), or "". Not a list of subjects
// ("do Kazakhstan and Kyrgyzstan share a border").
func (ix *Index) subjectCountry(raw []rawToken) string {
	for i := 0; i+1 < len(raw); i++ {
		if !subjectAux[raw[i].text] {
			continue
		}
		if i > 0 && !askWords[raw[i-1].text] {
			return ""
		}
		j := i + 1
		if raw[j].text == "the" && j+1 < len(raw) {
			j++
		}
		name := raw[j].text
		if j+1 < len(raw) && ix.countries.firsts[name] && ix.isCountry(name, raw[j+1].text) {
			name = name + " " + raw[j+1].text
			j++
		} else if !ix.isCountry("", name) {
			return ""
		}
		if j+1 < len(raw) {
			switch raw[j+1].text {
			case "and", "or", "nor", "&":
				return ""
			}
		}
		if c, ok := ix.an.names[name]; ok {
			return c
		}
		return name
	}
	return ""
}

// partyOfPaper reports whether a country term is one the paper's title
// names ("American Policies toward Tajikistan": "us", "tajikistan"):
// every sentence is about the title's parties, often as "it", so none
// needs to name them.
func (ix *Index) partyOfPaper(c string) bool {
	ix.buildCountries()
	return ix.parties[c]
}

// namesAsActor reports whether text names the country term c (by any
// name of its class: "Uzbek" for "uzbekistan") other than as one of a
// list: a sentence naming three third countries or more (not the paper's
// own parties; "Iran, China, and Russia") lists them.
func (ix *Index) namesAsActor(text, c string) bool {
	ix.buildCountries()
	var seen [3]string
	n := 0
	found := false
	// Words are lower-cased into cur, the word before kept in prev, and
	// looked up as string(bytes) map keys: no allocation per word.
	var cur, prev []byte
	var bufA, bufB [32]byte
	var pair [66]byte
	for i := 0; i < len(text); {
		if !isLetter(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isLetter(text[j]) {
			j++
		}
		if j-i > len(bufA) {
			i, prev = j, nil
			continue
		}
		if len(prev) > 0 && &prev[0] == &bufA[0] {
			cur = bufB[:0]
		} else {
			cur = bufA[:0]
		}
		for k := i; k < j; k++ {
			cur = append(cur, lowerByte(text[k]))
		}
		i = j
		t, named := ix.an.names[string(cur)]
		if len(prev) > 0 {
			p := append(append(append(pair[:0], prev...), ' '), cur...)
			if ix.countries.names[string(p)] {
				named = true
			}
			if pt, ok := ix.an.names[string(p)]; ok {
				t, named = pt, true
			}
		}
		country := named && ix.countryTerms[t] || len(cur) >= 4 && ix.countries.names[string(cur)]
		prev = cur
		if !country {
			continue
		}
		if t == c || !named && string(cur) == c {
			found = true
		}
		if t == "" || ix.parties[t] {
			// A country outside the names classes is a third country,
			// counted once per sentence at most: the paper names few.
			if t != "" {
				continue
			}
			t = "?"
		}
		if n < len(seen) && t != seen[0] && t != seen[1] {
			seen[n] = t
			n++
		}
	}
	return found && n < len(seen)
}

// actorMiss returns ruleActor when a question's subject is a third
// country that none of the answer's sentences (sent-1 to sent+1 of
// paragraph d) names outside a list, and ruleFinished when a yes/no
// question asks a completion none of them writes.
func (ix *Index) actorMiss(raw []rawToken, d, sent int) int {
	rules := 0
	if c := ix.subjectCountry(raw); c != "" && !ix.partyOfPaper(c) {
		if !ix.windowHolds(d, sent, func(text string) bool { return ix.namesAsActor(text, c) }) {
			rules |= ruleActor
		}
	}
	if len(raw) > 0 && (whenAux[raw[0].text]) {
		for _, t := range raw {
			if finishedWords[t.text] {
				if !ix.windowHolds(d, sent, func(text string) bool { return hasWordFrom(text, completionWords) }) {
					rules |= ruleFinished
				}
				break
			}
		}
	}
	return rules
}

// isCountry reports whether word w, or the pair prev w, names a country:
// in the world's list (words of four letters or more: "chad", not "us")
// or in a names class holding one ("russia" = "russian federation").
func (ix *Index) isCountry(prev, w string) bool {
	ix.buildCountries()
	if prev != "" && ix.countries.has(prev, w) {
		return true
	}
	if len(w) >= 4 && ix.countries.has("", w) {
		return true
	}
	return ix.countryTerms[ix.an.names[w]]
}

// buildCountries builds, on first use, the names classes holding a
// country and the title's parties.
func (ix *Index) buildCountries() {
	ix.countryOnce.Do(func() {
		ix.countries.build()
		ix.countryTerms, ix.parties = map[string]bool{}, map[string]bool{}
		for k, c := range ix.an.names {
			if ix.countries.names[k] {
				ix.countryTerms[c] = true
			}
		}
		raw := scan(ix.paper.Title, nil)
		for i, w := range raw {
			if c, ok := ix.an.names[w.text]; ok {
				ix.parties[c] = true
			}
			if i > 0 {
				if c, ok := ix.an.names[raw[i-1].text+" "+w.text]; ok {
					ix.parties[c] = true
				}
			}
			if ix.countries.names[w.text] {
				ix.parties[w.text] = true
			}
		}
	})
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
