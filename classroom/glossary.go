package classroom

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"paperbot/paper"
)

// Term is one acronym of the paper and what it stands for.
type Term struct {
	Acronym   string // as the paper writes it, dots and plural dropped: "ABC", "MoU", "NGO", "US"
	Expansion string // "Annual Bilateral Consultation"
	// FromPaper: the paper's body writes the expansion, as "Name (ACR)" or
	// just the full name ("Northern Distribution Network" in a paper that
	// never writes NDN); false when only the curated table knows it.
	FromPaper  bool
	Defined    bool  // the body defines it as "Name (ACR)"
	Paragraphs []int // ¶ where the acronym or its expansion appears, ascending
	Used       []int // ¶ where the body writes the acronym itself
	Written    []int // ¶ where the body writes the full name
}

// Source says where the expansion comes from, accurately, for a reader:
// "defined in the paper (¶4)", "full name in the paper (¶17, ¶22)", "the
// paper writes the full name (¶20) but never the acronym", or "curated
// expansion: the paper does not spell it out".
func (t Term) Source() string {
	switch {
	case t.Defined:
		return "defined in the paper (" + paragraphList(t.Written) + ")"
	case len(t.Written) > 0 && len(t.Used) == 0:
		return "the paper writes the full name (" + paragraphList(t.Written) + ") but not the acronym"
	case len(t.Written) > 0:
		return "full name in the paper (" + paragraphList(t.Written) + ")"
	}
	return "curated expansion: the paper does not spell it out"
}

func paragraphList(ns []int) string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = "¶" + strconv.Itoa(n)
	}
	return strings.Join(out, ", ")
}

// Kinds a term can name; they decide which quiz kind its mentions make.
const (
	kindOrg       = "organisation"
	kindAgreement = "agreement"
	kindState     = "state"   // a country written as an acronym: US, USSR
	kindGeneric   = "generic" // a common noun: NGO
)

type curated struct{ expansion, kind string }

// curatedAcronyms is curated general knowledge, not read from any paper:
// expansions of acronyms that papers on international relations commonly
// use without spelling out. A paper's own expansion always wins; an entry is
// listed only when its acronym or expansion occurs in the paper's body.
var curatedAcronyms = map[string]curated{
	"CIS":  {"Commonwealth of Independent States", kindOrg},
	"CSTO": {"Collective Security Treaty Organization", kindOrg},
	"EU":   {"European Union", kindOrg},
	"IMF":  {"International Monetary Fund", kindOrg},
	"ISAF": {"International Security Assistance Force", kindOrg},
	"MOU":  {"Memorandum of Understanding", kindAgreement},
	"NATO": {"North Atlantic Treaty Organization", kindOrg},
	"NDN":  {"Northern Distribution Network", kindGeneric},
	"NGO":  {"non-governmental organisation", kindGeneric},
	"OSCE": {"Organization for Security and Co-operation in Europe", kindOrg},
	"PFP":  {"Partnership for Peace", kindAgreement},
	"SCO":  {"Shanghai Cooperation Organisation", kindOrg},
	"TIFA": {"Trade and Investment Framework Agreement", kindAgreement},
	"UN":   {"United Nations", kindOrg},
	"US":   {"United States", kindState},
	"USA":  {"United States of America", kindState},
	"USSR": {"Union of Soviet Socialist Republics", kindState},
	"WTO":  {"World Trade Organization", kindOrg},
}

var (
	reAcronym    = regexp.MustCompile(`\b[A-Z][A-Za-z]*[A-Z]s?\b|\b[A-Z](?:\.[A-Z])+\.?`)
	reDefinition = regexp.MustCompile(`\(([A-Z][A-Za-z.]{1,9})\)`)
	reWord       = regexp.MustCompile(`[A-Za-z][A-Za-z'’]*`)
)

var romanNumerals = map[string]bool{"II": true, "III": true, "IV": true, "VI": true, "VII": true, "VIII": true, "IX": true, "XI": true, "XII": true}

// skipWords may sit inside an expansion without giving a letter
// ("Memorandum of Understanding" is MoU, "Partnership for Peace" PfP).
var skipWords = map[string]bool{"of": true, "and": true, "for": true, "the": true, "on": true, "in": true, "&": true, "to": true}

