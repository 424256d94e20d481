package classroom

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"

	"paperbot/paper"
)

// Ranked is a paragraph a search ranked for a topic, with its score.
type Ranked struct {
	Paragraph int
	Score     float64
}

// Prompt is one discussion question drawn from the passages.
type Prompt struct {
	Kind       string `json:"kind"` // "claim" (a claim and its evidence), "compare" (two sums far apart), "check" (two near sums that may not agree), "tension" (two passages that pull apart), "position" (take a side on that tension, or on who counted for more)
	Text       string `json:"text"`
	Paragraphs []int  `json:"paragraphs"` // the passages it quotes or points to
}

// Passage is one paragraph of a discussion in plain English: the
// spinner's swaps put back, in-text citations cut. The paper's own words
// stay one /passage away.
type Passage struct {
	Paragraph int    `json:"paragraph"`
	Section   string `json:"section"`
	Page      int    `json:"page"`
	EndPage   int    `json:"end_page,omitempty"`
	Text      string `json:"text"`
	// Caution warns of a muddle the paper itself makes in the passage
	// (a pronoun whose country the sentence's own places contradict): the
	// passage is the paper's, so the warning is said, not fixed.
	Caution string `json:"caution,omitempty"`
	// Reading says where the plain text reads a word of the paper as the
	// writer judges it (see Reading: ¶4's "main state" as "only state"),
	// with the paper's words and why, so a reader checking the passage
	// against the paper is not misled.
	Reading string `json:"reading,omitempty"`
}

// Notes is what a reader must see before the passage's text: its caution,
// then its reading; "" when it has neither.
func (p Passage) Notes() string {
	return joinNotes(p.Caution, p.Reading)
}

// Where is the passage's citation heading: "Political Relations · p. 3 ·
// ¶4".
func (p Passage) Where() string {
	page := fmt.Sprintf("p. %d", p.Page)
	if p.EndPage > p.Page {
		page = fmt.Sprintf("pp. %d-%d", p.Page, p.EndPage)
	}
	return fmt.Sprintf("%s · %s · ¶%d", p.Section, page, p.Paragraph)
}

// Discussion is what /discuss posts: the passages on a topic, each to be
// cited, and prompts drawn from them. A topic the paper names only in
// passing gets Passing, the paragraphs that name it and a Note saying so,
// and no prompts: no debate is made up from a list of names.
type Discussion struct {
	Topic      string    `json:"topic"`
	Paragraphs []int     `json:"paragraphs"` // up to MaxPassages, most relevant first
	Passages   []Passage `json:"passages"`   // the same paragraphs in plain English
	Prompts    []Prompt  `json:"prompts"`
	Passing    bool      `json:"passing,omitempty"`
	Note       string    `json:"note,omitempty"`
}

// MaxPassages bounds the passages of a discussion: a thread a class reads
// through, not a search result.
const MaxPassages = 5

// topicSynonyms widen a topic's words to the everyday words a paper may use
// instead: general English, not this paper's.
var topicSynonyms = map[string][]string{
	"drug":        {"drugs", "narcotics", "narcotic", "opiates", "opium", "heroin", "counter-narcotics", "anti-narcotics"},
	"trafficking": {"smuggling", "traffickers"},
	"aid":         {"assistance", "donor", "funding", "help", "support"},
	"democracy":   {"democratic", "democratization", "elections", "reforms"},
	"rights":      {"freedom", "freedoms", "torture", "detainees", "prisoners"},
	"base":        {"bases", "airbase", "airbases", "air bases", "airspace", "overflight", "runways"},
	"military":    {"army", "troops", "forces", "defense", "defence"},
	"water":       {"river", "hydro", "hydropower"},
	"energy":      {"oil", "gas", "coal", "aluminum", "aluminium", "electricity", "resources"},
	"war":         {"conflict", "clash", "fighting"},
	"visit":       {"visits", "visited", "tour"},
	"cooperation": {"cooperate", "cooperated", "partnership", "partner", "collaboration"},
	"terrorism":   {"terrorist", "counter-terrorism", "antiterrorism", "anti-terrorist", "antiterrorist"},
	"supply":      {"supplies", "transit", "route", "distribution"},
	"revolution":  {"revolutions", "coups"},
	"colour":      {"color"},
	"9/11":        {"september 11", "sept. 11", "terrorist attacks"},
	"economic":    {"economy", "trade", "investment", "exports", "imports"},
	"border":      {"borders", "frontier"},
	"influence":   {"dependent", "dependence", "reliance", "counterweight", "balancing", "balance"},
}

// Discuss picks the passages for topic and draws the prompts from them.
// ranked is a search's ranking of the paper for the topic (best first),
// which decides alone when no paragraph names the topic's words. plain is
// p's plain-English list (see LoadPlain); nil keeps the paper's words.
func Discuss(p *paper.Paper, plain *Plain, topic string, ranked []Ranked) Discussion {
	x := newExtractor(p, buildGlossary(p), plain)
	d := Discussion{Topic: topic}
	groups := x.topicGroups(topic)
	pt := x.plainText()
	if named, substantive := x.topicMentions(pt, groups); len(named) > 0 && !substantive {
		d.Passing = true
		d.Paragraphs = named[:min(len(named), MaxPassages)]
		d.Note = fmt.Sprintf("The paper mentions %s only in passing (%s), as one name in a list or in a summary, and says nothing about it to discuss.",
			topicPhrase(topic), paraRefs(named))
		return d
	}
	if paras, n, narrow := x.clausesOnly(pt, groups); narrow {
		d.Passing = true
		d.Paragraphs = paras[:min(len(paras), MaxPassages)]
		// the paragraph may be on a wider subject that takes the topic in
		// (religious freedom in ¶9's human rights): say too little, not
		// "nothing", and point to that subject
		d.Note = fmt.Sprintf("The paper mentions %s only in passing (%s), in %s of a paragraph on a wider subject: too little to debate on its own. Read %s whole, or discuss the wider subject it belongs to.",
			topicPhrase(topic), paraRefs(paras), countClauses(n), paraRefs(paras))
		return d
	}
	d.Paragraphs = x.passages(pt, groups, ranked)
	if len(d.Paragraphs) > 0 {
		d.Prompts, d.Paragraphs = x.prompts(pt, topic, groups, d.Paragraphs)
	}
	d.Paragraphs = x.withContext(pt, groups, d.Paragraphs, d.Prompts)
	if len(d.Paragraphs) > 0 && len(d.Prompts) < 2 {
		// a thin handout gets, where its passages hold the material, an
		// agreement set against the later start of what it agreed (see
		// gap.go for the claim-against-size prompt that was dropped)
		ss := x.sentences(pt, groups, d.Paragraphs)
		if pr, ok := agreementGap(ss); ok && len(d.Prompts) < 2 && !samePrompt(d.Prompts, pr) {
			d.Prompts = append(d.Prompts, pr)
		}
	}
	if len(d.Paragraphs) > 0 && len(d.Prompts) == 0 && !d.Passing {
		// the passages report facts and argue nothing: no debate is
		// made up; they are handed out as background
		d.Note = fmt.Sprintf("The paper reports %s as facts (%s) and does not argue about it: there is no claim or tension in it to debate. Read the passages as background, or discuss a topic the paper argues about.",
			topicPhrase(topic), paraRefs(d.Paragraphs))
	}
	if len(d.Prompts) == 1 {
		// A discussion still of one prompt gets, where its passages give
		// two near sums for the two states, whether both can be right.
		// (A position on which partner counted for more, the United
		// States or NATO, was tried and dropped: a blind reader found it
		// a template setting partners the paper never sets against each
		// other, with no measure in the passages.)
		ss := x.sentences(pt, groups, d.Paragraphs)
		if pr, ok := x.closeFigures(ss); ok && !samePair(pr, d.Prompts[0]) {
			d.Prompts = append(d.Prompts, pr)
		}
	}
	for _, n := range d.Paragraphs {
		para := &p.Paragraphs[n-1]
		ps := Passage{Paragraph: n, Section: para.Section, Page: para.Page, Text: x.plainPassage(para), Caution: x.muddleCaution(para), Reading: x.readingNote(para)}
		if para.EndPage > para.Page {
			ps.EndPage = para.EndPage
		}
		d.Passages = append(d.Passages, ps)
	}
	return d
}

