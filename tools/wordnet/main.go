// Command wordnet derives a paper's wordnet.txt: the general-English
// synonyms (Princeton WordNet 3.0) of the paper's own vocabulary, as the
// retrieval analyzer's terms, so that a student's "opposition" meets the
// paper's spun "resistance" and "fight" its "battle". Only pairs whose
// paper side occurs in the paper are kept: the list is the paper's, made
// with no reading, and regenerated for another paper.
//
//	apt-get install wordnet-base   # only to regenerate; CI and the bot need nothing
//	go run ./tools/wordnet -paper data/DIR/DIR.txt > data/DIR/wordnet.txt
//
// A pair links a WordNet lemma (the student's side) to a lemma the paper
// uses by one relation (-rels): "=" the two share a synset, "+"
// derivationally related forms, "&" similar adjectives, "@" the paper's
// word is a direct hypernym, "~" a direct hyponym, "\" a pertainym, "i"
// an irregular form (WordNet's exception lists: "went" for "go"). Each
// side carries the sense rank of the synset the link goes through (1 the
// word's commonest sense in WordNet's index, ordered by tagged
// frequency), and -maxrank keeps the common senses only: polysemy is
// WordNet's noise ("capital" is first of all wealth). The defaults, "="
// through senses ranked 1 or 2, were measured best (README, Quality and
// speed); the other relations added nothing held out.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"paperbot/paper"
	"paperbot/retrieval"
)

func main() {
	paperPath := flag.String("paper", "", "the paper's text file")
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0's dict folder (Debian's wordnet-base)")
	maxRank := flag.Int("maxrank", 2, "keep links through senses ranked at most this on both sides")
	rels := flag.String("rels", "=", "the relations to keep, of = + & @ ~ \\ i")
	flag.Parse()
	if *paperPath == "" {
		fmt.Fprintln(os.Stderr, "usage: wordnet -paper data/DIR/DIR.txt [-wordnet /usr/share/wordnet] > data/DIR/wordnet.txt")
		os.Exit(2)
	}
	if err := run(*paperPath, *dir, *rels, *maxRank); err != nil {
		fmt.Fprintln(os.Stderr, "wordnet:", err)
		os.Exit(1)
	}
}

// synset is one WordNet synset: its words and pointers.
type synset struct {
	pos   byte // n v a r
	words []string
	ptrs  []pointer
}

type pointer struct {
	sym      string
	target   string // pos byte + offset
	src, dst int    // word numbers from 1 for a lexical pointer, 0 for a semantic one
}

// wn is the part of WordNet the tool reads.
type wn struct {
	synsets map[string]*synset // pos byte + offset -> synset
	rank    map[string]int     // lemma + "\x00" + pos+offset -> sense rank from 1
}

var posFiles = []struct {
	name string
	pos  byte
}{{"noun", 'n'}, {"verb", 'v'}, {"adj", 'a'}, {"adv", 'r'}}

func load(dir string) (*wn, error) {
	w := &wn{synsets: map[string]*synset{}, rank: map[string]int{}}
	for _, pf := range posFiles {
		if err := eachLine(filepath.Join(dir, "data."+pf.name), func(f []string) error {
			return w.addSynset(pf.pos, f)
		}); err != nil {
			return nil, err
		}
		if err := eachLine(filepath.Join(dir, "index."+pf.name), func(f []string) error {
			// lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offset...
			if len(f) < 4 {
				return fmt.Errorf("short index line %q", strings.Join(f, " "))
			}
			pc, err := strconv.Atoi(f[3])
			if err != nil || len(f) < 6+pc {
				return fmt.Errorf("index line %q", strings.Join(f, " "))
			}
			for i, off := range f[6+pc:] {
				w.rank[f[0]+"\x00"+string(pf.pos)+off] = i + 1
			}
			return nil
		}); err != nil {
			return nil, err
		}
	}
	if len(w.synsets) < 100000 {
		return nil, fmt.Errorf("%s: %d synsets; not WordNet 3.0?", dir, len(w.synsets))
	}
	return w, nil
}

