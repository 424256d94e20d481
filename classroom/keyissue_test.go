package classroom

import (
	"strings"
	"testing"

	"paperbot/paper"
)

// withSentence is a copy of p with sentence old of paragraph n written
// as new, the offsets after it moved; p itself is left as it was.
func withSentence(t *testing.T, p *paper.Paper, n int, old, new string) *paper.Paper {
	t.Helper()
	c := *p
	c.Paragraphs = append([]paper.Paragraph(nil), p.Paragraphs...)
	para := &c.Paragraphs[paraIndex(t, p, n)]
	at := strings.Index(para.Text, old)
	if at < 0 {
		t.Fatalf("¶%d has no %q", n, old)
	}
	d := len(new) - len(old)
	para.Text = para.Text[:at] + new + para.Text[at+len(old):]
	para.Sentences = append([]paper.Sentence(nil), para.Sentences...)
	for i := range para.Sentences {
		s := &para.Sentences[i]
		if s.Start > at {
			s.Start += d
		}
		if s.End > at {
			s.End += d
		}
		s.Text = para.Text[s.Start:s.End]
	}
	para.Citations = append([]paper.Citation(nil), para.Citations...)
	for i := range para.Citations {
		if para.Citations[i].Start > at {
			para.Citations[i].Start += d
		}
	}
	return &c
}

// TestKeyIssueSharesField: a key issue whose answer's head is the stem's
// field word makes no item (the i10keyissue pass: "Border security" in
// "security cooperation" took wrong choices only world knowledge could
// give, struck at sight by every strict reader); the same sentence with
// another field, or another answer, still makes one. Seen failing before
// the change: the paper's sentence made "What did the U.S. concentrate on
// as the key issue in security cooperation?" (Border security, Cyber
// security ...).
func TestKeyIssueSharesField(t *testing.T) {
	p := loadPaper(t)
	const spun = "U.S concentrated on fringe security as the key issue in security collaboration."
	for _, tt := range []struct {
		sentence string
		question string // "" for no item
		answer   string
	}{
		{spun, "", ""}, // the paper's: "border security" in "security cooperation"
		{"U.S concentrated on fringe security as the key issue in defence collaboration.",
			"What did the U.S. concentrate on as the key issue in defence cooperation?", "Border security"},
		{"U.S concentrated on intelligence sharing as the key issue in security collaboration.",
			"What did the U.S. concentrate on as the key issue in security cooperation?", "Intelligence sharing"},
	} {
		q := withSentence(t, p, 16, spun, tt.sentence)
		x := newExtractor(q, buildGlossary(q), loadPlain(t))
		qs := x.keyIssueQuizzes(x.reasons(), x.focusAreas())
		if tt.question == "" {
			if len(qs) != 0 {
				t.Errorf("%q: %d items, want none: %+v", tt.sentence, len(qs), qs)
			}
			continue
		}
		if len(qs) != 1 {
			t.Errorf("%q: %d items, want 1: %+v", tt.sentence, len(qs), qs)
			continue
		}
		checkWellFormed(t, qs[0])
		if qs[0].Question != tt.question || qs[0].Choices[qs[0].Answer] != tt.answer {
			t.Errorf("%q: %q (%q), want %q (%q)", tt.sentence, qs[0].Question, qs[0].Choices[qs[0].Answer], tt.question, tt.answer)
		}
		for i, c := range qs[0].Choices {
			if i != qs[0].Answer && (sharesHead(c, "security cooperation") || strings.HasSuffix(c, " security")) {
				t.Errorf("%q: wrong choice %q of a security field", tt.sentence, c)
			}
		}
	}
	if !sharesHead("border security", "security cooperation") || sharesHead("counter-terrorism", "security cooperation") || sharesHead("border security", "defence cooperation") {
		t.Errorf("sharesHead")
	}
}
