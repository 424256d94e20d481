package classroom

import (
	"slices"
	"strings"
	"testing"

	"paperbot/paper"
)

// TestBeforeSentences: the before rule's stem and answer on the paper's
// sentences (in plain English, as bodySentences gives them) and near
// misses.
func TestBeforeSentences(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	for _, c := range []struct {
		s                     string
		q, answer, side, part string
	}{
		// ¶3: dated 1997, before the title's pivot (9/11; the period the
		// abstract names starts in 2001)
		{"From the conclusion in 1997 of the Tajik civil war, the US had sought to expand its relations with Tajikistan through political and cultural accords and small-scale economic agreements",
			"Before 9/11, how did the United States seek to expand its relations with Tajikistan?", "Through political and cultural accords and small-scale economic agreements", "United States", "Tajikistan"},
		// another verb, another side, a clause after the means cut off
		{"From independence in 1991, Tajikistan had tried to build its ties with China through border treaties, which it signed in Beijing",
			"Before 9/11, how did Tajikistan try to build its ties with China?", "Through border treaties", "Tajikistan", "China"},
		// dated after the pivot: nothing the paper set against it later
		{"From 2005, the US had sought to expand its relations with Tajikistan through military aid", "", "", "", ""},
		// dated by the pivot itself, not before it
		{"After 9/11, the US had sought to expand its relations with Tajikistan through military aid", "", "", "", ""},
		// no date: no "before"
		{"Since the civil war, the US had sought to expand its relations with Tajikistan through accords", "", "", "", ""},
		// the partner is no side
		{"From the conclusion in 1997 of the civil war, the US had sought to expand its relations with the region through accords", "", "", "", ""},
		// other sentences of the paper on ties or "through"
		{"The Tajiks established ties with the Americans upon independence while maintaining relations with Russia, a policy aimed at balancing Moscow by avoiding heavy reliance on Russia and therefore securing Tajikistan's independence", "", "", "", ""},
		{"It engaged with Tajikistan through Annual Bilateral Consultation and was focusing on border security, drug smuggling, economy, science and technology, democratization and human rights", "", "", "", ""},
		{"It was also the only state in Central Asia to resolve such violence through negotiated compromise that incorporated a quota system for the opposition in government", "", "", "", ""},
	} {
		q, answer, side, part := x.beforePivot(c.s)
		if q != c.q || answer != c.answer || side != c.side || part != c.part {
			t.Errorf("beforePivot(%q)\n = %q, %q, %q, %q\nwant %q, %q, %q, %q", c.s, q, answer, side, part, c.q, c.answer, c.side, c.part)
		}
	}
}