// withContext adds, before a passage that opens by pointing back at the
// paragraph before it ("The events created a completely new situation"
// after ¶13's "The Sept. 11, 2001, terrorist attacks ... were events"),
// that paragraph, when it is on the topic too: read alone, the passage
// does not say what "the events" were. At MaxPassages it takes the place
// of the last passage no prompt cites.
func (x *extractor) withContext(pt *plainText, groups []termGroup, paras []int, prompts []Prompt) []int {
	var cited []int
	for _, pr := range prompts {
		cited = append(cited, pr.Paragraphs...)
	}
	for _, n := range append([]int(nil), paras...) {
		prev := n - 1
		if prev < 1 || containsInt(paras, prev) || !x.refersBack(n) {
			continue
		}
		i := prev - 1
		if x.asideOnly(pt, i, groups) || !x.squarelyOn(pt, i, groups) {
			continue
		}
		keep := append(append([]int(nil), cited...), n)
		if len(paras) >= MaxPassages {
			paras = addPassage(paras, prev, keep)
			if !containsInt(paras, prev) {
				continue
			}
			paras = paras[:len(paras)-1] // put back below, before n
		}
		at := 0
		for k, m := range paras {
			if m == n {
				at = k
			}
		}
		paras = append(paras[:at], append([]int{prev}, paras[at:]...)...)
	}
	return paras
}

// reTheNouns: a paragraph opening on a plural noun with only "The" before
// it ("The events created ..."): what it names was told before.
var reTheNouns = regexp.MustCompile(`^The ([a-z]+s) [a-z]+`)

// refersBack: paragraph n's first sentence leans on the paragraph before
// it in the same section: it opens with a pronoun or "this", or with "The
// events" that the paragraph before names.
func (x *extractor) refersBack(n int) bool {
	para, prev := &x.p.Paragraphs[n-1], &x.p.Paragraphs[n-2]
	if len(para.Sentences) == 0 || para.Section != prev.Section {
		return false
	}
	first := para.Sentences[0].Text
	if leansBack(first) && !reExpletive.MatchString(first) {
		return true
	}
	m := reTheNouns.FindStringSubmatch(first)
	return m != nil && containsWord(prev.Text, m[1])
}

// pole is a pair of stances a paper on a state's policy may take in two
// places: general English. A sentence takes side a when it names one of a
// and, if aStance is set, one of aStance, and names nothing of b; side b
// likewise. both must be named in each (the subject the two disagree on).
type pole struct {
	question string // the position a student takes
	// topical: when set, question's %s is the words of side a the topic
	// names ("human rights"; "democracy"), topical when it names none: two
	// topics on one pole do not debate one question word for word
	topical string
	// frames: the position question for a topic naming one of a frame's
	// words, before question: two topics on one pole (human rights,
	// democracy) take different positions, not one question with a word
	// swapped
	frames     []frame
	ask        string // what the tension prompt asks
	askOff     string // ask, when one passage is not on the topic: it does not name it
	a, aStance []string
	b, bStance []string
	both       []string
	// holders: when set, a sentence takes a side only when its subject
	// names one of them (the two states whose relations are in question,
	// not Russia being "not happy" about US forces)
	holders []string
}

var poles = []pole{
	{question: "did the United States put security cooperation with Tajikistan ahead of %s?", // the topic's own side: "human rights", "democracy"
		topical: "democracy and human rights",
		frames: []frame{
			{words: []string{"democracy", "democratic", "democratization", "elections", "aid"},
				question: "could US aid build democracy in Tajikistan while the United States rewarded its government for security cooperation, or did one work against the other?"},
		},
		// the tension asks what each side shows; the position, which
		// counted for more: not the same question twice
		ask:     "What does each passage show the United States wanting from Tajikistan, and how could both be its policy on %s at once?",
		askOff:  "What does each passage show the United States wanting from Tajikistan, and how could both be its policy at once?",
		a:       []string{"human rights", "democratic", "democracy", "democratization", "elections", "freedom", "freedoms", "press", "religious"},
		aStance: []string{"need", "called", "warned", "concern", "concerns", "restrictions", "poor", "torture", "abuse", "limited", "repression", "respect"},
		b:       []string{"military", "security", "counter-terrorism", "antiterrorism", "anti-terrorist", "equipment", "training", "airbase", "airbases", "bases", "terrorism"},
		// the US rewarding or praising a security partner, not any
		// security aid (a border-force deal is no stance on democracy)
		bStance: []string{"partner", "reward", "praised", "thanked", "willingness"}},
	{question: "were relations between Tajikistan and the United States marked more by cooperation or by mistrust?",
		frames: []frame{
			// a topic on the bases asks what the offer hung on, which the
			// passages state (Russia's consent, a stay "as long as they were
			// temporary", the SCO's demand for a timetable): the 39th blind
			// read called the general question generic there
			{words: []string{"base", "bases", "airbase", "airbases", "airfield", "airfields"},
				question: "was Tajikistan's offer of its air bases to the United States a lasting commitment, or one that hung on Russia's consent and on the war in Afghanistan?"},
		},
		ask:     "What changed between the two for %s, and does the paper explain why?",
		askOff:  "What changed between the two, and does the paper explain why?",
		a:       []string{"cooperate", "collaborate", "ready", "partner", "partnership", "praised", "thanked", "willingness", "keen", "offered", "permitted", "allowed"},
		b:       []string{"reluctant", "restricted", "anxious", "accused", "withdrawal", "strained", "alerted", "coups", "not happy"},
		holders: []string{"tajikistan", "tajik", "tajiks", "united states", "us", "u.s", "u.s.", "usa", "america", "american", "americans", "washington", "dushanbe"}},
	{question: "after 2001, did Tajikistan move away from Russia, or did it stay dependent on it?",
		ask:    "On %s, can both be true, and what would have had to change between the two?",
		askOff: "Can both be true, and what would have had to change between the two?",
		a:      []string{"dependent", "dependence", "reliance", "relied"},
		b:      []string{"reduced", "balancing", "balance", "counterweight", "avoiding", "withdrew"},
		both:   []string{"russia", "russian", "russia's", "moscow"},
		// the question is Tajikistan's own stance: America offering a
		// counterweight does not oppose Tajikistan's dependence (both can
		// be true); a possessive subject ("its partnership with Russia")
		// is the state the sentence goes on to name
		holders: []string{"tajikistan", "tajik", "tajiks", "tajikistan's", "dushanbe", "its"}},
}

