// Command related builds the "related words" table embedded by package
// paperbot/retrieval/related.
//
// It reads three Debian-packaged English thesauri and a Debian word list:
//
//   - WordNet 3.0 (package wordnet-base, /usr/share/wordnet): synsets, their
//     sense order (index.*), similar-to, also-see, verb-group, attribute,
//     hypernym, derivationally-related, pertainym and participle pointers;
//   - LibreOffice's English thesaurus (mythes-en-us,
//     /usr/share/mythes/th_en_US_v2.dat): one line per sense of a head word;
//   - Aiksaurus (libaiksaurus-1.2-data, /usr/share/aiksaurus): Moby-style
//     meaning groups of common words;
//   - SCOWL (package scowl, /usr/share/dict/scowl): word lists graded by
//     commonness (levels 10..95), used to choose the vocabulary.
//
// Every single word (lowercase ASCII letters, 3-20 chars) becomes a node
// keyed by its Snowball English stem; every WordNet synset, distinct mythes
// sense line and Aiksaurus meaning becomes a sense node. Words link to their
// senses (earlier, more frequent senses weigh more) and senses link to
// related senses at lower weights. For every key stem a short truncated
// personalised PageRank (random walk with restart) is run from it; a
// neighbour b of a is scored by sqrt(p_a(b) * p_b(a)), which on an undirected
// graph equals p_a(b) * sqrt(d(a)/d(b)) and so needs one walk only. Scores are
// rescaled to (0,1] and the best -k neighbours kept.
//
// Keys are the stems of SCOWL words up to level -keylevel (default 55: about
// 50,000 common word forms, 23,500 stems once inflections fold together)
// that occur in a thesaurus; neighbours may be any stem of a SCOWL word up to
// -nblevel (70), those rarer than level 35 scored down (-rare). British-only
// spellings are merged into the American word ("recognise" -> "recognize").
//
// Regenerate (after apt-get install wordnet-base mythes-en-us
// libaiksaurus-1.2-data scowl):
//
//	cd retrieval/related && go generate
//	# or: go run ./tools/related -out retrieval/related/related.txt.gz
//
// With -eval PAPER it also prints how the paraphrase pairs below rank among
// the stems of PAPER.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kljensen/snowball/english"
)

var (
	wordnetDir = flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 dict directory (data.* and index.* files)")
	mythesPath = flag.String("mythes", "/usr/share/mythes/th_en_US_v2.dat", "mythes thesaurus .dat file")
	aikDir     = flag.String("aiksaurus", "/usr/share/aiksaurus", "Aiksaurus data directory (words.dat, meanings.dat)")
	scowlDir   = flag.String("scowl", "/usr/share/dict/scowl", "SCOWL word lists directory")
	out        = flag.String("out", "related.txt.gz", "output file (gzip)")
	evalPaper  = flag.String("eval", "", "if set, a paper text file to measure the paraphrase pairs against")
	keyLevel   = flag.Int("keylevel", 55, "SCOWL level up to which words become keys")
	nbLevel    = flag.Int("nblevel", 70, "SCOWL level up to which words may be neighbours")
	topK       = flag.Int("k", 12, "neighbours kept per key")
	alpha      = flag.Float64("alpha", 0.3, "restart probability per step of the walk")
	steps      = flag.Int("steps", 4, "walk length (word->sense->word is 2 steps)")
	gamma      = flag.Float64("gamma", 0.2, "score = p_a(b) * (d(a)/d(b))^gamma; 0.5 is symmetric")
	senseDecay = flag.Float64("sensedecay", 0.5, "weight of a word's i-th sense is (i+1)^-sensedecay")
	wWN        = flag.Float64("wwn", 1.0, "weight of WordNet word-synset links")
	wMy        = flag.Float64("wmythes", 0.7, "weight of mythes word-sense links")
	wAik       = flag.Float64("waik", 1.0, "weight of Aiksaurus word-meaning links")
	wSim       = flag.Float64("wsim", 0.5, "weight of WordNet similar-to / verb-group links")
	wAlso      = flag.Float64("walso", 0.3, "weight of WordNet also-see / attribute links")
	wHyp       = flag.Float64("whyp", 0.3, "weight of WordNet hypernym links (and mythes generic terms)")
	wDer       = flag.Float64("wder", 0.2, "weight of WordNet derivational / pertainym / participle links")
	scoreRef   = flag.Float64("scoreref", 0, "similarity mapped to score 1 (0: choose from the data)")
	verbose    = flag.Bool("v", false, "print progress and samples")
	rarePen    = flag.Float64("rare", 0.6, "score factor for neighbours whose commonest word is SCOWL level > 50 (level 36-50 gets its square root)")
	eps        = flag.Float64("eps", 1e-5, "walk mass below which a node is not expanded further")
	evalOnly   = flag.Bool("evalonly", false, "with -eval: only walk from the eval words and the paper's stems (fast tuning; table incomplete)")
)

