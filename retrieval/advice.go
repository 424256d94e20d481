package retrieval

// What general English says "what should the US do" or "which company
// invested" asks (seventeenth pass). Advice ("should", "ought to",
// "recommend") is asked of a paper that may give none: a history of
// 2001-2012 whose top hit writes no "should", "must" or "recommend"
// answers "what should the US do next" with a past event. And "which
// company" asks a company's name: a top hit on "joint ventures" that
// names no company, firm or corporation gives none.

// Decline rules of askedMiss, after ruleAmount.
const (
	ruleAdvice  = ruleAmount << (1 + iota) // asks advice: no advice written in the answer's sentences
	ruleCompany                            // "which company": no company, firm or corporation in the answer's sentences
)

// adviceWords write advice or a need in a sentence.
var adviceWords = []string{"should", "must", "ought", "recommend", "suggest", "advis", "advice", "need", "propos", "urg"}

// companyWords name a company in a sentence.
var companyWords = []string{"compan", "firm", "corporat", "enterprise"}

// adviceAsked reports whether a question asks advice or an opinion of
// what ought to be: "what should the US do next", "what does the author
// recommend". Not "should I ..." (the asker rule's) nor "why should the
// US care" (a reason asked).
func adviceAsked(raw []rawToken) bool {
	for i, t := range raw {
		switch t.text {
		case "should", "ought":
			if i+1 < len(raw) && (raw[i+1].text == "i" || raw[i+1].text == "we") {
				continue
			}
			if i > 0 && (raw[i-1].text == "i" || raw[i-1].text == "we") {
				continue
			}
			if asksWhy(raw[:i]) {
				// "Why should the US care about Tajikistan" asks the
				// reasons the paper gives, not advice.
				continue
			}
			return true
		case "recommend", "recommends", "recommendation", "recommendations", "advise", "advises", "advice":
			return true
		}
	}
	return false
}

// asksWhy reports whether raw holds "why" (or "how come").
func asksWhy(raw []rawToken) bool {
	for i, t := range raw {
		if t.text == "why" || t.text == "come" && i > 0 && raw[i-1].text == "how" {
			return true
		}
	}
	return false
}

// companyAsked reports whether a question asks which company (or firm,
// or corporation) did something: "which American companies invested",
// "what firm built"; adjectives between "which" and the noun allowed.
func companyAsked(raw []rawToken) bool {
	for i, t := range raw {
		if t.text != "which" && t.text != "what" {
			continue
		}
		for k := i + 1; k < len(raw) && k <= i+3; k++ {
			switch raw[k].text {
			case "company", "companies", "firm", "firms", "corporation", "corporations", "business", "businesses":
				return true
			}
			if stopWords[raw[k].text] && !framing[raw[k].text] {
				return false
			}
		}
		return false
	}
	return false
}

// adviceMiss returns the rules of this file that the top hit, paragraph
// d with its chosen sentence at sent, fails: none of its sentences from
// sent-1 to sent+1 writes what was asked.
func (ix *Index) adviceMiss(raw []rawToken, d, sent int) int {
	rules := 0
	if adviceAsked(raw) && !ix.windowHolds(d, sent, func(text string) bool { return hasWordFrom(text, adviceWords) }) {
		rules |= ruleAdvice
	}
	if companyAsked(raw) && !ix.windowHolds(d, sent, func(text string) bool { return hasWordFrom(text, companyWords) }) {
		rules |= ruleCompany
	}
	return rules
}

// ruleChat: a decline rule of askedMiss, after ruleNameAmount. A
// message made only of chat ("thank you so much, that helped", "ok
// cool", "good night everyone") asks nothing of the paper, whatever
// paragraph its few words meet.
const ruleChat = ruleNameAmount << 1

// chatWords are the words of thanks, greetings and assent in chat.
var chatWords = map[string]bool{"thanks": true, "thank": true, "thx": true, "ty": true, "you": true, "u": true, "ok": true,
	"okay": true, "k": true, "cool": true, "great": true, "nice": true, "awesome": true, "perfect": true, "that": true,
	"it": true, "this": true, "helped": true, "helpful": true, "a": true, "lot": true, "so": true, "much": true,
	"very": true, "bye": true, "see": true, "tomorrow": true, "later": true, "good": true, "night": true,
	"morning": true, "evening": true, "hi": true, "hello": true, "hey": true, "there": true, "everyone": true,
	"all": true, "lol": true, "haha": true, "bot": true, "got": true, "yes": true, "yeah": true, "sure": true}

// chatOnly reports whether every word of a message is chat.
func chatOnly(raw []rawToken) bool {
	for _, t := range raw {
		if !chatWords[t.text] {
			return false
		}
	}
	return len(raw) > 0
}
