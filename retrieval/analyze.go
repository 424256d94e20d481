package retrieval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// TokenKind says what a token looks like; features such as "the question
// names a year and so does the sentence" need it.
type TokenKind uint8

const (
	KindWord    TokenKind = iota
	KindNumber            // 988.57, 36, 9/11
	KindYear              // 1900..2099
	KindName              // a member of a names.txt class, or a capitalised word
	KindAcronym           // ABC, NATO, U.S.
)

// Token is one analysed term of a text.
type Token struct {
	Term string    // stem, canonical name or number
	Kind TokenKind // what the surface looked like
	Pos  int       // ordinal among the kept tokens (stop words removed)
	Off  int       // byte offset of the surface in the analysed text
}

// rawToken is a surface token before stop words, names and stems.
type rawToken struct {
	text  string // lower-cased surface, acronym dots and possessives removed
	off   int    // byte offset in the source
	end   int    // byte offset just past the surface
	upper bool   // written with a capital first letter
	caps  bool   // written all in capitals (2+ letters), or dotted like U.S.
	num   bool   // a number: digits with . , / inside
	joinR bool   // joined to the next raw token by a hyphen ("counter-" "terrorism")
	pct   bool   // a number written with a percent sign ("18%")
}

// scan splits s into raw tokens. Letters and digits make words; a dot, comma
// or slash inside a number, a dot inside an acronym (U.S.) and an apostrophe
// inside a word stay in the token; hyphens split a compound but are recorded
// so the compound can also be indexed whole. Plain lower-case ASCII words
// are sliced from s without copying.
func scan(s string, out []rawToken) []rawToken {
	i := 0
	for i < len(s) {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			if r == '%' && (i == 0 || s[i-1] == ' ') && (len(out) == 0 || !out[len(out)-1].num) {
				// A percent sign standing alone ("what % of the aid")
				// says "percent"; after a number it marks the number.
				out = append(out, rawToken{text: "percent", off: i, end: i + 1})
			}
			i += w
			continue
		}
		start := i
		allDigits, hasLetter, upperFirst := true, false, unicode.IsUpper(r)
		nUpper, nLetter := 0, 0
		dotted, comma, fold := false, false, false
		for i < len(s) {
			r, w = rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, w = utf8.DecodeRuneInString(s[i:])
				fold = true
			}
			if isWordRune(r) {
				// Letters then digits part ("USD179.9" is USD and 179.9);
				// digits then letters stay ("1990s", "2nd").
				if hasLetter && !allDigits && unicode.IsDigit(r) {
					if p, _ := utf8.DecodeLastRuneInString(s[start:i]); unicode.IsLetter(p) {
						break
					}
				}
				if unicode.IsLetter(r) {
					hasLetter = true
					allDigits = false
					nLetter++
					if unicode.IsUpper(r) {
						nUpper++
						fold = true
					}
				} else if !unicode.IsDigit(r) {
					allDigits = false
				}
				i += w
				continue
			}
			next := utf8.RuneError
			if i+w < len(s) {
				next = rune(s[i+w])
				if next >= utf8.RuneSelf {
					next, _ = utf8.DecodeRuneInString(s[i+w:])
				}
			}
			switch {
			case (r == '.' || r == ',' || r == '/') && allDigits && unicode.IsDigit(next):
				// 988.57, 1,000, 9/11
				comma = comma || r == ','
				i += w
				continue
			case r == '.' && !allDigits && unicode.IsLetter(next) && isAcronymSoFar(s[start:i]):
				// U.S, U.S.A
				dotted = true
				i += w
				continue
			case (r == '\'' || r == '’') && hasLetter && unicode.IsLetter(next):
				fold = fold || r == '’'
				i += w
				continue
			}
			break
		}
		end := i
		text := s[start:end]
		// A trailing dot closes an acronym written with dots: "U.S." .
		if dotted {
			text = strings.ReplaceAll(text, ".", "")
			if i < len(s) && s[i] == '.' {
				end = i + 1
				i++
			}
		}
		if comma {
			text = strings.ReplaceAll(text, ",", "")
		}
		if fold {
			text = strings.ReplaceAll(strings.ToLower(text), "’", "'")
		}
		text = strings.TrimSuffix(text, "'s")
		text = strings.TrimSuffix(text, "'")
		if text == "" {
			continue
		}
		t := rawToken{
			text:  text,
			off:   start,
			end:   end,
			upper: upperFirst,
			caps:  dotted || (nLetter >= 2 && nUpper == nLetter),
			num:   allDigits || (!hasLetter && text[0] >= '0' && text[0] <= '9'),
		}
		// "18%" says "percent" as "65 percent" does.
		t.pct = t.num && i < len(s) && s[i] == '%'
		if i < len(s) && s[i] == '-' && i+1 < len(s) {
			if r2, _ := utf8.DecodeRuneInString(s[i+1:]); isWordRune(r2) {
				t.joinR = true
			}
		}
		out = append(out, t)
	}
	return out
}

