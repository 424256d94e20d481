package classroom

import (
	"strings"
	"testing"
)

// TestSinceItem: the i10since rule on ¶6's real sentence and near misses
// of it (seen failing before since.go: no item). "Since <forces>
// withdrew from <place>, <side> had <deed>" asks what the side did after
// the withdrawal; the answer is the deed's first goal, "the country's"
// the paper's subject country; the wrong choices are deeds on the same
// place (world.txt's `withdrawal-response`), none sharing a word stem
// with the answer or the paragraph beyond the stem's own words.
func TestSinceItem(t *testing.T) {
	const stem = "What did the United States do after Russian forces withdrew from the Tajik-Afghan border?"
	tests := []struct {
		name, old, new string
		q, answer      string // "" : no item
	}{
		{"the paper's sentence", "", "", stem, "It led an international effort to protect Tajikistan's borders"},
		{"no withdrawal", "Since Russian strengths withdrew from", "Since Russian strengths arrived at", "", ""},
		{"no side the list knows", "the US had driven a global push", "the donors had driven a global push", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := loadPaper(t)
			if tt.old != "" {
				p = withSentence(t, p, 6, tt.old, tt.new)
			}
			x := newExtractor(p, buildGlossary(p), loadPlain(t))
			qs := x.sinceQuizzesOf(&priorItems{})
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
			n := wordCount(tt.answer)
			for i, c := range q.Choices {
				if i == q.Answer {
					continue
				}
				lc := strings.ToLower(c)
				for _, bad := range []string{"international", "effort", "protect", "narcotic", "traffic", "technolog", "weapon"} {
					if strings.Contains(lc, bad) {
						t.Errorf("wrong choice %q shares %q with the answer or paragraph", c, bad)
					}
				}
				if !strings.HasPrefix(c, "It ") || wordCount(c) < n-2 || wordCount(c) > n+1 {
					t.Errorf("wrong choice %q not of the answer's form and length", c)
				}
			}
		})
	}
}

// TestSinceInQuiz: the since item is in the quiz of 28; the balance item,
// whose figures' sentence names no exporter, is the floor item it pushes
// out, and the water's share stays out (seen failing before: no since
// item, the balance kept).
func TestSinceInQuiz(t *testing.T) {
	all := defaultQuizzer(t).All()
	if len(all) != quizFloor {
		t.Errorf("%d items, want %d", len(all), quizFloor)
	}
	var since, balance, water bool
	for _, q := range all {
		since = since || q.Kind == sinceKind
		balance = balance || q.Kind == "balance"
		water = water || strings.Contains(q.Question, "water resources")
	}
	if !since || balance || water {
		t.Errorf("since %v, balance %v, water %v; want true, false, false", since, balance, water)
	}
}

// TestBalanceSideUnstated: a balance item's figures sentence that names
// no exporter or importer leaves its side to a neighbouring sentence or
// the source (seen failing before bare.go's rule: no such check).
func TestBalanceSideUnstated(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"The export made $51.9 million and import was $0.7 million. (United States Census Bureau, 2020).", true},
		{"US exports to Tajikistan made $51.9 million and imports from Tajikistan were $0.7 million.", false},
		{"The export made $51.9 million and imports from Tajikistan were $0.7 million.", false},
		{"US exports made $51.9 million and import was $0.7 million.", false},
	} {
		if got := balanceSideUnstated(Quiz{Kind: "balance", Sentence: tt.s}); got != tt.want {
			t.Errorf("balanceSideUnstated(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	if balanceSideUnstated(Quiz{Kind: "amount", Sentence: "The export made $51.9 million and import was $0.7 million."}) {
		t.Error("an amount item is no balance item")
	}
}
