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