// acronymKey normalises a written acronym: dots and a plural s dropped,
// upper case ("U.S." → "US", "NGOs" → "NGO", "PfP" → "PFP"). ok is false for
// words that are not acronyms ("McDonald", Roman numerals).
func acronymKey(w string) (display, key string, ok bool) {
	w = strings.ReplaceAll(w, ".", "")
	if len(w) > 2 && w[len(w)-1] == 's' && strings.ToUpper(w[:len(w)-1]) == w[:len(w)-1] {
		w = w[:len(w)-1]
	}
	up, low := 0, 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			up++
		case r >= 'a' && r <= 'z':
			low++
		default:
			return "", "", false
		}
	}
	if up < 2 || low >= up || len(w) > 8 || romanNumerals[w] {
		return "", "", false
	}
	return w, strings.ToUpper(w), true
}

// glossary is the parsed acronym table, shared by Glossary and the quizzes.
type glossary struct {
	terms []Term
	kind  map[string]string // key → kind
	byKey map[string]int    // key → index in terms
}

type acronymUse struct {
	para, start, end int
	display          string
}

// buildGlossary reads the acronyms of p's body (citations excluded).
func buildGlossary(p *paper.Paper) *glossary {
	uses := map[string][]acronymUse{}
	forms := map[string]map[string]int{}
	defined := map[string]string{}
	for i := range p.Paragraphs {
		para := &p.Paragraphs[i]
		skip := citeRanges(para)
		for _, m := range reAcronym.FindAllStringIndex(para.Text, -1) {
			if overlapsAny(skip, m[0], m[1]) {
				continue
			}
			d, k, ok := acronymKey(para.Text[m[0]:m[1]])
			if !ok {
				continue
			}
			uses[k] = append(uses[k], acronymUse{para.N, m[0], m[1], d})
			if forms[k] == nil {
				forms[k] = map[string]int{}
			}
			forms[k][d]++
		}
		for _, m := range reDefinition.FindAllStringSubmatchIndex(para.Text, -1) {
			if overlapsAny(skip, m[0], m[1]) {
				continue
			}
			_, k, ok := acronymKey(para.Text[m[2]:m[3]])
			if !ok || defined[k] != "" {
				continue
			}
			if exp := expansionBefore(para.Text[:m[0]], k); exp != "" {
				defined[k] = exp
			}
		}
	}

	words := make([][][]int, len(p.Paragraphs)) // word offsets, tokenised once
	for i := range p.Paragraphs {
		words[i] = reWord.FindAllStringIndex(p.Paragraphs[i].Text, -1)
	}
	g := &glossary{kind: map[string]string{}, byKey: map[string]int{}}
	keys := map[string]bool{}
	for k := range uses {
		keys[k] = true
	}
	for k := range curatedAcronyms {
		keys[k] = true
	}
	for k := range defined {
		keys[k] = true
	}
	for k := range keys {
		t := Term{Acronym: bestForm(forms[k], k)}
		cur, isCurated := curatedAcronyms[k]
		switch {
		case defined[k] != "":
			t.Expansion, t.FromPaper, t.Defined = defined[k], true, true
		case len(uses[k]) > 0:
			if exp := expansionInText(p, words, k); exp != "" && (!isCurated || sameExpansion(exp, cur.expansion)) {
				t.Expansion, t.FromPaper = exp, true
			} else if isCurated {
				t.Expansion = cur.expansion
			}
		case isCurated:
			t.Expansion = cur.expansion
		}
		if t.Expansion == "" {
			continue // nothing to explain
		}
		t.Used, t.Written = usedParagraphs(uses[k]), writtenParagraphs(p, t.Expansion)
		t.Paragraphs = union(t.Used, t.Written)
		if len(t.Paragraphs) == 0 {
			continue // a curated entry the paper never mentions
		}
		if len(t.Written) > 0 {
			// the curated table only linked the acronym to a name the
			// paper itself writes
			t.FromPaper = true
		}
		kind := classify(t.Expansion)
		if isCurated && (kind == "" || !t.FromPaper) {
			kind = cur.kind
		}
		g.kind[k] = kind
		g.terms = append(g.terms, t)
	}
	sort.Slice(g.terms, func(i, j int) bool {
		a, b := strings.ToUpper(g.terms[i].Acronym), strings.ToUpper(g.terms[j].Acronym)
		if a != b {
			return a < b
		}
		return g.terms[i].Acronym < g.terms[j].Acronym
	})
	for i, t := range g.terms {
		g.byKey[strings.ToUpper(t.Acronym)] = i
	}
	return g
}

