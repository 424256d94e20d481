package answer

import (
	"strings"
	"testing"
)

// TestNearestCitation: a citation the answering sentence does not hold
// itself is marked Nearest (shown "~" by citationMarks, own "*"; ¶4's last
// sentence is in TestCitationsSentenceFirst's table), and a narrative
// citation ("According to X (2013, ...)") opening a later sentence covers
// no sentence before it. Before: ¶21's Rasht valley sentence was given the
// next sentence's "According to United States Commission on International
// Religious Freedom (2013, pp. 10-11)" as its own (a blind reader of the
// answers caught it), and ¶4's last sentence showed the citation before
// it as its own. A sentence opening "This ..." is covered by the one
// before it.
func TestNearestCitation(t *testing.T) {
	e := engine(t)
	cases := []struct {
		para, sent int
		want       string
	}{
		{21, 1, "United States Commission on International Religious Freedom (2013, pp. 10-11)"},
		{21, 2, "*United States Commission on International Religious Freedom (2013, pp. 10-11)"},
		// "This was carried out as a prize for its backing in the war
		// against dread.": it goes on with the sentence before, "According
		// to Jamestown Foundation, (2002, May 3) expressed that in April
		// 2002, ...", whose source covers it, not the next citation
		// (Jonson, 2006) at the end of the paragraph (a blind reader of
		// the answers caught it)
		{19, 2, "~Jamestown Foundation, (2002, May 3) Crosston, (2016, p.104) (Jonson, 2006, p.59)"},
	}
	for _, c := range cases {
		h, err := e.HitAt(c.para, c.sent)
		if err != nil {
			t.Fatal(err)
		}
		if g := citationMarks(t, h); g != c.want {
			t.Errorf("¶%d sentence %d: %s\nwant %s", c.para, c.sent, g, c.want)
		}
	}
}

// citationMarks writes a hit's citations in order, "*" before the
// sentence's own, "~" before a nearest one that covers it.
func citationMarks(t *testing.T, h Hit) string {
	t.Helper()
	var got []string
	for _, ct := range h.Citations {
		mark := ""
		switch {
		case ct.ForSentence && ct.Nearest:
			mark = "~"
		case ct.ForSentence:
			mark = "*"
		case ct.Nearest:
			t.Errorf("%q nearest but not for the sentence", ct.Text)
		}
		got = append(got, mark+ct.Text)
	}
	return strings.Join(got, " ")
}
