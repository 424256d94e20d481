package classroom

import (
	"slices"
	"testing"
)

// TestStandingSentences: the standing rule on the paper's sentences (in
// plain English, as bodySentences gives them) and near misses.
func TestStandingSentences(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	const poorest = "Republic of Tajikistan was one of the poorest of the new states that gained independence at the end of 1991, after the fall of the former USSR"
	for _, c := range []struct {
		s, before string
		q, answer string
		wrong     []string
	}{
		// ¶2: "It" from the sentence before; the location's head only, so
		// the stem names no neighbour
		{"It was a noteworthy nation in Central Asia by virtue of its geographic location neighboring Afghanistan and China and its ample water and other resources, yet it faced ethnic and factional divisions, deep poverty, poor governance, and other serious difficulties", poorest,
			"Besides its geographic location, what made Tajikistan a noteworthy country in Central Asia?", "Its ample water and other resources",
			[]string{"Its ethnic and factional unity", "Its economic prosperity", "Its good governance"}},
		// a side named, "but" for "yet", another grade of a difficulty
		{"Kyrgyzstan was an important state in Central Asia by virtue of its location between China and Kazakhstan and its gold mines, but it faced severe poverty, bad governance and regional splits", "",
			"Besides its location, what made Kyrgyzstan an important country in Central Asia?", "Its gold mines",
			[]string{"Its economic prosperity", "Its good governance", "Its regional unity"}},
		// two difficulties with a known opposite: too few wrong choices
		{"It was a noteworthy nation in Central Asia by virtue of its location and its ample water, yet it faced deep poverty and other serious difficulties", poorest, "", "", nil},
		// no difficulty set against the assets: nothing the paper shows it lacked
		{"It was a noteworthy nation in Central Asia by virtue of its location and its ample water and other resources", poorest, "", "", nil},
		// no side: the subject names no country
		{"It was a noteworthy region by virtue of its location and its ample water, yet it faced ethnic divisions, deep poverty and poor governance", "The valley was fertile", "", "", nil},
		// other "faced" sentences of the paper: difficulties, no standing
		{"Tajikistan faced several problems as well as considerable dangers of terrorism and narcotics trafficking from Afghanistan", "", "", "", nil},
		{"It was a country facing serious security-related issues, with drugs and terrorism dominating the discourse and instability of its neighbor had affected Tajikistan", "", "", "", nil},
	} {
		q, answer, got := x.standing(c.s, c.before)
		if q != c.q || answer != c.answer || !slices.Equal(got, c.wrong) {
			t.Errorf("standing(%q)\n = %q, %q, %q\nwant %q, %q, %q", c.s, q, answer, got, c.q, c.answer, c.wrong)
		}
	}
}

// TestStandingItem: the paper's standing item is in the quiz and takes
// the floor's place of the water's share (a share, bare recall), the
// second review's theme the item now asks; the quiz keeps 28 items.
func TestStandingItem(t *testing.T) {
	all := defaultQuizzer(t).All()
	if len(all) < quizFloor {
		t.Errorf("%d items, want at least %d", len(all), quizFloor)
	}
	var found *Quiz
	for _, q := range all {
		if q.Kind == "standing" {
			found = &q
		}
	}
	if found == nil {
		t.Fatal("no standing item in the quiz")
	}
	if found.Question != "Besides its geographic location, what made Tajikistan a noteworthy country in Central Asia?" || found.Choices[found.Answer] != "Its ample water and other resources" {
		t.Errorf("standing item: %q %q", found.Question, found.Choices)
	}
	checkKept(t, []keptCase{
		{"Besides its geographic location, what made Tajikistan a noteworthy country in Central Asia?", true},
		{"Complete: Tajikistan had ____ of Central Asia's water resources.", false},
		{"How did Tajikistan resolve its civil war?", true},
		{"What did the US do in January 2002?", true},
	})
}
