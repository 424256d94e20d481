package classroom

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PlainFile is the name of a paper's plain-English list in its folder
// (data/<paper>/plain.txt).
const PlainFile = "plain.txt"

// Plain rewrites the swaps an article spinner made in one paper ("common
// war" for "civil war") in plain English, for quiz stems, "why" answers,
// timeline entries and finding a discussion's passages. It is written for
// one paper's prose, so it lives beside that paper and the caller passes
// it in. A nil *Plain rewrites nothing: items keep the paper's words.
type Plain struct {
	from []*regexp.Regexp
	low  []string // the spun phrase in lower case: a cheap test before the regexp
	to   []string
	why  []string // why a reading was chosen ("" for a plain swap)
}

// Reading is a rewrite the list marks as the writer's judgment rather than
// a plain swap ("main state" read as "only state"): a handout that uses it
// says so, with the reason, so no reader takes the plain word for the
// paper's.
type Reading struct {
	Spun, Plain, Why string
}

// LoadPlain reads PlainFile from a paper's folder, nil when the folder has
// none (the paper then gets no rewrites). Errors name the file and line.
func LoadPlain(fsys fs.FS) (*Plain, error) {
	b, err := fs.ReadFile(fsys, PlainFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", PlainFile, err)
	}
	pl, err := ParsePlain(string(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", PlainFile, err)
	}
	return pl, nil
}

// ParsePlain reads lines "spun phrase => plain phrase", or "spun phrase
// => plain phrase | why" for a reading (see Reading); blank lines and
// lines starting with # are skipped. A line without "=>", with an empty
// side, or repeating a spun phrase is an error naming the line: a list
// that silently drops a rewrite would leave spun words in the items.
func ParsePlain(text string) (*Plain, error) {
	type pair struct{ from, to, why string }
	var pairs []pair
	seen := map[string]int{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		from, to, ok := strings.Cut(line, "=>")
		to, why, reading := strings.Cut(to, "|")
		from, to, why = strings.TrimSpace(from), strings.TrimSpace(to), strings.TrimSpace(why)
		switch {
		case !ok:
			return nil, fmt.Errorf("line %d: %q: want \"spun phrase => plain phrase\"", i+1, line)
		case from == "" || to == "":
			return nil, fmt.Errorf("line %d: %q: empty phrase", i+1, line)
		case reading && why == "":
			return nil, fmt.Errorf("line %d: %q: a reading (\"|\") without its reason", i+1, line)
		case strings.Contains(why, "|"):
			return nil, fmt.Errorf("line %d: %q: more than one \"|\"", i+1, line)
		case strings.Contains(to, "=>"):
			return nil, fmt.Errorf("line %d: %q: more than one \"=>\"", i+1, line)
		case containsPhrase(to, from):
			// apply rewrites until nothing changes: a plain phrase holding
			// its spun one would grow at every pass ("The The Republic")
			return nil, fmt.Errorf("line %d: %q: the plain phrase holds the spun one", i+1, line)
		}
		if at, dup := seen[strings.ToLower(from)]; dup {
			return nil, fmt.Errorf("line %d: %q is already rewritten on line %d", i+1, from, at)
		}
		seen[strings.ToLower(from)] = i + 1
		pairs = append(pairs, pair{from, to, why})
	}
	sort.SliceStable(pairs, func(i, j int) bool { return len(pairs[i].from) > len(pairs[j].from) })
	w := &Plain{}
	for _, p := range pairs {
		w.from = append(w.from, regexp.MustCompile(`(?i)(^|[^A-Za-z0-9'])(`+regexp.QuoteMeta(p.from)+`)($|[^A-Za-z0-9])`))
		w.to = append(w.to, p.to)
		w.low = append(w.low, strings.ToLower(p.from))
		w.why = append(w.why, p.why)
	}
	return w, nil
}

// containsPhrase: s holds phrase as whole words, ignoring case.
func containsPhrase(s, phrase string) bool {
	return regexp.MustCompile(`(?i)(^|[^A-Za-z0-9'])` + regexp.QuoteMeta(phrase) + `($|[^A-Za-z0-9])`).MatchString(s)
}

// Len is the number of rewrites; 0 for a nil list.
func (w *Plain) Len() int {
	if w == nil {
		return 0
	}
	return len(w.to)
}

// apply rewrites s, longest phrase first, until nothing changes (a plain
// phrase may complete a longer entry written in plain words). A capital
// first letter stays capital.
func (w *Plain) apply(s string) string {
	if w == nil {
		return s
	}
	for pass := 0; pass < 3; pass++ {
		before := s
		low := strings.ToLower(s)
		for i, re := range w.from {
			if !strings.Contains(low, w.low[i]) {
				continue
			}
			to := w.to[i]
			s = replaceAllSubmatch(re, s, func(m []string) string {
				out := to
				// a sentence's first word keeps its capital
				if r, _ := utf8.DecodeRuneInString(m[2]); unicode.IsUpper(r) && (m[1] == "" || m[1] == "\x01") {
					out = upperFirst(out)
				}
				return m[1] + out + m[3]
			})
			low = strings.ToLower(s)
		}
		if s == before {
			break
		}
	}
	return s
}

// readings are the readings (entries with a reason) that rewrite s, each
// once, longest phrase first.
func (w *Plain) readings(s string) []Reading {
	if w == nil {
		return nil
	}
	var out []Reading
	low := strings.ToLower(s)
	for i, re := range w.from {
		if w.why[i] == "" || !strings.Contains(low, w.low[i]) {
			continue
		}
		if m := re.FindStringSubmatch(s); m != nil {
			out = append(out, Reading{Spun: m[2], Plain: w.to[i], Why: w.why[i]}) // the paper's own spelling
		}
	}
	return out
}