var wordRE = regexp.MustCompile(`^[a-z]{3,20}$`)

// graph is an undirected weighted graph over word (stem) and sense nodes.
type graph struct {
	ids    map[string]int32 // "w:stem" or "s:..." -> node
	names  []string
	isWord []bool
	edges  map[[2]int32]float64

	// CSR after build
	off []int32
	adj []int32
	wt  []float32
	deg []float64
}

func newGraph() *graph {
	return &graph{ids: map[string]int32{}, edges: map[[2]int32]float64{}}
}

func (g *graph) node(key string, word bool) int32 {
	if id, ok := g.ids[key]; ok {
		return id
	}
	id := int32(len(g.names))
	g.ids[key] = id
	g.names = append(g.names, key)
	g.isWord = append(g.isWord, word)
	return id
}

var stemCache = map[string]string{}

func stemOf(w string) string {
	if s, ok := stemCache[w]; ok {
		return s
	}
	s := english.Stem(w, true)
	stemCache[w] = s
	return s
}

// British-only spellings (SCOWL british-words.*) and the American words
// (american-words.*, english-words.*), to merge "recognise" into "recognize".
var britishOnly, american = map[string]bool{}, map[string]bool{}

// americanSpelling returns the American spelling of a British-only word, or
// w itself.
func americanSpelling(w string) string {
	if !britishOnly[w] {
		return w
	}
	for _, r := range [][2]string{{"is", "iz"}, {"our", "or"}, {"tre", "ter"}, {"ll", "l"}, {"ae", "e"}, {"oe", "e"}, {"ence", "ense"}, {"ogue", "og"}} {
		for i := 0; ; {
			j := strings.Index(w[i:], r[0])
			if j < 0 {
				break
			}
			v := w[:i+j] + r[1] + w[i+j+len(r[0]):]
			if american[v] {
				return v
			}
			i += j + 1
		}
	}
	return w
}

// wordNode returns the node of word w's stem, or -1 if w is not a single
// lowercase ASCII word of 3-20 letters.
func (g *graph) wordNode(w string) int32 {
	if !wordRE.MatchString(w) {
		return -1
	}
	s := stemOf(americanSpelling(w))
	if len(s) < 2 {
		return -1
	}
	return g.node("w:"+s, true)
}

// add adds weight w to edge a-b (summing across sources).
func (g *graph) add(a, b int32, w float64) {
	if a < 0 || b < 0 || a == b || w <= 0 {
		return
	}
	if a > b {
		a, b = b, a
	}
	g.edges[[2]int32{a, b}] += w
}

// edgeSet collects one source's edges, keeping the max weight per edge, so
// that repeated listings inside one source do not pile up.
type edgeSet map[[2]int32]float64

func (e edgeSet) put(a, b int32, w float64) {
	if a < 0 || b < 0 || a == b || w <= 0 {
		return
	}
	if a > b {
		a, b = b, a
	}
	if w > e[[2]int32{a, b}] {
		e[[2]int32{a, b}] = w
	}
}

func (g *graph) merge(e edgeSet) {
	for k, w := range e {
		g.edges[k] += w
	}
}

func (g *graph) build() {
	n := len(g.names)
	cnt := make([]int32, n+1)
	for k := range g.edges {
		cnt[k[0]+1]++
		cnt[k[1]+1]++
	}
	for i := 1; i <= n; i++ {
		cnt[i] += cnt[i-1]
	}
	g.off = cnt
	g.adj = make([]int32, cnt[n])
	g.wt = make([]float32, cnt[n])
	g.deg = make([]float64, n)
	pos := append([]int32(nil), cnt[:n]...)
	keys := make([][2]int32, 0, len(g.edges))
	for k := range g.edges {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		w := g.edges[k]
		a, b := k[0], k[1]
		g.adj[pos[a]], g.wt[pos[a]] = b, float32(w)
		pos[a]++
		g.adj[pos[b]], g.wt[pos[b]] = a, float32(w)
		pos[b]++
		g.deg[a] += w
		g.deg[b] += w
	}
	g.edges = nil
}

