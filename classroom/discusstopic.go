package classroom

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"paperbot/paper"
)

// termGroup is one word of a topic as a reader typed it with the other
// words that mean it: its spellings and adjectives ("Russia", "Russian")
// are core, everyday synonyms ("narcotics" for "drug") only widen the
// search. A term ending in "*" matches any word it begins, up to a few
// letters more ("terror*" finds "terrorism", "terrorist").
type termGroup struct {
	word     string
	core     []string
	synonyms []string
	whole    bool // the topic as a whole: a match names every word of it
	name     bool // the word names a thing the list of kinds knows (a country, a person)
}

func (g termGroup) all() []string { return append(append([]string(nil), g.core...), g.synonyms...) }

// topicGroups splits topic into its content words, each with its other
// spellings, the adjectives of a country the paper uses ("Russian" for
// "Russia"), a stem for its endings, and its everyday synonyms.
func (x *extractor) topicGroups(topic string) []termGroup {
	var out []termGroup
	seen := map[string]bool{}
	for _, w := range reTopicWord.FindAllString(topic, -1) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		lw := strings.ToLower(w)
		if len(lw) < 2 || stopWords[lw] || topicStop[lw] || seen[lw] {
			continue
		}
		seen[lw] = true
		g := termGroup{word: lw}
		if k, _ := x.world.kindOf(upperFirst(w)); k != "" {
			g.name = true
		}
		have := map[string]bool{}
		addCore := func(t string) {
			t = strings.ToLower(t)
			if t != "" && !have[t] {
				have[t] = true
				g.core = append(g.core, t)
			}
		}
		addCore(lw)
		if st := wordStem(lw); st != lw {
			addCore(st + "*")
		} else if len(lw) > 3 && !strings.HasSuffix(lw, "s") {
			addCore(lw + "s") // "border" finds "borders"
		}
		for _, sp := range x.allSpellings(upperFirst(w)) {
			addCore(sp)
			for _, adj := range x.adjectivesOf(sp) {
				addCore(adj)
			}
		}
		stem := strings.TrimSuffix(lw, "s")
		for k, syns := range topicSynonyms {
			if k == lw || k == stem || strings.TrimSuffix(k, "s") == stem ||
				len(lw) >= 5 && strings.HasPrefix(k, lw) || len(k) >= 5 && strings.HasPrefix(lw, k) {
				for _, s := range syns {
					if !have[s] {
						have[s] = true
						g.synonyms = append(g.synonyms, s)
					}
				}
			}
		}
		out = append(out, g)
	}
	if len(out) > 1 {
		words := make([]string, len(out))
		for i, g := range out {
			words[i] = g.word
		}
		if syns, ok := phraseSynonyms[strings.Join(words, " ")]; ok {
			out = append(out, termGroup{word: strings.Join(words, " "), synonyms: syns, whole: true})
		}
	}
	return out
}

// phraseSynonyms are the words that name a two-word topic as a whole
// ("counter-narcotics" is about drug trafficking though it names neither
// word), keyed by the topic's content words: general English.
var phraseSynonyms = map[string][]string{
	"drug trafficking":   {"counter-narcotics", "anti-narcotics", "narcotics", "drug trade", "drugs trade", "drug smuggling", "drug trading", "opiates"},
	"war terror":         {"counter-terrorism", "antiterrorism", "anti-terrorist", "antiterrorist", "terrorism", "terrorist", "9/11", "september 11", "sept. 11"},
	"war terrorism":      {"counter-terrorism", "antiterrorism", "anti-terrorist", "antiterrorist", "terrorist", "9/11", "september 11", "sept. 11"},
	"human rights":       {"torture", "detainees", "prisoners", "freedom of expression", "press freedom", "freedom of the press", "religious freedom", "fair trial"},
	"military bases":     {"airbase", "airbases", "air bases", "airspace", "overflight", "over-flight", "runways", "landing"},
	"border security":    {"border force", "border protection", "border guards", "frontier"},
	"economic relations": {"trade", "investment", "exports", "imports", "economy", "investors"},
	"religious freedom":  {"religious discontent", "religious rights"},
}

// topicStop are words of a topic that name no subject of their own ("the
// role of China", "relations with Russia").
var topicStop = map[string]bool{"and": true, "the": true, "its": true, "of": true, "on": true, "in": true, "to": true,
	"role": true, "policy": true, "policies": true, "issue": true, "issues": true, "question": true, "about": true}

