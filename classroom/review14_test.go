package classroom

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"paperbot/paper"
)

// The fourteenth pass answers the blind reader of blind24/quiz-report.md
// on a theme it found missing: NATO engagement beyond PfP, Rakhmonov's
// first NATO summit (November 2002), where he called PfP a fundamental of
// Tajik foreign policy (its theme 6). The item is a speech item
// (speech.go); the check below finds the theme missing in main's 28 items
// as that reader saw them (testdata/quiz-reviewed13.json) and present
// today.

// fourteenthThemeFlaws: no item asks what a leader said in a speech.
func fourteenthThemeFlaws(_ *extractor, all []Quiz) []string {
	for _, q := range all {
		if strings.Contains(q.Question, " speech ") {
			return nil
		}
	}
	return []string{"no item on what a leader called a thing in a speech (Rahmon's first NATO summit)"}
}

// TestQuizFourteenthReview: today's items ask the theme, and there are at
// least 28.
func TestQuizFourteenthReview(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	holdsToday(t, x, defaultQuizzer(t).All(), map[string]func(*extractor, []Quiz) []string{"themes": fourteenthThemeFlaws})
}

// TestChecksCatchTheFourteenthReview: the theme check finds the theme
// missing in main's 28 items as the 24th blind reader saw them.
func TestChecksCatchTheFourteenthReview(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	catchesReviewed(t, x, loadReviewed28(t, "testdata/quiz-reviewed13.json"),
		map[string]func(*extractor, []Quiz) []string{"themes": fourteenthThemeFlaws},
		map[string][]string{"themes": {"first NATO summit"}})
}

// priorOf is every item made before the kind's, as items() hands them on.
func priorOf(x *extractor, kind string) []Quiz {
	var prior []Quiz
	for _, it := range x.items() {
		if it.Kind != kind {
			prior = append(prior, it.Quiz)
		}
	}
	return prior
}

// wrongOf is q's wrong choices, sorted.
func wrongOf(q Quiz) []string {
	var wrong []string
	for i, c := range q.Choices {
		if i != q.Answer {
			wrong = append(wrong, c)
		}
	}
	sort.Strings(wrong)
	return wrong
}

// TestSpeechItem: the speech generator on the paper's own sentences:
// Rahmon's speech at his first NATO summit (¶17), against the roles the
// paper gives the coalition (¶14), the arms (¶19) and national security
// (¶23).
func TestSpeechItem(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	prior := priorOf(x, "speech")
	qs := x.speechQuizzes(prior)
	if len(qs) != 1 {
		t.Fatalf("%d speech items, want 1: %+v", len(qs), qs)
	}
	q := qs[0]
	checkWellFormed(t, q)
	// "the PFP program" is the answer of the item on the NATO programme
	// Tajikistan committed to joining: named by the joining the paragraph
	// tells before the speech ("Tajikistan formally joined, in February
	// 2002, the PFP program"), the same year as the summit; no month or
	// year, which would date the embargo item's "January 2002" and the
	// sequence item's joining
	if want := "In his speech at his first NATO summit meeting, what did President Rahmon call participation in the NATO program Tajikistan had joined earlier that year?"; q.Question != want {
		t.Errorf("question\n got %q\nwant %q", q.Question, want)
	}
	if want := "One of the fundamentals in Tajik foreign policy"; q.Choices[q.Answer] != want {
		t.Errorf("answer %q, want %q", q.Choices[q.Answer], want)
	}
	// not "the key issue in security cooperation" (of the answer's sense;
	// until the i10keyissue pass another item asked what held it), not "the key event in bilateral relations" (likewise), not
	// "an alternative route ..." (Tajikistan's, a side's role), not "the
	// last of the states ..." (its sentence names the PFP), not "the main
	// strategy of Tajikistan" (a main thing, as the answer's fundamental:
	// the blind reader's split hair), not "a means to extend Washington's
	// influence" (after the counterweight, in the same paragraph), not
	// "the basis for small business development" (a basis, as a
	// fundamental)
	want := []string{
		"A counterweight to Russia's influence",
		"A reward for its support in the war on terror",
		"An instrument for Tajikistan to reach out to the world",
	}
	if got := wrongOf(q); !slices.Equal(got, want) {
		t.Errorf("wrong choices\n got %q\nwant %q", got, want)
	}
	for _, p := range prior {
		if o, ok := givesAwayItem(q, p); ok {
			t.Errorf("option %q gives away %q", o, p.Question)
		}
		if strings.Contains(q.Question, p.Choices[p.Answer]) {
			t.Errorf("the stem names the answer of %q", p.Question)
		}
	}
}

