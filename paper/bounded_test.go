package paper

import (
	"strings"
	"testing"
	"time"
)

// TestBoundedTime feeds adversarial shapes (many parentheses, page breaks,
// URL lines, references) that once made parsing quadratic.
func TestBoundedTime(t *testing.T) {
	for name, in := range map[string]string{
		"parens":      strings.Repeat("(2001)", 20000),
		"parensnosp":  strings.Repeat("A(2001)", 20000),
		"openparens":  strings.Repeat("(", 100000),
		"closeparens": strings.Repeat(")", 100000),
		"dots":        strings.Repeat("A. ", 50000),
		"pages":       strings.Repeat("word\n\n\n\n", 20000),
		"refs":        "References\n\n" + strings.Repeat("- Smith, A. (2001). T.\n", 5000) + "\n\nIntro\n\n" + strings.Repeat("(Smith, 2001) ", 5000),
		"urls":        "References\n\n- Smith, A. (2001). T.\n" + strings.Repeat("http://x\n", 20000),
		"stars":       strings.Repeat("*", 100000),
		"backslash":   strings.Repeat("\\$", 100000),
		"headings":    strings.Repeat("Intro\n\n", 50000),
		"lines":       strings.Repeat("a\n", 100000),
		"digits":      strings.Repeat("1", 100000),
		"words":       strings.Repeat("Smith ", 50000) + "(2001)",
	} {
		start := time.Now()
		Parse(in)
		FindCitations(in)
		SplitSentences(in)
		if d := time.Since(start); d > time.Second {
			t.Errorf("%s took %v", name, d)
		}
	}
}
