package retrieval

import (
	_ "embed"
	"strings"
)

// countries.txt is ISO 3166-1: each country's two- and three-letter codes
// and its names (from Debian's iso-codes; see its header). A student
// writes "TJ" or "RUS" for a country the paper names in full; read as an
// unknown acronym, the code weighs as the question's rarest word, one the
// paper never writes, and the question looks off-topic.
//
//go:embed countries.txt
var countriesText string

// countryCodes maps the lower-cased codes of every country that one of
// names' classes holds by any of its ISO names to that class's canonical
// term: "tj" -> "tajikistan", "rus" -> "russia". A code a class already
// holds ("usa") stays the class's own. The lines are read in place, so a
// paper's startup allocates only for the countries it names.
func countryCodes(names map[string]string) map[string]string {
	codes := map[string]string{}
	for rest := countriesText; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		two, line, _ := strings.Cut(line, " ")
		three, line, _ := strings.Cut(line, " ")
		for line != "" {
			var n string
			n, line, _ = strings.Cut(line, " = ")
			canon, ok := names[n]
			if !ok {
				continue
			}
			for _, c := range [2]string{two, three} {
				c = strings.ToLower(c)
				if _, taken := names[c]; !taken {
					codes[c] = canon
				}
			}
			break
		}
	}
	return codes
}
