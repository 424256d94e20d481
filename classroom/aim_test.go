package classroom

import (
	"slices"
	"strings"
	"testing"
)

// TestPolicyAim: the aim rule's stem and answer on ¶3's real sentence (in
// plain English, as bodySentences gives it) and near misses (seen failing
// before aim.go: no such rule).
func TestPolicyAim(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	const stem = "What was Tajikistan's aim in establishing ties with the United States upon independence while maintaining relations with Russia?"
	for _, c := range []struct {
		s, q, answer string
	}{
		// ¶3: the result after "and therefore" cut from the answer
		{"The Tajiks established ties with the Americans upon independence while maintaining relations with Russia, a policy aimed at balancing Moscow by avoiding heavy reliance on Russia and therefore securing Tajikistan's independence",
			stem, "To balance Moscow by avoiding heavy reliance on Russia"},
		// no result: the whole aim; no time
		{"The Tajiks established ties with the Americans while maintaining relations with Russia, a policy aimed at balancing Moscow",
			"What was Tajikistan's aim in establishing ties with the United States while maintaining relations with Russia?", "To balance Moscow"},
		// another verb and another pair of sides
		{"Kazakhstan built links with China after independence while keeping its ties with Russia, a strategy aimed at securing markets for its oil",
			"What was Kazakhstan's aim in building links with China after independence while keeping ties with Russia?", "To secure markets for its oil"},
		// no aim stated
		{"The Tajiks established ties with the Americans upon independence while maintaining relations with Russia", "", ""},
		// one side twice: no balance between two others
		{"The Tajiks established ties with Russia while maintaining relations with Russia, a policy aimed at balancing Moscow", "", ""},
		// the other side is no country the list knows
		{"The Tajiks established ties with the region while maintaining relations with Russia, a policy aimed at balancing Moscow", "", ""},
		// other sentences of the paper on ties or aims
		{"From the conclusion in 1997 of the Tajik civil war, the US had sought to expand its relations with Tajikistan through political and cultural accords and small-scale economic agreements", "", ""},
		{"Though most overland transport along this Northern Distribution Network passed through Uzbekistan to final destinations in Afghanistan, Tajikistan served as an alternative route for a small share of the supplies", "", ""},
	} {
		q, answer, _ := x.policyAim(c.s)
		if q != c.q || answer != c.answer {
			t.Errorf("policyAim(%q)\n = %q, %q\nwant %q, %q", c.s, q, answer, c.q, c.answer)
		}
	}
}

// TestAimItem: the quiz's aim item (seen failing before aim.go): the
// paper's aim, three wrong aims of world.txt's `state-aim` none of which
// shares a word stem with the paper's aim or its paragraph (countries
// aside), one naming Russia as the stem and the answer do, none giving
// another item away, in the answer's length band.
func TestAimItem(t *testing.T) {
	qz := defaultQuizzer(t)
	all := qz.All()
	var aim Quiz
	for _, q := range all {
		if q.Kind == aimKind {
			aim = q
		}
	}
	const stem = "What was Tajikistan's aim in establishing ties with the United States upon independence while maintaining relations with Russia?"
	if aim.Question != stem {
		t.Fatalf("aim item %q, want %q", aim.Question, stem)
	}
	if got := aim.Choices[aim.Answer]; got != "To balance Moscow by avoiding heavy reliance on Russia" {
		t.Errorf("aim answer %q", got)
	}
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	russia := 0
	for i, c := range aim.Choices {
		if i == aim.Answer {
			continue
		}
		if !slices.Contains(x.world.members["state-aim"], lowerFirst(c)) {
			t.Errorf("wrong aim %q not of state-aim", c)
		}
		bare := x.paraWithout(c)
		if sharesWordStem(bare, "balancing Moscow by avoiding heavy reliance and therefore securing independence") {
			t.Errorf("wrong aim %q shares a word with the paper's aim", c)
		}
		if strings.Contains(c, "Russia") {
			russia++
		}
	}
	if g, ok := stemCueWord(aim); ok {
		t.Errorf("only the answer shares %q with the stem: %q", g, aim.Choices)
	}
	for _, o := range all {
		if o.ID != aim.ID {
			if _, bad := givesAwayItem(aim, o); bad {
				t.Errorf("aim item's choices give away %q", o.Question)
			}
		}
	}
	if russia == 0 {
		t.Errorf("no wrong aim names Russia: %q", aim.Choices)
	}
	if i := outlier(aim); i >= 0 {
		t.Errorf("choice %q far longer than the rest", aim.Choices[i])
	}
	// a wrong aim the brief's other items would answer or echo: none
	for _, c := range aim.Choices {
		for _, w := range []string{"reduced", "dependent", "security"} {
			if strings.Contains(strings.ToLower(c), w) {
				t.Errorf("aim choice %q repeats another item's point (%s)", c, w)
			}
		}
	}
}

// TestDescribedElsewhere: the floor's new rank on the real items the
// checks keep (seen failing before the rule: the NATO programme item was
// no candidate, and the quiz kept it): the one name item whose thing two
// other stems ask about is the NATO programme's; with one of those stems
// gone, it is no longer described twice.
func TestDescribedElsewhere(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	items := x.checkedItems()
	const nato = "Which NATO programme did Tajikistan commit to joining?"
	var found bool
	for i, it := range items {
		got := describedElsewhere(items, i)
		want := it.Question == nato
		found = found || want
		if got != want {
			t.Errorf("describedElsewhere(%q) = %v, want %v", it.Question, got, want)
		}
		if want && it.Choices[it.Answer] != "Partnership for Peace" {
			// the i10cross pass's cue mend (was TestFifthPassItems's)
			t.Errorf("%q: answer %q, want Partnership for Peace", nato, it.Choices[it.Answer])
		}
	}
	if !found {
		t.Fatalf("no item %q before the floor", nato)
	}
	var fewer []item
	for _, it := range items {
		if !strings.HasPrefix(it.Question, "How did Tajikistan compare with the other Central Asian republics") {
			fewer = append(fewer, it)
		}
	}
	for i, it := range fewer {
		if it.Question == nato && describedElsewhere(fewer, i) {
			t.Errorf("described by one other stem only, still ranked: %q", nato)
		}
	}
	// a stem's possessive is its noun ("NATO's program")
	if w := stemWords("in joining NATO's program?"); !w["nato"] || !w["progra"] {
		t.Errorf("stemWords: %v", w)
	}
}

// TestAimTakesNATOPlace: with the aim item the floor drops the NATO
// programme's name, not a better item, and the water's share stays out
// (seen failing before: 29 items, the programme kept).
func TestAimTakesNATOPlace(t *testing.T) {
	all := defaultQuizzer(t).All()
	if len(all) != quizFloor {
		t.Errorf("%d items, want %d", len(all), quizFloor)
	}
	var aim bool
	for _, q := range all {
		aim = aim || q.Kind == aimKind
		if strings.HasPrefix(q.Question, "Which NATO programme") {
			t.Errorf("the programme's name still asked: %q", q.Question)
		}
		if strings.Contains(q.Question, "water") || strings.Contains(q.Choices[q.Answer], "percent") {
			t.Errorf("the water's share back: %q", q.Question)
		}
	}
	if !aim {
		t.Errorf("no aim item")
	}
}
