package classroom

import (
	_ "embed"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// world.txt: kinds of things (countries, Tajik cities, US Secretaries of
// State) for distractors of the same fine kind. It is general knowledge,
// not read from any paper and never a source of answers, so it stays in
// this package; what belongs to one paper (its plain-English rewrites, see
// Plain) comes from the caller.
//
//go:embed world.txt
var worldText string

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
	names   []string            // every proper name's spelling, longest first, for scanning text
	all     map[string][]string // first spelling → every spelling
}

// kindsWith are the list's kinds that start with any of prefixes,
// sorted: a name in two such kinds gets the same one on every run, not
// the first a map walk happens on.
func (w *world) kindsWith(prefixes ...string) []string {
	var out []string
	for kind := range w.members {
		for _, p := range prefixes {
			if strings.HasPrefix(kind, p) {
				out = append(out, kind)
				break
			}
		}
	}
	sort.Strings(out)
	return out
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
					if strings.ToLower(sp) != sp {
						// a spelling in lower case throughout is a common
						// noun ("humanitarian operations"), known by
						// kindOf only: no scan of text looks for one
						w.names = append(w.names, sp)
					}
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
	if m := reFullAcronym.FindStringSubmatch(name); m != nil && w.kind[k] == "" {
		// "Shanghai Cooperation Organisation (SCO)": a name and its acronym
		// written together, the one thing
		full, acr := strings.ToLower(m[1]), strings.ToLower(m[2])
		if c := w.canon[full]; c != "" && c == w.canon[acr] {
			return w.kind[full], c
		}
	}
	return w.kind[k], w.canon[k]
}

// sameThing reports two spellings of one thing ("Rice", "Condoleezza Rice").
func (w *world) sameThing(a, b string) bool {
	ca, cb := w.canon[strings.ToLower(a)], w.canon[strings.ToLower(b)]
	return ca != "" && ca == cb
}

// alsoKind is a kind starting with prefix whose members include canon,
// though canon's own kind is another ("Dushanbe" is a Tajik city and,
// listed again, a capital): "" when none.
func (w *world) alsoKind(canon, prefix string) string {
	kinds := make([]string, 0, len(w.members))
	for k := range w.members {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		if !strings.HasPrefix(k, prefix) {
			continue
		}
		for _, m := range w.members[k] {
			if m == canon {
				return k
			}
		}
	}
	return ""
}

// shareKind reports two names listed together under some kind.
func (w *world) shareKind(a, b string) bool {
	_, ca := w.kindOf(a)
	_, cb := w.kindOf(b)
	if ca == "" || cb == "" {
		return false
	}
	for _, ms := range w.members {
		ia, ib := false, false
		for _, m := range ms {
			ia = ia || m == ca
			ib = ib || m == cb
		}
		if ia && ib {
			return true
		}
	}
	return false
}