// addSynset reads a data line: offset lex_filenum ss_type w_cnt (hex)
// word lex_id ... p_cnt ptr_symbol offset pos source/target ... | gloss.
func (w *wn) addSynset(pos byte, f []string) error {
	bad := func() error { return fmt.Errorf("data line %q", strings.Join(f, " ")) }
	if len(f) < 4 {
		return bad()
	}
	n, err := strconv.ParseInt(f[3], 16, 32)
	if err != nil || len(f) < 5+2*int(n) {
		return bad()
	}
	s := &synset{pos: pos}
	for i := 0; i < int(n); i++ {
		word := strings.ToLower(f[4+2*i])
		if k := strings.IndexByte(word, '('); k > 0 {
			word = word[:k] // adjective markers: "(a)", "(p)", "(ip)"
		}
		s.words = append(s.words, word)
	}
	k := 4 + 2*int(n)
	pc, err := strconv.Atoi(f[k])
	if err != nil || len(f) < k+1+4*pc {
		return bad()
	}
	for i := 0; i < pc; i++ {
		p := f[k+1+4*i : k+5+4*i]
		st, err := strconv.ParseUint(p[3], 16, 16)
		if err != nil {
			return bad()
		}
		tp := p[2][0]
		if tp == 's' {
			tp = 'a'
		}
		s.ptrs = append(s.ptrs, pointer{sym: p[0], target: string(tp) + p[1], src: int(st >> 8), dst: int(st & 0xff)})
	}
	w.synsets[string(pos)+f[0]] = s
	return nil
}

// eachLine calls fn with the fields of every line of a WordNet file that
// is not its licence header (lines starting with two spaces).
func eachLine(path string, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") || line == "" {
			continue
		}
		if g, _, ok := strings.Cut(line, " | "); ok {
			line = g
		}
		if err := fn(strings.Fields(line)); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return sc.Err()
}

// link is one student lemma => paper lemma pair through one relation.
type link struct {
	from, to string // analyzer terms, space-joined
	rel      string
	rf, rt   int // sense ranks
	fromW    string
	toW      string
}