// frame is a position question for the topics naming one of its words.
type frame struct {
	words    []string
	question string
}

// positionOn is the position question on topic.
func (pl pole) positionOn(topic string) string {
	for _, f := range pl.frames {
		if countWords(strings.ToLower(topic), f.words) > 0 {
			return f.question
		}
	}
	if pl.topical == "" {
		return pl.question
	}
	var named []string
	for _, w := range pl.a {
		if containsWord(strings.ToLower(topic), w) {
			named = append(named, w)
		}
	}
	if len(named) == 0 {
		return fmt.Sprintf(pl.question, pl.topical)
	}
	return fmt.Sprintf(pl.question, strings.Join(named, " and "))
}

// claimWords mark a sentence that argues rather than reports: an
// evaluation, a cause or a consequence. A dated fact ("mainly poultry",
// "the largest donor") is reported, not argued.
var claimWords = []string{"important", "importance", "significant", "significantly", "key", "mainly focused", "dependent",
	"strained", "reluctant", "perceived", "seen as", "because", "as a result", "consequently", "therefore", "unique", "special",
	"essential", "critical", "anxious", "concerns", "more significant", "far less", "reward", "not surprising", "instrument",
	"remained poor", "highly", "so that", "in order to", "aimed at", "strategic", "surprisingly", "vulnerable", "poorest",
	"not happy", "more reluctant", "could fuel", "dominating", "set back"}

// reSinceCause: "Since Russian forces withdrew ..., the US had led ...":
// an event given as the reason for another (not "Since independence,").
var reSinceCause = regexp.MustCompile(`^Since ([^,]+),`)

// reCauseLead: a leading connective that makes a sentence a consequence.
var reCauseLead = regexp.MustCompile(`^(?:Consequently|As a result|Therefore|Thus|Hence),`)

// pastVerb: s holds a verb in the past ("withdrew", "started").
func pastVerb(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ",;:.")
		if strings.HasSuffix(w, "ed") && len(w) > 4 || irregularPast[w] != "" || finiteVerb(w) {
			return true
		}
	}
	return false
}

