package answer

import (
	"strings"
	"testing"
)

// TestNearestCitation: a citation the answering sentence does not hold
// itself is marked Nearest (shown "~" here, own "*"), and a narrative
// citation ("According to X (2013, ...)") opening a later sentence covers
// no sentence before it. Before: ¶21's Rasht valley sentence was given the
// next sentence's "According to United States Commission on International
// Religious Freedom (2013, pp. 10-11)" as its own (a blind reader of the
// answers caught it), and ¶4's last sentence showed the citation before
// it as its own.
func TestNearestCitation(t *testing.T) {
	e := engine(t)
	cases := []struct {
		para, sent int
		want       string
	}{
		{21, 1, "United States Commission on International Religious Freedom (2013, pp. 10-11)"},
		{21, 2, "*United States Commission on International Religious Freedom (2013, pp. 10-11)"},
		{4, 2, "*(Abdullaev, & Akbarzaheh, 2010, p.363) (Crosston, 2013, p.84)"},
		{4, 7, "~(Crosston, 2013, p.84) (Abdullaev, & Akbarzaheh, 2010, p.363)"},
	}
	for _, c := range cases {
		h, err := e.HitAt(c.para, c.sent)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ct := range h.Citations {
			mark := ""
			switch {
			case ct.ForSentence && ct.Nearest:
				mark = "~"
			case ct.ForSentence:
				mark = "*"
			case ct.Nearest:
				t.Errorf("¶%d sentence %d: %q nearest but not for the sentence", c.para, c.sent, ct.Text)
			}
			got = append(got, mark+ct.Text)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("¶%d sentence %d: %s\nwant %s", c.para, c.sent, g, c.want)
		}
	}
}
