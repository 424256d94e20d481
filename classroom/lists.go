package classroom

import (
	_ "embed"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// plain.txt: plain English for an article spinner's swaps; world.txt: kinds
// of things (countries, Tajik cities, US Secretaries of State) for
// distractors of the same fine kind. Both are general lists, not answers.
var (
	//go:embed plain.txt
	plainText string
	//go:embed world.txt
	worldText string
)

// plainWords rewrites spun phrases in plain English.
type plainWords struct {
	from []*regexp.Regexp
	low  []string // the spun phrase in lower case: a cheap test before the regexp
	to   []string
}

func parsePlain(text string) *plainWords {
	type pair struct{ from, to string }
	var pairs []pair
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		from, to, ok := strings.Cut(line, "=>")
		if !ok {
			continue
		}
		pairs = append(pairs, pair{strings.TrimSpace(from), strings.TrimSpace(to)})
	}
	sort.SliceStable(pairs, func(i, j int) bool { return len(pairs[i].from) > len(pairs[j].from) })
	w := &plainWords{}
	for _, p := range pairs {
		w.from = append(w.from, regexp.MustCompile(`(?i)(^|[^A-Za-z0-9'])(`+regexp.QuoteMeta(p.from)+`)($|[^A-Za-z0-9])`))
		w.to = append(w.to, p.to)
		w.low = append(w.low, strings.ToLower(p.from))
	}
	return w
}

// apply rewrites s, longest phrase first, until nothing changes (a plain
// phrase may complete a longer entry written in plain words). A capital
// first letter stays capital.
func (w *plainWords) apply(s string) string {
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

// replaceAllSubmatch is ReplaceAllStringFunc with the submatches; matches
// overlapping a previous one's trailing context are found by repeating.
func replaceAllSubmatch(re *regexp.Regexp, s string, f func([]string) string) string {
	for range 4 {
		idx := re.FindAllStringSubmatchIndex(s, -1)
		if idx == nil {
			return s
		}
		var b strings.Builder
		at := 0
		for _, m := range idx {
			sub := make([]string, len(m)/2)
			for k := range sub {
				if m[2*k] >= 0 {
					sub[k] = s[m[2*k]:m[2*k+1]]
				}
			}
			b.WriteString(s[at:m[0]])
			b.WriteString(f(sub))
			at = m[1]
		}
		b.WriteString(s[at:])
		s = b.String()
	}
	return s
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// world knows the fine kind of a name and the other names of that kind.
type world struct {
	kind    map[string]string   // any spelling, lower case → kind
	canon   map[string]string   // any spelling, lower case → first spelling
	members map[string][]string // kind → first spellings, in list order
	names   []string            // every spelling, longest first, for scanning text
	all     map[string][]string // first spelling → every spelling
}

func parseWorld(text string) *world {
	w := &world{kind: map[string]string{}, canon: map[string]string{}, members: map[string][]string{}, all: map[string][]string{}}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, rest, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		kind = strings.TrimSpace(kind)
		for _, item := range strings.Split(rest, "|") {
			spellings := strings.Split(item, "/")
			first := strings.TrimSpace(spellings[0])
			if first == "" {
				continue
			}
			w.members[kind] = append(w.members[kind], first)
			for _, sp := range spellings {
				sp = strings.TrimSpace(sp)
				if sp == "" {
					continue
				}
				if _, dup := w.kind[strings.ToLower(sp)]; !dup {
					w.kind[strings.ToLower(sp)] = kind
					w.canon[strings.ToLower(sp)] = first
					w.names = append(w.names, sp)
					w.all[first] = append(w.all[first], sp)
				}
			}
		}
	}
	sort.SliceStable(w.names, func(i, j int) bool { return len(w.names[i]) > len(w.names[j]) })
	return w
}

// kindOf is the fine kind of name ("" when unknown) and its first spelling.
func (w *world) kindOf(name string) (kind, canon string) {
	k := strings.ToLower(strings.TrimSpace(name))
	return w.kind[k], w.canon[k]
}

// sameThing reports two spellings of one thing ("Rice", "Condoleezza Rice").
func (w *world) sameThing(a, b string) bool {
	ca, cb := w.canon[strings.ToLower(a)], w.canon[strings.ToLower(b)]
	return ca != "" && ca == cb
}
