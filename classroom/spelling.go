package classroom

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// A paper may spell one name two ways ("Rakhmonov" in two paragraphs,
// "Rahmon" in the rest): plain.txt writes one name in every stem, so an
// item on a passage with the other spelling says so in a note under the
// stem, or a student looking for "Rahmon" in that passage finds another
// man (six blind readers asked for it). The stem itself stays plain and
// one name across the quiz (TestQuizPeople).

// respelling is a plain.txt entry that swaps one name for another: a
// single word each, the plain one written with a capital.
type respelling struct{ spun, plain string }

// respellings are w's entries that respell a name, in the list's order.
func (w *Plain) respellings() []respelling {
	if w == nil {
		return nil
	}
	var out []respelling
	for i, to := range w.to {
		spun := w.low[i]
		if w.why[i] != "" || strings.ContainsAny(spun, " -'") || strings.ContainsAny(to, " -'") || to == "" {
			continue
		}
		if !unicode.IsUpper([]rune(to)[0]) || strings.EqualFold(spun, to) {
			continue
		}
		out = append(out, respelling{spun, to})
	}
	return out
}

// noteSpellings notes, on each item whose stem names a person the list
// respells and whose paragraph writes the paper's other spelling, how the
// paper writes it: "The paper writes Rahmon as "Rakhmonov" here."
func (x *extractor) noteSpellings(items []item) []item {
	rs := x.plain.respellings()
	if len(rs) == 0 {
		return items
	}
	names := make([]*regexp.Regexp, len(rs)) // each plain name, case kept
	for j, r := range rs {
		names[j] = regexp.MustCompile(`\b` + regexp.QuoteMeta(r.plain) + `\b`)
	}
	for i := range items {
		q := &items[i].Quiz
		if q.Paragraph < 1 || q.Paragraph > len(x.p.Paragraphs) {
			continue
		}
		para := x.p.Paragraphs[q.Paragraph-1].Text
		var notes []string
		for j, r := range rs {
			if containsPhrase(para, r.spun) && names[j].MatchString(q.Question) {
				notes = append(notes, spellingNote(r.plain, writtenAs(para, r.spun)))
			}
		}
		q.Note = strings.Join(notes, " ")
	}
	return items
}

// spellingNote is the note for a name the paper writes another way here.
func spellingNote(name, paperSpelling string) string {
	return fmt.Sprintf("The paper writes %s as %q here.", name, paperSpelling)
}

// writtenAs is the spelling of word (lower case) as para first writes it.
func writtenAs(para, word string) string {
	m := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(word) + `\b`).FindString(para)
	if m == "" {
		return word
	}
	return m
}
