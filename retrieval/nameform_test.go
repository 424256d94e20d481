package retrieval

import "testing"

// TestNameForm: a fact told twice, once in the question's form of a rare
// name and once in another form of its class, is told in the student's
// words in the first: fNameForm marks the other.
func TestNameForm(t *testing.T) {
	ix := loadIndex(t)
	s := ix.getScratch()
	feat := func(q string) map[int]float64 {
		t.Helper()
		if !ix.rank(q, s) {
			t.Fatalf("%q: no candidates", q)
		}
		got := map[int]float64{}
		for _, c := range s.cands {
			got[c.doc+1] = c.feat[fNameForm]
		}
		return got
	}
	// ¶16 "Secretary Hilary Clinton went to Tajikistan on 22 October,
	// 2011", ¶9 "Secretary Clinton went by to Tajikistan in October 2011";
	// "hillary" is read as the paper's "Hilary".
	for _, q := range []string{"when did hillary clinton go to tajikistan", "exact date Hilary Clinton went to tajikistan"} {
		got := feat(q)
		if v, ok := got[16]; !ok || v != 0 {
			t.Errorf("%q: ¶16 NameForm %v (candidate %v), want 0", q, v, ok)
		}
		if v, ok := got[9]; !ok || v <= 0 {
			t.Errorf("%q: ¶9 NameForm %v (candidate %v), want above 0", q, v, ok)
		}
	}
	// Asked as the paper's every telling writes it, or about a name in
	// most paragraphs ("the US", "America"), nothing fires.
	for _, q := range []string{"when did clinton go to tajikistan", "what did america give tajikistan"} {
		for d, v := range feat(q) {
			if v != 0 {
				t.Errorf("%q: ¶%d NameForm %v, want 0", q, d, v)
			}
		}
	}
}