// TestSpeechPriorFilter: without the items made before it, the speech
// item names "the PFP program"; with them it does not. A role whose
// holder another item asks ("What did the U.S. concentrate on as the key
// issue in ... cooperation?") is struck by the prior items (seen: the
// generator's first cut offered it, the give-away rule reading too few of
// its words). Since the i10keyissue pass the paper's key issue makes no
// item (its answer names the stem's field, keyissue.go), so no prior item
// holds it; the filter is checked on the paper with the sentence of
// defence cooperation, whose key-issue item is a prior item, and the
// speech item still offers neither role: since the nineteenth pass both
// are of the answer's sense (a key thing, as a fundamental).
func TestSpeechPriorFilter(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	const issue = "The key issue in security cooperation"
	bare := x.speechQuizzes(nil)
	if len(bare) != 1 || !strings.Contains(bare[0].Question, "the PFP program") {
		t.Fatalf("without prior items: %+v; the filters test nothing", bare)
	}
	prior := priorOf(x, "speech")
	withPrior := x.speechQuizzes(prior)
	if len(withPrior) != 1 || slices.Contains(withPrior[0].Choices[:], issue) || strings.Contains(withPrior[0].Question, "PFP") {
		t.Errorf("with prior items: %+v", withPrior)
	}
	if stemAsksHolder(issue, (&priorItems{qs: prior}).targets()) {
		t.Errorf("stemAsksHolder(%q) = true: a prior item asks the paper's key issue", issue)
	}
	// the key issue of defence cooperation: a prior item asks its holder
	const defence = "The key issue in defence cooperation"
	dp := withSentence(t, p, 16, "U.S concentrated on fringe security as the key issue in security collaboration.",
		"U.S concentrated on fringe security as the key issue in defence collaboration.")
	y := newExtractor(dp, buildGlossary(dp), loadPlain(t))
	dprior := priorOf(y, "speech")
	pw := (&priorItems{qs: dprior}).targets()
	if !stemAsksHolder(defence, pw) {
		t.Errorf("stemAsksHolder(%q) = false with the prior items", defence)
	}
	if stemAsksHolder("A counterweight to Russia's influence", pw) {
		t.Error("stemAsksHolder strikes the counterweight")
	}
	if stemAsksHolder(defence, nil) {
		t.Errorf("stemAsksHolder(%q) = true with no prior items", defence)
	}
	if qs := y.speechQuizzes(dprior); len(qs) != 1 || slices.Contains(qs[0].Choices[:], defence) {
		t.Errorf("with the defence paper's prior items: %+v", qs)
	}
}

// TestRolesOfThings: roles go to things, not to sides: "Tajikistan served
// as an alternative route" (after a clause naming Uzbekistan) and
// "America was the largest bilateral donor" are no role of a thing.
func TestRolesOfThings(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	var got []string
	for _, r := range x.roles() {
		got = append(got, r.text)
	}
	for _, w := range []string{"an instrument for Tajikistan to reach out to the world", "a reward for its support in the war on terror", "the main strategy of Tajikistan", "the key issue in security cooperation", "a counterweight to Russia's influence"} {
		if !slices.Contains(got, w) {
			t.Errorf("role %q not found in %q", w, got)
		}
	}
	for _, w := range []string{"an alternative route for a small share of the supplies", "the largest bilateral donor"} {
		if slices.Contains(got, w) {
			t.Errorf("a side's role %q among the roles of things", w)
		}
	}
	for _, tt := range []struct {
		holder string
		side   bool
	}{
		{"Though most overland transport along this Northern Distribution Network crossed Uzbekistan to final destinations in Afghanistan, Tajikistan served", true},
		{"It", true},
		{"Its participation in the U.S-led anti-terrorist coalition", false},
		{"U.S concentrated on border security", false},
		{"This was carried out", false},
	} {
		if got := x.sideHolds(tt.holder); got != tt.side {
			t.Errorf("sideHolds(%q) = %v, want %v", tt.holder, got, tt.side)
		}
	}
}