// lowerFirstWord lowers the first letter of s unless its first word is a
// name ("The U.S. military" → "the U.S. military"; "Tajikistan" stays).
func lowerFirstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	switch f[0] {
	case "The", "A", "An", "Its", "Their", "This", "These", "In", "On", "After", "During":
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

// sentenceInfo is one sentence of the paper, in plain English.
type sentenceInfo struct {
	para    int
	text    string
	own     string  // the paper's own sentence, citations cut
	source  string  // whom the paper cites for it: "US Embassy in Tajikistan (2006)"
	covered int     // topic words it names outside a list
	weight  float64 // how squarely it is about the topic: the rarer topic words count more
	claim   int     // claim words it holds
	fact    bool    // it gives a date or an amount: evidence
	leans   bool    // it cannot be quoted alone
	summary bool    // in the abstract or conclusion
	full    bool    // it names every word of the topic, or the topic as a whole
	core    bool    // it names one of the topic's own words (not a synonym) outside a list
	chosen  bool    // in one of the discussion's passages
	words   map[string]bool
	actors  map[string]bool // the countries it names, Tajikistan aside
	who     map[string]bool // the countries its main clause's subject names: whom it is about
	subject string          // up to its first finite verb
	third   bool            // it takes a side on a named third party the topic does not name (Russia)
}

// sentences reads every sentence of the body that can be quoted, marking
// those of the chosen paragraphs.
func (x *extractor) sentences(pt *plainText, groups []termGroup, paras []int) []sentenceInfo {
	n := len(x.p.Paragraphs)
	idf := make([]float64, len(groups))
	for gi, g := range groups {
		df := 0
		for i := range x.p.Paragraphs {
			for _, t := range g.all() {
				if hasTerm(pt.para[i], t) {
					df++
					break
				}
			}
		}
		idf[gi] = math.Log(1 + float64(n)/float64(max(1, df)))
	}
	var ss []sentenceInfo
	for i := range x.p.Paragraphs {
		para := &x.p.Paragraphs[i]
		for si := range para.Sentences {
			s, ok := x.plainSentence(para, si)
			if !ok || wordCount(s) < 6 || x.contradicted[[2]int{para.N, si}] {
				continue
			}
			if x.pronounAgainstPlaces(para, si) || x.townOfMuddled(para, si) {
				// the paper is muddled on who did what here: a prompt built
				// on it argues from the paper's slip
				continue
			}
			own := asSentence(tidy(render(para.Text, para.Sentences[si].Start, para.Sentences[si].End, citationCuts(para))))
			info := sentenceInfo{para: para.N, own: own, source: sentenceSource(para, si), summary: summarySection(para.Section), chosen: containsInt(paras, para.N)}
			if m := reReward.FindStringSubmatch(s); m != nil {
				// "This was done as a reward for its support ...": what was
				// rewarded is the sentence before; one sentence tells both
				if prev, ok := x.previous(para, si, 0); ok {
					s = strings.TrimSuffix(prev, ".") + ", as a reward for " + m[1]
				}
			}
			if r, ok := x.resolve(para, si, s, 0); ok {
				s = r
			} else {
				info.leans = true
			}
			info.text = asSentence(reWhichToBe.ReplaceAllString(tidy(s), " to be $1"))
			info.text = x.namedWar(para, si, info.text)
			info.leans = info.leans || leansBack(info.text) && !reExpletive.MatchString(info.text)
			low := strings.ToLower(info.text)
			subject := strings.ToLower(subjectOf(info.text))
			for gi, g := range groups {
				hit, free := false, false
				for k, t := range g.all() {
					if hasTerm(low, t) {
						hit = true
						free = free || !listMention(info.text, t)
						if k < len(g.core) && !listMention(info.text, t) {
							info.core = true
						}
					}
				}
				switch {
				case hit && free:
					info.covered++
					info.weight += idf[gi]
				case hit:
					info.weight += idf[gi] / 3
				}
				for _, t := range g.all() {
					if hit && free && hasTerm(subject, t) {
						info.weight += idf[gi] / 2 // the sentence is about it
						break
					}
				}
			}
			k := plainGroups(groups)
			info.full = info.covered > 0 && (info.covered >= k || k >= 3 && info.covered >= k-1 || wholeHit(groups, low))
			// the paper's own sentence too: a leading "Consequently" is
			// cut from the plain one
			rawLow := pt.low[i][si]
			lead := 0 // claim words that only open the sentence ("Consequently,")
			for _, c := range claimWords {
				if containsWord(low, c) || containsWord(rawLow, c) {
					info.claim++
					if reCauseLead.MatchString(upperFirst(c)+",") && (strings.HasPrefix(low, c+",") || strings.HasPrefix(rawLow, c+",")) {
						lead++
					}
				}
			}
			if info.claim == lead {
				// "Consequently, the U.S. military acquired landing and
				// overflight rights": a fact told as the sequel of the
				// sentence before argues nothing of its own
				info.claim = 0
			}
			if m := reSinceCause.FindStringSubmatch(info.text); m != nil && pastVerb(m[1]) {
				info.claim++
			}
			// "Consequently, the U.S. military acquired ...": the plain
			// sentence lost the word that makes it a claim; put it back
			if m := reCauseLead.FindString(pt.sent[i][si]); m != "" && !strings.HasPrefix(info.text, m) && !info.leans {
				info.text = m + " " + lowerFirstWord(info.text)
			}
			info.fact = len(findTimes(info.text, nil)) > 0 || len(x.amounts(info.text)) > 0
			info.words = contentWords(info.text)
			info.actors = x.actors(info.text)
			info.subject = subjectOf(reItThat.ReplaceAllString(info.text, ""))
			info.who = x.actors(subjectOf(mainClause(info.text)))
			info.third = thirdParty(info.text, groups) && onlyInSubject(info.subject, strings.TrimPrefix(info.text, info.subject), groups)
			ss = append(ss, info)
		}
	}
	return ss
}

// prompts draws up to three prompts, each only where it fits: a claim
// the passages argue (with the passages that give evidence for it), a
// tension between two passages taking opposite sides (and the position
// it asks a student to take), or, when neither is there, a question on
// the passage most about the topic.
func (x *extractor) prompts(pt *plainText, topic string, groups []termGroup, paras []int) ([]Prompt, []int) {
	ss := x.sentences(pt, groups, paras)
	var out []Prompt
	// 1. a claim and its evidence: a chosen sentence that argues (an
	// evaluation or a cause, not a dated fact alone) and names the topic's
	// rarer words; the body before the summaries, a whole quote before a
	// clipped one
	claims := x.claims(ss, topic)
	claim := -1
	if len(claims) > 0 {
		claim = claims[0]
		// a claim that takes a side of a pole (Clinton warning on rights)
		// is the material of a tension, which cannot quote the claim
		// again: the best claim that leaves a tension goes first
		for _, k := range claims {
			if pi, _, _ := tension(ss, k); pi >= 0 {
				claim = k
				break
			}
		}
		out = append(out, claimPrompt(ss, claim, groups))
	}
	// 1b. two figures the passages give for the two states, far apart
	if c, ok := x.comparison(ss, topic); ok && relational(topic) {
		out = append(out, c)
	}
	// 2. a tension between two passages that take opposite sides, and 3. a
	// position to take on it
	pi, a, b := tension(ss, claim)
	if pi >= 0 {
		pl, sa, sb := poles[pi], ss[a], ss[b]
		keep := []int{sa.para, sb.para}
		if len(out) > 0 {
			keep = append(keep, out[0].Paragraphs...)
		}
		for _, n := range []int{sa.para, sb.para} {
			if !containsInt(paras, n) {
				paras = addPassage(paras, n, keep) // the other side of the same event
			}
		}
		ask := fmt.Sprintf(pl.ask, topicPhrase(topic))
		if !(sa.core && sb.core) && pl.askOff != "" {
			// one passage is not on the topic (the thanks for Afghanistan
			// beside a warning on rights): it is not called the topic
			ask = pl.askOff
		}
		if ev := sharedEvent(sa.text, sb.text); ev != "" {
			ask = ev + " " + ask
		}
		out = append(out, Prompt{Kind: "tension", Paragraphs: []int{sa.para, sb.para}, Text: fmt.Sprintf(
			"Tension: %s But %s %s", says(sa), says(sb), ask)})
		others := []int{}
		for _, n := range paras {
			if n != sa.para && n != sb.para {
				others = append(others, n)
			}
		}
		from := fmt.Sprintf("¶%d and ¶%d", sa.para, sb.para)
		if len(others) > 0 {
			from += " and at least one other passage (" + paraRefs(others) + ")"
		}
		out = append(out, Prompt{Kind: "position", Paragraphs: paras, Text: fmt.Sprintf(
			"Take a position on %s: %s Argue from %s, and say what the paper leaves out.", topicPhrase(topic), pl.positionOn(topic), from)})
	}
	// 4. a discussion of one prompt gets a second claim where two passages
	// give the material for one: another paragraph's claim, with evidence
	// in a passage other than its own (a claim argued only from its own
	// paragraph, or not at all, is not worth a second round)
	if len(out) == 1 && claim >= 0 {
		for _, k := range claims[1:] {
			if ss[k].para == ss[claim].para || takesSide(ss[k]) || len(evidenceFor(ss, k, groups)) == 0 {
				continue
			}
			out = append(out, claimPrompt(ss, k, groups))
			break
		}
	}
	return out, paras
}

// claims lists the chosen sentences that argue (an evaluation or a cause,
// not a dated fact alone) and name the topic, best first: the topic's
// rarer words, the body before the summaries, a whole quote before a
// clipped one.
func (x *extractor) claims(ss []sentenceInfo, topic string) []int {
	type scored struct {
		k     int
		score float64
	}
	var cs []scored
	for k, s := range ss {
		if !s.chosen || s.claim == 0 || s.covered == 0 || s.leans || s.third || reInventory.MatchString(s.text) || reAboutPaper.MatchString(s.text) {
			continue // "The paper also investigates ...": what the paper does, no claim on the topic
		}
		if relational(topic) && !(s.actors["United States"] && containsWord(s.text, "Tajikistan")) {
			continue // "economic relations": a claim on Tajikistan's economy alone is background
		}
		score := 10*s.weight + float64(min(s.claim, 2))
		if s.summary {
			score -= 8
		}
		if len(s.text) > quoteMax {
			score -= 5
		}
		if score > 0 {
			cs = append(cs, scored{k, score})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score > cs[j].score })
	out := make([]int, len(cs))
	for i, c := range cs {
		out[i] = c.k
	}
	return out
}

// reInventory: a sentence that lists what a thing holds ("Key areas
// included security and peacekeeping participation, ..."): its "key"
// heads a list and argues nothing.
var reInventory = regexp.MustCompile(`^(?:The )?(?:[Kk]ey|[Mm]ain|[Pp]rincipal|[Mm]ajor) [a-z]+ (?:included|include|includes|were|are|comprised)\b`)

// claimPrompt asks for the evidence of claim ss[k]: in the passages that
// give it, in the rest of its own paragraph, or whether the paper gives
// any.
func claimPrompt(ss []sentenceInfo, k int, groups []termGroup) Prompt {
	c := ss[k]
	ev := evidenceFor(ss, k, groups)
	text := "Claim and evidence: " + says(c) + " "
	kind := claimKind(c)
	if kind == "cause" && len(ev) > 0 && !causeInEvidence(ss, c, ev) {
		// Evidence for the consequence only ("the US led an effort to stop
		// trafficking") cannot show that the cause ("since Russian forces
		// withdrew") led to it: ask as the claim's other kind would.
		kind = claimKindBut(c, "cause")
	}
	switch {
	case len(ev) > 0:
		text += fmt.Sprintf(claimAsks[kind][0], paraRefs(ev))
	case evidenceNearby(ss, k, groups):
		text += fmt.Sprintf("What evidence does the rest of ¶%d give for this, %s", c.para, claimAsks[kind][1])
	default:
		text += "Does the paper back this up anywhere, or only assert it? What evidence would convince you?"
	}
	return Prompt{Kind: "claim", Text: text, Paragraphs: append([]int{c.para}, ev...)}
}

// claimAsks are what a claim prompt asks, by the kind of claim (see
// claimKind): with the passages that give evidence (%s), and of the rest of
// the claim's own paragraph. A cause asks whether the evidence shows the
// link, a ranking whether it bears the rank out, a source's judgment
// whether the paper tests it: a class reading several handouts does not
// meet one frame in every one.
var claimAsks = map[string][2]string{
	"cause":  {"Does the evidence the paper gives (look at %s) show that the one led to the other, or only that both happened?", "and does it show that the one led to the other?"},
	"rank":   {"Does what the paper reports (look at %s) bear out that rank, and what would you weigh it against?", "and does it bear out that rank?"},
	"weight": {"Does what the paper reports (look at %s) show it counted for as much as the claim says, and what would you weigh it against?", "and does it show it counted for as much as the claim says?"},
	"source": {"Does the paper test this judgment against evidence of its own (look at %s), or take it on trust?", "and does the paper test its source's judgment, or take it on trust?"},
	"":       {"What evidence does the paper give for this (look at %s), and is it enough to convince you?", "and is it enough to convince you?"},
}

// claim words by kind: a cause or consequence, a ranking (a superlative,
// "the key issue") and a weight ("a significant donor": no rank to bear
// out) (general English).
var (
	causeWords  = []string{"because", "as a result", "consequently", "therefore", "so that", "in order to", "aimed at", "set back", "led to", "could fuel"}
	rankWords   = []string{"largest", "poorest", "biggest", "smallest", "richest", "the key", "the main", "the most", "the least", "unique"}
	weightWords = []string{"important", "importance", "significant", "significantly", "key", "critical", "essential", "strategic", "special"}
)

// claimKind is the kind of claim c makes: "cause", "rank", "weight", "source" (a
// cited source's judgment) or "" (another evaluation).
func claimKind(c sentenceInfo) string { return claimKindBut(c, "") }

// claimKindBut is claimKind with one kind ruled out.
func claimKindBut(c sentenceInfo, not string) string {
	low := strings.ToLower(c.text)
	switch {
	case not != "cause" && (countWords(low, causeWords) > 0 || reSinceCause.MatchString(c.text)):
		return "cause"
	case not != "rank" && countWords(low, rankWords) > 0:
		return "rank"
	case not != "rank" && countWords(low, weightWords) > 0:
		return "weight"
	case c.source != "":
		return "source"
	}
	return ""
}

// causeInEvidence: a sentence of an evidence paragraph names most content
// words of the claim's cause ("Since X, ..." or what follows "because"), so
// a prompt can ask whether the one led to the other.
func causeInEvidence(ss []sentenceInfo, c sentenceInfo, ev []int) bool {
	var cause string
	if m := reSinceCause.FindStringSubmatch(c.text); m != nil {
		cause = m[1]
	} else if _, after, ok := strings.Cut(strings.ToLower(c.text), "because"); ok {
		cause = after
	} else {
		return true // a connective that names no cause of its own: leave the frame
	}
	words := contentWords(cause)
	for _, s := range ss {
		if !containsInt(ev, s.para) {
			continue
		}
		n := 0
		for w := range words {
			if s.words[w] {
				n++
			}
		}
		if 3*n >= 2*len(words) { // most of it: "the Tajik Border Force" is not "Russian forces withdrew from the border"
			return true
		}
	}
	return false
}

// evidenceFor lists up to two chosen paragraphs, other than the claim's,
// with a sentence that shares at least two content words with the claim,
// one of them not the topic's own (a passage that only names the topic
// again is no evidence): a date or an amount first. A summary's sentence
// is no evidence for a claim of the body: the conclusion restating ¶2's
// dependence on Russia sends a student in a circle.
func evidenceFor(ss []sentenceInfo, claim int, groups []termGroup) []int {
	c := ss[claim]
	type ev struct {
		para, shared int
		fact         bool
	}
	best := map[int]ev{}
	for _, s := range ss {
		if !s.chosen || s.para == c.para || s.summary && !c.summary || opposes(c.text, s.text) || !aboutSame(c, s) {
			continue
		}
		shared, beyond := 0, 0
		for w := range s.words {
			if c.words[w] {
				shared++
				if !topicWord(w, groups) && !commonName[w] {
					beyond++
				}
			}
		}
		if shared < 2 || beyond < 2 {
			continue // "peace" alone ties no passage to the Tajik peace treaty
		}
		e := ev{s.para, shared, s.fact}
		if o, ok := best[s.para]; !ok || e.shared > o.shared || e.shared == o.shared && e.fact && !o.fact {
			best[s.para] = e
		}
	}
	evs := make([]ev, 0, len(best))
	for _, e := range best {
		evs = append(evs, e)
	}
	sort.Slice(evs, func(i, j int) bool {
		if evs[i].fact != evs[j].fact {
			return evs[i].fact
		}
		if evs[i].shared != evs[j].shared {
			return evs[i].shared > evs[j].shared
		}
		return evs[i].para < evs[j].para
	})
	var out []int
	for _, e := range evs[:min(2, len(evs))] {
		out = append(out, e.para)
	}
	return out
}

// addPassage adds n to paras; at MaxPassages it takes the place of the
// last passage no prompt cites (keep).
func addPassage(paras []int, n int, keep []int) []int {
	if len(paras) < MaxPassages {
		return append(paras, n)
	}
	for i := len(paras) - 1; i >= 0; i-- {
		if !containsInt(keep, paras[i]) {
			return append(append(append([]int(nil), paras[:i]...), paras[i+1:]...), n)
		}
	}
	return paras
}

// evidenceNearby: another sentence of the claim's own paragraph shares
// its content words as evidenceFor asks.
func evidenceNearby(ss []sentenceInfo, claim int, groups []termGroup) bool {
	c := ss[claim]
	for k, s := range ss {
		if k == claim || s.para != c.para || !aboutSame(c, s) {
			continue
		}
		shared, beyond := 0, 0
		for w := range s.words {
			if c.words[w] {
				shared++
				if !topicWord(w, groups) {
					beyond++
				}
			}
		}
		if shared >= 2 && beyond > 0 {
			return true
		}
	}
	return false
}

// tension finds two sentences of different paragraphs that take the two
// sides of a pole, neither the claim already quoted: one of the chosen
// passages and squarely on the topic, the other anywhere in the paper,
// both naming one of the topic's own words, or naming the same person or
// event (Clinton thanking a partner and Clinton warning on rights); -1
// when none do.
func tension(ss []sentenceInfo, claim int) (pi, a, b int) {
	pi, a, b = -1, -1, -1
	best := 0.0
	for p, pl := range poles {
		side := pl.side
		var as, bs []int
		na, nb := make([]int, len(ss)), make([]int, len(ss))
		for i, s := range ss {
			if i == claim {
				continue
			}
			if na[i] = side(s, pl.a, pl.aStance, pl.b); na[i] > 0 {
				as = append(as, i)
			}
			if nb[i] = side(s, pl.b, pl.bStance, pl.a); nb[i] > 0 {
				bs = append(bs, i)
			}
		}
		for _, i := range as {
			sa := ss[i]
			for _, j := range bs {
				sb := ss[j]
				if sb.para == sa.para {
					continue
				}
				// one side a chosen passage squarely on the topic, the
				// other on it too, or naming the same person or event
				anchored := (sa.full || sb.full) && (sa.chosen || sb.chosen)
				if !anchored || !(sa.core && sb.core) && sharedNames(sa.text, sb.text) == 0 {
					continue
				}
				shared := sharedNames(sa.text, sb.text)
				if shared == 0 && len(sa.actors) > 0 && len(sb.actors) > 0 && !overlaps(sa.actors, sb.actors) {
					continue // France's use of a base and a demand that the US leave: two actors
				}
				score := float64(min(na[i], nb[j])) + 2*float64(sa.covered+sb.covered) + 3*float64(shared)
				if sa.summary || sb.summary {
					score -= 3
				}
				for _, t := range []string{sa.text, sb.text} {
					if len(t) > quoteMax {
						score -= 3 // a clipped quote reads worse
					}
				}
				if score > best {
					pi, a, b, best = p, i, j, score
				}
			}
		}
	}
	return pi, a, b
}

// side is how strongly s takes the side of pl named by own (and stance,
// if set) against other: 0, not at all.
func (pl pole) side(s sentenceInfo, own, stance, other []string) int {
	// a stance word inside a name ("Partnership for Peace") takes no side
	t := withoutNames(s.text)
	if s.leans || countWords(t, other) > 0 || len(pl.both) > 0 && countWords(s.text, pl.both) == 0 {
		return 0
	}
	if len(stance) > 0 && countWords(t, stance) == 0 {
		return 0
	}
	if len(pl.holders) > 0 && countWords(s.subject, pl.holders) == 0 {
		return 0
	}
	return countWords(t, own)
}

// takesSide: s takes a side of one of the poles: the material of a
// tension, which another topic's discussion may set against its other
// side; a second claim prompt is not built on it.
func takesSide(s sentenceInfo) bool {
	for _, pl := range poles {
		if pl.side(s, pl.a, pl.aStance, pl.b) > 0 || pl.side(s, pl.b, pl.bStance, pl.a) > 0 {
			return true
		}
	}
	return false
}

// withoutNames is s with the capitalised words past its first blanked:
// the words of a name ("Partnership for Peace", "Comprehensive Threat
// Reduction") say nothing of a stance.
func withoutNames(s string) string {
	f := strings.Fields(s)
	for i := 1; i < len(f); i++ {
		if isCapitalized(strings.Trim(f[i], "“\"'(")) {
			f[i] = "_"
		}
	}
	return strings.Join(f, " ")
}

// sharedNames counts the capitalised words two sentences share past their
// first word, the countries of the paper aside.
func sharedNames(a, b string) int {
	names := func(s string) map[string]bool {
		out := map[string]bool{}
		for i, w := range strings.Fields(s) {
			w = strings.Trim(w, ".,;:()“”\"'")
			if i > 0 && len(w) > 3 && isCapitalized(w) && !commonName[strings.ToLower(w)] {
				out[w] = true
			}
		}
		return out
	}
	na, nb := names(a), names(b)
	n := 0
	for w := range na {
		if nb[w] {
			n++
		}
	}
	return n
}

// commonName: names too common in a paper on two states' relations to tie
// two sentences to one event.
var commonName = map[string]bool{"tajikistan": true, "tajik": true, "united": true, "states": true, "america": true, "american": true,
	"u.s": true, "usa": true, "central": true, "asia": true, "asian": true, "afghanistan": true, "russia": true, "president": true}

var reLeansBack = regexp.MustCompile(`^(?:This|These|That|Those|It|Its|They|Their|He|She|Such)\b`)

// leansBack: a sentence that cannot be quoted alone ("It ...", "To help
// these endeavours, ...").
func leansBack(s string) bool {
	if reLeansBack.MatchString(s) {
		return true
	}
	ws := strings.Fields(strings.ToLower(s))
	for _, w := range ws[:min(len(ws), 5)] {
		if w == "these" || w == "this" || w == "those" || w == "such" {
			return true
		}
	}
	return false
}

func countWords(s string, words []string) int {
	n := 0
	for _, w := range words {
		if containsWord(s, w) {
			n++
		}
	}
	return n
}

func containsInt(ns []int, n int) bool {
	for _, m := range ns {
		if m == n {
			return true
		}
	}
	return false
}

func paraRefs(ns []int) string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = fmt.Sprintf("¶%d", n)
	}
	return strings.Join(out, ", ")
}

