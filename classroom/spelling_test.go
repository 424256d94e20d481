package classroom

import (
	"strings"
	"testing"
)

func TestSpellingNote(t *testing.T) {
	para := "In early December 2002, Rakhmonov went on his first official visit to the USA. Bush praised Rakhmonov."
	if got, want := writtenAs(para, "rakhmonov"), "Rakhmonov"; got != want {
		t.Errorf("writtenAs = %q, want %q", got, want)
	}
	if got, want := writtenAs("no such name here", "rakhmonov"), "rakhmonov"; got != want {
		t.Errorf("writtenAs (absent) = %q, want %q", got, want)
	}
	if got, want := spellingNote("Rahmon", "Rakhmonov"), `The paper writes Rahmon as "Rakhmonov" here.`; got != want {
		t.Errorf("spellingNote = %q, want %q", got, want)
	}
}

func TestRespellings(t *testing.T) {
	w, err := ParsePlain("rakhmonov => Rahmon\ncommon war => civil war\nopiates => narcotics\nUS-drove => US-led\nmain state => only state | a reading\n")
	if err != nil {
		t.Fatal(err)
	}
	got := w.respellings()
	if len(got) != 1 || got[0] != (respelling{"rakhmonov", "Rahmon"}) {
		t.Errorf("respellings = %v, want only rakhmonov => Rahmon", got)
	}
}

// TestQuizNotesSpelling: an item whose stem names Rahmon on a paragraph
// that writes "Rakhmonov" notes it once; one on a paragraph that writes
// only "Rahmon" does not (blind readers: "Items 17 and 20 say Rahmon, but the passages
// they test say Rakhmonov").
func TestQuizNotesSpelling(t *testing.T) {
	p := loadPaper(t)
	noted, plain := 0, 0
	for _, q := range defaultQuizzer(t).All() {
		if !strings.Contains(q.Question, "Rahmon") {
			continue
		}
		para := p.Paragraphs[q.Paragraph-1].Text
		note := strings.Count(q.Note, `"Rakhmonov"`)
		switch {
		case strings.Contains(para, "Rakhmonov") && note != 1:
			t.Errorf("%s on ¶%d (writes Rakhmonov): %d notes in %q, want 1", q.ID, q.Paragraph, note, q.Note)
		case !strings.Contains(para, "Rakhmonov") && note != 0:
			t.Errorf("%s on ¶%d (writes no Rakhmonov): notes the spelling: %q", q.ID, q.Paragraph, q.Note)
		case note == 1:
			noted++
		default:
			plain++
		}
	}
	if noted == 0 || plain == 0 {
		t.Errorf("%d stems noted, %d plain: want some of each on this paper", noted, plain)
	}
}