func senseWeight(i int) float64 { return math.Pow(float64(i+1), -*senseDecay) }

// ---------------------------------------------------------------- WordNet

type wnSynset struct {
	words []string // raw lemmas (lowercased, underscores kept)
	ptrs  []wnPtr
}

type wnPtr struct {
	sym      string
	target   string // "pos:offset"
	src, dst int    // 1-based word numbers, 0 for semantic pointers
}

func loadWordNet(g *graph) error {
	synsets := map[string]*wnSynset{}
	posOf := map[string]string{"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
	for _, p := range []string{"n", "v", "a", "r"} {
		f, err := os.Open(filepath.Join(*wordnetDir, "data."+posOf[p]))
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "  ") {
				continue
			}
			if i := strings.Index(line, " | "); i >= 0 {
				line = line[:i]
			}
			fs := strings.Fields(line)
			if len(fs) < 4 {
				continue
			}
			wc, _ := strconv.ParseInt(fs[3], 16, 32)
			ss := &wnSynset{}
			k := 4
			for j := 0; j < int(wc); j++ {
				w := fs[k]
				if i := strings.IndexByte(w, '('); i > 0 { // adjective markers (a), (p), (ip)
					w = w[:i]
				}
				ss.words = append(ss.words, w)
				k += 2
			}
			pc, _ := strconv.Atoi(fs[k])
			k++
			for j := 0; j < pc && k+3 < len(fs)+1; j++ {
				st, _ := strconv.ParseInt(fs[k+3], 16, 32)
				tp := fs[k+2]
				if tp == "s" {
					tp = "a"
				}
				ss.ptrs = append(ss.ptrs, wnPtr{sym: fs[k], target: tp + ":" + fs[k+1], src: int(st >> 8), dst: int(st & 0xff)})
				k += 4
			}
			synsets[p+":"+fs[0]] = ss
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return err
		}
	}
	// sense order from index files
	senseRank := map[string]int{} // lemma + "|" + synset key -> rank
	for _, p := range []string{"n", "v", "a", "r"} {
		f, err := os.Open(filepath.Join(*wordnetDir, "index."+posOf[p]))
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "  ") {
				continue
			}
			fs := strings.Fields(line)
			if len(fs) < 6 {
				continue
			}
			nsyn, _ := strconv.Atoi(fs[2])
			offs := fs[len(fs)-nsyn:]
			for i, o := range offs {
				senseRank[fs[0]+"|"+p+":"+o] = i
			}
		}
		f.Close()
	}
	e := edgeSet{}
	sid := map[string]int32{}
	skeys := make([]string, 0, len(synsets))
	for key := range synsets {
		skeys = append(skeys, key)
	}
	sort.Strings(skeys) // deterministic node numbering and output
	for _, key := range skeys {
		sid[key] = g.node("s:wn:"+key, false)
	}
	nWordLinks := 0
	for _, key := range skeys {
		ss := synsets[key]
		s := sid[key]
		for _, w := range ss.words {
			lw := strings.ToLower(w)
			if lw != w { // proper names
				continue
			}
			n := g.wordNode(w)
			if n < 0 {
				continue
			}
			e.put(n, s, *wWN*senseWeight(senseRank[lw+"|"+key]))
			nWordLinks++
		}
		for _, p := range ss.ptrs {
			t, ok := sid[p.target]
			if !ok {
				continue
			}
			var w float64
			lexical := false
			switch p.sym {
			case "&", "$":
				w = *wSim
			case "^", "=":
				w = *wAlso
			case "@":
				w = *wHyp
			case "+", "\\", "<":
				w = *wDer
				lexical = true
			default:
				continue
			}
			if lexical && p.src > 0 && p.dst > 0 {
				tw := synsets[p.target].words
				if p.src <= len(ss.words) && p.dst <= len(tw) {
					a, b := ss.words[p.src-1], tw[p.dst-1]
					if strings.ToLower(a) == a && strings.ToLower(b) == b {
						e.put(g.wordNode(a), g.wordNode(b), w)
					}
				}
				continue
			}
			e.put(s, t, w)
		}
	}
	g.merge(e)
	log.Printf("wordnet: %d synsets, %d word-synset links, %d edges", len(synsets), nWordLinks, len(e))
	return nil
}