// quoteMax is the longest sentence a prompt quotes whole.
const quoteMax = 300

// says cites what sentence s of the paper says: in quotation marks only
// when the words are the paper's own (citations cut), since a student
// looks for quoted words in the paper; otherwise in plain words, unquoted.
func says(s sentenceInfo) string {
	who := fmt.Sprintf("¶%d", s.para)
	if s.source != "" {
		who += ", citing " + s.source + ","
	}
	if strings.TrimSuffix(s.own, ".") == strings.TrimSuffix(s.text, ".") {
		return fmt.Sprintf("%s says that %s", who, quote(s.own))
	}
	t := strings.TrimSuffix(strings.TrimSpace(s.text), ".")
	if len(t) > quoteMax {
		t = strings.TrimSuffix(clip(t, quoteMax, 0, 0), ".")
	}
	return fmt.Sprintf("%s says, in plain words, that %s.", who, lowerLead(t))
}

// sentenceSource is the source the paper cites for sentence si of para,
// in the sentence ("According to Human Rights Watch, (2013) expressed
// that", whose words the plain sentence drops), in its parentheses or just
// after its full stop: "Nichol (2009)"; "" when it cites none.
func sentenceSource(para *paper.Paragraph, si int) string {
	sent := para.Sentences[si]
	src := ""
	for _, c := range para.Citations {
		if c.Start < sent.Start {
			continue
		}
		if c.Start >= sent.End && strings.TrimSpace(para.Text[sent.End:c.Start]) != "" {
			continue
		}
		if sh := shortCitation(c); sh != "" {
			a, y, _ := strings.Cut(strings.Trim(sh, "()"), ", ")
			src = a
			if y != "" {
				src += " (" + y + ")"
			}
		}
	}
	return src
}

