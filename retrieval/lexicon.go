package retrieval

import (
	_ "embed"
	"fmt"
	"strings"
)

// The curated word lists. thesaurus.txt maps a student's plain words to the
// paper's (often machine-paraphrased) wording, one entry with its rationale
// per line; names.txt lists spellings of one name that must meet
// (US/U.S./America, Rahmon/Rakhmonov, ABC/Annual Bilateral Consultation).
var (
	//go:embed thesaurus.txt
	thesaurusText string
	//go:embed names.txt
	namesText string
)

// Entry is one thesaurus line: a question phrase and the paper phrases it
// may stand for.
type Entry struct {
	From []string   // surface words of the student's phrase
	To   [][]string // surface words of each paper phrase
	Line int
}

// parseThesaurus reads "student words => paper words, paper words # why".
// Every entry must give its reason: a mapping nobody can justify is noise.
func parseThesaurus(text string) ([]Entry, error) {
	var out []Entry
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		body, why, ok := strings.Cut(line, "#")
		if !ok || strings.TrimSpace(why) == "" {
			return nil, fmt.Errorf("thesaurus line %d: no rationale after #", n+1)
		}
		from, to, ok := strings.Cut(body, "=>")
		if !ok {
			return nil, fmt.Errorf("thesaurus line %d: want \"words => words, ...\"", n+1)
		}
		e := Entry{From: surfaceWords(from), Line: n + 1}
		for _, t := range strings.Split(to, ",") {
			if w := surfaceWords(t); len(w) > 0 {
				e.To = append(e.To, w)
			}
		}
		if len(e.From) == 0 || len(e.To) == 0 {
			return nil, fmt.Errorf("thesaurus line %d: empty side", n+1)
		}
		out = append(out, e)
	}
	return out, nil
}

// parseNames reads classes "us = u.s. = united states # why"; the first
// member is the canonical spelling.
func parseNames(text string) ([][][]string, error) {
	var out [][][]string
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		body, why, ok := strings.Cut(line, "#")
		if !ok || strings.TrimSpace(why) == "" {
			return nil, fmt.Errorf("names line %d: no rationale after #", n+1)
		}
		var class [][]string
		for _, m := range strings.Split(body, "=") {
			if w := surfaceWords(m); len(w) > 0 {
				class = append(class, w)
			}
		}
		if len(class) < 2 {
			return nil, fmt.Errorf("names line %d: a class needs two or more spellings", n+1)
		}
		out = append(out, class)
	}
	return out, nil
}

// surfaceWords scans s into lower-cased surface words, the form names are
// matched in.
func surfaceWords(s string) []string {
	var ws []string
	for _, t := range scan(s, nil) {
		ws = append(ws, t.text)
	}
	return ws
}
