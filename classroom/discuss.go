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
	Kind       string `json:"kind"` // "claim" (a claim and its evidence), "tension" (two passages that pull apart), "position" (take a side)
	Text       string `json:"text"`
	Paragraphs []int  `json:"paragraphs"` // the passages it quotes or points to
}

// Discussion is what /discuss posts: the passages on a topic, each to be
// cited, and prompts drawn from them.
type Discussion struct {
	Topic      string   `json:"topic"`
	Paragraphs []int    `json:"paragraphs"` // up to MaxPassages, most relevant first
	Prompts    []Prompt `json:"prompts"`
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
	"terrorism":   {"terrorist", "counter-terrorism", "antiterrorism", "anti-terrorist"},
	"supply":      {"supplies", "transit", "route", "distribution"},
	"revolution":  {"revolutions", "coups"},
	"colour":      {"color"},
	"9/11":        {"september 11", "sept. 11", "terrorist attacks"},
}

// Discuss picks the passages for topic and draws the prompts from them.
// ranked is a search's ranking of the paper for the topic (best first);
// the paragraphs that name the topic's words (or their everyday synonyms,
// read in plain English) are added to it, and up to MaxPassages are kept,
// preferring passages unlike those already kept, so a discussion shows
// the topic's several sides rather than one list of it five times.
func Discuss(p *paper.Paper, topic string, ranked []Ranked) Discussion {
	x := newExtractor(p, buildGlossary(p))
	d := Discussion{Topic: topic}
	d.Paragraphs = x.passages(topic, ranked)
	if len(d.Paragraphs) == 0 {
		return d
	}
	d.Prompts = x.prompts(topic, d.Paragraphs)
	return d
}

// topicTerms are the topic's content words with their synonyms, and the
// other spellings of any name the list of kinds knows ("Hillary" finds
// "Hilary Clinton").
func (x *extractor) topicTerms(topic string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(w string) {
		w = strings.ToLower(w)
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for _, w := range reTopicWord.FindAllString(topic, -1) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		lw := strings.ToLower(w)
		if len(lw) < 3 || stopWords[lw] || lw == "and" || lw == "the" || lw == "its" {
			continue
		}
		add(lw)
		for _, sp := range x.allSpellings(w) {
			for _, part := range strings.Fields(sp) {
				if len(part) > 3 && isCapitalized(part) {
					add(part)
				}
			}
		}
		stem := strings.TrimSuffix(lw, "s")
		for k, syns := range topicSynonyms {
			if k == lw || k == stem || strings.TrimSuffix(k, "s") == stem {
				for _, s := range syns {
					add(s)
				}
			}
		}
	}
	return out
}

var reTopicWord = regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9/'’-]*`)

