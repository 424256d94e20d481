package paper

import "testing"

// TestCitationPages: a citation after a page break inside its paragraph is
// on the later page ("(Menon, 2003, p.192-194)" is on page 8, though ¶15
// starts on page 7).
func TestCitationPages(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{
		"(Rashid, 2008 p.83)":             7,
		"(Wishnick, 2002, pp.13-14)":      7,
		"(Leander, 2013, p.150)":          8,
		"(Menon, 2003, p.192-194)":        8,
		"(Gorenburg, 2014, pp. 22 & 55.)": 4,
		"(Jonson, 2004, p.59)":            9,
		"(Muzalevski, 2010)":              10,
		"(Jonson, 2006, p.3)":             2,
	}
	got := map[string]int{}
	for _, para := range p.Paragraphs {
		for _, c := range para.Citations {
			got[c.Text] = c.Page
		}
	}
	for text, page := range want {
		if got[text] != page {
			t.Errorf("%s on page %d, want %d", text, got[text], page)
		}
	}
	p15, _ := p.Paragraph(15)
	if p15.PageAt(0) != 7 || p15.PageAt(len(p15.Text)-1) != 8 || len(p15.PageStarts) != 1 {
		t.Errorf("¶15 pages: starts %v, PageAt(0) %d, PageAt(end) %d", p15.PageStarts, p15.PageAt(0), p15.PageAt(len(p15.Text)-1))
	}
}
