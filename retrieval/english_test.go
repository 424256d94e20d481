package retrieval

import (
	"strings"
	"testing"
)

func TestEnglishWord(t *testing.T) {
	cases := []struct {
		w    string
		pos  byte
		ok   bool
		minZ float64
		maxZ float64
	}{
		{"the", 'f', true, 9, 9},
		{"of", 'f', true, 9, 9},
		{"population", 'n', true, 4, 6},
		{"currency", 'n', true, 4, 6},
		{"people", 'n', true, 5.5, 7},
		{"actually", 'r', true, 4.5, 6},
		{"aardvarkish", 0, false, 0, 0},
		{"", 0, false, 0, 0},
		{"zzzz", 0, false, 0, 0},
	}
	for _, c := range cases {
		z, pos, ok := englishWord(c.w)
		if ok != c.ok || pos != c.pos || z < c.minZ || z > c.maxZ {
			t.Errorf("englishWord(%q) = %.1f %c %v", c.w, z, pos, ok)
		}
	}
	// Every listed word is found: the list is sorted as the search needs.
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(englishBody), "\n") {
		w, _, _ := strings.Cut(line, " ")
		if _, _, ok := englishWord(w); !ok {
			t.Fatalf("listed word %q not found", w)
		}
		n++
	}
	if n < 10000 {
		t.Errorf("%d words", n)
	}
	if informativeness("the") != 0 || informativeness("heroinx") != 1 || informativeness("population") <= informativeness("people") {
		t.Errorf("informativeness: the %.2f, heroinx %.2f, population %.2f, people %.2f", informativeness("the"), informativeness("heroinx"), informativeness("population"), informativeness("people"))
	}
}
