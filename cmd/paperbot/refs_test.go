package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestRefsNearMatch: a misspelt author in `paperbot refs` and the bot's
// /ref (through the console) finds the reference and says it is a near
// match.
func TestRefsNearMatch(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"johnson", "[12] (near match: Jonson)"},
		{"crosten", "[6] (near match: Crosston)"},
		{"nicholl", "[20] (near match: Nichol)"},
	} {
		code, out, errOut := runCLI(t, nil, "refs", c.q)
		if code != 0 || !strings.Contains(out, `No reference matches "`+c.q+`" exactly`) || !strings.Contains(out, c.want) {
			t.Errorf("refs %s: exit %d %s\n%s", c.q, code, errOut, out)
		}
	}
	var out bytes.Buffer
	err := run(context.Background(), []string{"console"}, func(string) string { return "" }, strings.NewReader("/ref crosten\n/quit\n"), &out, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `No reference matches "crosten" exactly; the nearest spelling: Crosston.`) || !strings.Contains(out.String(), "Fostering Fundamentalism") {
		t.Errorf("console /ref crosten:\n%s", out.String())
	}
}
