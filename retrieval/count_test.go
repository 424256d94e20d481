package retrieval

import "testing"

// TestCounted: a "how many X" question is answered by a paragraph that
// puts a number beside X, in digits or in words; a paragraph on the
// question's topic with numbers elsewhere does not answer it.
func TestCounted(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		q    string
		para int
		want bool
	}{
		{"how many years had the arms sales ban been in place", 19, true},   // "an eight-year-old arms deals boycott"
		{"how many american-tajik joint ventures were operating", 11, true}, // "nine American-Tajik joint wanders"
		{"how many people died in the tajik civil war", 2, false},           // "(1992-97)", "two fundamental undertakings"
		{"how many tajik soldiers did the us train at the karatog centre", 20, false},
	} {
		s := ix.getScratch()
		s.q = ix.parseQuery(c.q, s)
		if !s.q.count || s.q.focus < 0 {
			t.Errorf("%q: count %v focus %d, want a counted focus", c.q, s.q.count, s.q.focus)
			continue
		}
		if got := ix.counted(c.para-1, &s.q.concepts[s.q.focus]); got != c.want {
			t.Errorf("%q in ¶%d: counted %v, want %v", c.q, c.para, got, c.want)
		}
	}
}

// TestCountMissDeclines: near-topic "how many" questions whose topic the
// paper covers without the count are declined; the real ones answered.
// Before CountMiss the first two were answered.
func TestCountMissDeclines(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"How many Tajik soldiers did the US train at the Karatog centre?", false},
		{"how many government soldiers were killed in the rasht valley fighting in 2010", false},
		{"how many people died in the tajik civil war", false},
		{"how many years had the arms sales ban been in place", true},
		{"How many American-Tajik joint ventures were operating?", true},
	} {
		if got := ix.Search(c.q, 1).Answered; got != c.want {
			t.Errorf("%q: answered %v, want %v", c.q, got, c.want)
		}
	}
}
