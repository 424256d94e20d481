package answer

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"paperbot/data"
	"paperbot/paper"
	"paperbot/retrieval"
)

func engine(t testing.TB) *Engine {
	t.Helper()
	p, err := paper.Default()
	if err != nil {
		t.Fatal(err)
	}
	k, err := retrieval.LoadKnowledge(data.Knowledge())
	if err != nil {
		t.Fatal(err)
	}
	e, err := NewWith(p, k)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestClean(t *testing.T) {
	cases := []struct{ in, want string }{
		{"  hello \t world \n", "hello world"},
		{"zero\u200bwidth\u200d", "zerowidth"},
		{"ctl\x00\x07chars", "ctlchars"},
		{"\u202eright to left\u202c", "right to left"},
		{"bad \xff utf8", "bad utf8"},
		{"", ""},
	}
	for _, c := range cases {
		if got := Clean(c.in); got != c.want {
			t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	long := Clean(strings.Repeat("é", 4000))
	if len(long) > MaxQuestion || !utf8.ValidString(long) {
		t.Errorf("long question: %d bytes, valid %v", len(long), utf8.ValidString(long))
	}
}

func TestAskHostile(t *testing.T) {
	e := engine(t)
	for _, q := range []string{"", "   ", "\u200b\u200b", "\x00\x01"} {
		if _, err := e.Ask(q, 3); !errors.Is(err, ErrEmpty) {
			t.Errorf("Ask(%q) err = %v, want ErrEmpty", q, err)
		}
	}
	for _, q := range []string{"🎉🎉🎉", "hi", "مرحبا كيف حالك", strings.Repeat("aid ", 1000), "@everyone what is this"} {
		a, err := e.Ask(q, 3)
		if err != nil {
			t.Errorf("Ask(%q): %v", q, err)
			continue
		}
		if a.Answered && q != strings.Repeat("aid ", 1000) {
			t.Errorf("Ask(%q) answered with ¶%d", q, a.Hits[0].Paragraph)
		}
		if a.Hits == nil {
			t.Errorf("Ask(%q): nil hits (JSON would be null)", q)
		}
	}
}

func TestAskAnswers(t *testing.T) {
	e := engine(t)
	a, err := e.Ask("When did the United States open its embassy in Dushanbe?", 3)
	if err != nil {
		t.Fatal(err)
	}
	if !a.Answered || len(a.Hits) != 3 {
		t.Fatalf("answered %v, %d hits", a.Answered, len(a.Hits))
	}
	h := a.Hits[0]
	if h.Paragraph != 4 || h.Page != 3 || h.Section != "Political Relations" || !strings.Contains(h.Sentence, "Embassy in Dushanbe in March 1992") {
		t.Errorf("first hit %+v", h)
	}
	var crosston *Citation
	for i := range h.Citations {
		if strings.Contains(h.Citations[i].Text, "Crosston") {
			crosston = &h.Citations[i]
		}
	}
	if crosston == nil || crosston.Match != "approximate" || crosston.Reference == nil || !strings.Contains(crosston.Note, "2016") {
		t.Errorf("Crosston 2013 citation: %+v", crosston)
	}
}

func TestPassageAndPage(t *testing.T) {
	e := engine(t)
	if _, err := e.Passage(24); err == nil || !strings.Contains(err.Error(), "1 to 23") {
		t.Errorf("Passage(24) err = %v", err)
	}
	ps, err := e.Page(3)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) == 0 || ps[0].Paragraph > 4 {
		t.Errorf("page 3: %d passages", len(ps))
	}
	if _, err := e.Page(99); err == nil {
		t.Error("Page(99) gave no error")
	}
}

func TestRefs(t *testing.T) {
	e := engine(t)
	cases := []struct {
		q    string
		want int
	}{
		{"", 34},
		{"jon", 3},
		{"Jonson 2006", 1},
		{"2013", 5}, // Absher, Human Rights Watch, Leander, U.S. Department of State, USCIRF
		{"fundamentalism", 1},
		{"zzzz", 0},
	}
	for _, c := range cases {
		if got := len(e.Refs(c.q)); got != c.want {
			t.Errorf("Refs(%q) = %d entries, want %d", c.q, got, c.want)
		}
	}
	j := e.Refs("jonson 2006")[0]
	if len(j.CitedIn) == 0 || len(j.Pages) == 0 {
		t.Errorf("Jonson 2006 card %+v", j)
	}
}

// TestRefsNearMatch: a misspelt author finds the reference, marked as a
// near match, closest first; exact matches are never marked; years and
// short words must match exactly.
func TestRefsNearMatch(t *testing.T) {
	e := engine(t)
	cases := []struct {
		q        string
		wantIDs  string // ids in order
		wantNear string // the name matched, "" for an exact match
	}{
		{"johnson", "12 13 14", "Jonson"},
		{"crosten", "6", "Crosston"},
		{"nicholl", "20", "Nichol"},
		{"Johnson 2006", "14", "Jonson"},
		{"bakhovadin", "4", ""}, // a prefix: exact
		{"jonson", "12 13 14", ""},
		{"crost", "6", "Crosston"}, // typed so far, one letter off
		{"jonson 2007", "", ""},    // a year is exact
		{"xyz", "", ""},            // too short to guess
		{"zzzzzzzz", "", ""},
	}
	for _, c := range cases {
		var ids []string
		cards := e.Refs(c.q)
		for _, r := range cards {
			ids = append(ids, strconv.Itoa(r.ID))
			if r.Near != c.wantNear {
				t.Errorf("Refs(%q): [%d] near %q, want %q", c.q, r.ID, r.Near, c.wantNear)
			}
		}
		if got := strings.Join(ids, " "); got != c.wantIDs {
			t.Errorf("Refs(%q) = [%s], want [%s]", c.q, got, c.wantIDs)
		}
	}
	if cards := e.Refs("peimany"); len(cards) != 1 || cards[0].Near != "Peimani" || cards[0].Distance != 1 {
		t.Errorf("Refs(peimany) = %+v", cards)
	}
	got := e.Refs("manon")
	for i := 1; i < len(got); i++ {
		if got[i].Distance < got[i-1].Distance {
			t.Errorf("Refs(manon) not ordered by closeness: %+v", got)
		}
	}
	if len(got) == 0 || got[0].Near != "Menon" {
		t.Errorf("Refs(manon) = %+v", got)
	}
}

// TestCitationsSentenceFirst: the works cited by the answering sentence
// come first, marked; a sentence citing nothing is covered by the next
// citation in its paragraph, or at its end by the one before.
func TestCitationsSentenceFirst(t *testing.T) {
	e := engine(t)
	cases := []struct {
		para, sent int
		want       string // citations in order, the sentence's marked with *
	}{
		{16, 0, "*(Lillis, 2011, October 24) (Oliker, and Shlapak, 2006, p.16) (Jonson, 2003, p.90)"},
		{16, 1, "~(Oliker, and Shlapak, 2006, p.16) (Lillis, 2011, October 24) (Jonson, 2003, p.90)"}, // none of its own: the next covers it
		{16, 6, "*(Jonson, 2003, p.90) (Lillis, 2011, October 24) (Oliker, and Shlapak, 2006, p.16)"},
		{4, 2, "*(Abdullaev, & Akbarzaheh, 2010, p.363) (Crosston, 2013, p.84)"},
		{4, 5, "*(Crosston, 2013, p.84) (Abdullaev, & Akbarzaheh, 2010, p.363)"},
		{4, 7, "~(Crosston, 2013, p.84) (Abdullaev, & Akbarzaheh, 2010, p.363)"}, // after the last citation: the nearest, not its own
	}
	for _, c := range cases {
		h, err := e.HitAt(c.para, c.sent)
		if err != nil {
			t.Fatal(err)
		}
		if g := citationMarks(t, h); g != c.want {
			t.Errorf("¶%d sentence %d: %s\nwant %s", c.para, c.sent, g, c.want)
		}
	}
	// Ask orders them the same way for the sentence it chose.
	a, err := e.Ask("When did the United States open its embassy in Dushanbe?", 1)
	if err != nil {
		t.Fatal(err)
	}
	if h := a.Hits[0]; !strings.Contains(h.Sentence, "Embassy in Dushanbe") || !h.Citations[0].ForSentence || !strings.Contains(h.Citations[0].Text, "Abdullaev") || h.Citations[1].ForSentence {
		t.Errorf("ask: %q %+v", h.Sentence, h.Citations)
	}
	// A passage shown whole keeps the paragraph's order, nothing marked.
	ps, _ := e.Passage(16)
	if ps.Citations[0].ForSentence || !strings.Contains(ps.Citations[0].Text, "Lillis") {
		t.Errorf("passage: %+v", ps.Citations)
	}
}
