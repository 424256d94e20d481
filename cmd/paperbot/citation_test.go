package main

import (
	"strings"
	"testing"
)

// TestAskCitesTheSentenceFirst: the citation lines under an answer start
// with the work the answering sentence cites, then the paragraph's others.
func TestAskCitesTheSentenceFirst(t *testing.T) {
	code, out, errOut := runCLI(t, nil, "ask", "--k", "1", "When did the United States open its embassy in Dushanbe?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := "   Cited for this sentence:\n     (Abdullaev, & Akbarzaheh, 2010, p.363): Abdullaev & Akbarzaheh (2010). Historical Dictionary of Tajikistan, p.363\n" +
		"   Also cited in the paragraph:\n     (Crosston, 2013, p.84): probably Crosston (2016)"
	if !strings.Contains(out, want) {
		t.Errorf("output lacks\n%s\nin\n%s", want, out)
	}
}

// TestAskNearestCitationSaysSo: when the answering sentence cites nothing
// itself, the line above the covering citation says so instead of calling
// it the sentence's own ("from 1992 to 1997", ¶4, after its last
// citation); when the only citation after it opens a later sentence
// ("According to ...", ¶21's Rasht valley sentence), the works are the
// paragraph's.
func TestAskNearestCitationSaysSo(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"how long did the tajik civil war last", "   Nearest citation (the sentence cites none itself):\n     (Crosston, 2013, p.84)"},
		{"what did the us do in the rasht valley", "   Cited in the paragraph (none for this sentence, which names no source):\n     United States Commission on International Religious Freedom (2013, pp. 10-11)"},
	} {
		code, out, errOut := runCLI(t, nil, "ask", "--k", "1", c.q)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if !strings.Contains(out, c.want) || strings.Contains(out, "Cited for this sentence:") {
			t.Errorf("%q: output lacks\n%s\nor calls a citation the sentence's own:\n%s", c.q, c.want, out)
		}
	}
}
