package paper

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestReferences(t *testing.T) {
	p := mustDefault(t)
	if len(p.References) != 34 {
		t.Fatalf("got %d references, want 34", len(p.References))
	}
	for i, r := range p.References {
		if r.ID != i+1 {
			t.Errorf("reference %d has ID %d", i+1, r.ID)
		}
		if len(r.Authors) == 0 || r.Year == 0 || r.Title == "" || strings.ContainsAny(r.Entry, "*<>") {
			t.Errorf("reference %d incomplete: %+v", r.ID, r)
		}
	}
	for _, tc := range []struct {
		id      int
		authors string
		year    int
		date    string
		title   string
		url     string
		cited   []int
	}{
		{1, "Abdullaev|Akbarzaheh", 2010, "", "Historical Dictionary of Tajikistan", "", []int{4}},
		{3, "Absher", 2013, "", "Tajikistan: Turbulent Past, Future Uncertain", "https://diginole.lib.fsu.edu/islandora/object/fsu%3A183640/", []int{20}},
		{4, "Bakhovadinov|Dodikhudoev", 2005, "", "Tajikistan's Geopolitical Landmarks", "", []int{11}},
		{6, "Crosston", 2016, "", "Fostering Fundamentalism: Terrorism, Democracy and American Engagement in Central Asia", "", []int{4, 19}},
		{7, "Feigenbaum", 2006, "August", "Kazakhstan and the United States in a Changed World", "", []int{6}},
		{9, "Human Rights Watch", 2013, "", "World Report 2013: Events of 2012", "", []int{9}},
		{11, "Jamestown Foundation", 2002, "May 3", "President Bush signed a memorandum on, April 19, 2002, approving the deliveries under the Foreign Assistance Act and Arms Control Act", "", []int{19}},
		{12, "Jonson", 2003, "", "Russia and Central Asia: Post-11 September, 2001", "http://www.cac.org/online/2003/journal_eng/cac-01/10.joneng.shtml", []int{16}},
		{14, "Jonson", 2006, "", "Tajikistan in the new Central Asia: geopolitics, great power rivalry and radical Islam", "", []int{2, 14, 19}},
		{15, "Leander", 2013, "", "Commercialising security in Europe: political consequences for peace operations", "", []int{15}},
		{16, "Lillis", 2011, "October 24", "Uzbekistan & Tajikistan: Visiting Clinton Offers NDN Appreciation, Cautions on Religious Rights", "https://eurasianet.org/uzbekistan-tajikistan-visiting-clinton-offers-ndn-appreciation-cautions-on-religious-rights", []int{16}},
		{17, "Menon", 2003, "", "The New Great Game in Central Asia", "https://www.tandfonline.com/doi/abs/10.1080/00396338.2003.9688581", []int{15}},
		{18, "Muzalevski", 2010, "", "The US Expands Military Ties With Tajikistan", "", []int{20}},
		{19, "NATO Public Diplomacy Division", 2014, "", "Partners in Central Asia. Backgrounder", "https://www.nato.int/nato_static_fl2014/assets/pdf/stock_publications/20140505_140505-Backgrounder_CentralAsia.pdf", []int{18}},
		{20, "Nichol", 2009, "July", "Tajikistan: Recent Developments and US Interests", "", []int{5, 12, 22}},
		{21, "Oliker|Shlapak", 2006, "", "US interests in Central Asia: Policy priorities and military roles", "", []int{16}},
		{25, "Shoemaker", 2014, "", "Russia and The Commonwealth of Independent States 2014", "", []int{7}},
		{26, "Tajik-American Relations", 2007, "", "Embassy of Tajikistan to the United States of America, New Hampshire Avenue, Washington", "http://www.tjus.org/tajikistan/tajik-american-relations", []int{5}},
		{27, "Tajikistan-United States Relation", 2020, "", "Ministry Of Foreign Affairs Of The Republic Of Tajikistan", "https://mfa.tj/en/main/view/175/bilateral-relations-of-tajikistan-with-united-states-of-america", []int{11}},
		{28, "The Express Tribune", 2011, "October 22", "US pursues alternative supply route to Afghanistan: Hillary Clinton visited Tajikistan and Uzbekistan, two countries through which US funnels supplies into Afghanistan", "https://tribune.com.pk/story/279960/us-pursues-alternative-supply-route-to-afghanistan", []int{9}},
		{29, "U.S. Department of State", 2013, "", "Bureau of Democracy, Human Rights and Labour", "https://www.state.gov/bureaus-offices/under-secretary-for-civilian-security-democracy-and-human-rights/bureau-of-democracy-human-rights-and-labor/", []int{9}},
		{30, "United States Census Bureau", 2020, "", "Trade in Goods with Tajikistan", "https://www.census.gov/foreign-trade/balance/c4642.html", []int{12}},
		{31, "United States Commission on International Religious Freedom", 2013, "", "Tajikistan", "", []int{9, 21}},
		{32, "US Embassy in Tajikistan", 2006, "", "The United States Embassy to Dushanbe", "http://dushanbe.usembassy.gov/history.html", []int{11}},
		{34, "Wishnick", 2002, "", "Growing US Security Interests in Central Asia", "", []int{15}},
	} {
		r, ok := p.Reference(tc.id)
		if !ok {
			t.Fatalf("no reference %d", tc.id)
		}
		if got := strings.Join(r.Authors, "|"); got != tc.authors || r.Year != tc.year || r.Date != tc.date || r.Title != tc.title || r.URL != tc.url || !slices.Equal(r.CitedIn, tc.cited) {
			t.Errorf("reference %d = %q %d %q %q %q %v\nwant %q %d %q %q %q %v", tc.id, got, r.Year, r.Date, r.Title, r.URL, r.CitedIn, tc.authors, tc.year, tc.date, tc.title, tc.url, tc.cited)
		}
	}
	// The URL-only line after a page break belongs to Menon's entry.
	if e := p.References[16].Entry; !strings.HasSuffix(e, "45(2), 187-204. https://www.tandfonline.com/doi/abs/10.1080/00396338.2003.9688581") {
		t.Errorf("Menon entry = %q", e)
	}
}