// TestRolesOfOneSense: a role that, like the answer, makes its holder a
// main, key or fundamental part of something shares the answer's sense
// ("the main strategy of Tajikistan" beside "one of the fundamentals in
// Tajik foreign policy": a reader who knows the paper splits hairs); a
// role of another kind does not.
func TestRolesOfOneSense(t *testing.T) {
	const answer = "One of the fundamentals in Tajik foreign policy"
	for _, tt := range []struct {
		role string
		same bool
	}{
		{"The main strategy of Tajikistan", true},
		{"The key issue in security cooperation", true},
		{"The key event in bilateral relations", true},
		{"The basis for small business development in the nation", true},
		{"An instrument for Tajikistan to reach out to the world", false},
		{"A reward for its support in the war on terror", false},
		{"A counterweight to Russia's influence", false},
		{"A means to extend Washington's influence in the CIS countries", false},
	} {
		if got := oneSense(answer, tt.role); got != tt.same {
			t.Errorf("oneSense(%q, %q) = %v, want %v", answer, tt.role, got, tt.same)
		}
	}
	// two roles of another kind are not of one sense
	if oneSense("An instrument for Tajikistan to reach out to the world", "A reward for its support in the war on terror") {
		t.Error("instrument and reward of one sense")
	}
}

// TestJoinedName: a programme named by the joining its paragraph tells
// before the speech, with "earlier that year" when the joining's year is
// the occasion's.
func TestJoinedName(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	var para *paper.Paragraph
	si := -1
	for pi := range p.Paragraphs {
		pp := &p.Paragraphs[pi]
		for i := range pp.Sentences {
			if s, _ := x.plainSentence(pp, i); strings.HasPrefix(s, "In his speech, he stressed") {
				para, si = pp, i
			}
		}
	}
	if para == nil {
		t.Fatal("no speech sentence")
	}
	for _, tt := range []struct {
		acronym, noun, org, when, want string
	}{
		{"PFP", "program", "NATO", "November 2002", "the NATO program Tajikistan had joined earlier that year"},
		{"PFP", "program", "NATO", "November 2004", "the NATO program Tajikistan had joined"},
		{"IPP", "program", "NATO", "November 2002", ""}, // no sentence before joins it
	} {
		if got := x.joinedName(para, si, tt.acronym, tt.noun, tt.org, tt.when); got != tt.want {
			t.Errorf("joinedName(%s, %s) = %q, want %q", tt.acronym, tt.when, got, tt.want)
		}
	}
}

// TestTradeItem: the trade generator on the paper's own sentences (¶12's
// exports and imports, ¶11's "rich in"): what the US bought from
// Tajikistan, against a good that went the other way and what Tajikistan
// was rich in that no other item offers.
func TestTradeItem(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	prior := priorOf(x, "trade")
	qs := x.tradeQuizzes(prior)
	if len(qs) != 1 {
		t.Fatalf("%d trade items, want 1: %+v", len(qs), qs)
	}
	q := qs[0]
	checkWellFormed(t, q)
	if want := "Which of these did the US import from Tajikistan?"; q.Question != want {
		t.Errorf("question\n got %q\nwant %q", q.Question, want)
	}
	// "precious, semiprecious, and imitation gems": kinds of one thing
	if want := "Gems"; q.Choices[q.Answer] != want {
		t.Errorf("answer %q, want %q", q.Choices[q.Answer], want)
	}
	// not coal, uranium, gold, silver, tungsten or lead: the resources
	// item offers them ("Coal or uranium", its pairs by kind since the
	// i10pairs pass; marble was offered before), and offered here too they
	// would tell a student Tajikistan had them, and that item's answer
	want := []string{"Marble", "Poultry", "Zinc"}
	if got := wrongOf(q); !slices.Equal(got, want) {
		t.Errorf("wrong choices\n got %q\nwant %q", got, want)
	}
}

// TestTradePriorFilter: without the items made before it, the trade item
// offers coal and marble, which the resources item offers (seen: the
// generator's first cut offered "Coal, marble and gold" and "Silver,
// tungsten and lead", all six that item's wrong choices).
func TestTradePriorFilter(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	bare := x.tradeQuizzes(nil)
	if len(bare) != 1 || !slices.Contains(bare[0].Choices[:], "Coal") {
		t.Fatalf("without prior items: %+v; the filter tests nothing", bare)
	}
	for _, q := range x.tradeQuizzes(priorOf(x, "trade")) {
		for _, p := range priorOf(x, "trade") {
			for i, c := range q.Choices {
				if i != q.Answer && offered(c, []Quiz{p}) {
					t.Errorf("%q offered by %q too", c, p.Question)
				}
			}
		}
	}
}