// quote puts a sentence in quotation marks, shortened to about quoteMax
// characters at a word boundary.
func quote(s string) string {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if len(s) > quoteMax {
		s = clip(s, quoteMax, 0, 0)
	}
	return "“" + s + ".”"
}

// passagesPhrase points to the passages: "the passage (¶20)" or "at least
// two of the passages (¶8, ¶23)".
func passagesPhrase(ps []int) string {
	if len(ps) == 1 {
		return "the passage (" + paraRefs(ps) + ") and what you know"
	}
	return "at least two of the passages (" + paraRefs(ps) + ")"
}

// topicPhrase is the topic as a reader typed it, trimmed; a name of
// several capitalised words takes "the" ("the Northern Distribution
// Network").
func topicPhrase(topic string) string {
	t := strings.TrimSpace(topic)
	if t == "" {
		return "this topic"
	}
	words := strings.Fields(t)
	if len(words) < 2 {
		return t
	}
	for _, w := range words {
		if !isCapitalized(w) {
			return t
		}
	}
	return "the " + t
}

// reBareWar: a sentence opening on "The war" with nothing to say which.
var reBareWar = regexp.MustCompile(`^The war\b`)

// namedWar writes "The war had further set back ..." as "The civil war
// ..." when an earlier sentence of its paragraph names the civil war: a
// prompt quotes the sentence alone.
func (x *extractor) namedWar(para *paper.Paragraph, si int, s string) string {
	if !reBareWar.MatchString(s) {
		return s
	}
	for k := si - 1; k >= 0; k-- {
		if reCivilWar.MatchString(x.plain.apply(para.Sentences[k].Text)) {
			return "The civil war" + strings.TrimPrefix(s, "The war")
		}
	}
	return s
}

