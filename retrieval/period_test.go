package retrieval

import "testing"

// TestPeriod: the paper's period is read from its own text (not its
// citations), and a question about a year outside it is declined however
// well its topic words match.
func TestPeriod(t *testing.T) {
	ix := loadIndex(t)
	if ix.firstYear != 1991 || ix.lastYear != 2013 {
		t.Errorf("period %d-%d, want 1991-2013 (the citations' 2014-2020 left out)", ix.firstYear, ix.lastYear)
	}
	for _, c := range []struct {
		q       string
		outside bool
	}{
		{"how much money did the US send Tajikistan in 2019", true},
		{"what did Washington and Dushanbe agree after 2013", true},
		{"what changed for Tajikistan since 2016", true},
		{"how did Tajikistan live in the 1930s", true},
		{"what happened in tajik-us relations in the 1980s", true},
		{"what did the US give Tajikistan in 2002", false},
		{"what happened to US aid after 2005", false},
		{"how did relations change in the 2000s", false},
		{"when did the US open its embassy in Dushanbe", false},
	} {
		s := ix.getScratch()
		q := ix.parseQuery(c.q, s)
		scratchPool.Put(s)
		if q.outside != c.outside {
			t.Errorf("%q: outside %v, want %v", c.q, q.outside, c.outside)
		}
		if r := ix.Search(c.q, 1); c.outside && r.Answered {
			t.Errorf("%q: answered from ¶%d, want declined (outside 1991-2013)", c.q, r.Hits[0].Paragraph.N)
		}
	}
}