// TestMeansOf: what a side did with a partner, as "Through ...", on the
// paper's sentences and near misses.
func TestMeansOf(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	const us, tj = "United States", "Tajikistan"
	type meansCase struct {
		s, side, partner, want string
		before                 string // the sentence before, for "It"
	}
	cases := []meansCase{
		{"Perhaps after gauging Russian views, Tajikistan quickly made available the use of Tajik airspace to U.S. forces, and several coalition forces started to travel over Tajik runways and airspace", us, tj, "Through the use of Tajik airspace", ""},
		{"Tajikistan offered U.S the use of air bases in the anti-Taliban campaign in Afghanistan with Russia's consent", us, tj, "Through the use of air bases", ""},
		{"The U.S. military acquired landing and overflight rights in Tajikistan to support its operation in Afghanistan", us, tj, "Through landing and overflight rights", ""},
		{"After 9/11, Tajikistan surprisingly began receiving military aid from the United States for military training and education, and other military aid", us, tj, "Through military aid", ""},
		{"As part of Tajikistan's support in the US-led antiterrorist coalition, Tajikistan and the USA also developed cooperation in intelligence gathering, particularly with respect to movements and events on both sides of the Tajik-Afghan border", us, tj, "Through cooperation in intelligence gathering", ""},
		{"In April 2002, America was giving military equipment to Tajikistan", us, tj, "Through military equipment", ""},
		// another side's deed with the partner
		{"Tajikistan also permitted the French military to use the Kulyab airbase on a contingency basis, mainly for refuelling, humanitarian aid, and over-flight rights", us, tj, "", ""},
		{"In April 2002, Russia was giving military equipment to Tajikistan", us, tj, "", ""},
		{"Tajikistan offered Russia the use of air bases in the campaign", us, tj, "", ""},
		// the side's deed with another partner
		{"In April 2002, America was giving military equipment to Uzbekistan", us, tj, "", ""},
		// no means of the forms
		{"To help these endeavors, the US has given humanitarian aid and support for political reconciliation, dedicated to the promotion of democracy and maintenance of stability in the region", us, tj, "", ""},
		{"U.S concentrated on border security as the key issue in security cooperation", us, tj, "", ""},
		// "It" from the sentence before; the means cut before the next clause
		{"It engaged with Tajikistan through Annual Bilateral Consultation and was focusing on border security, drug smuggling, economy, science and technology, democratization and human rights", us, tj, "Through Annual Bilateral Consultation",
			"American cooperation with Tajikistan was mainly focused on counter-terrorism"},
		{"It engaged with Tajikistan through Annual Bilateral Consultation", us, tj, "",
			"Russia's cooperation with Tajikistan was mainly focused on counter-terrorism"},
		{"The US engaged with Kyrgyzstan through annual talks", us, tj, "", ""},
	}
	for _, c := range cases {
		if got := x.meansOf(c.s, c.before, c.side, c.partner); got != c.want {
			t.Errorf("meansOf(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestFoundedAfter: a means naming a thing the paper says was set up
// after the pivot is dated by it, though its sentence dates nothing.
func TestFoundedAfter(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	for c, want := range map[string]bool{
		"Through Annual Bilateral Consultation":         true,  // established in 2009
		"Through annual bilateral consultations":        true,  // another spelling
		"Through Annual Bilateral Summits":              false, // not every word of the thing
		"Through diplomatic relations":                  false, // nothing set up
		"Through cooperation in intelligence gathering": false,
	} {
		if got := x.foundedAfter(c); got != want {
			t.Errorf("foundedAfter(%q) = %v, want %v", c, got, want)
		}
	}
}

// TestSecurityMeans: the means a guesser takes for security deeds.
func TestSecurityMeans(t *testing.T) {
	for c, want := range map[string]bool{
		"Through the use of Tajik airspace":                                          true,
		"Through cooperation in intelligence gathering":                              true,
		"Through military equipment":                                                 true,
		"Through landing and overflight rights":                                      true,
		"Through Annual Bilateral Consultation":                                      false,
		"Through political and cultural accords and small-scale economic agreements": false,
	} {
		if got := securityMeans(c); got != want {
			t.Errorf("securityMeans(%q) = %v, want %v", c, got, want)
		}
	}
}

// TestAfterPivotAt: a sentence is after the title's pivot when it, or the
// nearest sentence before it in its paragraph that says, dates it after
// (a year after the period's start, or "after/since/the 9/11").
func TestAfterPivotAt(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	want := map[[2]int]bool{
		{3, 2}:  false, // "From the conclusion in 1997 ..."
		{3, 6}:  true,  // after "The 9/11 terrorist attacks ..." (¶3.3)
		{13, 2}: true,  // after "... after 9/11" (¶13.1)
		{14, 2}: false, // "The events ...": no date in its paragraph
		{16, 2}: true,  // "After 9/11, ..."
		{16, 6}: true,  // after "5 February 2002" (¶16.5)
		{19, 1}: true,  // "In April 2002"
		{5, 2}:  false, // no date
		{22, 0}: false, // "from 1992 to 2010": across the pivot
		{23, 9}: false, // the conclusion dates nothing (the ABC is dated by foundedAfter)
	}
	for at, w := range want {
		para := paragraphN(p, at[0])
		if got := x.afterPivotAt(para, at[1]); got != w {
			s, _ := x.plainSentence(para, at[1])
			t.Errorf("afterPivotAt(¶%d.%d %q) = %v, want %v", at[0], at[1], s, got, w)
		}
	}
}

func paragraphN(p *paper.Paper, n int) *paper.Paragraph {
	for i := range p.Paragraphs {
		if p.Paragraphs[i].N == n {
			return &p.Paragraphs[i]
		}
	}
	return nil
}

// TestBeforeItem: the paper's before item is in the quiz in place of the
// year the civil war ended (its sentence's date item), its wrong choices
// what the US did with Tajikistan after 9/11 less those another item asks
// or states (the landing rights the why-item's stem names, the military
// aid the purpose item's stem names), one of them no security deed (the
// ABC, set up in 2009) as the answer is none; the quiz keeps 28 items.
func TestBeforeItem(t *testing.T) {
	all := defaultQuizzer(t).All()
	if len(all) < quizFloor {
		t.Errorf("%d items, want at least %d", len(all), quizFloor)
	}
	var found *Quiz
	for _, q := range all {
		if q.Kind == "before" {
			found = &q
		}
		if q.Question == "In which year did the Tajik civil war end?" {
			t.Errorf("the year item is still in the quiz")
		}
	}
	if found == nil {
		t.Fatal("no before item in the quiz")
	}
	if found.Question != "Before 9/11, how did the United States seek to expand its relations with Tajikistan?" ||
		// the i10cross pass: cut at its last "and", the key was about
		// twice as long as the other choices (cross.go)
		found.Choices[found.Answer] != "Through political and cultural accords" {
		t.Errorf("before item: %q %q", found.Question, found.Choices)
	}
	var wrong []string
	for i, c := range found.Choices {
		if i != found.Answer {
			wrong = append(wrong, c)
		}
	}
	slices.Sort(wrong)
	if want := []string{"Through cooperation in intelligence gathering", "Through military equipment", "Through the use of Tajik airspace"}; !slices.Equal(wrong, want) {
		t.Errorf("wrong choices %q, want %q", wrong, want)
	}
	for _, c := range wrong {
		for _, o := range all {
			if o.ID != found.ID && strings.Contains(strings.ToLower(o.Question), strings.ToLower(strings.TrimPrefix(c, "Through "))) {
				t.Errorf("wrong choice %q is named in %q", c, o.Question)
			}
		}
	}
}
