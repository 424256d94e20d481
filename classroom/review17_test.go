package classroom

import (
	"slices"
	"strings"
	"testing"

	"paperbot/paper"
)

// The seventeenth pass adds understanding items on themes no item asked:
// NATO's practical cooperation with Tajikistan (its Individual
// Partnership Program's key areas, ¶18), asked against the areas the
// paper lists for the US and Tajikistan (¶6). Each new item pushes one
// recall filler off the floor of 28.

// areaItem is today's item on a key area of a partnership, or nil.
func areaItem(t *testing.T) *Quiz {
	t.Helper()
	for _, q := range defaultQuizzer(t).All() {
		if q.Kind == "area" {
			return &q
		}
	}
	return nil
}

// TestAreaItemNATO: "Which of these does the paper list as a key area of the practical
// cooperation between NATO and Tajikistan?" answers with an area of ¶18's
// list that no other list names and no other item offers, against three
// areas of ¶6's list for the US and Tajikistan, none sharing a word with
// ¶18's (seen failing before areas.go: no area item).
func TestAreaItemNATO(t *testing.T) {
	q := areaItem(t)
	if q == nil {
		t.Fatal("no area item")
	}
	if want := "Which of these does the paper list as a key area of the practical cooperation between NATO and Tajikistan?"; q.Question != want {
		t.Errorf("stem %q, want %q", q.Question, want)
	}
	if got := q.Choices[q.Answer]; got != "Civil emergency planning" {
		t.Errorf("answer %q", got)
	}
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	us := strings.ToLower(x.plainOf(&p.Paragraphs[paraIndex(t, p, 6)], 1))
	nato := strings.ToLower(x.plainOf(&p.Paragraphs[paraIndex(t, p, 18)], 2))
	if !strings.Contains(nato, strings.ToLower(q.Choices[q.Answer])) {
		t.Errorf("answer %q not in ¶18's list %q", q.Choices[q.Answer], nato)
	}
	for i, c := range q.Choices {
		if i == q.Answer {
			continue
		}
		if !strings.Contains(us, strings.ToLower(c)) {
			t.Errorf("wrong choice %q not in ¶6's list %q", c, us)
		}
		for w := range contentWords(c) {
			if containsWord(nato, w) {
				t.Errorf("wrong choice %q shares %q with NATO's list", c, w)
			}
		}
	}
	for _, o := range defaultQuizzer(t).All() {
		if o.ID == q.ID {
			continue
		}
		for _, c := range o.Choices {
			if strings.EqualFold(c, q.Choices[q.Answer]) {
				t.Errorf("%q offers the area item's answer %q", o.Question, c)
			}
		}
		for i, c := range q.Choices {
			if i != q.Answer && strings.EqualFold(c, o.Choices[o.Answer]) {
				t.Errorf("wrong choice %q is the answer of %q", c, o.Question)
			}
		}
	}
}

// TestAreaAnswerRules: the list's head ("security" of "border security")
// is no answer, nor an area another list names (counter-terrorism), nor
// one an earlier item offers ("Peacekeeping", "Emergency management") or
// answers with ("Border security"): with Q21's key-issue item before it
// the answer is civil emergency planning, without it peacekeeping (seen
// failing on the first cut: "Security").
func TestAreaAnswerRules(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	answer := func(prior []Quiz) string {
		qs := x.areaQuizzesOf(&priorItems{qs: prior})
		if len(qs) != 1 {
			t.Fatalf("%d area items, want 1", len(qs))
		}
		return qs[0].Choices[qs[0].Answer]
	}
	if got := answer(nil); got != "Peacekeeping" {
		t.Errorf("no prior items: answer %q, want Peacekeeping", got)
	}
	key := Quiz{Kind: "focus", Question: "What did the U.S. concentrate on as the key issue in security cooperation?",
		Choices: [4]string{"Border security", "Non-proliferation", "Peacekeeping", "Emergency management"}}
	if got := answer([]Quiz{key}); got != "Civil emergency planning" {
		t.Errorf("beside the key-issue item: answer %q, want Civil emergency planning", got)
	}
	for _, tt := range []struct {
		area string
		list []string
		want bool
	}{
		{"security", []string{"security", "peacekeeping", "border security"}, true},
		{"border security", []string{"security", "peacekeeping", "border security"}, false},
		{"peacekeeping", []string{"security", "peacekeeping", "border security"}, false},
	} {
		if got := broadest(tt.area, tt.list); got != tt.want {
			t.Errorf("broadest(%q) = %v, want %v", tt.area, got, tt.want)
		}
	}
}

// TestAreasHolder: the two sides and what they built come from the
// sentences before the list ("NATO and Tajikistan actively took part
// ...", "They were creating practical cooperation in various areas ...").
func TestAreasHolder(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	a, b, coop := x.areasHolder(&p.Paragraphs[paraIndex(t, p, 18)], 2)
	if got := []string{a, b, coop}; !slices.Equal(got, []string{"NATO", "Tajikistan", "practical cooperation"}) {
		t.Errorf("holder %q", got)
	}
}

// TestSeventeenthPassFillers: the area item is in, at least 28 items
// stay, the aid's total (a filler the 32nd blind read called weak) stays
// out, Karatoga's place (the next filler; merged with the sixteenth
// pass's sequence items, which took the total's place) goes, and the
// water's share and the embargo's act item, each their theme's one item,
// stay.
func TestSeventeenthPassFillers(t *testing.T) {
	if n := len(defaultQuizzer(t).All()); n < 28 {
		t.Errorf("%d items, want at least 28", n)
	}
	checkKept(t, []keptCase{
		{"Which of these does the paper list as a key area of the practical cooperation between NATO and Tajikistan?", true},
		{"How much was America's budgeted aid to Tajikistan from 1992 to 2010?", false},
		{"In which place did the US want to open a national training centre?", false},
		// the i10rights pass: the reaction item (rights.go) pushes the water's
		// share out, bare recall every strict blind reader judged WEAK
		// (TestReactionInQuiz)
		{"Complete: Tajikistan had ____ of Central Asia's water resources.", false},
		{"Which restriction on Tajikistan did the United States lift in January 2002, after 9/11?", true}, // i10act: the embargo's item asks which restriction (restriction.go)
	})
}

// paraIndex is the index in p of the paragraph numbered n.
func paraIndex(t *testing.T, p *paper.Paper, n int) int {
	t.Helper()
	for i := range p.Paragraphs {
		if p.Paragraphs[i].N == n {
			return i
		}
	}
	t.Fatalf("no paragraph %d", n)
	return -1
}