// aboutSame: s can be evidence for claim c only when it names a country
// c's subject names ("The government of Russia was not happy ..." is not
// argued by a sentence on Uzbekistan's bases); a claim whose subject names
// no country (Tajikistan aside) takes any.
func aboutSame(c, s sentenceInfo) bool {
	return len(c.who) == 0 || overlaps(c.who, s.actors)
}

// mainClause is s without a leading subordinate clause ("Since Russian
// forces withdrew ..., the US had led ...") or an "It was ... that" frame:
// the clause whose subject the sentence is about.
func mainClause(s string) string {
	s = reItThat.ReplaceAllString(s, "")
	if _, m, ok := leadingSubordinate(s); ok {
		return m
	}
	return s
}

// muddleCaution is a warning for a paragraph with a sentence whose "It"
// reads as one country while the places it names lie in another (see
// pronounAgainstPlaces): which country the paper means is unclear, and a
// reader should know before arguing from it. "" for a clear paragraph.
func (x *extractor) muddleCaution(para *paper.Paragraph) string {
	for si := range para.Sentences {
		if !x.pronounAgainstPlaces(para, si) {
			continue
		}
		ante, ok := x.antecedent(para, si, 0, "country")
		if !ok {
			continue
		}
		_, ante = x.world.kindOf(ante)
		text := para.Sentences[si].Text
		type town struct {
			at            int
			name, country string
		}
		var towns []town
		for _, name := range x.world.names {
			k, _ := x.world.kindOf(name)
			i := strings.IndexByte(k, '-')
			if i < 0 || !strings.HasPrefix(k, "city-") && !strings.HasPrefix(k, "region-") {
				continue
			}
			if at := wordIndexes(text, name); len(at) > 0 {
				_, c := x.world.kindOf(k[i+1:])
				towns = append(towns, town{at[0], name, c})
			}
		}
		sort.Slice(towns, func(i, j int) bool { return towns[i].at < towns[j].at })
		var names []string
		country := ""
		for _, t := range towns {
			if t.country != "" && !x.world.sameThing(t.country, ante) {
				names = append(names, t.name)
				country = t.country
			}
		}
		if len(names) == 0 {
			continue
		}
		list := andList(names)
		verb := "is"
		if len(names) > 1 {
			verb = "are"
		}
		return fmt.Sprintf("Read with care: the sentence naming %s begins with “It”, which follows a sentence about %s, but %s %s in %s: the paper does not make clear which country it means.",
			list, ante, list, verb, country)
	}
	return ""
}

// readingNote says which words of para's plain text are readings of the
// paper's (plain.txt entries with a reason) and why: "" when none is.
func (x *extractor) readingNote(para *paper.Paragraph) string {
	var notes []string
	seen := map[string]bool{}
	for _, sent := range para.Sentences {
		for _, r := range x.plain.readings(sent.Text) {
			if seen[r.Spun] {
				continue
			}
			seen[r.Spun] = true
			notes = append(notes, fmt.Sprintf("“%s” is a reading of the paper's “%s”: %s.", r.Plain, r.Spun, strings.TrimSuffix(r.Why, ".")))
		}
	}
	if len(notes) == 0 {
		return ""
	}
	return "In plain words, " + strings.Join(notes, " In plain words, ")
}

// joinNotes joins the non-empty notes with a space.
func joinNotes(notes ...string) string {
	var out []string
	for _, n := range notes {
		if n != "" {
			out = append(out, n)
		}
	}
	return strings.Join(out, " ")
}

// andList joins names as English does: "A", "A and B", "A, B and C".
func andList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// subjectOf is s up to its first finite verb: what the sentence is about.
func subjectOf(s string) string {
	toks := strings.Fields(s)
	for i, w := range toks {
		if i > 0 && finiteVerb(strings.Trim(w, ",.;:")) {
			return strings.Join(toks[:i], " ")
		}
	}
	return ""
}

// plainGroups counts the topic's own words, the whole-topic group aside.
func plainGroups(groups []termGroup) int {
	n := 0
	for _, g := range groups {
		if !g.whole {
			n++
		}
	}
	return n
}

// wholeHit: low names the topic as a whole.
func wholeHit(groups []termGroup, low string) bool {
	for _, g := range groups {
		if !g.whole {
			continue
		}
		for _, t := range g.synonyms {
			if hasTerm(low, t) {
				return true
			}
		}
	}
	return false
}

// topicWord: w (a content word, lower case) is one of the topic's terms.
func topicWord(w string, groups []termGroup) bool {
	for _, g := range groups {
		for _, t := range g.all() {
			if hasTerm(w, t) || hasTerm(w+"s", t) {
				return true
			}
		}
	}
	return false
}

// clausesOnly: a topic of several words that the paper names whole in at
// most two sentences of one paragraph, and never as what a sentence is
// about (its subject), is a passing mention like a name in a list:
// "religious freedom" is one item of ¶9's list of abuses and one clause
// of what Clinton warned of. It returns the paragraphs and the sentences
// that name it.
func (x *extractor) clausesOnly(pt *plainText, groups []termGroup) (paras []int, sentences int, narrow bool) {
	k := plainGroups(groups)
	if k < 2 {
		return nil, 0, false
	}
	for _, g := range groups {
		if g.name {
			return nil, 0, false // "Russia's influence": a name the paper discusses
		}
	}
	about := false
	for i := range x.p.Paragraphs {
		named := false
		for si := range pt.low[i] {
			// a source's name ("According to United States Commission on
			// International Religious Freedom (2013), ...") names no topic
			low := strings.ToLower(stripAttribution(pt.sent[i][si]))
			covered, whole := 0, false
			for _, g := range groups {
				for _, t := range g.all() {
					if (g.whole || containsString(g.core, t)) && hasTerm(low, t) {
						if g.whole {
							whole = true
						} else {
							covered++
						}
						break
					}
				}
			}
			if !whole && covered < k && (k < 3 || covered < k-1) {
				continue
			}
			named = true
			sentences++
			subject := strings.ToLower(subjectOf(pt.sent[i][si]))
			in := 0
			for _, g := range groups {
				for _, t := range g.core {
					if !g.whole && hasTerm(subject, t) {
						in++
						break
					}
				}
			}
			if in >= k || k >= 3 && in >= k-1 {
				about = true
			}
		}
		if named {
			paras = append(paras, x.p.Paragraphs[i].N)
		}
	}
	return paras, sentences, len(paras) == 1 && sentences <= 2 && !about
}

func containsString(ss []string, s string) bool {
	for _, t := range ss {
		if t == s {
			return true
		}
	}
	return false
}

// countClauses: "one clause", "two clauses".
func countClauses(n int) string {
	if n == 1 {
		return "one clause"
	}
	return "two clauses"
}