// bestForm is the way the paper writes an acronym most often ("PFP", not the
// table's "PfP"), or the key when the paper never writes it.
func bestForm(forms map[string]int, key string) string {
	best, n := "", 0
	for f, c := range forms {
		if c > n || (c == n && f < best) {
			best, n = f, c
		}
	}
	if best == "" {
		if key == "MOU" {
			return "MoU"
		}
		return key
	}
	return best
}

func sameExpansion(a, b string) bool {
	norm := func(s string) string {
		s = strings.ToLower(s)
		s = strings.ReplaceAll(s, "organisation", "organization")
		return strings.Join(strings.Fields(strings.ReplaceAll(s, "-", " ")), " ")
	}
	return norm(a) == norm(b)
}

// usedParagraphs lists the ¶ where an acronym is written.
func usedParagraphs(uses []acronymUse) []int {
	set := map[int]bool{}
	for _, u := range uses {
		set[u.para] = true
	}
	return sortedKeys(set)
}

// writtenParagraphs lists the ¶ where expansion is written out in the body
// (outside citations), in any case.
func writtenParagraphs(p *paper.Paper, expansion string) []int {
	set := map[int]bool{}
	exp := strings.ToLower(expansion)
	for i := range p.Paragraphs {
		para := &p.Paragraphs[i]
		low := strings.ToLower(para.Text)
		skip := citeRanges(para)
		for from := 0; ; {
			j := strings.Index(low[from:], exp)
			if j < 0 {
				break
			}
			j += from
			if !overlapsAny(skip, j, j+len(exp)) && containsWord(para.Text[j:j+len(exp)], expansion) &&
				(j == 0 || !isWordRune(rune(low[j-1]))) && (j+len(exp) == len(low) || !isWordRune(rune(low[j+len(exp)]))) {
				set[para.N] = true
				break
			}
			from = j + 1
		}
	}
	return sortedKeys(set)
}

func union(a, b []int) []int {
	set := map[int]bool{}
	for _, n := range a {
		set[n] = true
	}
	for _, n := range b {
		set[n] = true
	}
	return sortedKeys(set)
}

