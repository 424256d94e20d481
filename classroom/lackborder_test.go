package classroom

import (
	"slices"
	"strings"
	"testing"
)

// TestLackingBorder: the countries a sentence says lack a border with
// the key's country, read from the paper's real sentences.
func TestLackingBorder(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	for _, tt := range []struct {
		s, subject, country string
		want                []string
	}{
		// ¶13: the two compared states lack the border the answer names
		{"Because it borders Afghanistan, Tajikistan's practical importance for such operation was more significant than that of Kazakhstan and Kyrgyzstan lacking a common border with Afghanistan (Peimani,2009, p.164)", "Tajikistan", "Afghanistan", []string{"Kazakhstan", "Kyrgyzstan"}},
		// another border than the key's: no lack stated of it
		{"Because it borders Afghanistan, Tajikistan's practical importance for such operation was more significant than that of Kazakhstan and Kyrgyzstan lacking a common border with Afghanistan", "Tajikistan", "China", nil},
		// the list of neighbours states no lack
		{"Tajikistan is a landlocked state and has a unique position in the Central Asian region due to its borders with Afghanistan, China, Kyrgyzstan, Uzbekistan, and near Pakistan.", "Tajikistan", "Afghanistan", nil},
	} {
		if got := x.lackingBorder(tt.s, tt.subject, tt.country); !slices.Equal(got, tt.want) {
			t.Errorf("lackingBorder(%q, %s, %s) = %q, want %q", tt.s, tt.subject, tt.country, got, tt.want)
		}
	}
}

// TestChecksCatchBlind52: lackNamedFlaws finds item 27 of the quiz
// blind52 and blind53 read (main's ae0d371), and only it: "the stem names
// Kazakhstan and Kyrgyzstan, so anyone who knows the map can pick
// 'borders Afghanistan'", the sentence saying they lack that border.
func TestChecksCatchBlind52(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	errs := lackNamedFlaws(x, loadReviewed28(t, "testdata/quiz-blind52.json"))
	if len(errs) != 1 || !strings.HasPrefix(errs[0], "b52-27: ") || !strings.Contains(errs[0], "Kazakhstan") || !strings.Contains(errs[0], "Kyrgyzstan") {
		t.Errorf("flaws %q, want one on b52-27 naming Kazakhstan and Kyrgyzstan", errs)
	}
}