// passages ranks the paragraphs by how squarely one of their sentences is
// about the topic: the topic's words (rarer ones weigh more, the whole
// phrase double) over the sentence's length, so a sentence on the topic
// beats a long list that mentions it; the search's ranking adds a little
// and decides when no paragraph names the topic. Up to MaxPassages whose
// focus is at least a third of the best's are kept.
func (x *extractor) passages(topic string, ranked []Ranked) []int {
	terms := x.topicTerms(topic)
	phrase := strings.ToLower(strings.Join(reTopicWord.FindAllString(strings.TrimPrefix(strings.TrimPrefix(topic, "the "), "The "), -1), " "))
	n := len(x.p.Paragraphs)
	plainText := make([]string, n)
	df := map[string]int{}
	for i := range x.p.Paragraphs {
		plainText[i] = strings.ToLower(x.plain.apply(x.p.Paragraphs[i].Text))
		for _, t := range terms {
			if containsWord(plainText[i], t) {
				df[t]++
			}
		}
	}
	focus := make([]float64, n)
	for i := range x.p.Paragraphs {
		para := &x.p.Paragraphs[i]
		for si := range para.Sentences {
			st := strings.ToLower(x.plain.apply(para.Sentences[si].Text))
			w := 0.0
			for _, t := range terms {
				if containsWord(st, t) {
					w += math.Log(1 + float64(n)/float64(df[t]))
				}
			}
			if strings.Contains(phrase, " ") && containsWord(st, phrase) {
				w *= 1.5
			}
			focus[i] = math.Max(focus[i], w/math.Sqrt(float64(max(8, wordCount(st)))))
		}
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
	for i := range x.p.Paragraphs {
		switch {
		case maxFocus > 0 && focus[i] >= maxFocus/3:
			cands = append(cands, cand{i, focus[i]/maxFocus + 0.15*engine[i]})
		case maxFocus == 0 && engine[i] >= 0.6:
			cands = append(cands, cand{i, engine[i]})
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	// Two passages at most from each body section first, so the topic is
	// seen from several parts of the paper; the summaries (abstract,
	// introduction, conclusion) and more of one section only fill up.
	var out []int
	per := map[string]int{}
	taken := make([]bool, len(cands))
	for pass := 0; pass < 2; pass++ {
		for k, c := range cands {
			if len(out) == MaxPassages || taken[k] {
				continue
			}
			sec := x.p.Paragraphs[c.i].Section
			if pass == 0 && (summarySection(sec) || per[sec] >= 2) {
				continue
			}
			taken[k] = true
			per[sec]++
			out = append(out, c.i+1)
		}
	}
	return out
}

// summarySection: a section that restates the body rather than adds to it.
func summarySection(title string) bool {
	t := strings.ToLower(title)
	for _, w := range []string{"abstract", "introduction", "conclusion", "summary"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// poles are pairs of aims that pull against each other in a paper on a
// state's policy, each with the words that mark it: general English.
var poles = []struct {
	position       string // the question a student takes a side on
	aWords, bWords []string
}{
	{"did security cooperation count for more than democracy and human rights?",
		[]string{"democracy", "democratic", "human rights", "freedom", "elections", "press", "religious"},
		[]string{"military", "security", "airbase", "airbases", "troops", "counter-terrorism", "equipment", "training", "border", "bases", "supplies"}},
	{"were relations marked more by close cooperation or by mistrust?",
		[]string{"cooperation", "partner", "partnership", "praised", "thanked", "aid", "support", "ties"},
		[]string{"restricted", "withdrawal", "reluctant", "strained", "anxious", "accused", "concerns", "concern", "demand", "coups"}},
	{"did the United States or Russia weigh more in the choices the paper describes?",
		[]string{"united states", "america", "american", "washington", "u.s.", "us"},
		[]string{"russia", "russian", "moscow"}},
}

// claimWords mark a sentence that argues rather than reports.
var claimWords = []string{"important", "significant", "main", "mainly", "key", "largest", "focused", "dependent", "strained",
	"reluctant", "perceived", "seen as", "because", "as a result", "consequently", "therefore", "unique", "special",
	"essential", "critical", "anxious", "concerns", "more significant", "far less"}

// sentenceInfo is one sentence of a passage, in plain English.
type sentenceInfo struct {
	para  int
	text  string
	terms int
	claim bool
	fact  bool // it gives a date or an amount: evidence
}

func (x *extractor) prompts(topic string, paras []int) []Prompt {
	terms := x.topicTerms(topic)
	var ss []sentenceInfo
	for _, n := range paras {
		para := &x.p.Paragraphs[n-1]
		for si := range para.Sentences {
			s, ok := x.plainSentence(para, si)
			if !ok || wordCount(s) < 6 {
				continue
			}
			if r, ok := x.resolve(para, si, s, 0); ok {
				s = r
			}
			info := sentenceInfo{para: n, text: asSentence(tidy(s))}
			low := strings.ToLower(info.text)
			for _, t := range terms {
				if containsWord(low, t) {
					info.terms++
				}
			}
			for _, c := range claimWords {
				if containsWord(low, c) {
					info.claim = true
				}
			}
			info.fact = len(findTimes(info.text, nil)) > 0 || len(x.amounts(info.text)) > 0
			ss = append(ss, info)
		}
	}
	var out []Prompt
	// 1. a claim and its evidence: the sentence on the topic that argues
	// most ("important", "because", "mainly"), else the one most on it
	claim := -1
	for k, s := range ss {
		if s.claim && s.terms > 0 && !leansBack(s.text) && (claim < 0 || s.terms > ss[claim].terms) {
			claim = k
		}
	}
	if claim < 0 {
		for k, s := range ss {
			if !leansBack(s.text) && (claim < 0 || s.terms > ss[claim].terms) {
				claim = k
			}
		}
	}
	if claim >= 0 {
		c := ss[claim]
		var ev []int
		for _, s := range ss {
			if s.fact && s.para != c.para && !containsInt(ev, s.para) && len(ev) < 2 {
				ev = append(ev, s.para)
			}
		}
		text := fmt.Sprintf("Claim and evidence: ¶%d says that %s What evidence does the paper give for this", c.para, quote(c.text))
		if len(ev) > 0 {
			text += " (look at " + paraRefs(ev) + ")"
		}
		text += ", and is it enough to convince you?"
		out = append(out, Prompt{Kind: "claim", Text: text, Paragraphs: append([]int{c.para}, ev...)})
	}
	// 2. a tension between two passages, and 3. a position to take on it
	bestPole, bestA, bestB, bestScore := -1, -1, -1, 0
	avoid := claim // the claim's sentence is quoted already: another first
	for try := 0; try < 2 && bestPole < 0; try++ {
		if try == 1 {
			avoid = -1
		}
		for pi, pole := range poles {
			for i, a := range ss {
				na := countWords(a.text, pole.aWords)
				if na == 0 || leansBack(a.text) || i == avoid {
					continue
				}
				for j, b := range ss {
					if b.para == a.para || leansBack(b.text) || j == avoid {
						continue
					}
					nb := countWords(b.text, pole.bWords)
					if nb == 0 || countWords(a.text, pole.bWords) >= na || countWords(b.text, pole.aWords) >= nb {
						continue
					}
					if a.terms == 0 || b.terms == 0 {
						continue // a tension about something else than the topic
					}
					score := min(na, nb)*2 + 3*(a.terms+b.terms)
					if score > bestScore {
						bestPole, bestA, bestB, bestScore = pi, i, j, score
					}
				}
			}
		}
	}
	if bestPole >= 0 {
		a, b, pole := ss[bestA], ss[bestB], poles[bestPole]
		out = append(out, Prompt{Kind: "tension", Paragraphs: []int{a.para, b.para}, Text: fmt.Sprintf(
			"Tension: ¶%d says that %s But ¶%d says that %s Do these two pull in different directions? How does the paper fit them together, if it does?",
			a.para, quote(a.text), b.para, quote(b.text))})
		out = append(out, Prompt{Kind: "position", Paragraphs: paras, Text: fmt.Sprintf(
			"Take a position: on %s, %s Argue from at least two of the passages (%s), and say what the paper leaves out.",
			topicPhrase(topic), pole.position, paraRefs(paras))})
	} else if claim >= 0 {
		out = append(out, Prompt{Kind: "position", Paragraphs: paras, Text: fmt.Sprintf(
			"Take a position: agree or disagree with ¶%d, %s Argue from %s, and say what the paper leaves out.",
			ss[claim].para, quote(ss[claim].text), passagesPhrase(paras))})
	}
	return out
}

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

// quote puts a sentence in quotation marks, shortened to about 220
// characters at a word boundary.
func quote(s string) string {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if len(s) > 220 {
		s = clip(s, 220, 0, 0)
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

// topicPhrase is the topic as a reader typed it, trimmed.
func topicPhrase(topic string) string {
	t := strings.TrimSpace(topic)
	if t == "" {
		return "this topic"
	}
	return t
}