// ---------------------------------------------------------------- mythes

func loadMythes(g *graph) error {
	data, err := os.ReadFile(*mythesPath)
	if err != nil {
		return err
	}
	lines := strings.Split(string(data), "\n")
	e := edgeSet{}
	nSense := map[string]int32{}
	for i := 1; i < len(lines); i++ {
		h := lines[i]
		bar := strings.LastIndexByte(h, '|')
		if bar < 0 {
			continue
		}
		head := h[:bar]
		n, err := strconv.Atoi(h[bar+1:])
		if err != nil {
			continue
		}
		hn := g.wordNode(head)
		for j := 0; j < n && i+1 < len(lines); j++ {
			i++
			parts := strings.Split(lines[i], "|")
			if len(parts) < 2 {
				continue
			}
			// sense node keyed by its full member list, so the same synset
			// listed under each of its words is one node
			members := append([]string{head}, parts[1:]...)
			sorted := append([]string(nil), members...)
			sort.Strings(sorted)
			key := strings.Join(sorted, "|")
			s, ok := nSense[key]
			if !ok {
				s = g.node("s:my:"+strconv.Itoa(len(nSense)), false)
				nSense[key] = s
			}
			e.put(hn, s, *wMy*senseWeight(j))
			for _, m := range parts[1:] {
				w := *wMy * 0.5
				switch {
				case strings.HasSuffix(m, " (antonym)"):
					continue
				case strings.HasSuffix(m, " (generic term)"):
					m, w = strings.TrimSuffix(m, " (generic term)"), *wHyp
				case strings.HasSuffix(m, " (similar term)"):
					m, w = strings.TrimSuffix(m, " (similar term)"), *wMy*0.4
				case strings.HasSuffix(m, " (related term)"):
					m, w = strings.TrimSuffix(m, " (related term)"), *wMy*0.3
				case strings.HasSuffix(m, ")"):
					continue
				}
				e.put(g.wordNode(m), s, w)
			}
		}
	}
	g.merge(e)
	log.Printf("mythes: %d distinct sense lines, %d edges", len(nSense), len(e))
	return nil
}

// ---------------------------------------------------------------- Aiksaurus

// Aiksaurus words.dat: NUL-terminated word (':' for space) followed by
// big-endian uint16 meaning ids ended by 0xFFFF. meanings.dat: per meaning,
// big-endian uint16 word ids ended by 0xFFFF (the first two are its titles).
func loadAiksaurus(g *graph) error {
	wd, err := os.ReadFile(filepath.Join(*aikDir, "words.dat"))
	if err != nil {
		return err
	}
	md, err := os.ReadFile(filepath.Join(*aikDir, "meanings.dat"))
	if err != nil {
		return err
	}
	var words []string
	for i := 0; i < len(wd); {
		j := bytes.IndexByte(wd[i:], 0)
		if j < 0 {
			break
		}
		words = append(words, string(wd[i:i+j]))
		i += j + 1
		for i+1 < len(wd) && !(wd[i] == 0xff && wd[i+1] == 0xff) {
			i += 2
		}
		i += 2
	}
	e := edgeSet{}
	nm := 0
	var cur []int
	for i := 0; i+1 < len(md); i += 2 {
		v := int(md[i])<<8 | int(md[i+1])
		if v != 0xffff {
			cur = append(cur, v)
			continue
		}
		s := g.node("s:aik:"+strconv.Itoa(nm), false)
		nm++
		for _, id := range cur {
			if id < len(words) {
				e.put(g.wordNode(words[id]), s, *wAik)
			}
		}
		cur = cur[:0]
	}
	g.merge(e)
	log.Printf("aiksaurus: %d words, %d meanings, %d edges", len(words), nm, len(e))
	return nil
}

// ---------------------------------------------------------------- SCOWL