// sharedNameList is the names two sentences share (see sharedNames), in
// the order of the first.
func sharedNameList(a, b string) []string {
	var out []string
	for i, w := range strings.Fields(a) {
		w = strings.Trim(w, ".,;:()“”\"'")
		if i > 0 && len(w) > 3 && isCapitalized(w) && !commonName[strings.ToLower(w)] && !containsString(monthNames, w) && containsWord(b, w) && !containsString(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// nationality maps an adjective that does not begin with its country's
// name to the country: general English.
var nationality = map[string]string{"french": "France", "british": "United Kingdom", "dutch": "Netherlands", "german": "Germany"}

// actors are the countries a sentence names, in any spelling or as an
// adjective ("the French military"), Tajikistan aside: whose acts it
// reports. Two passages about different foreign actors are no tension in
// one policy.
func (x *extractor) actors(s string) map[string]bool {
	out := map[string]bool{}
	for _, c := range x.world.members["country"] {
		if x.world.sameThing(c, "Tajikistan") {
			continue
		}
		for _, sp := range x.allSpellings(c) {
			// "U.S" as the paper also writes it
			if containsWord(s, sp) || strings.HasSuffix(sp, ".") && containsWord(s, strings.TrimSuffix(sp, ".")) {
				out[c] = true
			}
		}
	}
	for _, tok := range reToken.FindAllString(s, -1) {
		if !isCapitalized(tok) {
			continue
		}
		c := nationality[strings.ToLower(tok)]
		if c == "" {
			c = x.countryOfAdjective(tok)
		}
		if c == "" || x.world.sameThing(c, "Tajikistan") {
			continue
		}
		if _, canon := x.world.kindOf(c); canon != "" {
			c = canon
		}
		out[c] = true
	}
	return out
}

// opposes: ev leans to the other side of a pole than claim (the claim
// names more of one side's words, ev more of the other's): "avoiding heavy
// reliance on Russia" is no evidence that the war left Tajikistan
// "dependent upon Russia".
func opposes(claim, ev string) bool {
	for _, pl := range poles {
		if len(pl.both) > 0 && (countWords(claim, pl.both) == 0 || countWords(ev, pl.both) == 0) {
			continue
		}
		ca, cb := countWords(claim, pl.a), countWords(claim, pl.b)
		ea, eb := countWords(ev, pl.a), countWords(ev, pl.b)
		if ca > cb && eb > ea || cb > ca && ea > eb {
			return true
		}
	}
	return false
}

func overlaps(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// reItThat: "It was not surprising that": the clause after it has the
// subject.
var reItThat = regexp.MustCompile(`^It (?:was|is) [^,]*? that `)

// onlyInSubject: the topic's own words are in the subject and not in the
// rest: the topic is what acts, the rest is about something else.
func onlyInSubject(subject, rest string, groups []termGroup) bool {
	in := func(s string) bool {
		low := strings.ToLower(s)
		for _, g := range groups {
			for _, t := range g.core {
				if hasTerm(low, t) {
					return true
				}
			}
		}
		return false
	}
	return in(subject) && !in(rest)
}

// thirdParty: s takes a side in a debate about a named third party (a
// pole's "both": dependent upon Russia, or a counterweight to it) that
// the topic does not name: "The Tajik civil war left the country ...
// highly dependent upon Russia" is the claim of a discussion of Russia,
// not of the civil war, which would only borrow it.
func thirdParty(s string, groups []termGroup) bool {
	for _, pl := range poles {
		if len(pl.both) == 0 || countWords(s, pl.both) == 0 || countWords(s, pl.a)+countWords(s, pl.b) == 0 {
			continue
		}
		named := false
		for _, g := range groups {
			for _, t := range g.core {
				for _, b := range pl.both {
					if hasTerm(b, t) {
						named = true
					}
				}
			}
		}
		if !named {
			return true
		}
	}
	return false
}

// relational: the topic asks about relations between parties
// ("economic relations", "security cooperation"), so its claims name both.
func relational(topic string) bool {
	return countWords(topic, []string{"relations", "relationship", "cooperation", "ties", "partnership"}) > 0
}

// comparison asks students, on relations between the two states, to set
// two sums of money side by side: two
// sentences of the passages, in different paragraphs, each naming the
// United States and Tajikistan and giving one sum, one of them on the
// topic, the larger at least ten times the smaller ("had put over $1
// billion in Tajikistan" and a trade volume of "$52.6 million"): figures
// the paper gives but never weighs.
func (x *extractor) comparison(ss []sentenceInfo, topic string) (Prompt, bool) {
	// a zero sum can be neither side of a ratio: leaving it out changes nothing
	figs := x.moneyFigures(ss, true)
	best, a, b := 0.0, -1, -1
	for i := range figs {
		for j := range figs {
			fi, fj := figs[i], figs[j]
			si, sj := ss[fi.k], ss[fj.k]
			if si.para == sj.para || fj.v <= 0 || fi.v < 10*fj.v || si.covered == 0 && sj.covered == 0 {
				continue
			}
			if r := fi.v / fj.v; r > best {
				best, a, b = r, fi.k, fj.k
			}
		}
	}
	if a < 0 {
		return Prompt{}, false
	}
	sa, sb := ss[a], ss[b]
	return Prompt{Kind: "compare", Paragraphs: []int{sa.para, sb.para}, Text: fmt.Sprintf(
		"Compare the figures: %s %s What do the two together tell you about %s between the United States and Tajikistan, and what would you need to know to judge them?",
		says(sa), says(sb), topicPhrase(topic))}, true
}

// sharedEvent says what two passages of a tension share: one event when
// they name the same person and a compatible date of a month or finer
// ("October 2011", "22 October, 2011"), a visit when both tell of going
// there, so students see one act told two ways; else the names they
// share; "" when none.
func sharedEvent(a, b string) string {
	names := sharedNameList(a, b)
	if len(names) == 0 {
		return ""
	}
	who := strings.Join(names, " and ")
	for _, ta := range findTimes(a, nil) {
		for _, tb := range findTimes(b, nil) {
			if ta.month == 0 || tb.month == 0 || !compatibleTimes(ta, tb) {
				continue
			}
			what := "event"
			if countWords(strings.ToLower(a), visitWords) > 0 && countWords(strings.ToLower(b), visitWords) > 0 {
				what = "visit"
			}
			c := coarser(ta, tb)
			return fmt.Sprintf("Both passages tell of one %s by %s, in %s.", what, who, c.when())
		}
	}
	return fmt.Sprintf("Both passages are about %s.", who)
}

// visitWords tell of going to a place: general English.
var visitWords = []string{"visit", "visited", "visits", "went to", "travelled to", "traveled to", "trip"}

// samePrompt: pr cites the same passages as one of ps, or is one of them.
func samePrompt(ps []Prompt, pr Prompt) bool {
	for _, q := range ps {
		if q.Text == pr.Text || samePair(q, pr) {
			return true
		}
	}
	return false
}

// samePair: two prompts on the same two passages.
func samePair(a, b Prompt) bool {
	return len(a.Paragraphs) == 2 && len(b.Paragraphs) == 2 &&
		containsInt(b.Paragraphs, a.Paragraphs[0]) && containsInt(b.Paragraphs, a.Paragraphs[1])
}
