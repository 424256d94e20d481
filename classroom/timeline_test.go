package classroom

import (
	"strings"
	"testing"
)

func TestTimeline(t *testing.T) {
	ev := Timeline(loadPaper(t))
	if len(ev) < 30 {
		t.Errorf("only %d events", len(ev))
	}
	seen := map[string]bool{}
	for i, e := range ev {
		if i > 0 {
			p := ev[i-1]
			if p.Year > e.Year || p.Year == e.Year && (p.Month > e.Month || p.Month == e.Month && p.Day > e.Day) {
				t.Errorf("out of order: %s (¶%d) before %s (¶%d)", p.When, p.Paragraph, e.When, e.Paragraph)
			}
		}
		k := e.When + "|" + string(rune(e.Paragraph))
		if seen[k] {
			t.Errorf("duplicate %s in ¶%d", e.When, e.Paragraph)
		}
		seen[k] = true
		if len(e.Text) > eventTextMax+8 || strings.Contains(e.Text, "p.") || strings.Contains(e.Text, "\n") {
			t.Errorf("bad text for %s: %q", e.When, e.Text)
		}
		if e.Page < 1 || e.Paragraph < 1 || e.EndYear < e.Year {
			t.Errorf("bad event %+v", e)
		}
	}
	tests := []struct {
		when      string
		paragraph int
		page      int
		inText    string
	}{
		{"25 December 1991", 4, 3, "free nation"},
		{"14 February 1992", 4, 3, "diplomatic relations"},
		{"March 1992", 4, 3, "Dushanbe"},
		{"7 October 2001", 15, 7, "Kulyab"},
		{"5 February 2002", 16, 8, "Tajik Border Force"},
		{"26 August 2007", 6, 4, "Pyanj River"},
		{"25 June 2010", 20, 9, "Karatoga"},
		{"March 2012", 20, 9, "ISAF"},
		{"July 2012", 21, 10, "Badakshan"},
		{"1992-1997", 4, 3, "civil war"},
	}
	for _, tt := range tests {
		found := false
		for _, e := range ev {
			if e.When == tt.when && e.Paragraph == tt.paragraph {
				found = true
				if e.Page != tt.page {
					t.Errorf("%s: page %d, want %d", tt.when, e.Page, tt.page)
				}
				if tt.inText != "" && !strings.Contains(e.Text, tt.inText) && tt.when != "1992-1997" {
					t.Errorf("%s: text %q lacks %q", tt.when, e.Text, tt.inText)
				}
			}
		}
		if !found {
			t.Errorf("no event %s in ¶%d", tt.when, tt.paragraph)
		}
	}
	// years that occur only in citations or the reference list
	for _, e := range ev {
		switch e.Year {
		case 2003, 2004, 2006, 2008, 2014, 2015, 2016, 2020:
			t.Errorf("citation year taken for an event: %+v", e)
		}
		if e.When == "July 2009" || e.When == "October 2011" && e.Paragraph == 9 && strings.Contains(e.Text, "Tribune") {
			t.Errorf("citation date taken for an event: %+v", e)
		}
	}
}

func TestBetween(t *testing.T) {
	ev := Timeline(loadPaper(t))
	if got := Between(ev, 0, 0); len(got) != len(ev) {
		t.Errorf("open range kept %d of %d", len(got), len(ev))
	}
	for _, e := range Between(ev, 2002, 2002) {
		if e.EndYear < 2002 || e.Year > 2002 {
			t.Errorf("Between 2002 gave %+v", e)
		}
	}
	spans := 0
	for _, e := range Between(ev, 2005, 2005) {
		if e.Year < 2005 {
			spans++ // "1992-2010" overlaps 2005
		}
	}
	if spans == 0 {
		t.Error("a span of years overlapping 2005 should be kept")
	}
	for _, e := range Between(ev, 2010, 0) {
		if e.EndYear < 2010 {
			t.Errorf("Between 2010- gave %+v", e)
		}
	}
	for _, e := range Between(ev, 0, 1991) {
		if e.Year > 1991 {
			t.Errorf("Between -1991 gave %+v", e)
		}
	}
}

func BenchmarkTimeline(b *testing.B) {
	p := loadPaper(b)
	for b.Loop() {
		Timeline(p)
	}
}
