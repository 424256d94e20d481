package classroom

import (
	"reflect"
	"sort"
	"testing"
)

func TestGlossary(t *testing.T) {
	terms := Glossary(loadPaper(t))
	by := map[string]Term{}
	for _, term := range terms {
		by[term.Acronym] = term
	}
	if !sort.SliceIsSorted(terms, func(i, j int) bool { return terms[i].Acronym < terms[j].Acronym }) {
		t.Error("not sorted by acronym")
	}
	tests := []struct {
		acronym, expansion string
		fromPaper          bool
		paragraphs         []int // nil: not checked
	}{
		{"ABC", "Annual Bilateral Consultation", true, []int{7, 23}},
		{"IPP", "Individual Partnership Program", true, []int{18}},
		{"IRP", "Islamic Renaissance Party", true, []int{4}},
		{"PFP", "Partnership for Peace", true, []int{17, 22}},
		{"ISAF", "International Security Assistance Force", true, []int{20}},
		{"NATO", "North Atlantic Treaty Organization", false, []int{17, 18, 20}},
		{"SCO", "Shanghai Cooperation Organisation", false, []int{8}},
		{"OSCE", "Organization for Security and Co-operation in Europe", false, []int{17}},
		{"CIS", "Commonwealth of Independent States", false, []int{8}},
		{"USSR", "Union of Soviet Socialist Republics", false, []int{2, 5}},
		{"NGO", "non-governmental organisation", false, []int{8}},
		{"MoU", "Memorandum of Understanding", false, []int{11}},
		// written out in the body without the acronym: linked, and said so
		{"WTO", "World Trade Organization", true, []int{10}},
		{"NDN", "Northern Distribution Network", true, []int{20}},
		{"EU", "European Union", false, nil},
	}
	for _, tt := range tests {
		got, ok := by[tt.acronym]
		if !ok {
			t.Errorf("%s missing", tt.acronym)
			continue
		}
		if got.Expansion != tt.expansion || got.FromPaper != tt.fromPaper {
			t.Errorf("%s = %q (from paper %v), want %q (%v)", tt.acronym, got.Expansion, got.FromPaper, tt.expansion, tt.fromPaper)
		}
		if tt.paragraphs != nil && !reflect.DeepEqual(got.Paragraphs, tt.paragraphs) {
			t.Errorf("%s paragraphs %v, want %v", tt.acronym, got.Paragraphs, tt.paragraphs)
		}
	}
	// Source says accurately where each expansion comes from.
	for acr, want := range map[string]string{
		"IRP":  "defined in the paper (¶4)",
		"NDN":  "the paper writes the full name (¶20) but not the acronym",
		"WTO":  "the paper writes the full name (¶10) but not the acronym",
		"PFP":  "full name in the paper (¶17, ¶22)",
		"NATO": "curated expansion: the paper does not spell it out",
	} {
		if got := by[acr].Source(); got != want {
			t.Errorf("%s source %q, want %q", acr, got, want)
		}
	}
	// only in the reference list or citations, or not in the paper at all
	for _, absent := range []string{"TIFA", "UN", "DC", "FSU", "SIPRI", "IB", "CSTO", "IMF", "II"} {
		if _, ok := by[absent]; ok {
			t.Errorf("%s listed but not in the body", absent)
		}
	}
}

func TestLookup(t *testing.T) {
	terms := Glossary(loadPaper(t))
	acronyms := func(ts []Term) []string {
		var out []string
		for _, t := range ts {
			out = append(out, t.Acronym)
		}
		return out
	}
	tests := []struct {
		query string
		first string // "" = no result
	}{
		{"nato", "NATO"},
		{"US", "US"},
		{"  abc ", "ABC"},
		{"peace", "PFP"},
		{"islamic", "IRP"},
		{"renaissance", "IRP"},
		{"mou", "MoU"},
		{"understanding", "MoU"},
		{"zzz", ""},
	}
	for _, tt := range tests {
		got := Lookup(terms, tt.query)
		if tt.first == "" {
			if len(got) != 0 {
				t.Errorf("Lookup(%q) = %v, want none", tt.query, acronyms(got))
			}
			continue
		}
		if len(got) == 0 || got[0].Acronym != tt.first {
			t.Errorf("Lookup(%q) = %v, want %s first", tt.query, acronyms(got), tt.first)
		}
	}
	if got := Lookup(terms, "us"); len(got) < 3 { // US, USA, USSR
		t.Errorf("prefix lookup us = %v", acronyms(got))
	}
	if len(Lookup(terms, "")) != len(terms) {
		t.Error("empty query should list every term")
	}
}

func BenchmarkGlossary(b *testing.B) {
	p := loadPaper(b)
	for b.Loop() {
		Glossary(p)
	}
}
