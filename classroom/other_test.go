package classroom

import (
	"math/rand/v2"
	"strings"
	"testing"

	"paperbot/paper"
)

// otherPaper is a different paper in the same plain-text form, with its own
// section names, so nothing here may lean on the default paper's.
const otherPaper = `

WATER SHARING ON THE RIVER BASIN

Dr. Jane Roe

*Institute of Hydrology*
jane.roe@example.org

Abstract

This paper studies water sharing between upstream and downstream states from 1995 to 2015.

Keywords: water, rivers, treaties.

Background Of The Dispute

Kazakhstan signed the Basin Water Treaty with Uzbekistan on 12 March 1998 (Smith, 2004, p.12). The two governments met in Almaty in June 1999. President Nazarbayev opened the new dam in 2001. The World Bank Fund provided $45 million for canals in the Fergana valley. Farmers used 70 percent of the water.

Findings

The Regional Water Council (RWC) met every year from 2003 onward. President Karimov rejected the quota in 2005. The three states agreed a new Framework Agreement in Tashkent in May 2008 (Jones, 2010). Minister Abdullaev visited the Naryn valley on 4 July 2010. The Asian Development Bank lent $120 million in 2011. In 2012, Kyrgyzstan signed the Water Protocol with Tajikistan.

References

- Smith, A. (2004). *Rivers of Asia*. London: Routledge.
- Jones, B. (2010). *Dams and Deals*. Oxford: OUP.
`

func TestAnotherPaper(t *testing.T) {
	p, err := paper.Parse(otherPaper)
	if err != nil {
		t.Fatal(err)
	}
	qz := NewQuizzer(p)
	for _, q := range qz.All() {
		t.Logf("%s [%s] %s %q", q.Section, q.Kind, q.Question, q.Choices)
		checkWellFormed(t, q)
	}
	for _, s := range qz.Sections() {
		if s != "Abstract" && s != "Background Of The Dispute" && s != "Findings" {
			t.Errorf("section %q is not one of this paper's", s)
		}
	}
	if _, err := qz.Pick("findings", rand.New(rand.NewPCG(1, 2))); err != nil && len(qz.All()) > 3 {
		t.Logf("pick: %v", err)
	}
	ev := Timeline(p)
	var whens []string
	for _, e := range ev {
		whens = append(whens, e.When)
		if e.Year == 2004 || e.Year == 2010 && e.Month == 0 {
			t.Errorf("citation year read as an event: %+v", e)
		}
	}
	got := strings.Join(whens, ", ")
	for _, want := range []string{"12 March 1998", "June 1999", "2001", "May 2008", "4 July 2010"} {
		if !strings.Contains(got, want) {
			t.Errorf("timeline misses %s: %s", want, got)
		}
	}
	// "This paper studies water sharing ... from 1995 to 2015" is the
	// paper's scope, not an event
	if strings.Contains(got, "1995-2015") {
		t.Errorf("the paper's scope listed as an event: %s", got)
	}
	g := Glossary(p)
	found := false
	for _, term := range g {
		if term.Acronym == "RWC" && term.Expansion == "Regional Water Council" && term.FromPaper {
			found = true
		}
	}
	if !found {
		t.Errorf("RWC not defined from the paper: %+v", g)
	}
}

func TestEmptyPaper(t *testing.T) {
	qz := NewQuizzer(&paper.Paper{})
	if len(qz.All()) != 0 || len(qz.Sections()) != 0 {
		t.Fatal("quizzes from nothing")
	}
	if _, err := qz.Pick("", nil); err == nil {
		t.Fatal("Pick on an empty quizzer must fail")
	}
	if len(Timeline(&paper.Paper{})) != 0 || len(Glossary(&paper.Paper{})) != 0 {
		t.Fatal("events or terms from nothing")
	}
}
