package retrieval

import (
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"paperbot/data"
	"paperbot/paper"
)

func terms(ix *Index, s string) []string {
	var out []string
	for _, t := range ix.an.Analyze(s) {
		out = append(out, t.Term)
	}
	return out
}

func TestAnalyze(t *testing.T) {
	ix := loadIndex(t)
	cases := []struct {
		in   string
		want string
	}{
		{"When did the U.S. open its embassy?", "us open embassi"},
		{"United States of America", "us"},
		{"the USA and America's interests", "us us interest"},
		{"American troops", "us troop"},
		{"Tajikistan's border", "tajikistan border"},
		{"the Tajiks and Tajik-Afghan outskirts", "tajikistan tajikistan afghanistan outskirt"},
		{"aid was \\$988.57 million", "aid 988.57 million"},
		{"$1,000 in 2013", "1000 2013"},
		{"since 9/11", "sinc 9/11"},
		{"the civil war (1992-97)", "civil war 1992 1997"},
		{"from 1992 to 1997", "1992 1997"},
		{"counter-terrorism", "counter counterterror terror"},
		{"counterterrorism", "counterterror"},
		{"Rahmon met Rakhmonov", "rahmon met rahmon"},
		{"ÉLECTIONS in Düsseldorf", "élection düsseldorf"},
		{"recognized recognizing", "recogn recogn"},
		{"don't they say what's what", ""},
		{"ABC held every year", "abc held everi year"},
		{"Annual Bilateral Consultation", "abc"},
		{"in the 1990s and the '90s or 2000s", "1990s 1990s 2000s"},
		{"the 80s", "1980s"},
		{"USD179.9 million", "usd 179.9 million"},
		{"around 18% of American help", "around 18 percent us help"},
		{"65 percent, what percentage", "65 percent percentag"},
		{"100 %", "100"},
		// Chat spellings: "r" and "re" are function words, "intel", "amt",
		// "org" and "yrs" the content words they shorten.
		{"how often r the talks held", "often talk held"},
		{"intel sharing, aid amt re the world trade org for 5 yrs", "intellig share aid amount world trade organ 5 year"},
		// Framing words that read as foreign to the paper (tenth pass):
		// "who else", "what sorts of", "meant to", "X vs Y", "the NATO
		// paragraph", a leading "wait".
		{"wait, who else signed it", "sign"},
		{"what sorts of deals were meant to help exports vs imports, per the trade paragraph", "deal help export import trade"},
	}
	for _, c := range cases {
		got := strings.Join(terms(ix, c.in), " ")
		if got != c.want {
			t.Errorf("Analyze(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestAnalyzeKinds(t *testing.T) {
	ix := loadIndex(t)
	toks := ix.an.Analyze("In 1992 NATO paid 36 for Emomali")
	want := []TokenKind{KindYear, KindName, KindWord, KindNumber, KindName}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens %v", len(toks), toks)
	}
	for i, k := range want {
		if toks[i].Kind != k {
			t.Errorf("token %q kind %d, want %d", toks[i].Term, toks[i].Kind, k)
		}
	}
}

// TestBM25ByHand checks scores on a three-paragraph paper against the
// formula worked out by hand: idf * tf(k1+1) / (tf + k1(1-b+b dl/avgdl)).
func TestBM25ByHand(t *testing.T) {
	texts := []string{
		"Embassy staff opened the embassy.", // embassi staff open embassi: dl 4, tf 2
		"Trade grew.",                       // trade grew: dl 2
		"The embassy closed early today.",   // embassi close earli today: dl 4, tf 1
	}
	p := &paper.Paper{}
	for i, tx := range texts {
		p.Paragraphs = append(p.Paragraphs, paper.Paragraph{N: i + 1, Text: tx, Sentences: []paper.Sentence{{Text: tx, End: len(tx)}}})
	}
	lex, err := NewLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	ix := New(p, &Knowledge{Lexicon: lex})
	avg := (4.0 + 2 + 4) / 3
	idf := math.Log(1 + (3-2+0.5)/(2+0.5)) // N=3, df=2
	want := map[int]float64{
		0: idf * 2 * (K1 + 1) / (2 + K1*(1-B+B*4/avg)),
		2: idf * 1 * (K1 + 1) / (1 + K1*(1-B+B*4/avg)),
	}
	s := ix.getScratch()
	if !ix.rank("embassy?", s) {
		t.Fatal("no candidates")
	}
	if len(s.cands) != 2 {
		t.Fatalf("%d candidates, want 2", len(s.cands))
	}
	for _, c := range s.cands {
		if math.Abs(c.bm25-want[c.doc]) > 1e-12 {
			t.Errorf("¶%d bm25 = %.15f, want %.15f", c.doc+1, c.bm25, want[c.doc])
		}
	}
}

// TestSynonymsCountAsOneTerm: a word and its thesaurus expansions make one
// BM25 term whose document frequency is that of the union.
func TestSynonymsCountAsOneTerm(t *testing.T) {
	ix := loadIndex(t)
	s := ix.getScratch()
	ix.rank("narcotics", s)
	var c *concept
	for i := range s.q.concepts {
		if s.q.concepts[i].term == "narcot" {
			c = &s.q.concepts[i]
		}
	}
	if c == nil || len(c.exp) == 0 {
		t.Fatalf("narcotics has no expansions: %+v", s.q.concepts)
	}
	union := map[int32]bool{}
	for _, id := range append([]int32{c.lit}, c.exp...) {
		if id < 0 {
			continue
		}
		for _, p := range ix.post[id] {
			union[p.doc] = true
		}
	}
	if c.df != len(union) {
		t.Errorf("df %d, want union %d", c.df, len(union))
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"U.S.-Tajikistan signed an MoU", "\\$988.57 million (1992-97)", "9/11", "counter-\nterrorism", "Ü.S.", "'s", "a.b.c.", "1,000,000", "🎉", "\u200b", "x-"} {
		f.Add(s)
	}
	ix := loadIndex(f)
	f.Fuzz(func(t *testing.T, s string) {
		start := time.Now()
		toks := ix.an.Analyze(s)
		for _, tk := range toks {
			if tk.Term == "" {
				t.Fatalf("empty term from %q", s)
			}
			if tk.Off < 0 || tk.Off > len(s) {
				t.Fatalf("offset %d out of range for %q", tk.Off, s)
			}
		}
		if utf8.ValidString(s) && len(toks) > len(s)*2 {
			t.Fatalf("%d tokens from %d bytes", len(toks), len(s))
		}
		r := ix.Search(s, 3)
		if len(r.Hits) > 3 {
			t.Fatalf("%d hits", len(r.Hits))
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("took %v", d)
		}
	})
}

func TestPassageYearsNameTheirDecade(t *testing.T) {
	ix := loadIndex(t)
	var got []string
	for _, tk := range ix.an.analyze("a war (1992-97) ended", nil, nil, true) {
		got = append(got, tk.Term)
	}
	if want := "war 1992 1990s 1997 end"; strings.Join(got, " ") != want {
		t.Errorf("passage terms %q, want %q", strings.Join(got, " "), want)
	}
}

func TestWordListErrors(t *testing.T) {
	cases := []struct{ names, thesaurus, want string }{
		{"", "border => fringe", "thesaurus line 1: no rationale"},
		{"", "# c\nborder fringe # why", "thesaurus line 2: want"},
		{"", "the => fringe # why", `thesaurus 1 line 1: "the" is only stop words`},
		{"", "border => # why", "thesaurus line 1: empty side"},
		{"us # just one", "", "names line 1: a class needs two or more spellings"},
		{"us = usa", "", "names line 1: no rationale"},
	}
	for _, c := range cases {
		_, err := NewLexicon(c.names, c.thesaurus)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("NewLexicon(%q, %q) err = %v, want %q", c.names, c.thesaurus, err, c.want)
		}
	}
	if _, err := LoadKnowledge(data.Knowledge()); err != nil {
		t.Errorf("the default paper's word lists: %v", err)
	}
}

func TestPassageNamesKeepTheirWords(t *testing.T) {
	ix := loadIndex(t)
	var got []string
	for _, tk := range ix.an.analyze("the Annual Bilateral Consultation (ABC) met", nil, nil, true) {
		got = append(got, tk.Term)
	}
	if want := "abc annual bilater consult abc met"; strings.Join(got, " ") != want {
		t.Errorf("passage terms %q, want %q", strings.Join(got, " "), want)
	}
	// A question's name stays one term: its words would count twice.
	if got := strings.Join(terms(ix, "the Annual Bilateral Consultation"), " "); got != "abc" {
		t.Errorf("question terms %q", got)
	}
}

// TestThesaurusTargetsInPaper: every paper word or phrase a thesaurus maps
// to occurs in the embedded paper's paragraphs (a target that does not is
// dead weight, or a typo).
func TestThesaurusTargetsInPaper(t *testing.T) {
	ix := loadIndex(t)
	for from, tos := range ix.synTo {
		for _, k := range tos {
			if id, ok := ix.terms[k]; !ok || len(ix.post[id]) == 0 {
				t.Errorf("%q => %q: not in the paper", from, k)
			}
		}
	}
}
