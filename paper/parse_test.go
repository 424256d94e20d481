package paper

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"paperbot/data"
)

// mustDefault parses the embedded paper once per test.
func mustDefault(t testing.TB) *Paper {
	t.Helper()
	p, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return p
}

func TestTitlePage(t *testing.T) {
	p := mustDefault(t)
	for _, tc := range []struct{ field, got, want string }{
		{"Title", p.Title, "ANALYSIS OF AMERICAN POLICIES TOWARD TAJIKISTAN SINCE 9/11"},
		{"Author", p.Author, "Dr. Faisal Javaid"},
		{"Affiliation", p.Affiliation, "Department of International Relations, Federal Urdu University of Arts Sciences and Technology, Karachi"},
		{"Email", p.Email, "faisal.javaid@fuuast.edu.pk"},
		{"Keywords", strings.Join(p.Keywords, "|"), "America|Tajikistan|Afghanistan|War Against Terrorism|Central Asian region"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s = %q, want %q", tc.field, tc.got, tc.want)
		}
	}
	if p.Pages != 14 {
		t.Errorf("Pages = %d, want 14", p.Pages)
	}
	if p.Year != 0 {
		t.Errorf("Year = %d, want 0 (the text gives none)", p.Year)
	}
	if !strings.HasPrefix(p.Abstract, "Tajikistan is a landlocked state") || p.Abstract != p.Paragraphs[0].Text {
		t.Errorf("Abstract = %.60q, want ¶1's text", p.Abstract)
	}
}

func TestSections(t *testing.T) {
	p := mustDefault(t)
	want := []Section{
		{"Abstract", 1, 1, 1},
		{"Introduction", 2, 2, 3},
		{"Political Relations", 3, 4, 9},
		{"Economic Relations", 5, 10, 12},
		{"Defense Relations", 7, 13, 22},
		{"Conclusion", 10, 23, 23},
		{"References", 11, 0, 0},
	}
	if len(p.Sections) != len(want) {
		t.Fatalf("got %d sections %+v, want %d", len(p.Sections), p.Sections, len(want))
	}
	for i, w := range want {
		if p.Sections[i] != w {
			t.Errorf("section %d = %+v, want %+v", i, p.Sections[i], w)
		}
	}
}

func TestParagraphs(t *testing.T) {
	p := mustDefault(t)
	want := []struct {
		n             int
		section       string
		page, endPage int
		prefix        string
		suffix        string
	}{
		{1, "Abstract", 1, 1, "Tajikistan is a landlocked state and has", "of Tajikistan towards America."},
		{2, "Introduction", 2, 2, "Republic of Tajikistan was unique to the", " national and regime security."},
		{3, "Introduction", 2, 2, "U.S. presence had significantly increase", "er Tajik runways and airspace."},
		{4, "Political Relations", 3, 3, "The US was one of the main nations to pe", " trafficking from Afghanistan."},
		{5, "Political Relations", 3, 3, "Tajikistan had been going subsequent to ", "jik-American Relations, 2007)."},
		{6, "Political Relations", 3, 4, "US-Tajik relations had created since Sep", "lion (Feigenbaum, 2006, p.11)."},
		{7, "Political Relations", 4, 4, "In December 2002, President Rahmon waged", "ess Publications, 2015, p.26)."},
		{8, "Political Relations", 4, 5, "America provided to Tajikistan a counter", " unity (Peimani, 2009, p.164)."},
		{9, "Political Relations", 5, 5, "Tajikistan had limited right of resident", "ajikistan stayed poor in 2012."},
		{10, "Economic Relations", 5, 6, "Tajikistan was one of the poorest states", " the World Trade Organization."},
		{11, "Economic Relations", 6, 6, "Tajikistan had no large-scale resources ", " Embassy in Tajikistan, 2006)."},
		{12, "Economic Relations", 6, 6, "The total trade volume between the Tajik", "Nichol, 2009, July, pp. 17-21)"},
		{13, "Defense Relations", 7, 7, "The Sept. 11, 2001, terrorist assaults o", "hanistan (Peimani,2009, p.164)"},
		{14, "Defense Relations", 7, 7, "The events created a completely new situ", "ig powers. (Jonson, 2006, p.4)"},
		{15, "Defense Relations", 7, 8, "The first Central Asian republic was Uzb", "stan (Menon, 2003, p.192-194)."},
		{16, "Defense Relations", 8, 8, "Secretary Hilary Clinton went to Tajikis", "n fringe (Jonson, 2003, p.90)."},
		{17, "Defense Relations", 8, 9, "The new Tajik-U.S. security participatio", "n policy (Jonson, 2004, p.59)."},
		{18, "Defense Relations", 9, 9, "NATO and Tajikistan effectively particip", "lic Diplomacy Division. 2014)."},
		{19, "Defense Relations", 9, 9, "As Crosston, (2016, p.104) work's state ", "errorism (Jonson, 2006, p.59)."},
		{20, "Defense Relations", 9, 10, "In January 2009, the U.S. and Tajikistan", "iterrorism (Muzalevski, 2010)."},
		{21, "Defense Relations", 10, 10, "The United States had likewise assumed a", " admiration press flexibility."},
		{22, "Defense Relations", 10, 10, "The United States had given USD179.9 mil", "rt. (Nichol, 2009, July, p.18)"},
		{23, "Conclusion", 10, 11, "Since autonomy, the main strategy of Taj", "ocratization and human rights."},
	}
	if len(p.Paragraphs) != len(want) {
		t.Fatalf("got %d paragraphs, want %d", len(p.Paragraphs), len(want))
	}
	for i, w := range want {
		para := p.Paragraphs[i]
		if para.N != w.n || para.Section != w.section || para.Page != w.page || para.EndPage != w.endPage ||
			!strings.HasPrefix(para.Text, w.prefix) || !strings.HasSuffix(para.Text, w.suffix) {
			t.Errorf("¶%d = {N:%d %q p%d-%d %.40q…%q}, want %+v", i+1, para.N, para.Section, para.Page, para.EndPage, para.Text, para.Text[max(0, len(para.Text)-30):], w)
		}
	}
}