func run(paperPath, dir, rels string, maxRank int) error {
	text, err := os.ReadFile(paperPath)
	if err != nil {
		return err
	}
	p, err := paper.Parse(string(text))
	if err != nil {
		return fmt.Errorf("%s: %w", paperPath, err)
	}
	an := retrieval.NewAnalyzer(nil)
	terms := func(s string) []string {
		var out []string
		last := -1
		for _, t := range an.Analyze(s) {
			if t.Pos == last {
				continue
			}
			last = t.Pos
			out = append(out, t.Term)
		}
		return out
	}
	// The paper's vocabulary: its terms and its runs of up to four terms.
	inPaper := map[string]bool{}
	for _, pp := range p.Paragraphs {
		for _, s := range pp.Sentences {
			ts := terms(s.Text)
			for i := range ts {
				for n := 1; n <= 4 && i+n <= len(ts); n++ {
					inPaper[strings.Join(ts[i:i+n], " ")] = true
				}
			}
		}
	}
	w, err := load(dir)
	if err != nil {
		return err
	}
	termsOf := map[string]string{}
	key := func(lemma string) string {
		if k, ok := termsOf[lemma]; ok {
			return k
		}
		k := strings.Join(terms(strings.ReplaceAll(lemma, "_", " ")), " ")
		termsOf[lemma] = k
		return k
	}
	best := map[[3]string]link{}
	add := func(from, to string, fs, ts string, rel string) {
		if strings.ContainsAny(from+to, "0123456789.'") {
			return
		}
		tk := key(to)
		if !strings.Contains(rels, rel) || tk == "" || !inPaper[tk] {
			return
		}
		fk := key(from)
		if fk == "" || fk == tk || strings.Contains(fk, " ") {
			// A student side of several words would be a concept of its
			// own: the ranker leaves it out.
			return
		}
		rf, rt := w.rank[from+"\x00"+fs], w.rank[to+"\x00"+ts]
		if rf == 0 || rt == 0 || rf > maxRank || rt > maxRank {
			return
		}
		k := [3]string{fk, tk, rel}
		// The commonest senses win, whatever order the synsets come in,
		// so that the output is the same on every run.
		if old, ok := best[k]; ok && slices.Compare([]int{max(old.rf, old.rt), old.rf, old.rt}, []int{max(rf, rt), rf, rt}) <= 0 {
			return
		}
		best[k] = link{fk, tk, rel, rf, rt, from, to}
	}
	for id, s := range w.synsets {
		for _, a := range s.words {
			for _, b := range s.words {
				if a != b {
					add(a, b, id, id, "=")
				}
			}
		}
		for _, p := range s.ptrs {
			t := w.synsets[p.target]
			if t == nil {
				continue
			}
			switch p.sym {
			case "+", "\\":
				if p.src == 0 || p.dst == 0 || p.src > len(s.words) || p.dst > len(t.words) {
					continue
				}
				// Both directions: the student may use either form.
				add(s.words[p.src-1], t.words[p.dst-1], id, p.target, p.sym)
				add(t.words[p.dst-1], s.words[p.src-1], p.target, id, p.sym)
			case "&", "@", "~", "@i", "~i":
				rel := p.sym[:1]
				for _, a := range s.words {
					for _, b := range t.words {
						add(a, b, id, p.target, rel)
					}
				}
			}
		}
	}
	// Irregular forms (verb.exc, noun.exc ...: "went go", "led lead"),
	// both ways, as the commonest sense of each.
	for _, pf := range posFiles {
		if err := eachLine(filepath.Join(dir, pf.name+".exc"), func(f []string) error {
			for _, base := range f[1:] {
				for _, pair := range [][2]string{{f[0], base}, {base, f[0]}} {
					fk, tk := key(pair[0]), key(pair[1])
					if !strings.Contains(rels, "i") || fk == "" || tk == "" || fk == tk || strings.Contains(fk, " ") || !inPaper[tk] || strings.ContainsAny(pair[0]+pair[1], "0123456789.'") {
						continue
					}
					best[[3]string{fk, tk, "i"}] = link{fk, tk, "i", 1, 1, pair[0], pair[1]}
				}
			}
			return nil
		}); err != nil {
			return err
		}
	}
	var out []link
	for _, l := range best {
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.from != b.from {
			return a.from < b.from
		}
		if a.to != b.to {
			return a.to < b.to
		}
		return a.rel < b.rel
	})
	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(bw, header, filepath.Base(paperPath), rels, maxRank)
	for _, l := range out {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%d\t%d\n", l.from, l.to, l.rel, l.rf, l.rt)
	}
	return bw.Flush()
}

const header = `# WordNet's synonyms and related words of this paper's vocabulary, as the
# retrieval analyzer's terms. Generated by
# go run ./tools/wordnet -paper %s -rels '%s' -maxrank %d
# from Princeton WordNet 3.0 (Debian's wordnet-base), whose notice follows:
#
#   WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
#   Permission to use, copy, modify and distribute this software and
#   database and its documentation for any purpose and without fee or
#   royalty is hereby granted, provided that you agree to comply with the
#   following copyright notice and statements, including the disclaimer,
#   and that the same appear on ALL copies of the software, database and
#   documentation, including modifications that you make for internal use
#   or for distribution.
#   THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
#   MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF
#   EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
#   REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY
#   PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE
#   OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
#   TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or
#   Princeton may not be used in advertising or publicity pertaining to
#   distribution of the software and/or database. Title to copyright in
#   this software, database and any associated documentation shall at all
#   times remain with Princeton University and LICENSEE agrees to preserve
#   same.
#
# Modified: lemmas replaced by the analyzer's terms (stop words dropped,
# stems); only pairs whose second side occurs in the paper. One pair a
# line, tab-separated: the student's terms, the paper's terms, the
# relation (= same synset, + derivationally related, & similar adjective,
# @ the paper's word is a direct hypernym, ~ a direct hyponym, \ a
# pertainym, i an irregular form: "went" for "go"), and the sense rank on
# each side (1 the commonest sense).
`
