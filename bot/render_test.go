package bot

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"paperbot/answer"
	"paperbot/paper"
)

func engine(t testing.TB) *answer.Engine {
	t.Helper()
	p, err := paper.Default()
	if err != nil {
		t.Fatal(err)
	}
	e, err := answer.New(p)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func checkLimits(t *testing.T, what string, e *discordgo.MessageEmbed) {
	t.Helper()
	if n := utf8.RuneCountInString(e.Title); n > MaxTitle {
		t.Errorf("%s: title %d", what, n)
	}
	if n := utf8.RuneCountInString(e.Description); n > MaxDescription {
		t.Errorf("%s: description %d", what, n)
	}
	if len(e.Fields) > MaxFields {
		t.Errorf("%s: %d fields", what, len(e.Fields))
	}
	for _, f := range e.Fields {
		if utf8.RuneCountInString(f.Value) > MaxFieldValue || utf8.RuneCountInString(f.Name) > MaxFieldName || f.Value == "" {
			t.Errorf("%s: field %q value %d", what, f.Name, utf8.RuneCountInString(f.Value))
		}
	}
	if n := embedSize(e); n > MaxEmbedTotal {
		t.Errorf("%s: total %d", what, n)
	}
}

// TestHitEmbedEveryParagraphAndSentence renders every paragraph with each
// of its sentences as the answer, the longest (¶8) included.
func TestHitEmbedEveryParagraphAndSentence(t *testing.T) {
	e := engine(t)
	src := Source{Author: e.Paper.Author, Title: e.Paper.Title}
	for n := 1; n <= len(e.Paper.Paragraphs); n++ {
		ps, err := e.Passage(n)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range ps.Sentences {
			h := ps.Hit
			h.Sentence = s
			em := HitEmbed(h, src)
			checkLimits(t, h.Where(), em)
			if !strings.Contains(em.Description, "**"+Escape(s)+"**") {
				t.Errorf("¶%d: sentence not in bold: %q", n, s)
			}
		}
	}
}

func TestHitEmbedContent(t *testing.T) {
	e := engine(t)
	a, err := e.Ask("When did the United States open its embassy in Dushanbe?", 1)
	if err != nil {
		t.Fatal(err)
	}
	em := HitEmbed(a.Hits[0], Source{Author: "Dr. Faisal Javaid", Title: "Analysis"})
	if em.Title != "Political Relations · p. 3 · ¶4" {
		t.Errorf("title %q", em.Title)
	}
	// The answering sentence's own source first, then the paragraph's others.
	if len(em.Fields) != 2 || em.Fields[0].Name != "Cited for this sentence" || !strings.Contains(em.Fields[0].Value, "Historical Dictionary of Tajikistan") ||
		em.Fields[1].Name != "Also cited in the paragraph" || !strings.Contains(em.Fields[1].Value, "cited as (Crosston, 2013, p.84): year 2013 not in the list; Crosston 2016 is") {
		for _, f := range em.Fields {
			t.Errorf("field %+v", f)
		}
	}
	if em.Footer.Text != "Dr. Faisal Javaid. Analysis" {
		t.Errorf("footer %q", em.Footer.Text)
	}
}

func TestPassageCutsAroundSentence(t *testing.T) {
	text := strings.Repeat("Before words here. ", 200) + "The answer is here. " + strings.Repeat("After words here. ", 200)
	got := passage(text, "The answer is here.", 300)
	if n := utf8.RuneCountInString(got); n > 300 {
		t.Errorf("%d runes", n)
	}
	if !strings.Contains(got, "**The answer is here.**") || !strings.HasPrefix(got, "… ") || !strings.HasSuffix(got, " …") {
		t.Errorf("cut %q", got)
	}
	long := strings.Repeat("x", 5000)
	if got := passage(long, long, 300); utf8.RuneCountInString(got) > 300 {
		t.Errorf("long sentence: %d runes", utf8.RuneCountInString(got))
	}
}

func TestEscape(t *testing.T) {
	cases := map[string]string{
		"*bold* _it_ ~~s~~ `c` ||sp||": `\*bold\* \_it\_ \~\~s\~\~ ` + "\\`c\\`" + ` \|\|sp\|\|`,
		"# heading":                    `\# heading`,
		"> quote\n- item":              "\\> quote\n\\- item",
		"[link](http://x)":             `\[link\](http://x)`,
		"counter-terrorism":            "counter-terrorism",
		`back\slash`:                   `back\\slash`,
	}
	for in, want := range cases {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNoMentionsIsEmptyNotNil(t *testing.T) {
	m := noMentions()
	if m.Parse == nil || len(m.Parse) != 0 {
		t.Errorf("parse %#v", m.Parse)
	}
}

func FuzzHitEmbed(f *testing.F) {
	f.Add("The answer.", "Before. The answer. After.", "Sec", "(X, 2001)")
	f.Add("@everyone", "@everyone **x** ||y||", "", "")
	f.Fuzz(func(t *testing.T, sentence, text, section, cite string) {
		h := answer.Hit{Section: section, Page: 1, Paragraph: 1, Text: text, Sentence: sentence,
			Citations: []answer.Citation{{Text: cite, Match: "none"}, {Text: cite, Match: "approximate", Work: text, Note: section}}}
		em := HitEmbed(h, Source{Author: section, Title: text})
		checkLimits(t, "fuzz", em)
	})
}

func TestUnescapeUndoesEscape(t *testing.T) {
	for _, s := range []string{"*a* _b_ ~c~ `d` |e| [f] \\g", "# h\n> q\n- l", "plain"} {
		if got := unescape(Escape(s)); got != s {
			t.Errorf("unescape(Escape(%q)) = %q", s, got)
		}
	}
}

// TestHitEmbedNearestCitation: a citation the answering sentence does not
// hold itself is not shown as the sentence's own (¶4's last sentence, after
// the paragraph's last citation).
func TestHitEmbedNearestCitation(t *testing.T) {
	e := engine(t)
	h, err := e.HitAt(4, 7)
	if err != nil {
		t.Fatal(err)
	}
	em := HitEmbed(h, Source{Author: "Dr. Faisal Javaid", Title: "Analysis"})
	if len(em.Fields) == 0 || em.Fields[0].Name != "Nearest citation (the sentence cites none itself)" || !strings.Contains(em.Fields[0].Value, "Crosston") {
		for _, f := range em.Fields {
			t.Errorf("field %+v", f)
		}
	}
}

// TestHitEmbedSentenceWithoutSource: when no citation covers the
// answering sentence (¶21's Rasht valley sentence, whose only later
// citation opens the next sentence), the field says the works are the
// paragraph's and none is the sentence's; a blind reader of the answers
// took the plain "Cites" for the sentence's source.
func TestHitEmbedSentenceWithoutSource(t *testing.T) {
	e := engine(t)
	h, err := e.HitAt(21, 1)
	if err != nil {
		t.Fatal(err)
	}
	em := HitEmbed(h, Source{Author: "Dr. Faisal Javaid", Title: "Analysis"})
	if len(em.Fields) == 0 || em.Fields[0].Name != "Cited in the paragraph (none for this sentence, which names no source)" || !strings.Contains(em.Fields[0].Value, "Religious Freedom") {
		for _, f := range em.Fields {
			t.Errorf("field %+v", f)
		}
	}
}
