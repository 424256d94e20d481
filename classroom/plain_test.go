package classroom

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"paperbot/data"
)

func TestParsePlain(t *testing.T) {
	const list = "# header\n\ncommon war => civil war\nbrutal common war => brutal civil war\ncaptained by => led by\n"
	pl, err := ParsePlain(list)
	if err != nil {
		t.Fatal(err)
	}
	if pl.Len() != 3 {
		t.Errorf("Len = %d, want 3", pl.Len())
	}
	for _, tt := range []struct{ in, want string }{
		{"The brutal common war endured.", "The brutal civil war endured."},
		{"Common war broke out", "Civil war broke out"}, // a sentence's capital stays
		{"This resistance was captained by the Islamic party.", "This resistance was led by the Islamic party."},
		{"uncommon warfare", "uncommon warfare"}, // whole words only
	} {
		if got := pl.apply(tt.in); got != tt.want {
			t.Errorf("apply(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	var none *Plain
	if got := none.apply("common war"); got != "common war" || none.Len() != 0 {
		t.Errorf("a nil list rewrote %q, Len %d", got, none.Len())
	}

	for _, tt := range []struct{ name, list, want string }{
		{"no arrow", "common war => civil war\ncommon war civil war\n", "line 2"},
		{"empty plain side", "# c\ncommon war =>\n", "line 2: \"common war =>\": empty phrase"},
		{"empty spun side", "=> civil war\n", "line 1"},
		{"two arrows", "a => b => c\n", "more than one"},
		{"a reading without its reason", "main state => only state |\n", `line 1: "main state => only state |": a reading ("|") without its reason`},
		{"two bars", "main state => only state | a | b\n", "more than one \"|\""},
		{"spun phrase twice", "common war => civil war\n\nCommon War => war\n", `line 3: "Common War" is already rewritten on line 1`},
		// a plain side holding its spun side grows at every pass of apply
		// ("The The The Republic of Tajikistan was", seventh reader's fix)
		{"plain holds spun", "republic of tajikistan was => The Republic of Tajikistan was\n", "the plain phrase holds the spun one"},
	} {
		_, err := ParsePlain(tt.list)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err %v, want one containing %q", tt.name, err, tt.want)
		}
	}
}

// TestPlainReadings: an entry with a reason after "|" rewrites as any
// other and is listed, with the paper's own spelling, where it applies.
func TestPlainReadings(t *testing.T) {
	pl, err := ParsePlain("common war => civil war\nmain state in central asia => only state in Central Asia | the spinner's word for “only”\n")
	if err != nil {
		t.Fatal(err)
	}
	s := "Tajikistan was the main state in Central Asia to endure a common war."
	if got, want := pl.apply(s), "Tajikistan was the only state in Central Asia to endure a civil war."; got != want {
		t.Errorf("apply = %q, want %q", got, want)
	}
	got := pl.readings(s)
	want := []Reading{{Spun: "main state in Central Asia", Plain: "only state in Central Asia", Why: "the spinner's word for “only”"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("readings = %+v, want %+v", got, want)
	}
	if r := pl.readings("The war had set back the economy."); r != nil {
		t.Errorf("readings of a sentence without one: %+v", r)
	}
}

func TestLoadPlain(t *testing.T) {
	pl, err := LoadPlain(fstest.MapFS{"names.txt": {Data: []byte("x")}})
	if err != nil || pl != nil {
		t.Errorf("a folder without %s: %v, %v; want no list, no error", PlainFile, pl, err)
	}
	_, err = LoadPlain(fstest.MapFS{PlainFile: {Data: []byte("# header\ncommon war => civil war\ncaptained by\n")}})
	if err == nil || !strings.Contains(err.Error(), "plain.txt: line 3") {
		t.Errorf("a broken list: err %v, want one naming plain.txt and line 3", err)
	}
	pl, err = LoadPlain(data.Knowledge())
	if err != nil || pl.Len() < 200 {
		t.Errorf("the default paper's list: %d rewrites, err %v", pl.Len(), err)
	}
}

// TestNoPlainList: a paper without a plain-English list (or --generic)
// still gets its quizzes, timeline and discussions, in the paper's words.
func TestNoPlainList(t *testing.T) {
	p, plain := loadPaper(t), loadPlain(t)
	all := NewQuizzer(p, nil).All()
	if len(all) < 20 {
		t.Errorf("%d quizzes without the list", len(all))
	}
	for _, q := range all {
		checkWellFormed(t, q)
	}
	ev := Timeline(p, nil)
	if len(ev) < 20 {
		t.Errorf("%d timeline entries without the list", len(ev))
	}
	spun := 0
	for _, e := range ev {
		if e.Text == "" || e.When == "" {
			t.Errorf("empty entry %+v", e)
		}
		if plain.apply(e.Text) != e.Text {
			spun++
		}
	}
	if spun == 0 {
		t.Error("no entry keeps the paper's spun words: the list was applied anyway")
	}
	for _, topic := range []string{"drug trafficking", "the civil war", "zzz"} {
		d := Discuss(p, nil, topic, nil)
		if topic != "zzz" && (len(d.Paragraphs) == 0 || len(d.Prompts) == 0) {
			t.Errorf("%s: no discussion without the list: %+v", topic, d)
		}
	}
}
