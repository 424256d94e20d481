package retrieval

import "testing"

// TestSpelling: a question word the paper never uses and general English
// does not know is read as the paper's word one edit away; English words,
// their plurals and words with no single neighbour stay as written.
func TestSpelling(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct{ in, want string }{
		{"goverment", "government"},
		{"embasy", "embassy"},
		{"tajikstan", "tajikistan"},
		{"afganistan", "afghanistan"},
		{"terorism", "terrorism"},
		{"condoleeza", "condoleezza"},
		{"prisons", "prisons"}, // English, one edit from the paper's "persons"
		{"planets", "planets"}, // the plural of an English word ("plants")
		{"manas", "manas"},     // no neighbour: a name the paper lacks
		{"population", "population"},
		{"abt", "abt"}, // too short to tell
		// A typo of a function word is that word (fourteenth pass);
		// "happend" is one edit from both "happen" and "happened".
		{"acording", "according"},
		{"happend", "happened"},
		{"becuase", "because"},
	} {
		if got := ix.spell.correct(ix, c.in); got != c.want {
			t.Errorf("correct(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// The misspelt question finds what the spelt one finds.
	for _, c := range [][2]string{
		{"when did the US open its embasy in dushanbe", "when did the US open its embassy in dushanbe"},
		{"could tajik citizens change their goverment", "could tajik citizens change their government"},
	} {
		a, b := ix.Search(c[0], 1), ix.Search(c[1], 1)
		if len(a.Hits) == 0 || len(b.Hits) == 0 || a.Hits[0].Paragraph.N != b.Hits[0].Paragraph.N || a.Hits[0].Sentence != b.Hits[0].Sentence {
			t.Errorf("%q and %q find different answers", c[0], c[1])
		}
	}
}

// TestChatFunctionWords: chat spellings of function words ("w" for
// with, "n" for and, "alot") and typos of them ("happend") are no foreign
// words asked about: the question is answered as its spelt form is
// (fourteenth pass; each of these was declined before).
func TestChatFunctionWords(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range [][2]string{
		{"is there alot of oil n gas in tajikistan", "is there a lot of oil and gas in tajikistan"},
		{"does tajikistan own alot of natural gas", "does tajikistan own a lot of natural gas"},
		{"what did rahmon n bush agree in 2002", "what did rahmon and bush agree in 2002"},
		{"how did tajik ties w russia change after 2001", "how did tajik ties with russia change after 2001"},
		{"what happend to tajik cooperation with russia after 9/11", "what happened to tajik cooperation with russia after 9/11"},
	} {
		a, b := ix.Search(c[0], 1), ix.Search(c[1], 1)
		if !b.Answered {
			t.Fatalf("%q: the spelt form is declined (%.2f)", c[1], b.Confidence)
		}
		if !a.Answered || a.Hits[0].Paragraph.N != b.Hits[0].Paragraph.N {
			t.Errorf("%q: answered %v (%.2f), want ¶%d as %q", c[0], a.Answered, a.Confidence, b.Hits[0].Paragraph.N, c[1])
		}
	}
}

// TestOrdinalDigits: "1st", "2nd", "3rd" are the words they abbreviate,
// not foreign words (fourteenth pass; each stemmed to itself before).
func TestOrdinalDigits(t *testing.T) {
	for in, want := range map[string]string{"1st": "first", "2nd": "second", "3rd": "third"} {
		if got := stem(in); got != stem(want) {
			t.Errorf("stem(%q) = %q, want %q", in, got, stem(want))
		}
	}
}