// TestGoods: lists of goods split into their items; a list inside the
// list ("precious, semiprecious, and imitation gems") is one item, its
// head; a word ending like an adjective ("coal") is no modifier (seen:
// the generator's first cut, by suffixes, dropped coal).
func TestGoods(t *testing.T) {
	for in, want := range map[string][]string{
		"precious, semiprecious, and imitation gems, fruits and household goods": {"gems", "fruits", "household goods"},
		"poultry, pharmaceutical preparations, and meat":                         {"poultry", "pharmaceutical preparations", "meat"},
		"coal, marble, gold, silver, tungsten, lead, uranium and zinc":           {"coal", "marble", "gold", "silver", "tungsten", "lead", "uranium", "zinc"},
	} {
		if got := goods(in); !slices.Equal(got, want) {
			t.Errorf("goods(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFourteenthPassFillers: the two new items fill the floor; the total
// beside its shares ($988.57 million, whose 1992-2010 aid the share item
// asks: weak to the 24th blind read) and Rasht valley's place go, and the
// water's share and the embargo's month, each their theme's one item,
// stay (seen failing without total.go: the water went, "no item on
// Tajikistan's water").
func TestFourteenthPassFillers(t *testing.T) {
	checkKept(t, []keptCase{
		// since the i10trade pass the trade balance takes its place (blind
		// reads: the goods are trivia, the imbalance the point); since the
		// i10since pass the balance is a floor candidate (its figures'
		// sentence names no exporter, blind64-68 WEAK) and the since item
		// (since.go) pushes it out (TestSinceInQuiz); the goods stay out
		{"Which of these did the US import from Tajikistan?", false},
		{"In 2013, how did US exports to Tajikistan compare with its imports from Tajikistan?", false},
		{"What did the United States do after Russian forces withdrew from the Tajik-Afghan border?", true},
		// its stem since the nineteenth pass (NATO's program, vague, named
		// by its joining); since the i10plan pass the floor drops the item
		// that asked the programme's name, and the stem names it
		// (nameUnasked)
		{"In his speech at his first NATO summit meeting, what did President Rahmon call participation in NATO's Partnership for Peace, which Tajikistan had joined earlier that year?", true},
		// the i10rights pass: the reaction item (rights.go) pushes the water's
		// share out, bare recall every strict blind reader judged WEAK
		// (TestReactionInQuiz)
		{"Complete: Tajikistan had ____ of Central Asia's water resources.", false},
		// fifteenth pass: dropped, the act item on its sentence asks what
		// the US did in January 2002 (the embargo's theme stays)
		{"When did the US lift an eight-year-old arms sales embargo on Tajikistan?", false},
		{"Which restriction on Tajikistan did the United States lift in January 2002, after 9/11?", true}, // i10act: the embargo's item asks which restriction (restriction.go)
		// pushed out on the fourteenth pass's branch: a total beside its
		// shares (total.go) and a place of one sentence (bare.go); merged
		// with the eleventh pass's rules, which drop four items, the floor
		// of 28 keeps both (the years of the ABC and of the first NATO
		// summit go first); dropped on the sixteenth pass, whose two
		// sequence items (sequence.go) take the WTO item's place and the
		// total's (the least salient of the rank-4 fillers)
		{"How much was America's budgeted aid to Tajikistan from 1992 to 2010?", false},
		// the i10new pass: pushed out by the settlement item (settlement.go)
		{"In which valley did U.S. Special Forces give strategic support to Tajik government troops in repelling an attempted Islamist militant operation?", false},
		{"In which year did the United States sign the establishment of Annual Bilateral Consultation with each Central Asian state?", false},
	})
}

// TestTotalBesideShares: the rule on its own inputs: a total and a share
// of one period; another period, or no share item, leaves the total.
func TestTotalBesideShares(t *testing.T) {
	mk := func(kind, q string) item { return item{Quiz: Quiz{Kind: kind, Question: q}} }
	total := mk("amount", "How much was America's budgeted aid to Tajikistan from 1992 to 2010?")
	for _, tt := range []struct {
		other item
		want  bool
	}{
		{mk("share", "Which area took the largest share of the U.S. aid to Tajikistan from 1992 to 2010?"), true},
		{mk("share", "Which area took the largest share of the U.S. aid to Tajikistan from 2001 to 2010?"), false},
		{mk("year", "In which year did the aid to Tajikistan from 1992 to 2010 peak?"), false},
	} {
		if got := totalBesideShares([]item{total, tt.other}, 0); got != tt.want {
			t.Errorf("beside %q: %v, want %v", tt.other.Question, got, tt.want)
		}
	}
}
