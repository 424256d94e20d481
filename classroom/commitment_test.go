package classroom

import (
	"slices"
	"testing"
)

// TestCommitmentQuizzes: the paper's December 2002 visit asks what Rahmon
// and Bush committed to, the wrong choices the other deals the sides
// signed or agreed on; the deal stating the key issue's answer ("border
// security") is left out, and the stem carries no date.
func TestCommitmentQuizzes(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	focus := x.focusAreas()
	asked := append(x.purposeQuizzes(focus), x.keyIssueQuizzes(x.reasons(), focus)...)
	qs := x.commitmentQuizzes(asked)
	if len(qs) != 1 {
		t.Fatalf("%d commitment items, want 1: %+v", len(qs), qs)
	}
	q := qs[0]
	checkWellFormed(t, q)
	if want := "What did Rahmon and President Bush express a willingness for during Rahmon's first official visit to the USA?"; q.Question != want {
		t.Errorf("stem %q, want %q", q.Question, want)
	}
	if got := q.Choices[q.Answer]; got != "A long-term strategic partnership" {
		t.Errorf("answer %q", got)
	}
	for _, want := range []string{"A trade and investment framework agreement", "An MoU on micro-financing", "Non-lethal supplies to support military operations of NATO and the International Security Assistance Force in Afghanistan"} {
		if !slices.Contains(q.Choices[:], want) {
			t.Errorf("no wrong choice %q in %q", want, q.Choices)
		}
	}
	// without the items asked before, the border deal is a choice: the
	// filter is what keeps it out
	if docs := x.signedDocuments(&p.Paragraphs[0], "a long-term strategic partnership"); !slices.Contains(docs, "An agreement on expanded US aid to Tajikistan's border security") {
		t.Errorf("deals %q lack the border-security agreement", docs)
	}
	if !statesAnswerOf("An agreement on expanded US aid to Tajikistan's border security", asked) {
		t.Error("the border-security agreement states no asked answer")
	}
}

// TestCommitmentSentences: which sentences make a commitment and which
// deals count, on the paper's forms and near misses.
func TestCommitmentSentences(t *testing.T) {
	for _, c := range []struct {
		s, answer string
	}{
		{"In early December 2002, Rahmon went on his first official visit to the USA and together with President Bush expressed a willingness for long-term strategic partnership and future cooperation against the threats to security from global terrorism", "long-term strategic partnership"},
		{"Rahmon went on his first official visit to the USA and together with President Bush expressed a willingness for long-term strategic partnership", "long-term strategic partnership"},
		{"In 2003, Rahmon met President Bush and discussed a long-term strategic partnership", ""}, // no willingness declared
		{"Rahmon expressed a willingness for long-term strategic partnership", ""},                 // no second leader
	} {
		m := reWillingFor.FindStringSubmatch(c.s)
		got := ""
		if m != nil {
			got = m[6]
		}
		if got != c.answer {
			t.Errorf("%q: answer %q, want %q", c.s, got, c.answer)
		}
	}
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"The U.S. and Tajikistan signed an MoU on micro-financing in July 2002", []string{"an MoU on micro-financing"}},
		{"Tajikistan had signed a trade and investment framework agreement with the US and other Central Asian states", []string{"a trade and investment framework agreement"}},
		{"United States signed the establishment of Annual Bilateral Consultation with each Central Asian state in 2009", nil}, // "the": a forum, not one deal
		{"The USA and Tajikistan had signed several documents on trade and economic cooperation", nil},                         // no article: no one deal
	} {
		var got []string
		for _, m := range reSignedDoc.FindAllStringSubmatch(c.s, -1) {
			got = append(got, m[1])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: deals %q, want %q", c.s, got, c.want)
		}
	}
}