// TestPlainText checks markup removal and the rejoining of paragraphs cut by
// page breaks, on the paper's own cut points.
func TestPlainText(t *testing.T) {
	p := mustDefault(t)
	for _, tc := range []struct {
		n    int
		want string
	}{
		{6, "such territories as counter-opiates, counter-terrorism, non-multiplication"},
		{10, "and it relied on upon the settlements and thing fares"},
		{8, "a series of color revolutions to expand U.S. influence"},
		{15, "compassionate help, and over-flight rights. (Leander, 2013, p.150) The government"},
		{17, "In his speech, he stressed that participation"},
		{20, "It likewise prepared Tajikistan's military"},
		{23, "It strictly condemned those attacks and was ready to cooperate"},
		{5, "was $988.57 million from 1992 to 2010"},
		{9, "regarded. (The Express Tribune 2011, October 22). According"},
	} {
		if !strings.Contains(p.Paragraphs[tc.n-1].Text, tc.want) {
			t.Errorf("¶%d lacks %q", tc.n, tc.want)
		}
	}
	for _, para := range p.Paragraphs {
		if strings.ContainsAny(para.Text, "*\\\n\t") || strings.Contains(para.Text, "  ") {
			t.Errorf("¶%d is not plain: %.80q", para.N, para.Text)
		}
	}
}

func TestLookups(t *testing.T) {
	p := mustDefault(t)
	if para, ok := p.Paragraph(4); !ok || !strings.HasPrefix(para.Text, "The US was one of the main nations") || para.Page != 3 {
		t.Errorf("Paragraph(4) = %v, %v", para, ok)
	}
	for _, n := range []int{0, -1, 24} {
		if _, ok := p.Paragraph(n); ok {
			t.Errorf("Paragraph(%d) found", n)
		}
	}
	if r, ok := p.Reference(6); !ok || r.Authors[0] != "Crosston" {
		t.Errorf("Reference(6) = %v, %v", r, ok)
	}
	if _, ok := p.Reference(35); ok {
		t.Error("Reference(35) found")
	}
	for _, tc := range []struct {
		page int
		want []int
	}{
		{1, []int{1}},
		{3, []int{4, 5, 6}},
		{4, []int{6, 7, 8}},
		{10, []int{20, 21, 22, 23}},
		{11, []int{23}},
		{12, nil},
		{0, nil},
	} {
		var got []int
		for _, para := range p.ParagraphsOnPage(tc.page) {
			got = append(got, para.N)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("ParagraphsOnPage(%d) = %v, want %v", tc.page, got, tc.want)
		}
	}
}

