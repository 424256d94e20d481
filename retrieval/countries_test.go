package retrieval

import (
	"strings"
	"testing"
)

// TestCountryCodes: a country's ISO code written in capitals is the
// country when the paper's name classes hold it ("what was the main issue
// in US security cooperation with TJ" read "TJ" as an acronym the paper
// never writes, and was declined at confidence 0.258); in lower case, or a
// country the paper does not name, it stays a word.
func TestCountryCodes(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		in, want string
	}{
		{"security cooperation with TJ", "secur cooper tajikistan"},
		{"TJK and RUS", "tajikistan russia"},
		{"the USA", "us"},
		{"UZ KG KZ", "uzbekistan kyrgyzstan kazakhstan"},
		{"tj", "tj"},                         // lower case: no code
		{"US AND Russia", "us russia"},       // "and" is a stop word, not Andorra
		{"trade with BR", "trade br"},        // Brazil: not among the paper's names
		{"the CA region", "ca region"},       // Canada: likewise
		{"the IMF and TJ", "imf tajikistan"}, // an acronym the paper's lists know stays
	} {
		var got []string
		for _, tok := range ix.an.Analyze(c.in) {
			got = append(got, tok.Term)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("Analyze(%q) = %q, want %q", c.in, g, c.want)
		}
	}
}
