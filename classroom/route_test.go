package classroom

import (
	"strings"
	"testing"
)

// TestRouteRoleItem: the route item of the i10route pass on the paper's
// sentence (¶20: "Though most overland transport along this Northern
// Distribution Network crossed Uzbekistan ..., Tajikistan served as an
// alternative route for a small share of the supplies") asks the
// secondary side's part, the paper's point, not which country carried the
// most (four of eight strict readers: trivia about Uzbekistan, with the
// point in the stem). The wrong choices are world.txt's route-role kind:
// none the sentence's qualifier, one the main side's role, one as modest
// as the answer (a guesser does not pick the one modest choice), none
// sharing a word stem with another item's answer, none out of the
// answer's length band, none naming a country. Seen failing before
// route.go's change: no route item (the old one was of kind country).
func TestRouteRoleItem(t *testing.T) {
	all := defaultQuizzer(t).All()
	q := oneOfKind(t, all, routeKind)
	if want := "What part did Tajikistan play in the Northern Distribution Network?"; q.Question != want {
		t.Errorf("stem %q, want %q", q.Question, want)
	}
	ans := q.Choices[q.Answer]
	if ans != "An alternative route for a small share of the supplies" {
		t.Errorf("answer %q", ans)
	}
	n := wordCount(ans)
	w := parseWorld(worldText)
	main, modest := false, false
	for i, c := range q.Choices {
		if i == q.Answer {
			continue
		}
		lc := strings.ToLower(c)
		if strings.Contains(lc, "alternative") || strings.Contains(lc, "secondary") {
			t.Errorf("wrong choice %q holds the sentence's qualifier", c)
		}
		if strings.Contains(lc, "main") && strings.Contains(lc, "most") || strings.Contains(lc, "bulk") {
			main = true
		}
		for _, m := range modestWords {
			if containsWord(lc, m) {
				modest = true
			}
		}
		if k := wordCount(c); k < n-2 || k > n+1 {
			t.Errorf("wrong choice %q out of the answer's band (%d words)", c, n)
		}
		for _, word := range strings.Fields(c) {
			if k, _ := w.kindOf(strings.Trim(word, ",.")); k == "country" {
				t.Errorf("wrong choice %q names a country", c)
			}
		}
		for _, o := range all {
			if o.ID != q.ID && sharesWordStem(c, o.Choices[o.Answer]) {
				t.Errorf("wrong choice %q shares a word stem with %q's answer %q", c, o.Question, o.Choices[o.Answer])
			}
		}
	}
	if !main {
		t.Errorf("no wrong choice gives the side the main role the sentence gives another: %q", q.Choices)
	}
	if !modest {
		t.Errorf("the answer the only modest choice: %q", q.Choices)
	}
	checkWellFormed(t, q)
}

// TestRouteReplacesCountry: the route item takes the old country item's
// place ("Through which country did most ...?", Uzbekistan), 28 items; the
// water's share and the plan item stay out (seen failing before: the old
// stem asked).
func TestRouteReplacesCountry(t *testing.T) {
	all := defaultQuizzer(t).All()
	if len(all) != quizFloor {
		t.Errorf("%d items, want %d", len(all), quizFloor)
	}
	oneOfKind(t, all, routeKind)
	for _, q := range all {
		if strings.HasPrefix(q.Question, "Through which country did most") {
			t.Errorf("the old route item still asked: %q", q.Question)
		}
		if strings.Contains(q.Question, "water") || strings.Contains(q.Choices[q.Answer], "percent") {
			t.Errorf("the water's share back: %q", q.Question)
		}
		if q.Kind == planKind {
			t.Errorf("the plan item back: %q", q.Question)
		}
	}
}
