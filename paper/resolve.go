package paper

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// notInList is the note of a citation that matches no entry.
const notInList = "not in the paper's reference list"

var citeSplitRe = regexp.MustCompile(`\s*(?:&|,|\band\b|\bet al\.?)\s*`)

// nameFit is how one cited name fits one reference's authors.
type nameFit int

const (
	fitNone nameFit = iota
	fitNear
	fitExact
)

// refIndex finds candidate entries for a cited name without comparing it
// with every entry: by exact normalised author, else by first letter (a near
// miss keeps its first letter).
type refIndex struct {
	refs    []Reference
	norm    [][]string       // normalised authors of each entry
	byName  map[string][]int // normalised author -> entry indices
	byFirst map[byte][]int   // first byte of a normalised author -> entry indices
	memo    map[string]Citation
}

func newRefIndex(refs []Reference) *refIndex {
	ix := &refIndex{refs: refs, norm: make([][]string, len(refs)), byName: map[string][]int{}, byFirst: map[byte][]int{}, memo: map[string]Citation{}}
	for i, r := range refs {
		for _, a := range r.Authors {
			n := normName(a)
			if n == "" {
				continue
			}
			ix.norm[i] = append(ix.norm[i], n)
			if l := ix.byName[n]; len(l) == 0 || l[len(l)-1] != i {
				ix.byName[n] = append(l, i)
			}
			if l := ix.byFirst[n[0]]; len(l) == 0 || l[len(l)-1] != i {
				ix.byFirst[n[0]] = append(l, i)
			}
		}
	}
	return ix
}

// resolveAll resolves every citation against the reference list and fills
// Reference.CitedIn. It never invents a reference: an approximate match needs
// either the same author with another year, or a near-identical author with
// the same year.
func resolveAll(p *Paper) {
	ix := newRefIndex(p.References)
	for k := range p.Paragraphs {
		para := &p.Paragraphs[k]
		for c := range para.Citations {
			cit := &para.Citations[c]
			ix.resolve(cit)
			if cit.Reference > 0 {
				r := &p.References[cit.Reference-1]
				if n := len(r.CitedIn); n == 0 || r.CitedIn[n-1] != para.N {
					r.CitedIn = append(r.CitedIn, para.N)
				}
			}
		}
	}
}

// resolve sets Match, Reference and Note of one citation.
func (ix *refIndex) resolve(cit *Citation) {
	key := cit.Author + "\x00" + yearText(cit.Year) + "\x00" + cit.Date
	if m, ok := ix.memo[key]; ok {
		cit.Match, cit.Reference, cit.Note = m.Match, m.Reference, m.Note
		return
	}
	ix.resolveNew(cit)
	ix.memo[key] = Citation{Match: cit.Match, Reference: cit.Reference, Note: cit.Note}
}

