package paper

import (
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		{"U.S. at start and before lowercase",
			"U.S. presence had significantly increased since Tajik independence in 1991. As the U.S. started bombing Afghanistan after 9/11, its interest augmented.",
			[]string{"U.S. presence had significantly increased since Tajik independence in 1991.", "As the U.S. started bombing Afghanistan after 9/11, its interest augmented."}},
		{"U.S. before a proper noun, and ending a sentence",
			"In September 2010, U.S. Extraordinary Forces gave strategic backing. It strictly condemned those attacks and was ready to cooperate in using its airbase and air space with the U.S. After color revolutions Tajik govt. had several concerns about American activities.",
			[]string{"In September 2010, U.S. Extraordinary Forces gave strategic backing.", "It strictly condemned those attacks and was ready to cooperate in using its airbase and air space with the U.S.", "After color revolutions Tajik govt. had several concerns about American activities."}},
		{"govt. before lowercase",
			"Tajikistan already engaged against Taliban govt. and was supporting to Afghan Northern Alliance. It strictly condemned those attacks.",
			[]string{"Tajikistan already engaged against Taliban govt. and was supporting to Afghan Northern Alliance.", "It strictly condemned those attacks."}},
		{"Sept. and Dr.",
			"The Sept. 11, 2001, terrorist assaults on America were events with major fallouts. Dr. Faisal Javaid wrote it.",
			[]string{"The Sept. 11, 2001, terrorist assaults on America were events with major fallouts.", "Dr. Faisal Javaid wrote it."}},
		{"decimals and dollars",
			"The total trade volume between the Tajikistan and U.S. was $52.6 million in 2013. The export made $51.9 million and import was $0.7 million.",
			[]string{"The total trade volume between the Tajikistan and U.S. was $52.6 million in 2013.", "The export made $51.9 million and import was $0.7 million."}},
		{"citation after the full stop attaches to it, with its own stop",
			"The export made $51.9 million and import was $0.7 million. (United States Census Bureau, 2020). US exports to Tajikistan were mainly poultry.",
			[]string{"The export made $51.9 million and import was $0.7 million. (United States Census Bureau, 2020).", "US exports to Tajikistan were mainly poultry."}},
		{"citation after the full stop, no stop of its own",
			"Extended exchange inside Central Asia. (International Trade Commission, 2005, p.3) The United States additionally backed aimed at Tajikistan's promotion.",
			[]string{"Extended exchange inside Central Asia. (International Trade Commission, 2005, p.3)", "The United States additionally backed aimed at Tajikistan's promotion."}},
		{"citation ends the paragraph",
			"Humanitarian ($497.88 million) and crosscutting & Program Support ($36.02 million). (Nichol, 2009, July, pp. 17-21)",
			[]string{"Humanitarian ($497.88 million) and crosscutting & Program Support ($36.02 million). (Nichol, 2009, July, pp. 17-21)"}},
		{"citation without a full stop before an opener",
			"This provided further impetus to cooperation with the USA and the other countries (Jonson, 2004, p-91) Further, on November 2002, President Rakhmonov participated.",
			[]string{"This provided further impetus to cooperation with the USA and the other countries (Jonson, 2004, p-91)", "Further, on November 2002, President Rakhmonov participated."}},
		{"no break inside parentheses",
			"It was additionally the main state (Abdullo. 2007, pp. 76-77). The nation had likewise partaken. (NATO Public Diplomacy Division. 2014).",
			[]string{"It was additionally the main state (Abdullo. 2007, pp. 76-77).", "The nation had likewise partaken. (NATO Public Diplomacy Division. 2014)."}},
		{"initials",
			"Shoemaker, M. W. wrote it. E. A. Feigenbaum agreed.",
			[]string{"Shoemaker, M. W. wrote it.", "E. A. Feigenbaum agreed."}},
		{"abbreviations before numbers",
			"See pp. 22 and p. 3 of No. 4 in Vol. 2 by the Ed. Smith in Jan. 2002. Done.",
			[]string{"See pp. 22 and p. 3 of No. 4 in Vol. 2 by the Ed. Smith in Jan. 2002.", "Done."}},
		{"etc. before a comma",
			"Global terrorism and energy, etc., America and Tajikistan established Annual Bilateral Consultation. ABC held every year.",
			[]string{"Global terrorism and energy, etc., America and Tajikistan established Annual Bilateral Consultation.", "ABC held every year."}},
		{"question and exclamation",
			"Why did it matter? It mattered! Yes.",
			[]string{"Why did it matter?", "It mattered!", "Yes."}},
		{"unclosed parenthesis does not swallow the rest",
			"It began (in 1992. It ended in 1997.",
			[]string{"It began (in 1992.", "It ended in 1997."}},
		{"empty", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := SplitSentences(tc.text)
			var texts []string
			for _, s := range got {
				texts = append(texts, s.Text)
				if tc.text[s.Start:s.End] != s.Text {
					t.Errorf("offsets %d:%d do not give %q", s.Start, s.End, s.Text)
				}
			}
			if strings.Join(texts, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%q\nwant\n%q", texts, tc.want)
			}
		})
	}
}

// TestSentenceInvariants checks every sentence of the paper: offsets give the
// text, sentences are trimmed, in order, and cover all non-space text.
func TestSentenceInvariants(t *testing.T) {
	p := mustDefault(t)
	total := 0
	for _, para := range p.Paragraphs {
		checkSentences(t, para.Text, para.Sentences)
		total += len(para.Sentences)
	}
	if total != 132 {
		t.Errorf("got %d sentences, want 132", total)
	}
	// A few paragraphs' sentence counts, checked by hand.
	for _, tc := range []struct{ n, want int }{{1, 8}, {9, 5}, {12, 6}, {13, 4}, {17, 8}, {23, 10}} {
		if got := len(p.Paragraphs[tc.n-1].Sentences); got != tc.want {
			t.Errorf("¶%d has %d sentences, want %d", tc.n, got, tc.want)
		}
	}
}

func checkSentences(t testing.TB, text string, ss []Sentence) {
	t.Helper()
	prev := 0
	for _, s := range ss {
		if s.Start < prev || s.End > len(text) || s.Start >= s.End || text[s.Start:s.End] != s.Text {
			t.Fatalf("bad sentence %+v (prev end %d, len %d)", s, prev, len(text))
		}
		if strings.TrimSpace(s.Text) != s.Text {
			t.Fatalf("untrimmed sentence %q", s.Text)
		}
		if strings.TrimSpace(text[prev:s.Start]) != "" {
			t.Fatalf("text %q lost between sentences", text[prev:s.Start])
		}
		prev = s.End
	}
	if strings.TrimSpace(text[prev:]) != "" {
		t.Fatalf("text %q lost after the last sentence", text[prev:])
	}
}