func sortedKeys(set map[int]bool) []int {
	out := make([]int, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Ints(out)
	return out
}

// classify guesses a term's kind from its expansion's head words.
func classify(expansion string) string {
	words := strings.Fields(expansion)
	if len(words) == 0 {
		return ""
	}
	last := strings.Trim(words[len(words)-1], ",.")
	if orgHeads[last] {
		return kindOrg
	}
	for _, w := range words {
		if agreementHeads[w] || w == "Partnership" {
			return kindAgreement
		}
	}
	return ""
}

// expansionBefore finds, in the words just before "(ACR)", the expansion
// whose initials spell the acronym, allowing skip words.
func expansionBefore(before, key string) string {
	locs := reWord.FindAllStringIndex(splitHyphens(before), -1)
	text := splitHyphens(before)
	limit := 2*len(key) + 3
	if len(locs) > limit {
		locs = locs[len(locs)-limit:]
	}
	// the expansion must end right before the parenthesis
	if len(locs) == 0 || strings.TrimSpace(text[locs[len(locs)-1][1]:]) != "" {
		return ""
	}
	words := make([]string, len(locs))
	for i, l := range locs {
		words[i] = text[l[0]:l[1]]
	}
	letters := strings.ToLower(key)
	var match func(i, j int) int
	match = func(i, j int) int {
		if j < 0 {
			return -1
		}
		w := words[j]
		lw := strings.ToLower(w)
		if lw[0] == letters[i] {
			if i == 0 {
				if !skipWords[lw] && isCapitalized(w) {
					return j
				}
			} else if r := match(i-1, j-1); r >= 0 {
				return r
			}
		}
		if skipWords[lw] && j < len(words)-1 {
			return match(i, j-1)
		}
		return -1
	}
	start := match(len(letters)-1, len(words)-1)
	if start < 0 {
		return ""
	}
	return strings.TrimSpace(before[locs[start][0]:locs[len(locs)-1][1]])
}

// splitHyphens turns hyphens into spaces without moving any byte, so word
// offsets in the result index the original.
func splitHyphens(s string) string { return strings.ReplaceAll(s, "-", " ") }

// expansionInText looks through p's body for a run of capitalised words
// whose initials spell key ("Partnership for Peace" for PFP, "International
// Security Assistance Force" for ISAF): the paper's own words, when it
// writes them somewhere without the "(ACR)" bracket. The most frequent
// run wins.
func expansionInText(p *paper.Paper, words [][][]int, key string) string {
	letters := strings.ToLower(key)
	count := map[string]int{}
	first := []string{}
	for i := range p.Paragraphs {
		para := &p.Paragraphs[i]
		skip := citeRanges(para)
		locs := words[i]
		for s := range locs {
			w := para.Text[locs[s][0]:locs[s][1]]
			if !isCapitalized(w) || strings.ToLower(w)[0] != letters[0] {
				continue
			}
			end := matchForward(para.Text, locs, s, letters)
			if end < 0 || overlapsAny(skip, locs[s][0], locs[end][1]) {
				continue
			}
			phrase := para.Text[locs[s][0]:locs[end][1]]
			if len(strings.Fields(phrase)) < 2 {
				continue
			}
			if count[phrase] == 0 {
				first = append(first, phrase)
			}
			count[phrase]++
		}
	}
	best, n := "", 0
	for _, ph := range first {
		if count[ph] > n {
			best, n = ph, count[ph]
		}
	}
	return best
}

// matchForward matches letters against the capitalised words from locs[s],
// joined by single spaces; it returns the index of the last word or -1.
func matchForward(text string, locs [][]int, s int, letters string) int {
	var rec func(i, j int) int
	rec = func(i, j int) int {
		if i == len(letters) {
			return j - 1
		}
		if j >= len(locs) || (j > s && text[locs[j-1][1]:locs[j][0]] != " ") {
			return -1
		}
		w := text[locs[j][0]:locs[j][1]]
		lw := strings.ToLower(w)
		if skipWords[lw] && !isCapitalized(w) {
			if lw[0] == letters[i] && i < len(letters)-1 {
				if r := rec(i+1, j+1); r >= 0 {
					return r
				}
			}
			if i == 0 {
				return -1
			}
			return rec(i, j+1)
		}
		if !isCapitalized(w) || lw[0] != letters[i] {
			return -1
		}
		if _, _, acr := acronymKey(w); acr {
			return -1
		}
		return rec(i+1, j+1)
	}
	return rec(0, s)
}

// Glossary lists the acronyms of p with their expansions, sorted by acronym.
// An acronym is listed when the paper uses it (or, for a known acronym,
// writes out its expansion) in its body; the reference list does not count.
func Glossary(p *paper.Paper) []Term {
	return buildGlossary(p).terms
}

// Lookup returns the terms whose acronym or expansion matches query, case-
// insensitively: an exact acronym first, then acronym prefixes, then
// expansions with a word starting with query, then any substring. An empty
// query matches every term.
func Lookup(terms []Term, query string) []Term {
	q := strings.ToLower(strings.TrimSpace(query))
	if q == "" {
		return append([]Term(nil), terms...)
	}
	rank := func(t Term) int {
		a, e := strings.ToLower(t.Acronym), strings.ToLower(t.Expansion)
		switch {
		case a == q:
			return 0
		case strings.HasPrefix(a, q):
			return 1
		case strings.HasPrefix(e, q) || strings.Contains(e, " "+q):
			return 2
		case strings.Contains(a, q) || strings.Contains(e, q):
			return 3
		}
		return -1
	}
	var out []Term
	var ranks []int
	for _, t := range terms {
		if r := rank(t); r >= 0 {
			out = append(out, t)
			ranks = append(ranks, r)
		}
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return ranks[idx[i]] < ranks[idx[j]] })
	sorted := make([]Term, len(out))
	for i, k := range idx {
		sorted[i] = out[k]
	}
	return sorted
}
