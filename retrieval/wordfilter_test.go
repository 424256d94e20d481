package retrieval

import (
	"strings"
	"testing"
)

// TestNameFilter checks that matchName's filter passes every word that is
// a name or starts one (a word it rejected would lose a name), and rejects
// most other words (else it saves nothing).
func TestNameFilter(t *testing.T) {
	an := loadIndex(t).an
	n := 0
	for k := range an.names {
		if !strings.Contains(k, " ") {
			n++
			if !an.mayName.has(k) {
				t.Errorf("name %q rejected", k)
			}
		}
	}
	for k := range an.nameHead {
		if !an.mayName.has(k) {
			t.Errorf("name head %q rejected", k)
		}
	}
	passed, words := 0, strings.Fields("what when who why how did does was were the of in on to and policy relations economic aid military base troops border drugs trade president visit agreement cooperation security war")
	for _, w := range words {
		if an.mayName.has(w) && an.names[w] == "" && !an.nameHead[w] {
			passed++
		}
	}
	if passed > len(words)/5 {
		t.Errorf("%d of %d ordinary words pass the filter (%d names)", passed, len(words), n)
	}
}
