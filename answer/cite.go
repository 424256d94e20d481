package answer

import (
	"slices"
	"strings"

	"paperbot/paper"
)

// sentenceFirst reorders the citations of paragraph p (cs, resolved in the
// paragraph's order) so that those of sentence si come first, marked
// ForSentence: a student quoting the sentence should cite its source, not
// the paragraph's first. A sentence that cites nothing itself is covered
// by the next citation after it in the paragraph (a citation closes the
// run of sentences it supports), or, at the end of the paragraph, by the
// nearest one before it; such a citation is also marked Nearest, so no
// reader takes it for the sentence's own. A narrative citation ("According
// to X (2013)", "As Crosston, (2016, p.104)") opens its own sentence and
// covers none before it: a sentence whose next citation is narrative is
// covered by none, and the passage's works are listed as the paragraph's.
// A sentence that opens by pointing back ("This was carried out as a
// prize ...", after "According to Jamestown Foundation ... in April 2002,
// America was giving army gear") goes on with the sentence before it, so
// that sentence's citations cover it first.
func sentenceFirst(p *paper.Paragraph, si int, cs []Citation) []Citation {
	if si < 0 || si >= len(p.Sentences) || len(cs) != len(p.Citations) || len(cs) == 0 {
		return cs
	}
	s := p.Sentences[si]
	mine := make([]bool, len(cs))
	found := false
	for i, c := range p.Citations {
		if c.Start >= s.Start && c.Start < s.End {
			mine[i], found = true, true
		}
	}
	if !found && si > 0 && pointsBack(s.Text) {
		ps := p.Sentences[si-1]
		for i, c := range p.Citations {
			if c.Start >= ps.Start && c.Start < ps.End {
				mine[i] = true
			}
		}
	}
	if !found && !slices.Contains(mine, true) {
		next, prev, blocked := -1, -1, false
		for i, c := range p.Citations {
			if c.Start >= s.End && next < 0 && !blocked {
				if c.Narrative {
					blocked = true // it opens a later sentence's run
				} else {
					next = i
				}
			}
			if c.Start < s.Start {
				prev = i
			}
		}
		switch {
		case next >= 0:
			mine[next] = true
		case prev >= 0 && !blocked:
			mine[prev] = true
		}

	}
	out := make([]Citation, 0, len(cs))
	for i, c := range cs {
		if mine[i] {
			c.ForSentence, c.Nearest = true, !found
			out = append(out, c)
		}
	}
	for i, c := range cs {
		if !mine[i] {
			out = append(out, c)
		}
	}
	return out
}

// backWords open a sentence that goes on with the one before it.
var backWords = []string{"this", "these", "that", "those", "it", "they", "such", "he", "she"}

// pointsBack: the sentence's first word refers to the sentence before
// ("This was carried out ...", "It consented ...").
func pointsBack(text string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(text), " ")
	return slices.Contains(backWords, strings.ToLower(strings.TrimRight(first, ",;:")))
}