// scowlStems returns stem -> lowest SCOWL level of any word with that stem.
func scowlStems() (map[string]int, error) {
	lv := map[string]int{}
	files, err := filepath.Glob(filepath.Join(*scowlDir, "*-words.*"))
	if err != nil {
		return nil, err
	}
	n := 0
	for _, f := range files {
		base := filepath.Base(f)
		isEn, isAm, isBr := strings.HasPrefix(base, "english-"), strings.HasPrefix(base, "american-"), strings.HasPrefix(base, "british-")
		if !(isEn || isAm || isBr) {
			continue
		}
		level, err := strconv.Atoi(base[strings.LastIndexByte(base, '.')+1:])
		if err != nil {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for _, w := range strings.Split(string(data), "\n") {
			w = strings.TrimSpace(w)
			if !wordRE.MatchString(w) {
				continue
			}
			n++
			if isBr {
				britishOnly[w] = true
				continue
			}
			american[w] = true
			s := stemOf(w)
			if old, ok := lv[s]; !ok || level < old {
				lv[s] = level
			}
		}
	}
	if n == 0 {
		return nil, fmt.Errorf("no SCOWL word lists under %s", *scowlDir)
	}
	return lv, nil
}

// ---------------------------------------------------------------- walk

type nb struct {
	stem  string
	score float64
}

type walker struct {
	g      *graph
	p, r   []float64
	next   []float64
	touchP []int32
	front  []int32
	nfront []int32
}

func newWalker(g *graph) *walker {
	n := len(g.names)
	return &walker{g: g, p: make([]float64, n), r: make([]float64, n), next: make([]float64, n)}
}

// walk returns p_s: the truncated personalised PageRank vector from s,
// sum_{k<steps} alpha(1-alpha)^k P^k e_s, as a sparse list over word nodes.
func (w *walker) walk(s int32, fn func(v int32, p float64)) {
	g := w.g
	a := *alpha
	w.front = append(w.front[:0], s)
	w.r[s] = 1
	w.touchP = w.touchP[:0]
	for k := 0; k <= *steps; k++ {
		w.nfront = w.nfront[:0]
		for _, u := range w.front {
			mass := w.r[u]
			w.r[u] = 0
			if g.isWord[u] {
				if w.p[u] == 0 {
					w.touchP = append(w.touchP, u)
				}
				w.p[u] += a * mass
			}
			if k == *steps || mass < *eps {
				continue
			}
			// restart only counted at word nodes; sense nodes pass mass on
			move := mass
			if g.isWord[u] {
				move = (1 - a) * mass
			}
			d := g.deg[u]
			for e := g.off[u]; e < g.off[u+1]; e++ {
				v := g.adj[e]
				if w.next[v] == 0 {
					w.nfront = append(w.nfront, v)
				}
				w.next[v] += move * float64(g.wt[e]) / d
			}
		}
		for _, v := range w.nfront {
			w.r[v], w.next[v] = w.next[v], 0
		}
		w.front, w.nfront = w.nfront, w.front
	}
	for _, u := range w.front {
		w.r[u] = 0
	}
	for _, u := range w.touchP {
		fn(u, w.p[u])
		w.p[u] = 0
	}
}

func main() {
	flag.Parse()
	log.SetFlags(0)
	t0 := time.Now()
	levels, err := scowlStems()
	if err != nil {
		log.Fatal(err)
	}
	for w := range britishOnly {
		if american[w] {
			delete(britishOnly, w)
		}
	}
	g := newGraph()
	if err := loadWordNet(g); err != nil {
		log.Fatal(err)
	}
	if err := loadMythes(g); err != nil {
		log.Fatal(err)
	}
	if err := loadAiksaurus(g); err != nil {
		log.Fatal(err)
	}
	g.build()
	nw := 0
	for _, b := range g.isWord {
		if b {
			nw++
		}
	}
	log.Printf("graph: %d nodes (%d word stems), %d edges, built in %v", len(g.names), nw, len(g.adj)/2, time.Since(t0).Round(time.Millisecond))

	var keys []int32
	prior := make([]float64, len(g.names))
	eligible := make([]bool, len(g.names))
	for id, name := range g.names {
		if !g.isWord[id] || g.off[id] == g.off[id+1] {
			continue
		}
		l, ok := levels[name[2:]]
		if ok && l <= *nbLevel {
			eligible[id] = true
			switch {
			case l <= 35:
				prior[id] = 1
			case l <= 50:
				prior[id] = math.Sqrt(*rarePen)
			default:
				prior[id] = *rarePen
			}
		}
		if ok && l <= *keyLevel {
			keys = append(keys, int32(id))
		}
	}
	if *evalOnly && *evalPaper != "" {
		need := paperStems(*evalPaper)
		for _, p := range pairs {
			need[stemOf(p[0])] = true
		}
		k2 := keys[:0]
		for _, id := range keys {
			if need[g.names[id][2:]] {
				k2 = append(k2, id)
			}
		}
		keys = k2
	}
	log.Printf("vocabulary: %d key stems (SCOWL <= %d), neighbours from SCOWL <= %d", len(keys), *keyLevel, *nbLevel)

	results := make([][]nb, len(keys))
	var wg sync.WaitGroup
	workers := runtime.NumCPU()
	for wk := 0; wk < workers; wk++ {
		wg.Add(1)
		go func(wk int) {
			defer wg.Done()
			w := newWalker(g)
			var cand []nb
			for i := wk; i < len(keys); i += workers {
				s := keys[i]
				cand = cand[:0]
				ds := g.deg[s]
				w.walk(s, func(v int32, p float64) {
					if v == s || !eligible[v] {
						return
					}
					cand = append(cand, nb{g.names[v][2:], prior[v] * p * math.Pow(ds/g.deg[v], *gamma)})
				})
				sort.Slice(cand, func(a, b int) bool {
					if cand[a].score != cand[b].score {
						return cand[a].score > cand[b].score
					}
					return cand[a].stem < cand[b].stem
				})
				if len(cand) > *topK {
					cand = cand[:*topK]
				}
				results[i] = append([]nb(nil), cand...)
			}
		}(wk)
	}
	wg.Wait()
	log.Printf("walks done in %v", time.Since(t0).Round(time.Millisecond))

	// rescale: the similarity at the 90th percentile of the best neighbours
	// maps to 1.0, linear below (scores are clipped to [0.01, 1]).
	ref := *scoreRef
	if ref == 0 {
		var tops []float64
		for _, r := range results {
			if len(r) > 0 {
				tops = append(tops, r[0].score)
			}
		}
		sort.Float64s(tops)
		ref = tops[len(tops)*9/10]
		log.Printf("score reference (p90 of best similarity): %.4g; median best %.4g", ref, tops[len(tops)/2])
	}
	table := map[string][]nb{}
	var buf bytes.Buffer
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return g.names[keys[order[a]]] < g.names[keys[order[b]]] })
	entries := 0
	for _, i := range order {
		key := g.names[keys[i]][2:]
		var line []string
		var kept []nb
		for _, c := range results[i] {
			sc := math.Sqrt(c.score / ref) // sqrt spreads the long tail
			if sc > 1 {
				sc = 1
			}
			sc = math.Round(sc*100) / 100
			if sc < 0.01 {
				continue
			}
			line = append(line, fmt.Sprintf("%s:%.2f", c.stem, sc))
			kept = append(kept, nb{c.stem, sc})
		}
		if len(line) == 0 {
			continue
		}
		entries++
		table[key] = kept
		buf.WriteString(key)
		buf.WriteByte('\t')
		buf.WriteString(strings.Join(line, " "))
		buf.WriteByte('\n')
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(buf.Bytes())
	zw.Close()
	if err := os.WriteFile(*out, gz.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d entries, %d bytes raw, %d bytes gzip, total %v", *out, entries, buf.Len(), gz.Len(), time.Since(t0).Round(time.Millisecond))
	if *verbose {
		for _, w := range []string{"border", "civil", "narcot", "ventur", "independ", "recogn", "terror", "intellig"} {
			fmt.Println(w, table[w])
		}
	}
	if *evalPaper != "" {
		if err := evaluate(table, *evalPaper); err != nil {
			log.Fatal(err)
		}
	}
}

// ---------------------------------------------------------------- eval

// pairs are plain student words and the paraphrased word the paper uses.
var pairs = [][2]string{
	{"border", "fringe"}, {"border", "outskirts"}, {"civil", "common"}, {"recognize", "perceive"},
	{"independence", "freedom"}, {"independence", "autonomy"}, {"narcotics", "opiates"}, {"drugs", "opiates"},
	{"democracy", "majority"}, {"ventures", "wanders"}, {"opposition", "resistance"}, {"violence", "savagery"},
	{"humanitarian", "compassionate"}, {"economic", "monetary"}, {"development", "improvement"},
	{"forces", "strengths"}, {"troops", "strengths"}, {"training", "preparing"}, {"special", "extraordinary"},
	{"terror", "dread"}, {"freedom", "opportunity"}, {"freedoms", "flexibilities"}, {"torture", "torment"},
	{"intelligence", "sagacity"}, {"elections", "decisions"}, {"poverty", "neediness"}, {"health", "wellbeing"},
	{"education", "instruction"}, {"energy", "vitality"}, {"transport", "transportation"},
	{"agreement", "concurrence"}, {"investment", "venture"}, {"investment", "speculation"},
	{"remittances", "settlements"}, {"exports", "fares"}, {"vulnerable", "powerless"}, {"led", "captained"},
	{"reconciliation", "compromise"}, {"bridge", "extension"}, {"critical", "discriminating"},
	{"partner", "accomplice"}, {"equipment", "gear"}, {"embargo", "boycott"}, {"sales", "deals"},
	{"reward", "prize"}, {"support", "backing"}, {"logistical", "strategic"}, {"militant", "aggressor"},
	{"concern", "sympathy"}, {"civilian", "citizen"}, {"respect", "appreciation"},
	{"proliferation", "multiplication"}, {"regional", "local"}, {"stability", "strength"},
	{"borders", "limits"}, {"prevent", "keep"}, {"weapons", "arms"}, {"destruction", "devastation"},
	{"oversee", "directed"}, {"consultations", "conferences"}, {"annual", "yearly"}, {"crisis", "emergency"},
	{"planning", "arranging"}, {"civil", "common"}, {"emergency", "crisis"}, {"exercises", "practices"},
	{"practical", "functional"}, {"areas", "zones"}, {"mutual", "mutually"}, {"period", "term"},
	{"diplomatic", "political"},
}

func score(t map[string][]nb, a, b string) float64 {
	if a == b {
		return 1
	}
	s := 0.0
	for _, n := range t[a] {
		if n.stem == b {
			s = n.score
		}
	}
	for _, n := range t[b] {
		if n.stem == a && n.score > s {
			s = n.score
		}
	}
	return s
}

func evaluate(t map[string][]nb, paper string) error {
	vocab := paperStems(paper)
	var top1, top5, top20, n, missing int
	var mrr float64
	var ranks []string
	for _, p := range pairs {
		a, b := stemOf(p[0]), stemOf(p[1])
		if !vocab[b] {
			missing++
			ranks = append(ranks, p[0]+"->"+p[1]+"=notinpaper")
			continue
		}
		n++
		sb := score(t, a, b)
		// pessimistic rank among the paper's other stems (the plain
		// word's own stem is left out)
		rank := 1
		for v := range vocab {
			if v == b || v == a {
				continue
			}
			if sv := score(t, a, v); sv > sb || (sv == sb) {
				rank++
			}
		}
		if sb == 0 {
			rank = len(vocab)
		}
		mrr += 1 / float64(rank)
		if rank <= 1 {
			top1++
		}
		if rank <= 5 {
			top5++
		}
		if rank <= 20 {
			top20++
		}
		ranks = append(ranks, fmt.Sprintf("%s->%s=%d(%.2f)", p[0], p[1], rank, sb))
	}
	fmt.Printf("paper vocabulary %d stems; %d pairs measured (%d paper words not in paper)\n", len(vocab), n, missing)
	fmt.Printf("top1 %d (%.0f%%)  top5 %d (%.0f%%)  top20 %d (%.0f%%)  MRR %.3f\n", top1, 100*float64(top1)/float64(n), top5, 100*float64(top5)/float64(n), top20, 100*float64(top20)/float64(n), mrr/float64(n))
	if *verbose {
		fmt.Println(strings.Join(ranks, " "))
	}
	return nil
}

// paperStems returns the distinct stems of the words of a text file.
func paperStems(paper string) map[string]bool {
	data, err := os.ReadFile(paper)
	if err != nil {
		log.Fatal(err)
	}
	vocab := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(string(data)), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if len(w) >= 2 {
			vocab[stemOf(w)] = true
		}
	}
	return vocab
}