// wordStem drops a common English ending so that "economic" finds
// "economy" and "terror" finds "terrorism"; a short word keeps its whole.
func wordStem(w string) string {
	for _, suf := range []string{"ations", "ation", "ities", "ity", "ics", "ic", "ies", "ism", "ist", "ing", "cy", "ed", "es", "s", "y"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 5 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// adjectivesOf lists the capitalised words of the paper that name the
// country name as an adjective ("Russian", "Uzbek").
func (x *extractor) adjectivesOf(name string) []string {
	if k, _ := x.world.kindOf(name); k != "country" {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for i := range x.p.Paragraphs {
		for _, tok := range reToken.FindAllString(x.p.Paragraphs[i].Text, -1) {
			if seen[tok] || tok == name || !isCapitalized(tok) {
				continue
			}
			seen[tok] = true
			if c := x.countryOfAdjective(tok); c != "" && x.world.sameThing(c, name) {
				out = append(out, tok)
			}
		}
	}
	return out
}

// termAt finds term in low (lower case) as a whole word, or as the start
// of a word when it ends in "*"; it returns every match's byte range.
func termAt(low, term string) [][2]int {
	prefix := strings.HasSuffix(term, "*")
	t := strings.TrimSuffix(term, "*")
	var out [][2]int
	for from := 0; from < len(low); {
		i := strings.Index(low[from:], t)
		if i < 0 {
			break
		}
		i += from
		j := i + len(t)
		from = i + 1
		if i > 0 && isWordRune(rune(low[i-1])) {
			continue
		}
		if prefix {
			k := j
			for k < len(low) && unicode.IsLetter(rune(low[k])) {
				k++
			}
			if k-j > 5 {
				continue
			}
			j = k
		} else if j < len(low) && isWordRune(rune(low[j])) {
			continue
		}
		out = append(out, [2]int{i, j})
	}
	return out
}

func hasTerm(low, term string) bool { return len(termAt(low, term)) > 0 }

// listMention: every match of term in s (as typed) is one item of a list
// of names ("Iran, China, and Russia", "Afghanistan and China") or of an
// enumeration (an item of four words or fewer between commas, or after
// the last one, in a sentence with two commas or more): the sentence
// names the topic without saying anything about it.
func listMention(s, term string) bool {
	low := strings.ToLower(s)
	ms := termAt(low, term)
	if len(ms) == 0 {
		return false
	}
	commas := strings.Count(s, ",") + strings.Count(s, ";")
	for _, m := range ms {
		before := strings.TrimRight(s[:m[0]], " ")
		after := strings.TrimLeft(s[m[1]:], " ")
		inNames := false
		switch {
		case strings.HasSuffix(before, ","), strings.HasSuffix(before, " and"), strings.HasSuffix(before, " or"):
			prev := strings.Fields(strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(before, ","), " and"), " or"), ","))
			inNames = len(prev) > 0 && isCapitalized(prev[len(prev)-1]) && isCapitalized(s[m[0]:m[1]])
		}
		if !inNames && (strings.HasPrefix(after, ",") || strings.HasPrefix(after, "and ")) {
			next := strings.Fields(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(after, ","), " and"), "and"))
			inNames = len(next) > 0 && isCapitalized(next[0]) && isCapitalized(s[m[0]:m[1]])
		}
		if inNames {
			continue
		}
		if commas >= 2 {
			lo := strings.LastIndexAny(s[:m[0]], ",;")
			hi := strings.IndexAny(s[m[1]:], ",;")
			if lo < 0 && strings.Count(s[m[1]:], ",") >= 2 && shortNextItem(s[m[1]:]) {
				// the first item of a list that follows ("focusing on
				// border security, drug smuggling, economy, ..."): the item
				// starts after the word that opens the list
				for _, open := range []string{" on ", " of ", " as ", " including ", " in ", " for "} {
					if k := strings.LastIndex(s[:m[0]], open); k >= 0 && k+len(open)-1 > lo {
						lo = k + len(open) - 1
					}
				}
			}
			if lo >= 0 || hi >= 0 {
				if hi < 0 {
					hi = len(s) - m[1]
				}
				item := strings.TrimSpace(s[lo+1 : m[1]+hi])
				for _, lead := range []string{"and ", "as well as ", "or ", "etc"} {
					item = strings.TrimPrefix(item, lead)
				}
				if wordCount(item) <= 4 && !hasFiniteVerb(item) {
					continue
				}
			}
		}
		return false
	}
	return true
}

