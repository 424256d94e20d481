package retrieval

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"paperbot/data"
)

func TestLoadKnowledge(t *testing.T) {
	model := string(GenericModel().JSON("test"))
	cases := []struct {
		name     string
		files    map[string]string
		want     string // error substring; "" for none
		wantRead string // Files read, joined
	}{
		{"empty folder", map[string]string{}, "", ""},
		{"unrelated files", map[string]string{"notes.md": "hello"}, "", ""},
		{"lists and model", map[string]string{"names.txt": "us = usa # one country", "thesaurus-b.txt": "links => ties # plain word", "thesaurus.txt": "border => fringe # paraphrase", "model.json": model}, "", "names.txt thesaurus.txt thesaurus-b.txt model.json"},
		{"bad names", map[string]string{"names.txt": "us # one"}, "names.txt: names line 1", ""},
		{"bad thesaurus", map[string]string{"thesaurus-x.txt": "border fringe # why"}, "thesaurus-x.txt: thesaurus line 1", ""},
		{"bad model", map[string]string{"model.json": `{"para": {}}`}, "model.json: model: para has 0 weights", ""},
		{"generated list only", map[string]string{"wordnet.txt": "# header\nopposit\tresist\t=\t1\t1\n"}, "", "wordnet.txt"},
		{"bad generated list", map[string]string{"wordnet.txt": "opposit resist = 1 1\n"}, "wordnet.txt line 1", ""},
		{"bad sense rank", map[string]string{"wordnet.txt": "opposit\tresist\t=\t0\t1\n"}, "wordnet.txt line 1: bad sense rank", ""},
		{"model with a stranger", map[string]string{"model.json": strings.Replace(model, `"threshold"`, `"extra": 1, "threshold"`, 1)}, "unknown field", ""},
	}
	for _, c := range cases {
		fsys := fstest.MapFS{}
		for n, body := range c.files {
			fsys[n] = &fstest.MapFile{Data: []byte(body)}
		}
		k, err := LoadKnowledge(fsys)
		if c.want != "" {
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("%s: err %v, want %q", c.name, err, c.want)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := strings.Join(k.Files, " "); got != c.wantRead {
			t.Errorf("%s: read %q, want %q", c.name, got, c.wantRead)
		}
		if (k.Lexicon == nil) != (c.wantRead == "") {
			t.Errorf("%s: lexicon %v", c.name, k.Lexicon)
		}
	}
}

// TestGenericModel: the embedded generic model parses, and survives a
// round trip through model.json.
func TestGenericModel(t *testing.T) {
	for _, m := range []*Model{GenericModel(), GenericWordNetModel()} {
		back, err := ParseModel(m.JSON("round trip"))
		if err != nil {
			t.Fatal(err)
		}
		if *back != *m {
			t.Errorf("round trip changed the model:\n%+v\n%+v", m, back)
		}
	}
}

// TestGeneratedListOnly: a paper whose folder holds only WordNet's list
// gets the generic analyzer, the generic model fitted with that list, and
// the list's links: "opposition" meets the paper's "resistance" (¶4: "This
// resistance was captained by the Islamic Renaissance Party").
func TestGeneratedListOnly(t *testing.T) {
	ix := loadGeneratedIndex(t)
	if *ix.model != *GenericWordNetModel() {
		t.Error("a paper with only wordnet.txt does not get the generic WordNet model")
	}
	if len(ix.synTo) != 0 || len(ix.an.names) != 0 {
		t.Errorf("generated list only: %d thesaurus keys and %d names", len(ix.synTo), len(ix.an.names))
	}
	s := ix.getScratch()
	defer scratchPool.Put(s)
	q := ix.parseQuery("who led the opposition in the civil war", s)
	var links []string
	for _, c := range q.concepts {
		if c.term == "opposit" {
			for _, e := range c.wn {
				links = append(links, ix.names[e])
			}
		}
	}
	if !slices.Contains(links, "resist") {
		t.Errorf("opposition links to %v, want resist among them", links)
	}
}

// TestNoKnowledgeIsGeneric: a paper indexed without knowledge has no
// names or thesauri (the default paper's are never loaded behind its
// back) and the generic model.
func TestNoKnowledgeIsGeneric(t *testing.T) {
	ix := loadGenericIndex(t)
	if len(ix.synTo) != 0 || len(ix.an.names) != 0 {
		t.Errorf("generic index has %d thesaurus keys and %d names", len(ix.synTo), len(ix.an.names))
	}
	if *ix.model != *GenericModel() {
		t.Error("generic index does not use the generic model")
	}
	k, err := LoadKnowledge(data.Knowledge())
	if err != nil {
		t.Fatal(err)
	}
	if k.Lexicon == nil || k.Model == nil || len(k.Files) != 6 {
		t.Errorf("default paper's folder read %v", k.Files)
	}
}
