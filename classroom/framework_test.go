package classroom

import (
	"strings"
	"testing"
)

// TestFrameworkItem: the framework item on the paper's sentences (seen
// failing before framework.go: no item): what a side set up with its
// partners in a year, the purpose of the paragraph's other sentence as
// context ("To enhance cooperation in ..., America and Tajikistan
// established Annual Bilateral Consultation"); the answer the paper's
// words; three frameworks of world.txt's kind in the answer's form and
// length band, none the paper names (the trade and investment framework
// agreement), none sharing a word stem with the answer, its paragraph
// (cooperation, economy) or another item's answer (a long-term strategic
// partnership, national and regime security); the stem without the
// answer's "annual" or "yearly".
func TestFrameworkItem(t *testing.T) {
	q := oneOfKind(t, defaultQuizzer(t).All(), frameworkKind)
	if want := "What did the United States establish with each Central Asian state in 2009 to enhance cooperation?"; q.Question != want {
		t.Errorf("stem %q, want %q", q.Question, want)
	}
	if a := q.Choices[q.Answer]; a != "Annual Bilateral Consultation" {
		t.Errorf("answer %q", a)
	}
	for _, w := range []string{"annual", "yearly", "every year"} {
		if strings.Contains(strings.ToLower(q.Question), w) {
			t.Errorf("stem gives the key away: %q", w)
		}
	}
	for i, c := range q.Choices {
		if i == q.Answer {
			continue
		}
		lc := strings.ToLower(c)
		for _, bad := range []string{"annual", "bilateral", "consult", "cooperation", "econom", "trade", "investment", frameworkKind, "strategic", "partnership", "security"} {
			if strings.Contains(lc, bad) {
				t.Errorf("wrong choice %q: %q", c, bad)
			}
		}
		if n := wordCount(c); n < 2 || n > 4 {
			t.Errorf("wrong choice %q out of the answer's band", c)
		}
		for _, w := range strings.Fields(c) {
			if len(w) > 3 && upperFirst(w) != w {
				t.Errorf("wrong choice %q not in the answer's title case", c)
			}
		}
		// no word in two wrong choices: three "Joint ..." beside the
		// answer alone without it single the answer out
		for j, d := range q.Choices {
			if j != i && j != q.Answer && sharesWordStem(c, d) {
				t.Errorf("wrong choices %q and %q share a word", c, d)
			}
		}
	}
	checkWellFormed(t, q)
}

// TestFrameworkNotOfferedElsewhere: once an item asks what the side set
// up, the before-9/11 item no longer offers it as a wrong choice
// ("Through Annual Bilateral Consultation", seen failing before: the
// cross-item mend then gives that item a spare).
func TestFrameworkNotOfferedElsewhere(t *testing.T) {
	for _, q := range defaultQuizzer(t).All() {
		if q.Kind != "before" {
			continue
		}
		for i, c := range q.Choices {
			if i != q.Answer && strings.Contains(strings.ToLower(c), "bilateral consultation") {
				t.Errorf("%q offers %q", q.Question, c)
			}
		}
	}
}

// TestPlanBelowShare: a plan item is a floor candidate ranked above a
// share (dropped before it): four of four strict readers (blind71 to
// blind74) called the Karatoga item trivia, while the water's share is
// often its theme's one item. With the framework item in, the floor drops
// the plan item; the water's share stays out (seen failing before: the
// plan item was no candidate, 29 items).
func TestPlanBelowShare(t *testing.T) {
	plan := Quiz{Kind: planKind, Question: "What did the United States want to open in Karatoga, Tajikistan, in June 2010?", Choices: [4]string{"A national training centre", "A fuel depot", "A radar station", "A vehicle repair workshop"}}
	share := Quiz{Kind: "amount", Question: "Complete: Tajikistan had ____ of Central Asia's water resources.", Choices: [4]string{"65 percent", "40 percent", "25 percent", "80 percent"}}
	if bareRank(plan) <= bareRank(share) || bareRank(share) == 0 {
		t.Errorf("plan rank %d, share rank %d: want the plan dropped first", bareRank(plan), bareRank(share))
	}
	all := defaultQuizzer(t).All()
	if len(all) != quizFloor {
		t.Errorf("%d items, want %d", len(all), quizFloor)
	}
	var fw bool
	for _, q := range all {
		fw = fw || q.Kind == frameworkKind
		if q.Kind == planKind {
			t.Errorf("plan item kept: %q", q.Question)
		}
		if strings.Contains(q.Question, "water") || strings.Contains(q.Choices[q.Answer], "percent") {
			t.Errorf("the water's share back: %q", q.Question)
		}
	}
	if !fw {
		t.Errorf("no framework item")
	}
}
