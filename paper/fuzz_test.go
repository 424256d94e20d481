package paper

import (
	"strings"
	"testing"
	"unicode/utf8"

	"paperbot/data"
)

// fuzzSeeds are real lines and fragments of the paper, plus its awkward forms.
// Pages rather than the whole paper: the fuzzer minimises every interesting
// input, and minimising a 20 KB input takes most of a short fuzz run.
func fuzzSeeds() []string {
	pages := strings.Split(data.Paper, "\n\n\n\n")
	seeds := []string{
		pages[0] + "\n\n\n\n" + pages[1],
		pages[2] + "\n\n\n\n" + pages[3],
		pages[10] + "\n\n\n\n" + pages[11],
		"\n\n\n\nANALYSIS OF AMERICAN POLICIES TOWARD TAJIKISTAN SINCE 9/11\n\nDr. Faisal Javaid\n\n*Department of International Relations\nKarachi*\nfaisal.javaid@fuuast.edu.pk\n\nAbstract\n\nTajikistan is a landlocked state.\n\nKeywords: America, Tajikistan.",
		"US-Tajik relations had created since September 11, 2001. The two nations now chipped in such territories as counter-opiates, counter-\n\n\n\nterrorism, non-multiplication.",
		"References\n\n- Menon, R. (2003). The New Great Game in Central Asia. *Survival*, 45(2), 187-204.\n\n\n\n<https://www.tandfonline.com/doi/abs/10.1080/00396338.2003.9688581>\n\nMuzalevski, R. (2010). The US Expands Military Ties With Tajikistan.",
		"The export made \\$51.9 million and import was \\$0.7 million. (United States Census Bureau, 2020). US exports",
		"Abstract: (((( [[ )) ** \\",
	}
	// Short windows around each parenthesis of the paper (its citations and
	// its non-citations), for the citation finder.
	for _, l := range strings.Split(data.Paper, "\n") {
		for i := 0; i < len(l); i++ {
			if l[i] == '(' {
				w := strings.ToValidUTF8(l[max(0, i-80):min(len(l), i+60)], "")
				seeds = append(seeds, w)
			}
		}
	}
	return seeds
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds()[:9] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		p, err := Parse(text)
		if err != nil {
			if p != nil {
				t.Fatal("non-nil paper with an error")
			}
			return
		}
		for i, para := range p.Paragraphs {
			if para.N != i+1 {
				t.Fatalf("paragraph %d numbered %d", i+1, para.N)
			}
			if para.Page < 1 || para.EndPage < para.Page || para.EndPage > p.Pages {
				t.Fatalf("¶%d pages %d-%d of %d", para.N, para.Page, para.EndPage, p.Pages)
			}
			checkSentences(t, para.Text, para.Sentences)
			checkCitations(t, para.Text, para.Citations)
			for _, c := range para.Citations {
				if c.Match != MatchNone {
					if _, ok := p.Reference(c.Reference); !ok {
						t.Fatalf("citation %q resolved to missing reference %d", c.Text, c.Reference)
					}
				} else if c.Reference != 0 {
					t.Fatalf("unresolved citation %q has reference %d", c.Text, c.Reference)
				}
			}
		}
		for i, r := range p.References {
			if r.ID != i+1 {
				t.Fatalf("reference %d has ID %d", i+1, r.ID)
			}
			for k, n := range r.CitedIn {
				if n < 1 || n > len(p.Paragraphs) || k > 0 && r.CitedIn[k-1] >= n {
					t.Fatalf("reference %d CitedIn %v", r.ID, r.CitedIn)
				}
			}
		}
		for _, s := range p.Sections {
			if s.First > s.Last || s.Last > len(p.Paragraphs) || s.Page < 1 || s.Page > p.Pages {
				t.Fatalf("bad section %+v", s)
			}
		}
	})
}

func FuzzCitations(f *testing.F) {
	for _, s := range fuzzSeeds()[3:] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		checkCitations(t, text, FindCitations(text))
		checkSentences(t, text, SplitSentences(text))
	})
}

func checkCitations(t testing.TB, text string, cs []Citation) {
	t.Helper()
	prev := -1
	for _, c := range cs {
		if c.Start < 0 || c.Start+len(c.Text) > len(text) || text[c.Start:c.Start+len(c.Text)] != c.Text || c.Text == "" {
			t.Fatalf("citation %+v not at its offset in %q", c, text)
		}
		if c.Start <= prev {
			t.Fatalf("citations out of order at %d", c.Start)
		}
		prev = c.Start
		if c.Author == "" {
			t.Fatalf("citation %q without author", c.Text)
		}
	}
}
