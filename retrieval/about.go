package retrieval

import "strings"

// About is what a question about the paper itself asks for: its argument,
// its scope, its method, its conclusion, a section as a whole, its author,
// its keywords. Such questions are answered from the abstract, the
// conclusion or the section named, never with nothing.
type About uint8

const (
	AboutNone       About = iota
	AboutArgument         // "what is the main argument of this paper", "summarize the paper"
	AboutScope            // "what time period does the paper cover"
	AboutMethod           // "what sources does the author use"
	AboutConclusion       // "what does the author conclude"
	AboutSection          // "summarize the economic relations section"
	AboutAuthor           // "who wrote this paper"
	AboutKeywords         // "what are the keywords of this paper"
)

func (a About) String() string {
	return [...]string{"", "argument", "scope", "method", "conclusion", "section", "author", "keywords"}[a]
}

// Words of general English that make a question about the paper itself.
var (
	// selfWords name the work: "this paper", "the author".
	selfWords = words("paper papers article study author authors reading essay text writer research piece work thesis dissertation chapter")
	// summaryWords ask for the gist.
	summaryWords = words("argument arguments argue argues arguing thesis summary summarize summarise summarized summarised summarizing summarising sum tldr tl overview gist takeaway takeaways theme themes point points prove claim claims main")
	scopeWords   = words("period periods cover covers covered covering span timeframe timespan scope aspects focus focuses organised organized structure structured outline")
	methodWords  = words("method methods methodology sources source approach data quantitative qualitative interviews interview empirical literature evidence")
	endWords     = words("conclude concludes concluded concluding conclusion conclusions end ends ending")
	authorWords  = words("wrote write written writes published publish university affiliation institution")
)

// wh are the question words: "who wrote this paper" asks, "this paper is
// badly written" does not.
var wh = words("who whom what which when where how whats")

// A question asking which years or period are covered, studied or
// spanned, with no other content word ("which years are covered", "what
// period is studied"), can only ask the paper's own scope: in a class on
// one paper students often leave "the paper" out.
var (
	coverWords = words("cover covers covered covering span spans spanned studied study studies examine examines examined")
	timeWords  = words("year years period periods time timeframe timespan dates date era decade decades")
	timeStems  = func() map[string]bool {
		m := map[string]bool{}
		for w := range timeWords {
			m[stem(w)] = true
		}
		return m
	}()
)

// asksCoverage reports whether raw asks which time is covered: a cover
// word and a time word.
func asksCoverage(raw []rawToken) bool {
	cover, time := false, false
	for _, t := range raw {
		cover = cover || coverWords[t.text]
		time = time || timeWords[t.text]
	}
	return cover && time
}

// mentionsSelf reports whether the question speaks of this paper: "this
// paper", "the author", "this study", not "my essay".
func mentionsSelf(raw []rawToken) bool {
	for i, t := range raw {
		if !selfWords[t.text] {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			switch raw[j].text {
			case "this", "the", "these", "that":
				return true
			case "my", "your", "a", "an", "our":
				j = -1
			}
		}
	}
	return false
}

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// detectAbout reads from the question's words whether it asks about the
// paper itself, and what. named is whether it names a section; content is
// whether it holds words the paper has besides section names and the
// words above (then it asks about something in the paper).
func detectAbout(raw []rawToken, named, content bool) About {
	has := func(set map[string]bool) bool {
		for _, t := range raw {
			if set[t.text] {
				return true
			}
		}
		return false
	}
	self := mentionsSelf(raw)
	switch {
	case self && (has(words("keywords")) || hasPair(raw, "key", "words")):
		return AboutKeywords
	case self && has(authorWords) && has(wh), hasPair(raw, "who", "author"):
		return AboutAuthor
	case named && !content:
		return AboutSection
	case content:
		return AboutNone
	case !self && asksCoverage(raw):
		return AboutScope
	case self && has(endWords):
		return AboutConclusion
	case self && has(methodWords):
		return AboutMethod
	case self && (has(scopeWords) || has(timeWords) && has(wh)):
		// "What years does this paper look at": a time asked of the
		// paper and no other topic is its scope.
		return AboutScope
	case self && (has(summaryWords) || endsWithAbout(raw)), has(summaryWords) && len(raw) <= 3:
		return AboutArgument
	}
	return AboutNone
}

// hasPair reports whether a and b both occur in raw.
func hasPair(raw []rawToken, a, b string) bool {
	var ha, hb bool
	for _, t := range raw {
		ha = ha || t.text == a
		hb = hb || t.text == b
	}
	return ha && hb
}

// endsWithAbout: "what is this article about", "what is this paper
// actually about, like in one line": nothing but filler after "about".
func endsWithAbout(raw []rawToken) bool {
	for i := len(raw) - 1; i >= 0; i-- {
		w := raw[i].text
		switch {
		case w == "about":
			return true
		case stopWords[w] || aboutFiller[w]:
		default:
			return false
		}
	}
	return false
}

// aboutFiller may follow "what is this paper about".
var aboutFiller = words("like line lines one two three sentence sentences short brief briefly nutshell words simple simply terms plain english")

// aboutWord reports whether the stem t is one of the words that make a
// question about the paper itself (not content).
func aboutWord(t string) bool { return aboutStems[t] }

var aboutStems = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{selfWords, summaryWords, scopeWords, methodWords, endWords, authorWords} {
		for w := range set {
			m[stem(w)] = true
		}
	}
	for _, w := range []string{"time", "year", "years", "whole", "overall", "general", "section", "part", "say", "talk", "look", "use", "used", "find", "findings", "found", "sentences", "few", "one", "sentence", "brief", "briefly", "short", "give", "key", "exam", "remember", "learn"} {
		m[stem(w)] = true
	}
	return m
}()

// aboutParas returns the paragraphs that answer a question of kind a: the
// abstract, the conclusion, or both; nil for the others (a section is the
// named one).
func (ix *Index) aboutParas(a About) []int {
	switch a {
	case AboutArgument:
		return append(append([]int(nil), ix.abstract...), ix.conclusion...)
	case AboutScope, AboutMethod, AboutAuthor, AboutKeywords:
		if len(ix.abstract) > 0 {
			return ix.abstract
		}
		return []int{0}
	case AboutConclusion:
		if len(ix.conclusion) > 0 {
			return ix.conclusion
		}
		return []int{len(ix.paras) - 1}
	}
	return nil
}
