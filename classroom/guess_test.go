package classroom

import (
	"slices"
	"strings"
	"testing"
)

// TestChecksCatchBlind46: mapStruck finds item 27 of the quiz blind46 and
// blind47 read (main's 3e5a80f): "Because it borders Turkmenistan" and
// "Because it borders Russia" beside the paper's "Afghanistan, China,
// Kyrgyzstan, Uzbekistan, and near Pakistan" ("Tajikistan borders neither
// Turkmenistan nor Russia, so C and D fall to general knowledge").
func TestChecksCatchBlind46(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	old := loadReviewed28(t, "testdata/quiz-blind46.json")
	errs := mapStruckFlaws(x, old)
	if len(errs) != 2 {
		t.Errorf("%d flaws, want 2:\n%s", len(errs), strings.Join(errs, "\n"))
	}
	all := strings.Join(errs, "\n")
	for _, w := range []string{`b46-27: "Because it borders Turkmenistan"`, `b46-27: "Because it borders Russia"`} {
		if !strings.Contains(all, w) {
			t.Errorf("nothing on %q in:\n%s", w, all)
		}
	}
}

// TestQuizMapStruck: today's quiz offers no border the paper's list of
// neighbours leaves out.
func TestQuizMapStruck(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	for _, e := range mapStruckFlaws(x, defaultQuizzer(t).All()) {
		t.Error(e)
	}
}

func TestNeighbours(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	got := x.neighbours("Afghanistan")
	want := []string{"Afghanistan", "China", "Kyrgyzstan", "Uzbekistan", "Pakistan"}
	if !slices.Equal(got, want) {
		t.Errorf("neighbours(Afghanistan) = %q, want %q", got, want)
	}
	if got := x.neighbours("Turkmenistan"); got != nil {
		t.Errorf("neighbours(Turkmenistan) = %q, want none (no list of its borders)", got)
	}
}

// TestRegionDeeds: the deeds ¶15 gives Uzbekistan beside its first, and
// what its officials refused, turned onto Tajikistan; not the bases and
// air space, which the paper says Tajikistan offered too.
func TestRegionDeeds(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	q := "Why was Tajikistan's practical importance to the U.S. military, which acquired landing and overflight rights there, more significant than that of Kazakhstan and Kyrgyzstan?"
	var got []string
	for _, d := range x.regionDeeds(q) {
		got = append(got, d.cause)
	}
	want := []string{"Because it provided field hospitals", "Because it allowed the open deployment of combat aircraft"}
	if !slices.Equal(got, want) {
		t.Errorf("regionDeeds = %q, want %q", got, want)
	}
	if got := x.regionDeeds("Why did the U.S. military acquire landing and overflight rights in Tajikistan?"); got != nil {
		t.Errorf("a stem comparing no countries has deeds: %v", got)
	}
	for _, tt := range []struct {
		deed string
		want bool
	}{
		{"opened its military bases and air space", true}, // "Tajikistan offered U.S the use of air bases"
		{"provided field hospitals", false},
		{"allowed the open deployment of combat aircraft", false}, // not "opened its Embassy", "combat drug smuggling"
	} {
		if got := x.saysOfSubject("Tajikistan", tt.deed); got != tt.want {
			t.Errorf("saysOfSubject(Tajikistan, %q) = %v, want %v", tt.deed, got, tt.want)
		}
	}
	for _, c := range want {
		if x.mayBeTrue(reason{question: q}, c) {
			t.Errorf("mayBeTrue(%q) = true: the paper gives it Uzbekistan", c)
		}
	}
}

// TestBordersItemChoices: the borders item's wrong causes are deeds the
// paper gives Uzbekistan, none a border.
func TestBordersItemChoices(t *testing.T) {
	for _, q := range defaultQuizzer(t).All() {
		if q.Choices[q.Answer] != "Because it borders Afghanistan" {
			continue
		}
		for i, c := range q.Choices {
			if i != q.Answer && strings.HasPrefix(c, "Because it borders ") {
				t.Errorf("%s: wrong border %q", q.ID, c)
			}
		}
		for _, w := range []string{"Because it was the first to offer its support for the Afghan campaign", "Because it provided field hospitals", "Because it allowed the open deployment of combat aircraft"} {
			if !slices.Contains(q.Choices[:], w) {
				t.Errorf("%s: no %q in %q", q.ID, w, q.Choices)
			}
		}
		return
	}
	t.Error("no borders item")
}
