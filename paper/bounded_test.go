package paper

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"paperbot/data"
)

// adversarialInputs are shapes (many parentheses, page breaks, URL lines,
// references) that once made parsing quadratic.
func adversarialInputs() map[string]string {
	return map[string]string{
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
	}
}

// prose is the paper's own text repeated and cut (on a rune boundary) to
// n bytes: ordinary input of a given size.
func prose(n int) string {
	s := strings.Repeat(data.Paper, n/len(data.Paper)+1)[:n]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}

func parseAll(in string) {
	Parse(in)
	FindCitations(in)
	SplitSentences(in)
}

// timed returns how long f takes.
func timed(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}

// TestBoundedTime checks that no adversarial shape takes much longer than
// the paper's own prose of the same length. Both are timed in the same
// run, so the bound holds under -race or on a loaded machine, where a fixed
// budget does not. Linear shapes stay within 9x (under -race); a quadratic
// path on 100 kB is far outside the factor allowed (switching off the
// citation memo makes "refs" 84x). BenchmarkAdversarial reports the
// absolute times.
func TestBoundedTime(t *testing.T) {
	const maxRatio = 20
	for name, in := range adversarialInputs() {
		normal := prose(len(in))
		// Up to three tries, keeping each side's best time: a pause of the
		// shared machine during one run cannot fail the test, while a
		// quadratic path is slow every time.
		adv, base := time.Duration(1<<63-1), time.Duration(1<<63-1)
		var ratio float64
		for try := 0; try < 3 && (try == 0 || ratio > maxRatio); try++ {
			adv = min(adv, timed(func() { parseAll(in) }))
			base = min(base, timed(func() { parseAll(normal) }))
			ratio = float64(adv) / float64(base)
		}
		t.Logf("%-12s %6d bytes: %v, prose %v (%.2fx)", name, len(in), adv, base, ratio)
		if ratio > maxRatio {
			t.Errorf("%s (%d bytes) took %v, %.0fx the %v of prose of the same length (want at most %dx)", name, len(in), adv, ratio, base, maxRatio)
		}
	}
}

// BenchmarkAdversarial times each adversarial shape, for the absolute
// figures TestBoundedTime only compares.
func BenchmarkAdversarial(b *testing.B) {
	inputs := adversarialInputs()
	inputs["prose100k"] = prose(100000)
	for name, in := range inputs {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				parseAll(in)
			}
		})
	}
}
