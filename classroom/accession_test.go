package classroom

import (
	"strings"
	"testing"
)

// TestAccessionItem: the i10wto rule on ¶10's real sentence and near
// misses of it (seen failing before accession.go: no item). "<Side>
// supported <Country>'s accession to <body>", the body an economic one,
// asks what the side did for the country's economy; the stem holds no
// word of the answer, the wrong choices are world.txt's `economy-help`
// in the answer's form, none sharing a word stem with the answer or ¶10.
func TestAccessionItem(t *testing.T) {
	const spun = "The United States additionally backed aimed at Tajikistan's promotion toward the World Trade Organization."
	const q = "What did the United States do for Tajikistan's economy?"
	const answer = "It supported its accession to the World Trade Organization"
	tests := []struct {
		name, sentence string
		q, answer      string // "" : no item
	}{
		{"the paper's sentence", spun, q, answer},
		{"plain English", "The United States also supported Tajikistan's accession to the World Trade Organization.", q, answer},
		{"not economic", "The United States additionally supported Tajikistan's accession to the North Atlantic Treaty Organization.", "", ""},
		{"opposed", "The United States additionally opposed Tajikistan's accession to the World Trade Organization.", "", ""},
		{"no country", "The United States additionally supported the accession to the World Trade Organization.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := withSentence(t, loadPaper(t), 10, spun, tt.sentence)
			x := newExtractor(p, buildGlossary(p), loadPlain(t))
			qs := x.accessionQuizzesOf(&priorItems{})
			if tt.q == "" {
				if len(qs) != 0 {
					t.Fatalf("items %+v, want none", qs)
				}
				return
			}
			if len(qs) != 1 {
				t.Fatalf("%d items, want 1: %+v", len(qs), qs)
			}
			it := qs[0]
			checkWellFormed(t, it)
			if it.Question != tt.q || it.Choices[it.Answer] != tt.answer {
				t.Errorf("got %q / %q\nwant %q / %q", it.Question, it.Choices[it.Answer], tt.q, tt.answer)
			}
			for _, w := range []string{"accession", "organisation", "organization", "WTO", "trade", "world"} {
				if containsWord(strings.ToLower(it.Question), strings.ToLower(w)) {
					t.Errorf("stem %q holds %q", it.Question, w)
				}
			}
			para := x.paraWithout(x.plainParagraph(&p.Paragraphs[paraIndex(t, p, 10)]))
			for i, c := range it.Choices {
				if i == it.Answer {
					continue
				}
				if !strings.HasPrefix(c, "It ") {
					t.Errorf("wrong choice %q not in the answer's form", c)
				}
				own := beyondStem(c, it.Question)
				if sharesWordStem(own, tt.answer) || sharesWordStem(own, para) {
					t.Errorf("wrong choice %q shares a word stem with the answer or ¶10", c)
				}
				if n := wordCount(c); n < wordCount(tt.answer)-2 || n > wordCount(tt.answer)+1 {
					t.Errorf("wrong choice %q of another length", c)
				}
			}
		})
	}
}

// TestAccessionInQuiz: the accession item is in the quiz, none of its
// wrong choices told by another item, and the party item is out: 28
// items (seen failing before accession.go: no accession item).
func TestAccessionInQuiz(t *testing.T) {
	all := defaultQuizzer(t).All()
	if len(all) != quizFloor {
		t.Errorf("%d items, want %d", len(all), quizFloor)
	}
	it := oneOfKind(t, all, accessionKind)
	if it.Question != "What did the United States do for Tajikistan's economy?" {
		t.Errorf("accession item %q", it.Question)
	}
	for _, o := range all {
		if o.Question == "Which party led the opposition in the civil war?" {
			t.Errorf("the party item is still in the quiz")
		}
		if o.ID == it.ID {
			continue
		}
		for i, c := range it.Choices {
			if i != it.Answer && sharesWordStem(beyondStem(c, it.Question), o.Choices[o.Answer]) {
				t.Errorf("wrong choice %q shares a word stem with %q's answer", c, o.Question)
			}
		}
	}
}
