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

// TestQuizLackNamed: today's why-items keyed by a border name no compared
// state the sentence says lacks it; the borders item stays, its compared
// states named by their region, its key and wrong causes as before.
func TestQuizLackNamed(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	all := defaultQuizzer(t).All()
	for _, e := range lackNamedFlaws(x, all) {
		t.Error(e)
	}
	const stem = "Why was Tajikistan's practical importance to the U.S. military, which acquired landing and overflight rights there, more significant than that of two other Central Asian countries?"
	for _, q := range all {
		if q.Question != stem {
			continue
		}
		want := []string{"Because it borders Afghanistan", "Because it was the first to offer its support for the Afghan campaign", "Because it allowed the open deployment of combat aircraft", "Because it provided field hospitals"}
		for _, w := range want {
			if !slices.Contains(q.Choices[:], w) {
				t.Errorf("%q not offered: %q", w, q.Choices)
			}
		}
		if q.Choices[q.Answer] != want[0] {
			t.Errorf("answer %q, want %q", q.Choices[q.Answer], want[0])
		}
		return
	}
	t.Errorf("no item %q", stem)
}

// TestUnnameLacking: the mend writes the compared states as others of
// their region, the form the paper uses ("Central Asian") where it has
// it; a stem it cannot mend goes.
func TestUnnameLacking(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	sent := "Because it borders Afghanistan, Tajikistan's practical importance for such operation was more significant than that of Kazakhstan and Kyrgyzstan lacking a common border with Afghanistan (Peimani,2009, p.164)"
	for _, tt := range []struct {
		stem, want string
		ok         bool
	}{
		{"Why was Tajikistan's practical importance to the U.S. military more significant than that of Kazakhstan and Kyrgyzstan?",
			"Why was Tajikistan's practical importance to the U.S. military more significant than that of two other Central Asian countries?", true},
		{"Why was Tajikistan's practical importance more significant than that of Kazakhstan?",
			"Why was Tajikistan's practical importance more significant than that of another Central Asian country?", true},
		// a compared state the sentence does not say lacks the border: the
		// names cannot be written as one group
		{"Why was Tajikistan's practical importance more significant than that of Kazakhstan and Russia?", "", false},
		// no compared state named: nothing to mend
		{"Why did the U.S. military acquire landing and overflight rights in Tajikistan?", "Why did the U.S. military acquire landing and overflight rights in Tajikistan?", true},
	} {
		q := Quiz{Kind: "why", Question: tt.stem, Choices: [4]string{"Because it borders Afghanistan", "a", "b", "c"}, Sentence: sent}
		got, ok := x.unnameLacking(q)
		if ok != tt.ok || ok && got.Question != tt.want {
			t.Errorf("unnameLacking(%q) = %q, %v; want %q, %v", tt.stem, got.Question, ok, tt.want, tt.ok)
		}
	}
	// the unnamed stem still compares countries of a region: the turned
	// firsts and deeds read it as they read the named one
	unnamed := "Why was Tajikistan's practical importance to the U.S. military, which acquired landing and overflight rights there, more significant than that of two other Central Asian countries?"
	if got := x.turnedFirsts(Quiz{Question: unnamed}, nil); len(got) != 2 {
		t.Errorf("turnedFirsts(unnamed) = %q, want 2", got)
	}
	if got := x.regionDeeds(unnamed); len(got) != 2 {
		t.Errorf("regionDeeds(unnamed) = %d, want 2", len(got))
	}
}
