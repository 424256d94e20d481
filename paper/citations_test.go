package paper

import "testing"

func TestFindCitations(t *testing.T) {
	type c struct {
		text, author  string
		year          int
		date, locator string
		narrative     bool
	}
	for _, tc := range []struct {
		text string
		want []c
	}{
		{"the largest bilateral donor (Nichol, 2009, July, pp. 17-21)", []c{{"(Nichol, 2009, July, pp. 17-21)", "Nichol", 2009, "July", "pp. 17-21", false}}},
		{"with Afghanistan (Peimani,2009, p.164)", []c{{"(Peimani,2009, p.164)", "Peimani", 2009, "", "p.164", false}}},
		{"and comprehensive (Abdullo. 2007, pp. 76-77). The", []c{{"(Abdullo. 2007, pp. 76-77)", "Abdullo", 2007, "", "pp. 76-77", false}}},
		{"to be regarded. (The Express Tribune 2011, October 22). According", []c{{"(The Express Tribune 2011, October 22)", "The Express Tribune", 2011, "October 22", "", false}}},
		{"in December 2002 (Abdullaev, & Akbarzaheh, 2010, p.363).", []c{{"(Abdullaev, & Akbarzaheh, 2010, p.363)", "Abdullaev, & Akbarzaheh", 2010, "", "p.363", false}}},
		{"water resources (Bakhovadin, and Dodikhudoev, 2005, p.124).", []c{{"(Bakhovadin, and Dodikhudoev, 2005, p.124)", "Bakhovadin, and Dodikhudoev", 2005, "", "p.124", false}}},
		{"Afghan borders (Rashid, 2008 p.83).", []c{{"(Rashid, 2008 p.83)", "Rashid", 2008, "", "p.83", false}}},
		{"Peace Program. (Rashid, 2003, p111).", []c{{"(Rashid, 2003, p111)", "Rashid", 2003, "", "p111", false}}},
		{"other countries (Jonson, 2004, p-91) Further", []c{{"(Jonson, 2004, p-91)", "Jonson", 2004, "", "p-91", false}}},
		{"in Afghanistan (Menon, 2003, p.192-194).", []c{{"(Menon, 2003, p.192-194)", "Menon", 2003, "", "p.192-194", false}}},
		{"mass devastation (Gorenburg, 2014, pp. 22 & 55.).", []c{{"(Gorenburg, 2014, pp. 22 & 55.)", "Gorenburg", 2014, "", "pp. 22 & 55", false}}},
		{"such endeavors (Lillis, 2011, October 24).", []c{{"(Lillis, 2011, October 24)", "Lillis", 2011, "October 24", "", false}}},
		{"accomplice nations. (NATO Public Diplomacy Division. 2014).", []c{{"(NATO Public Diplomacy Division. 2014)", "NATO Public Diplomacy Division", 2014, "", "", false}}},
		{"so forth (Tajik-American Relations, 2007).", []c{{"(Tajik-American Relations, 2007)", "Tajik-American Relations", 2007, "", "", false}}},
		{"and defilement (U.S. Department of State, 2013).", []c{{"(U.S. Department of State, 2013)", "U.S. Department of State", 2013, "", "", false}}},
		{"counterinsurgency actions (Oliker, and Shlapak, 2006, p.16).", []c{{"(Oliker, and Shlapak, 2006, p.16)", "Oliker, and Shlapak", 2006, "", "p.16", false}}},
		{"including Tajikistan (Blank, 2005).", []c{{"(Blank, 2005)", "Blank", 2005, "", "", false}}},
		{"As Crosston, (2016, p.104) work's state that", []c{{"Crosston, (2016, p.104)", "Crosston", 2016, "", "p.104", true}}},
		{"According to Jamestown Foundation, (2002, May 3) expressed that", []c{{"Jamestown Foundation, (2002, May 3)", "Jamestown Foundation", 2002, "May 3", "", true}}},
		{"Further according to Human Rights Watch, (2013) expressed", []c{{"Human Rights Watch, (2013)", "Human Rights Watch", 2013, "", "", true}}},
		{"According to United States Commission on International Religious Freedom, (2013, p.11) states", []c{{"United States Commission on International Religious Freedom, (2013, p.11)", "United States Commission on International Religious Freedom", 2013, "", "p.11", true}}},
		{"According to United States Commission on International Religious Freedom (2013, pp. 10-11), in", []c{{"United States Commission on International Religious Freedom (2013, pp. 10-11)", "United States Commission on International Religious Freedom", 2013, "", "pp. 10-11", true}}},
		{"Islamic Renaissance Party (IRP) (Crosston, 2013, p.84).", []c{{"(Crosston, 2013, p.84)", "Crosston", 2013, "", "p.84", false}}},
		{"(Smith, 2001; Jones & Lee, 2003a, p. 4)", []c{{"Smith, 2001", "Smith", 2001, "", "", false}, {"Jones & Lee, 2003a, p. 4", "Jones & Lee", 2003, "", "p. 4", false}}},
		// Not citations.
		{"a crushing common clash (1992-97) between", nil},
		{"the Tajik civil war (1992-1997).", nil},
		{"Consultation (ABC) with", nil},
		{"Program (IPP), which", nil},
		{"Economic Growth ($91.98 million), Governing Justly", nil},
		{"subsidized $36 million (Feigenbaum", nil},
		{"in its July 2005 meeting (July 2005)", nil},
		{"the meeting (since 2005 it was held yearly)", nil},
		{"the civil war (2013)", nil},
		{"", nil},
	} {
		got := FindCitations(tc.text)
		if len(got) != len(tc.want) {
			t.Errorf("FindCitations(%q) = %+v, want %d", tc.text, got, len(tc.want))
			continue
		}
		for i, g := range got {
			w := tc.want[i]
			if g.Text != w.text || g.Author != w.author || g.Year != w.year || g.Date != w.date || g.Locator != w.locator || g.Narrative != w.narrative {
				t.Errorf("FindCitations(%q)[%d] = %+v, want %+v", tc.text, i, g, w)
			}
			if tc.text[g.Start:g.Start+len(g.Text)] != g.Text {
				t.Errorf("Start %d does not locate %q", g.Start, g.Text)
			}
		}
	}
}