// shortNextItem: rest (what follows a term) goes on with a short item of
// a list (", drug smuggling, economy"), not a clause.
func shortNextItem(rest string) bool {
	i := strings.IndexAny(rest, ",;")
	if i < 0 {
		return false
	}
	next := rest[i+1:]
	if j := strings.IndexAny(next, ",;"); j >= 0 {
		next = next[:j]
	}
	return wordCount(next) <= 4 && !hasFiniteVerb(next)
}

// topicMentions are the sentences of the body that name one of the
// topic's core words, and whether any of them says something about it:
// names it outside a list, in a section of its own (not the abstract or
// conclusion, which only restate the body).
func (x *extractor) topicMentions(pt *plainText, groups []termGroup) (paras []int, substantive bool) {
	for i := range x.p.Paragraphs {
		para := &x.p.Paragraphs[i]
		named := false
		for si := range para.Sentences {
			s, low := pt.sent[i][si], pt.low[i][si]
			for _, g := range groups {
				for _, t := range g.core {
					if !hasTerm(low, t) {
						continue
					}
					named = true
					if !listMention(s, t) && !summarySection(para.Section) {
						substantive = true
					}
				}
			}
		}
		if named {
			paras = append(paras, para.N)
		}
	}
	return paras, substantive
}

// passages ranks the paragraphs for the topic and keeps up to
// MaxPassages: how squarely one of a paragraph's sentences is about the
// topic (each topic word counts once, by its rarest matching term, with a
// bonus when a sentence names every word of the topic, over the
// sentence's length; a word named only as a list item counts half), the
// search engine's ranking of the paragraph, and a bonus for a section
// named after the topic ("Economic Relations"). The engine's score counts
// in full only where the paragraph says something about the topic itself,
// not where it names it in a list. Paragraphs scoring at least minShare of
// the best are candidates.
func (x *extractor) passages(pt *plainText, groups []termGroup, ranked []Ranked) []int {
	n := len(x.p.Paragraphs)
	low, raw := pt.low, pt.sent
	df := map[string]int{}
	for i := range x.p.Paragraphs {
		para := &x.p.Paragraphs[i]
		in := map[string]bool{}
		for si := range para.Sentences {
			for _, g := range groups {
				for _, t := range g.all() {
					if hasTerm(low[i][si], t) {
						in[t] = true
					}
				}
			}
		}
		for t := range in {
			df[t]++
		}
	}
	focus := make([]float64, n)
	for i := range x.p.Paragraphs {
		first, second := 0.0, 0.0
		for si, st := range low[i] {
			w, covered := 0.0, 0
			for gi, g := range groups {
				best := 0.0
				for _, t := range g.all() {
					if !hasTerm(st, t) {
						continue
					}
					v := math.Log(1 + float64(n)/float64(df[t]))
					if listMention(raw[i][si], t) {
						v /= 2
					}
					if otherCompound(st, t, gi, groups) {
						v /= 3
					}
					best = math.Max(best, v)
				}
				switch {
				case best > 0 && g.whole:
					covered = len(groups)
				case best > 0:
					covered++
				}
				w += best
			}
			if len(groups) > 1 && covered >= len(groups)-1 && (covered == len(groups) || !groups[len(groups)-1].whole) {
				w *= 1.3
			}
			f := w / math.Sqrt(float64(max(12, wordCount(st))))
			if f > first {
				first, second = f, first
			} else if f > second {
				second = f
			}
		}
		focus[i] = first + second/2
	}
	engine := make([]float64, n)
	top := 0.0
	for _, r := range ranked {
		top = math.Max(top, r.Score)
	}
	for _, r := range ranked {
		if r.Paragraph >= 1 && r.Paragraph <= n && top > 0 {
			engine[r.Paragraph-1] = r.Score / top
		}
	}
	maxFocus := 0.0
	for _, f := range focus {
		maxFocus = math.Max(maxFocus, f)
	}
	type cand struct {
		i     int
		score float64
	}
	var cands []cand
	best := 0.0
	for i := range x.p.Paragraphs {
		f := 0.0
		if maxFocus > 0 {
			f = focus[i] / maxFocus
		}
		if f == 0 && engine[i] < 0.6 {
			continue
		}
		sc := 0.7*f + 0.3*engine[i]*math.Min(1, 2*f)
		// the bar is a share of the best evidence on the topic, not of
		// the section-name bonus: with it, a search ranking that moved
		// by a hair ("economic relations" after the twelfth retrieval
		// pass) pushed ¶5's aid figures (0.318 against a bar of 0.3185)
		// out of the handout
		best = math.Max(best, sc)
		if sectionNamed(x.p.Paragraphs[i].Section, groups) {
			sc += 0.4
		}
		cands = append(cands, cand{i, sc})
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	// a paragraph about something else that names the topic in one
	// clause is no passage on it, while others are
	kept := cands[:0:0]
	for _, c := range cands {
		if !x.asideOnly(pt, c.i, groups) {
			kept = append(kept, c)
		}
	}
	if len(kept) > 0 {
		cands = kept
	}
	// The body first; the summaries (abstract, conclusion),
	// which restate it, only fill up.
	var out []int
	taken := make([]bool, len(cands))
	for pass := 0; pass < 2; pass++ {
		for k, c := range cands {
			summary := summarySection(x.p.Paragraphs[c.i].Section)
			if len(out) == MaxPassages || taken[k] || c.score < minShare*best || summary && c.score < summaryShare*best {
				continue
			}
			if pass == 0 && summary {
				continue
			}
			taken[k] = true
			out = append(out, c.i+1)
		}
	}
	// room left: a paragraph below the share still counts when one of its
	// sentences names the whole topic outside a list, or makes the name
	// the topic is about its subject ("The government of Russia was not
	// happy to accept US military forces ...")
	for k, c := range cands {
		if len(out) == MaxPassages {
			break
		}
		if !taken[k] && x.squarelyOn(pt, c.i, groups) {
			taken[k] = true
			out = append(out, c.i+1)
		}
	}
	return out
}

// asideOnly: paragraph i names the topic only in passing: of a topic of
// two words only the second, the general noun, is named there (the "war"
// of "the war on terror" in ¶19 is no passage on the civil war, while
// "border" alone in ¶6 is on border security), or a single sentence names it, as one of
// a list of issues (¶4's "poverty, health, education, transport, energy,
// and ... narcotics trafficking"), or every sentence naming it names it as
// one item of a list (¶23's "drug smuggling" among the issues of
// cooperation).
func (x *extractor) asideOnly(pt *plainText, i int, groups []termGroup) bool {
	k := plainGroups(groups)
	modifier, naming, listed, allListed := false, 0, false, true
	for si, low := range pt.low[i] {
		any, inList := false, true
		for gi, g := range groups {
			for _, t := range g.all() {
				if hasTerm(low, t) {
					any = true
					inList = inList && listMention(pt.sent[i][si], t)
					// the topic whole, or its first word, which tells its
					// compound from others ("border", not "security")
					// outside a list: "border security" among ¶23's list of
					// issues says nothing of it
					modifier = modifier || (g.whole || gi == 0) && !listMention(pt.sent[i][si], t)
					break
				}
			}
		}
		if !any {
			continue
		}
		naming++
		listed = enumerates(pt.sent[i][si])
		allListed = allListed && (listed || inList)
	}
	return k == 2 && !modifier || naming == 1 && listed || naming > 0 && allListed
}

// squarelyOn: a sentence of paragraph i names every word of the topic
// outside a list, or has the name the topic is about as its subject.
func (x *extractor) squarelyOn(pt *plainText, i int, groups []termGroup) bool {
	k := plainGroups(groups)
	for si, low := range pt.low[i] {
		covered := 0
		subject := strings.ToLower(subjectOf(stripAttribution(pt.sent[i][si])))
		for _, g := range groups {
			for _, t := range g.all() {
				if hasTerm(low, t) && !listMention(pt.sent[i][si], t) {
					if g.whole {
						covered = k
					} else {
						covered++
					}
					break
				}
			}
			if g.name {
				for _, t := range g.core {
					if hasTerm(subject, t) {
						return true
					}
				}
			}
		}
		if k > 0 && covered >= k {
			return true
		}
	}
	return false
}

// minShare is the share of the best passage's score a passage of the body
// needs; summaryShare a passage of the abstract or conclusion, which
// restates the body.
const (
	minShare     = 0.25
	summaryShare = 0.4
)

// sectionNamed: every content word of the section's title is one of the
// topic's words ("economic relations" and "Economic Relations").
func sectionNamed(title string, groups []termGroup) bool {
	words := reTopicWord.FindAllString(strings.ToLower(title), -1)
	if len(words) == 0 || summarySection(title) {
		return false
	}
	for _, w := range words {
		found := false
		for _, g := range groups {
			for _, t := range g.core {
				if hasTerm(w, t) {
					found = true
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// summarySection: a section that restates the body rather than adds to it
// (an introduction, which here sets out the civil war and Russia, adds).
func summarySection(title string) bool {
	t := strings.ToLower(title)
	for _, w := range []string{"abstract", "conclusion", "summary"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

var reTopicWord = regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9/'’-]*`)

// plainText is every sentence of the paper in plain English, as typed
// and in lower case, read once for a discussion.
type plainText struct {
	sent, low [][]string
	para      []string // each paragraph, lower case
}

func (x *extractor) plainText() *plainText {
	pt := &plainText{sent: make([][]string, len(x.p.Paragraphs)), low: make([][]string, len(x.p.Paragraphs)), para: make([]string, len(x.p.Paragraphs))}
	for i := range x.p.Paragraphs {
		for _, sent := range x.p.Paragraphs[i].Sentences {
			s := x.plain.apply(sent.Text)
			pt.sent[i] = append(pt.sent[i], s)
			pt.low[i] = append(pt.low[i], strings.ToLower(s))
		}
		pt.para[i] = strings.Join(pt.low[i], " ")
	}
	return pt
}

// plainPassage is paragraph para in plain English: its citations cut but
// whose judgment it is kept ("According to Human Rights Watch, ...", "...,
// according to the U.S. Department of State."), the spinner's swaps put
// back (and "a" before a vowel they leave made "an").
func (x *extractor) plainPassage(para *paper.Paragraph) string {
	cuts := attributedCuts(para)
	parts := make([]string, 0, len(para.Sentences))
	for _, sent := range para.Sentences {
		s := asSentence(render(para.Text, sent.Start, sent.End, cuts))
		if bare := stripAttribution(s); bare != s {
			// "As Crosston work's state that there was ...": the source
			// stays, in plain words
			if src := narrativeSource(para, sent.Start, sent.End); src != "" {
				bare = "According to " + src + ", " + lowerLead(bare)
			}
			s = bare
		}
		s = x.plain.apply(s)
		s = reArticle.ReplaceAllString(s, "${1}n $2") // "a independent" after a swap
		// "for elections, which were one step along the way to be free,
		// fair and inclusive": what was asked, as the timeline tells it
		s = reWhichToBe.ReplaceAllString(s, " to be $1")
		s = reOnMonthYear.ReplaceAllStringFunc(s, func(m string) string { return string(m[0]-'O'+'I') + "n" + m[2:] }) // "on January 2012": a month takes "in"
		if s != "" {
			parts = append(parts, upperFirst(s))
		}
	}
	return strings.Join(parts, " ")
}

// reOnMonthYear: "on" before a month and year without a day.
var reOnMonthYear = regexp.MustCompile(`\b[Oo]n (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b`)

// otherCompound: every match of t (a term of groups[gi]) in low belongs
// to another compound than the topic's two words: "civil emergency" is
// not about the civil war, "overflight rights" not about human rights,
// "national security" not about border security. A modifier that names
// something ("Russia's consent") is still about it.
func otherCompound(low, t string, gi int, groups []termGroup) bool {
	if plainGroups(groups) != 2 || gi > 1 || strings.Contains(t, " ") {
		return false
	}
	other := groups[1-gi]
	ms := termAt(low, t)
	for _, m := range ms {
		var w string
		if gi == 0 {
			if f := strings.Fields(low[m[1]:]); len(f) > 0 {
				w = f[0]
			}
		} else if f := strings.Fields(low[:m[0]]); len(f) > 0 {
			w = f[len(f)-1]
		}
		w = strings.TrimRight(w, ".,;:'’")
		if w == "" || len(w) <= 3 || stopWords[w] || topicStop[w] || strings.ContainsAny(w, ",;:") {
			return false
		}
		named := false
		for _, o := range other.all() {
			if hasTerm(w, o) {
				named = true
			}
		}
		if named || gi == 0 && groups[0].name {
			return false
		}
	}
	return len(ms) > 0
}

// enumerates: s lists three or more items of one or two words between its
// commas or semicolons ("neediness, wellbeing, instruction,
// transportation, vitality"): a list of issues, not a statement on one.
func enumerates(s string) bool {
	short := 0
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		part = strings.TrimSpace(part)
		for _, lead := range []string{"and ", "or ", "as well as ", "etc"} {
			part = strings.TrimPrefix(part, lead)
		}
		if n := wordCount(part); n >= 1 && n <= 2 && !strings.ContainsAny(part, "()0123456789") {
			short++
		}
	}
	return short >= 3
}

// attributedCuts are the paragraph's citation cuts, except that a
// citation of an organisation closing a sentence ("... and corruption
// (U.S. Department of State, 2013).") leaves its name: a judgment the
// paper takes from a source is not the author's own. A person's surname
// ("(Nichol, 2013, p.17)") is cut with the rest.
func attributedCuts(para *paper.Paragraph) []edit {
	cuts := citationCuts(para)
	for _, c := range para.Citations {
		end := c.Start + len(c.Text)
		if c.Narrative || end >= len(para.Text) || para.Text[end] != '.' || !organisation(c.Author) {
			continue
		}
		if before := strings.TrimRight(para.Text[:c.Start], " "); strings.HasSuffix(before, ".") {
			continue // a citation standing after its sentence's full stop
		}
		for k := range cuts {
			if cuts[k].start <= c.Start && cuts[k].end == end {
				cuts[k].repl = ", according to " + sourceName(c.Author)
			}
		}
	}
	// every other parenthetical citation stays as a short attribution
	// ("(US Embassy in Tajikistan, 2006)", page locators dropped): a
	// figure or judgment the paper takes from a source is that source's
	for _, c := range para.Citations {
		short := shortCitation(c)
		if c.Narrative || short == "" {
			continue
		}
		end := c.Start + len(c.Text)
		for k := range cuts {
			if cuts[k].start == c.Start && cuts[k].end == end && cuts[k].repl == "" {
				cuts[k].repl = " " + short
				// "... in Tajikistan. (US Embassy, 2006).": inside the sentence
				if before := strings.TrimRight(para.Text[:c.Start], " "); strings.HasSuffix(before, ".") {
					cuts[k].start, cuts[k].repl = len(before)-1, cuts[k].repl+"."
					if end < len(para.Text) && para.Text[end] == '.' {
						cuts[k].end++
					}
				}
			}
		}
	}
	return cuts
}

// shortCitation is c as a reader needs it to find the source: "(Nichol,
// 2013)", "(Bakhovadin and Dodikhudoev, 2005)"; "" when c names no author.
func shortCitation(c paper.Citation) string {
	a := strings.Trim(c.Author, "* ")
	a = strings.NewReplacer(", &", " and", " &", " and", ", and", " and").Replace(a)
	if a == "" {
		return ""
	}
	if c.Year > 0 {
		return fmt.Sprintf("(%s, %d)", a, c.Year)
	}
	return "(" + a + ")"
}

// narrativeSource is the organisation or author a sentence of para names
// as its source ("According to Human Rights Watch, (2013) expressed that").
func narrativeSource(para *paper.Paragraph, from, to int) string {
	for _, c := range para.Citations {
		if c.Narrative && c.Start >= from && c.Start < to {
			return sourceName(c.Author)
		}
	}
	return ""
}

// organisation: an author of several words that is no list of persons
// ("Human Rights Watch", not "Abdullaev, & Akbarzaheh").
func organisation(author string) bool {
	a := strings.Trim(author, "* ")
	// a hyphenated "Tajik-American Relations" is the title of a page, not
	// who judged
	return len(strings.Fields(a)) >= 2 && !strings.ContainsAny(a, "&,-") && !strings.Contains(a, "et al")
}

// lowerLead lowers the first letter of s when its first word is a common
// word ("There was ...", "The human rights situation ..."), not a name.
func lowerLead(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 || !commonLead[strings.ToLower(f[0])] {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

var commonLead = map[string]bool{"the": true, "there": true, "a": true, "an": true, "in": true, "on": true, "at": true,
	"from": true, "since": true, "during": true, "after": true, "before": true, "under": true, "this": true, "these": true,
	"it": true, "its": true, "their": true, "they": true, "as": true, "many": true, "most": true, "some": true,
	"consequently": true, "when": true, "although": true, "while": true, "because": true, "with": true, "for": true,
	"by": true, "all": true, "both": true, "according": true, "following": true, "apart": true,
	"though": true, "despite": true, "once": true, "until": true, "unlike": true, "if": true, "even": true, "over": true, "through": true}

// sourceName is an author as a sentence names it: "the U.S. Department of
// State", "The Express Tribune", "Crosston".
func sourceName(author string) string {
	a := strings.Trim(author, "* ")
	if strings.HasPrefix(a, "U.S. ") || strings.HasPrefix(a, "United States ") {
		return "the " + a
	}
	return a
}
