package classroom

import (
	"strings"
	"testing"
)

// TestStanceItem: the i10alliance rule on ¶3's real sentence and near
// misses of it (seen failing before alliance.go: no item). "<On the
// other hand>, it had long supported <the Afghan X's fight against Y>",
// told after the paper's pivot, asks what the side had long done in the
// country before the pivot; the wrong choices are first the same side's
// deeds after the pivot (the paper's: the use of Tajik airspace, the
// intelligence cooperation), then world.txt's `war-stance`; none shares a
// word with the answer or another wrong choice.
func TestStanceItem(t *testing.T) {
	const spun = "Then again, it had since quite a while ago upheld the Afghan Northern Alliance's battle alongside the Taliban."
	tests := []struct {
		name, sentence string
		q, answer      string // "" : no item
	}{
		{"the paper's sentence", spun, "Before 9/11, what had Tajikistan long done in Afghanistan?", "Supported the Northern Alliance's fight against the Taliban"},
		{"no contrast, no stance", "It had since quite a while ago upheld the Afghan Northern Alliance's battle alongside the Taliban.", "", ""},
		{"not long held", "Then again, it had recently upheld the Afghan Northern Alliance's battle alongside the Taliban.", "", ""},
		{"no country for the stem", "Then again, it had since quite a while ago upheld the Northern Alliance's battle alongside the Taliban.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := withSentence(t, loadPaper(t), 3, spun, tt.sentence)
			x := newExtractor(p, buildGlossary(p), loadPlain(t))
			qs := x.stanceQuizzesOf(&priorItems{})
			if tt.q == "" {
				if len(qs) != 0 {
					t.Fatalf("items %+v, want none", qs)
				}
				return
			}
			if len(qs) != 1 {
				t.Fatalf("%d items, want 1: %+v", len(qs), qs)
			}
			q := qs[0]
			checkWellFormed(t, q)
			if q.Question != tt.q || q.Choices[q.Answer] != tt.answer {
				t.Errorf("got %q / %q\nwant %q / %q", q.Question, q.Choices[q.Answer], tt.q, tt.answer)
			}
			paper := 0
			for i, c := range q.Choices {
				if i == q.Answer {
					continue
				}
				if sharesWord(c, "Northern Alliance fight Taliban") {
					t.Errorf("wrong choice %q shares a word with the answer", c)
				}
				if c == "Offered the United States the use of Tajik airspace" || c == "Developed cooperation with the United States in intelligence gathering" {
					paper++
				}
			}
			if paper != 2 {
				t.Errorf("want the paper's two later deeds among %q", q.Choices)
			}
		})
	}
}

// TestStanceInQuiz: the stance item is in the quiz, none of its wrong
// choices told by another item, and the party item (a name from before
// the period, backgroundName) leaves at the floor, the SCO and agency
// items (names of the period) staying (seen failing before: no stance
// item, the party item kept).
func TestStanceInQuiz(t *testing.T) {
	all := defaultQuizzer(t).All()
	if len(all) < quizFloor {
		t.Fatalf("%d items", len(all))
	}
	q := oneOfKind(t, all, stanceKind)
	if !strings.HasPrefix(q.Question, "Before 9/11, what had Tajikistan long done") {
		t.Errorf("stance item %q", q.Question)
	}
	orgs := 0
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	for _, it := range all {
		if it.Question == "Which party led the opposition in the civil war?" {
			t.Errorf("the party item is still in the quiz")
		}
		if it.Kind == "organisation" {
			orgs++
			if x.backgroundName(it) {
				t.Errorf("%q taken for background", it.Question)
			}
		}
	}
	if orgs < 2 {
		t.Errorf("%d organisation items, want the SCO and agency items", orgs)
	}
	var party Quiz
	for _, it := range x.items() {
		if it.Question == "Which party led the opposition in the civil war?" {
			party = it.Quiz
		}
	}
	if !x.backgroundName(party) {
		t.Errorf("the party item is not taken for background: %+v", party)
	}
}