func TestParseAuthors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Abdullaev, K. & Akbarzaheh, S.", "Abdullaev|Akbarzaheh"},
		{"Human Rights Watch.", "Human Rights Watch"},
		{"Leander, A. (Ed.).", "Leander"},
		{"Jamestown Foundation", "Jamestown Foundation"},
		{"The Express Tribune", "The Express Tribune"},
		{"U.S. Department of State.", "U.S. Department of State"},
		{"Oliker, O., & Shlapak, D. A.", "Oliker|Shlapak"},
		{"Shoemaker, M. W.", "Shoemaker"},
		{"Smith, J., Jones, K., and Lee, P.-L.", "Smith|Jones|Lee"},
		{"", ""},
	} {
		if got := strings.Join(parseAuthors(tc.in), "|"); got != tc.want {
			t.Errorf("parseAuthors(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestReferenceForms covers entry forms the paper does not use.
func TestReferenceForms(t *testing.T) {
	text := "Title of Paper\n\nIntroduction\n\nSome text here cites them (Smith, 2001) and (Doe, n.d.).\n\nBibliography\n\n1. Smith, J. (2001). A study of things. Journal, 2, 3-4. http://example.org/x.\n2. Doe, A. (n.d.). Undated work. Publisher.\n\nRoe, B. 1999. Old style entry. Press."
	p, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range p.Paragraphs[0].Citations {
		got = append(got, fmt.Sprintf("%s %d %s %d", c.Author, c.Year, c.Match, c.Reference))
	}
	if want := "Smith 2001 exact 1|Doe 0 exact 2"; strings.Join(got, "|") != want {
		t.Errorf("citations = %q, want %q", got, want)
	}
	if len(p.References) != 3 {
		t.Fatalf("got %d references: %+v", len(p.References), p.References)
	}
	for i, w := range []struct {
		author string
		year   int
		title  string
		url    string
	}{
		{"Smith", 2001, "A study of things", "http://example.org/x"},
		{"Doe", 0, "Undated work", ""},
		{"Roe", 1999, "Old style entry", ""},
	} {
		r := p.References[i]
		if r.Authors[0] != w.author || r.Year != w.year || r.Title != w.title || r.URL != w.url {
			t.Errorf("reference %d = %+v, want %+v", i+1, r, w)
		}
	}
}
