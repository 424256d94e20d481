package answer

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"paperbot/paper"
)

// ReferenceCard is one entry of the reference list and where it is cited.
type ReferenceCard struct {
	ID      int      `json:"id"`
	Entry   string   `json:"entry"`
	Authors []string `json:"authors"`
	Year    int      `json:"year"`
	Date    string   `json:"date,omitempty"`
	Title   string   `json:"title"`
	URL     string   `json:"url"`
	CitedIn []int    `json:"cited_in"`
	Pages   []int    `json:"cited_on_pages"`
	// Near is set when the card matched a misspelt author only: the
	// name it is close to ("Jonson" for "johnson"), and how many letters
	// differ.
	Near     string `json:"near_match,omitempty"`
	Distance int    `json:"distance,omitempty"`
}

// Refs returns the references matching query (an author, a year or a title
// word; case-insensitive), or all of them for an empty query. When nothing
// matches, authors within a small edit distance of the query's words are
// returned instead ("johnson" finds Jonson), marked Near, closest first.
func (e *Engine) Refs(query string) []ReferenceCard {
	words := strings.FieldsFunc(strings.ToLower(Clean(query)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := []ReferenceCard{}
	for i := range e.Paper.References {
		r := &e.Paper.References[i]
		if refMatches(r, words) {
			out = append(out, e.card(r))
		}
	}
	if len(out) > 0 || len(words) == 0 {
		return out
	}
	for i := range e.Paper.References {
		r := &e.Paper.References[i]
		if name, d, ok := nearRef(r, words); ok {
			c := e.card(r)
			c.Near, c.Distance = name, d
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(a, b ReferenceCard) int { return cmp.Compare(a.Distance, b.Distance) })
	return out
}
func (e *Engine) card(r *paper.Reference) ReferenceCard {
	c := ReferenceCard{ID: r.ID, Entry: r.Entry, Authors: r.Authors, Year: r.Year, Date: r.Date,
		Title: r.Title, URL: r.URL, CitedIn: r.CitedIn, Pages: []int{}}
	if c.Authors == nil {
		c.Authors = []string{}
	}
	if c.CitedIn == nil {
		c.CitedIn = []int{}
	}
	// The pages of the citations themselves: a paragraph may start a page
	// before the citation.
	seen := map[int]bool{}
	for _, n := range r.CitedIn {
		p, ok := e.Paper.Paragraph(n)
		if !ok {
			continue
		}
		for _, cit := range p.Citations {
			if cit.Reference == r.ID && cit.Match != paper.MatchNone && !seen[cit.Page] {
				seen[cit.Page] = true
				c.Pages = append(c.Pages, cit.Page)
			}
		}
	}
	slices.Sort(c.Pages)
	return c
}

// refMatches reports whether every query word is a prefix of a word of the
// reference's authors, year or title ("jon" finds Jonson).
func refMatches(r *paper.Reference, words []string) bool {
	if len(words) == 0 {
		return true
	}
	hay := strings.FieldsFunc(strings.ToLower(strings.Join(r.Authors, " ")+" "+strconv.Itoa(r.Year)+" "+r.Title+" "+r.Entry), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for _, w := range words {
		found := false
		for _, h := range hay {
			if strings.HasPrefix(h, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// nearRef reports whether every query word matches reference r, exactly
// (as in refMatches) or, for a word of letters, as a near spelling of one
// of its authors' names; it returns the closest name and the total
// distance. At least one word must be near (else refMatches had it).
func nearRef(r *paper.Reference, words []string) (string, int, bool) {
	names := strings.FieldsFunc(strings.ToLower(strings.Join(r.Authors, " ")), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	best, total := "", 0
	for _, w := range words {
		if refMatches(r, []string{w}) {
			continue
		}
		d, name := nearestName(w, names)
		if d > maxTypos(w) {
			return "", 0, false
		}
		if best == "" {
			best = name
		}
		total += d
	}
	if best == "" {
		return "", 0, false
	}
	for _, a := range r.Authors {
		if strings.Contains(strings.ToLower(a), best) {
			// The name as the list spells it, for the note.
			i := strings.Index(strings.ToLower(a), best)
			best = a[i : i+len(best)]
			break
		}
	}
	return best, total, true
}

// nearestName returns the smallest edit distance from w to a name, or to
// the start of a longer one (what is typed so far: "crost" for Crosston),
// and that name.
func nearestName(w string, names []string) (int, string) {
	best, name := 1<<30, ""
	for _, n := range names {
		if len(n) < 3 || !isLetters(n) {
			continue
		}
		d := paper.EditDistance(w, n)
		if len(n) > len(w) && len(w) >= 4 {
			d = min(d, paper.EditDistance(w, n[:len(w)]))
		}
		if d < best {
			best, name = d, n
		}
	}
	return best, name
}

// maxTypos is how many letters a query word may get wrong: none for short
// words and numbers (a year is exact), one for five or six letters, two for
// longer.
func maxTypos(w string) int {
	switch {
	case !isLetters(w) || len(w) < 4:
		return 0
	case len(w) <= 6:
		return 1
	}
	return 2
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}