// TestResolution is the paper's full citation table, checked by hand against
// its reference list.
func TestResolution(t *testing.T) {
	p := mustDefault(t)
	want := []struct {
		n          int
		text       string
		match      Match
		refAuthor  string
		refYear    int
		noteSubstr string
	}{
		{2, "(Jonson, 2006, p.3)", MatchExact, "Jonson", 2006, ""},
		{4, "(Abdullaev, & Akbarzaheh, 2010, p.363)", MatchExact, "Abdullaev", 2010, ""},
		{4, "(Crosston, 2013, p.84)", MatchApproximate, "Crosston", 2016, "year 2013 not in the list; Crosston 2016 is"},
		{5, "(Nichol, 2013, p.17)", MatchApproximate, "Nichol", 2009, "year 2013 not in the list; Nichol 2009 is"},
		{5, "(Tajik-American Relations, 2007)", MatchExact, "Tajik-American Relations", 2007, ""},
		{6, "(Gorenburg, 2014, pp. 22 & 55.)", MatchExact, "Gorenburg", 2014, ""},
		{6, "(Feigenbaum, 2006, p.11)", MatchExact, "Feigenbaum", 2006, ""},
		{7, "(Shoemaker, 2014, p.282)", MatchExact, "Shoemaker", 2014, ""},
		{7, "(USA International Business Publications, 2015, p.26)", MatchExact, "USA International Business Publications", 2015, ""},
		{8, "(Abdullo. 2007, pp. 76-77)", MatchExact, "Abdullo", 2007, ""},
		{8, "(Blank, 2005)", MatchExact, "Blank", 2005, ""},
		{8, "(Peimani, 2009, p.164)", MatchExact, "Peimani", 2009, ""},
		{9, "(U.S. Department of State, 2013)", MatchExact, "U.S. Department of State", 2013, ""},
		{9, "(The Express Tribune 2011, October 22)", MatchExact, "The Express Tribune", 2011, ""},
		{9, "United States Commission on International Religious Freedom, (2013, p.11)", MatchExact, "United States Commission on International Religious Freedom", 2013, ""},
		{9, "Human Rights Watch, (2013)", MatchExact, "Human Rights Watch", 2013, ""},
		{10, "(International Trade Commission, 2005, p.3)", MatchExact, "International Trade Commission", 2005, ""},
		{11, "(Bakhovadin, and Dodikhudoev, 2005, p.124)", MatchApproximate, "Bakhovadinov", 2005, `author "Bakhovadin" vs "Bakhovadinov" in the list`},
		{11, "(Tajikistan-United States Relation, 2020)", MatchExact, "Tajikistan-United States Relation", 2020, ""},
		{11, "(US Embassy in Tajikistan, 2006)", MatchExact, "US Embassy in Tajikistan", 2006, ""},
		{12, "(United States Census Bureau, 2020)", MatchExact, "United States Census Bureau", 2020, ""},
		{12, "(Nichol, 2009, July, pp. 17-21)", MatchExact, "Nichol", 2009, ""},
		{13, "(Peimani,2009, p.164)", MatchExact, "Peimani", 2009, ""},
		{14, "(Jonson, 2006, p.57)", MatchExact, "Jonson", 2006, ""},
		{14, "(Jonson, 2006, p.4)", MatchExact, "Jonson", 2006, ""},
		{15, "(Rashid, 2008 p.83)", MatchExact, "Rashid", 2008, ""},
		{15, "(Wishnick, 2002, pp.13-14)", MatchExact, "Wishnick", 2002, ""},
		{15, "(Leander, 2013, p.150)", MatchExact, "Leander", 2013, ""},
		{15, "(Menon, 2003, p.192-194)", MatchExact, "Menon", 2003, ""},
		{16, "(Lillis, 2011, October 24)", MatchExact, "Lillis", 2011, ""},
		{16, "(Oliker, and Shlapak, 2006, p.16)", MatchExact, "Oliker", 2006, ""},
		{16, "(Jonson, 2003, p.90)", MatchExact, "Jonson", 2003, ""},
		{17, "(Rashid, 2003, p111)", MatchExact, "Rashid", 2003, ""},
		{17, "(Jonson, 2004, p-91)", MatchExact, "Jonson", 2004, ""},
		{17, "(Jonson, 2004, p.59)", MatchExact, "Jonson", 2004, ""},
		{18, "(NATO Public Diplomacy Division. 2014)", MatchExact, "NATO Public Diplomacy Division", 2014, ""},
		{19, "Crosston, (2016, p.104)", MatchExact, "Crosston", 2016, ""},
		{19, "Jamestown Foundation, (2002, May 3)", MatchExact, "Jamestown Foundation", 2002, ""},
		{19, "(Jonson, 2006, p.59)", MatchExact, "Jonson", 2006, ""},
		{20, "(Absher, 2013)", MatchExact, "Absher", 2013, ""},
		{20, "(Muzalevski, 2010)", MatchExact, "Muzalevski", 2010, ""},
		{21, "United States Commission on International Religious Freedom (2013, pp. 10-11)", MatchExact, "United States Commission on International Religious Freedom", 2013, ""},
		{22, "(Nichol, 2009, July, p.18)", MatchExact, "Nichol", 2009, ""},
	}
	k := 0
	for _, para := range p.Paragraphs {
		for _, c := range para.Citations {
			if k >= len(want) {
				t.Fatalf("extra citation ¶%d %q", para.N, c.Text)
			}
			w := want[k]
			k++
			if para.N != w.n || c.Text != w.text || c.Match != w.match {
				t.Errorf("citation %d = ¶%d %q %s, want ¶%d %q %s", k, para.N, c.Text, c.Match, w.n, w.text, w.match)
				continue
			}
			r, ok := p.Reference(c.Reference)
			if !ok || r.Authors[0] != w.refAuthor || r.Year != w.refYear {
				t.Errorf("¶%d %q -> reference %d %v, want %s %d", para.N, c.Text, c.Reference, r, w.refAuthor, w.refYear)
			}
			if c.Note != w.noteSubstr {
				t.Errorf("¶%d %q note %q, want %q", para.N, c.Text, c.Note, w.noteSubstr)
			}
			if para.Text[c.Start:c.Start+len(c.Text)] != c.Text {
				t.Errorf("¶%d %q: Start %d is wrong", para.N, c.Text, c.Start)
			}
		}
	}
	if k != len(want) {
		t.Errorf("got %d citations, want %d", k, len(want))
	}
}