// isWordRune is small enough to be inlined in scan's loop: the ASCII test
// here, other runes out of line.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return isWordRuneWide(r)
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for r := range t {
		t[r] = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return t
}()

func isWordRuneWide(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isAcronymSoFar reports whether s looks like the start of a dotted acronym:
// single letters separated by dots ("U", "U.S").
func isAcronymSoFar(s string) bool {
	n := 0
	for _, r := range s {
		if r == '.' {
			if n != 1 {
				return false
			}
			n = 0
			continue
		}
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n == 1
}

// isYear reports whether a number token is a plausible year of the modern era.
func isYear(t string) bool {
	if len(t) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return t[0] == '1' && t[1] >= '7' || t[0] == '2' && t[1] == '0'
}

// stopWords are dropped from questions and passages alike: function words,
// question words and the filler students put around a question ("according
// to the paper", "can you tell me", "what exactly happened", "the exact
// date"): words that frame a question without saying what it is about.
// Words that name parts of a paper ("abstract", "conclusion") are kept:
// they match section titles.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all am an and any are aren't as at
	be because been before being below between both but by can can't cannot could couldn't
	did didn't do does doesn't doing done don don't down during each few for from further had hadn't has hasn't have haven't having
	he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself
	let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own
	same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's
	these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't
	what what's when when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
	s t also may might must shall will just per via whose whats hm hmm um uh ok okay pls please thanks thank
	according paper article author text say says said tell mention mentioned mentions describe described explain
	anything something kind sort much many main mainly exactly really actually basically like mean meaning
	exact specific specifically overall thing things stuff type happen happened happening detail details
	date supposed suppose
	abt thru tho bc coz cuz u ur r re y w n alot im ive whats hows whos wheres whens whys wat wht dont doesnt didnt isnt wasnt
	werent arent cant wont wouldnt couldnt shouldnt hasnt havent hadnt plz thx btw idk gonna wanna gotta kinda sorta
	else sorts kinds meant vs versus paragraph wait`) {
		m[w] = true
	}
	return m
}()

// informal maps chat spellings of content words to the standard word, so
// that "govt" meets "government" and is not taken for a foreign word.
// Chat spellings of function words ("abt", "thru", "didnt") are stop
// words.
var informal = map[string]string{"govt": "government", "gov": "government", "intl": "international",
	"dept": "department", "approx": "approximately", "info": "information", "econ": "economic",
	"mil": "military", "pres": "president", "intro": "introduction", "intel": "intelligence",
	"amt": "amount", "org": "organization", "orgs": "organizations", "yr": "year", "yrs": "years", "natl": "national",
	"1st": "first", "2nd": "second", "3rd": "third"}

// IsStopWord reports whether the lower-cased surface word w is dropped by the analyzer.
func IsStopWord(w string) bool { return stopWords[w] }

// stem returns the snowball English stem of a lower-cased word.
func stem(w string) string {
	if std, ok := informal[w]; ok {
		w = std
	}
	if strings.ContainsRune(w, '\'') {
		w = strings.ReplaceAll(w, "'", "")
	}
	return english.Stem(w, true)
}