func TestIsHeading(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Introduction", true},
		{"Political Relations", true},
		{"Economic Relations", true},
		{"Defense Relations", true},
		{"Conclusion", true},
		{"References", true},
		{"Abstract", true},
		{"2.1 Methods and Data", true},
		{"Policies of the United States", true},
		{"Dr. Faisal Javaid", true}, // heading-like; the title page handles it
		{"Tajikistan was one of the poorest states in the region, and it relied", false},
		{"Keywords: America, Tajikistan, Afghanistan, War Against Terrorism, Central Asian region.", false},
		{"faisal.javaid@fuuast.edu.pk", false},
		{"<https://www.tandfonline.com/doi/abs/10.1080/00396338.2003.9688581>", false},
		{"- Menon, R. (2003). The New Great Game in Central Asia. *Survival*, 45(2), 187-204.", false},
		{"rights. (Leander, 2013, p.150) The government of Russia", false},
		{"It likewise", false},
		{"Karachi*", false},
		{"", false},
	} {
		if got := isHeading(tc.line); got != tc.want {
			t.Errorf("isHeading(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestPages(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		pages int
		paras []string // "page-endPage text"
	}{
		{"leading blanks are not a break", "\n\n\n\n\nTitle Here\n\nIt condemned those attacks and keen to cooperate with American war against terrorism.", 1, []string{"1-1 It condemned those attacks and keen to cooperate with American war against terrorism."}},
		{"two blanks are not a break", "T\n\nThe Tajiks established ties with the Americans upon independence.\n\n\nTajikistan appeared to be ready to collaborate with the United States.", 1, []string{"1-1 The Tajiks established ties with the Americans upon independence.", "1-1 Tajikistan appeared to be ready to collaborate with the United States."}},
		{"three blanks are", "T\n\nThe Tajiks established ties with the Americans upon independence.\n\n\n\nTajikistan appeared to be ready to collaborate with the United States.", 2, []string{"1-1 The Tajiks established ties with the Americans upon independence.", "2-2 Tajikistan appeared to be ready to collaborate with the United States."}},
		{"sentence cut by a break", "T\n\nTajikistan was one of the poorest states in the region, and it relied\n\n\n\non upon the settlements.", 2,
			[]string{"1-2 Tajikistan was one of the poorest states in the region, and it relied on upon the settlements."}},
		{"hyphen cut by a break", "T\n\nThe two nations now chipped in such territories as counter-opiates, counter-\n\n\n\nterrorism, non-multiplication.", 2,
			[]string{"1-2 The two nations now chipped in such territories as counter-opiates, counter-terrorism, non-multiplication."}},
		{"trailing blanks are not a page", "T\n\nThe Tajiks established ties with the Americans upon independence.\n\n\n\n\n", 1, []string{"1-1 The Tajiks established ties with the Americans upon independence."}},
		{"CRLF", "T\r\n\r\nThe Tajiks established ties with the Americans upon independence.\r\n\r\n\r\n\r\nTajikistan appeared to be ready to collaborate with the United States.\r\n", 2, []string{"1-1 The Tajiks established ties with the Americans upon independence.", "2-2 Tajikistan appeared to be ready to collaborate with the United States."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Parse(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if p.Pages != tc.pages {
				t.Errorf("Pages = %d, want %d", p.Pages, tc.pages)
			}
			var got []string
			for _, para := range p.Paragraphs {
				got = append(got, fmt.Sprintf("%d-%d %s", para.Page, para.EndPage, para.Text))
			}
			if strings.Join(got, "\n") != strings.Join(tc.paras, "\n") {
				t.Errorf("paragraphs\n%q\nwant\n%q", got, tc.paras)
			}
		})
	}
}

// TestNoHeadings: a text without headings parses as one untitled section.
func TestNoHeadings(t *testing.T) {
	text := "Tajikistan is a landlocked state and has a unique position in the Central Asian region. It is the poorest among the Central Asian states (Jonson, 2006, p.3).\n\nThe Tajik civil war left the country highly dependent upon Russia."
	p, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "" || len(p.Paragraphs) != 2 || len(p.Sections) != 1 || p.Sections[0] != (Section{"", 1, 1, 2}) {
		t.Fatalf("got title %q, %d paragraphs, sections %+v", p.Title, len(p.Paragraphs), p.Sections)
	}
	if len(p.References) != 0 {
		t.Errorf("got %d references, want 0", len(p.References))
	}
	c := p.Paragraphs[0].Citations
	if len(c) != 1 || c[0].Match != MatchNone || c[0].Reference != 0 || c[0].Note != notInList {
		t.Errorf("citations = %+v, want one unresolved", c)
	}
}

// TestNoReferences: without a reference list, every citation is none.
func TestNoReferences(t *testing.T) {
	text := strings.SplitN(data.Paper, "\nReferences\n", 2)[0]
	p, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.References) != 0 || len(p.Paragraphs) != 23 {
		t.Fatalf("got %d references, %d paragraphs", len(p.References), len(p.Paragraphs))
	}
	n := 0
	for _, para := range p.Paragraphs {
		for _, c := range para.Citations {
			n++
			if c.Match != MatchNone || c.Reference != 0 {
				t.Errorf("¶%d %q resolved to %s %d", para.N, c.Text, c.Match, c.Reference)
			}
		}
	}
	if n != 43 {
		t.Errorf("got %d citations, want 43", n)
	}
}