func TestResolveCases(t *testing.T) {
	refs := []Reference{
		{ID: 1, Authors: []string{"Bakhovadinov", "Dodikhudoev"}, Year: 2005},
		{ID: 2, Authors: []string{"Jonson"}, Year: 2003},
		{ID: 3, Authors: []string{"Jonson"}, Year: 2004},
		{ID: 4, Authors: []string{"Jonson"}, Year: 2006},
		{ID: 5, Authors: []string{"The Express Tribune"}, Year: 2011, Date: "October 22"},
		{ID: 6, Authors: []string{"U.S. Department of State"}, Year: 2013},
	}
	ix := newRefIndex(refs)
	for _, tc := range []struct {
		author string
		year   int
		match  Match
		ref    int
		note   string
	}{
		{"Jonson", 2004, MatchExact, 3, ""},
		{"Jonson", 2005, MatchApproximate, 3, "year 2005 not in the list; Jonson 2004 is"},
		{"Bakhovadinov, & Dodikhudoev", 2005, MatchExact, 1, ""},
		{"Bakhovadin", 2005, MatchApproximate, 1, `author "Bakhovadin" vs "Bakhovadinov" in the list`},
		{"Bakhovadin", 2009, MatchNone, 0, notInList}, // near name and wrong year: too far
		{"Express Tribune", 2011, MatchExact, 5, ""},
		{"US Department of State", 2013, MatchExact, 6, ""},
		{"Smith", 2005, MatchNone, 0, notInList},
		{"Jonsen", 2006, MatchApproximate, 4, `author "Jonsen" vs "Jonson" in the list`},
	} {
		c := Citation{Author: tc.author, Year: tc.year}
		ix.resolve(&c)
		if c.Match != tc.match || c.Reference != tc.ref || c.Note != tc.note {
			t.Errorf("resolve(%s %d) = %s %d %q, want %s %d %q", tc.author, tc.year, c.Match, c.Reference, c.Note, tc.match, tc.ref, tc.note)
		}
	}
}
