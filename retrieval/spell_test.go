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