func (ix *refIndex) resolveNew(cit *Citation) {
	refs, refAuthors := ix.refs, ix.norm
	cit.Match, cit.Reference, cit.Note = MatchNone, 0, notInList
	whole := normName(cit.Author)
	var names, normNames []string
	for _, n := range citeSplitRe.Split(cit.Author, -1) {
		if n = strings.TrimSpace(n); n != "" && !initialsRe.MatchString(n) {
			names = append(names, n)
			normNames = append(normNames, normName(n))
		}
	}
	if whole == "" {
		return
	}
	cands := ix.candidates(whole, normNames)
	const (
		rankNone = iota
		rankNearYear
		rankAuthorOnly
		rankExact
	)
	best, bestRank, bestNote := -1, rankNone, ""
	for _, i := range cands {
		r := refs[i]
		fit, _ := fitAuthors(whole, names, normNames, refAuthors[i], r.Authors, false)
		if fit == fitNone {
			continue
		}
		yearOK := cit.Year == r.Year
		rank, n := rankNone, ""
		switch {
		case fit == fitExact && yearOK:
			rank = rankExact
		case fit == fitExact:
			rank = rankAuthorOnly
			n = fmt.Sprintf("year %s not in the list; %s %s is", yearText(cit.Year), r.Authors[0], yearText(r.Year))
		case yearOK:
			rank = rankNearYear
		}
		if rank == rankNone {
			continue
		}
		better := rank > bestRank
		if rank == bestRank && best >= 0 {
			// Prefer the same date, then the closest year.
			if rank == rankExact && cit.Date != "" && strings.EqualFold(cit.Date, r.Date) && !strings.EqualFold(cit.Date, refs[best].Date) {
				better = true
			}
			if rank == rankAuthorOnly && abs(cit.Year-r.Year) < abs(cit.Year-refs[best].Year) {
				better = true
			}
		}
		if better {
			best, bestRank, bestNote = i, rank, n
		}
	}
	if best < 0 {
		return
	}
	cit.Reference = refs[best].ID
	cit.Note = bestNote
	if bestRank == rankNearYear {
		_, cit.Note = fitAuthors(whole, names, normNames, refAuthors[best], refs[best].Authors, true)
	}
	if bestRank == rankExact {
		cit.Match = MatchExact
	} else {
		cit.Match = MatchApproximate
	}
}

// candidates returns the ascending indices of entries worth comparing.
func (ix *refIndex) candidates(whole string, normNames []string) []int {
	var out []int
	add := func(l []int) {
		out = append(out, l...)
	}
	add(ix.byName[whole])
	for _, n := range normNames {
		add(ix.byName[n])
	}
	if len(out) == 0 {
		for _, n := range normNames {
			if n != "" {
				add(ix.byFirst[n[0]])
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// fitAuthors compares the cited author (whole, and split into names) with a
// reference's authors. Exact when the whole name equals a corporate author or
// every cited name is one of the authors; near when each cited name is an
// author or close to one, with a note saying which.
//
// Notes are only built when asked for, since most candidates are discarded.
func fitAuthors(whole string, names, normNames, norm, orig []string, withNotes bool) (nameFit, string) {
	if len(norm) == 0 {
		return fitNone, ""
	}
	for _, a := range norm {
		if a == whole {
			return fitExact, ""
		}
	}
	fit := fitExact
	var notes []string
	matched := 0
	for k, n := range names {
		nn := normNames[k]
		f := fitNone
		for j, a := range norm {
			if a == nn {
				f = fitExact
				break
			}
			if nearName(nn, a) {
				f = fitNear
				if withNotes {
					notes = append(notes, fmt.Sprintf("author %q vs %q in the list", n, orig[j]))
				}
			}
		}
		switch f {
		case fitNone:
			if withNotes {
				notes = append(notes, fmt.Sprintf("author %q not among the entry's authors", n))
			}
			fit = fitNear
		case fitNear:
			fit = fitNear
			matched++
		default:
			matched++
		}
	}
	if matched == 0 {
		return fitNone, ""
	}
	return fit, strings.Join(notes, "; ")
}

// nearName reports a near-miss of a surname: one a prefix of the other
// ("Bakhovadin", "Bakhovadinov") or within a small edit distance.
func nearName(a, b string) bool {
	la, lb := len(a), len(b)
	if la < 4 || lb < 4 || la > 64 || lb > 64 || a[0] != b[0] {
		return false
	}
	short, long := a, b
	if la > lb {
		short, long = b, a
	}
	if strings.HasPrefix(long, short) && len(short)*4 >= len(long)*3 {
		return true
	}
	max := 1
	if len(short) >= 8 {
		max = 2
	}
	if len(long)-len(short) > max {
		return false
	}
	return EditDistance(a, b) <= max
}

// EditDistance is the Levenshtein distance between two short strings, in
// bytes; near-miss names ("Bakhovadin" vs "Bakhovadinov") are told by it
// here and in the classroom's name matching.
func EditDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func yearText(y int) string {
	if y == 0 {
		return "n.d."
	}
	return fmt.Sprint(y)
}
