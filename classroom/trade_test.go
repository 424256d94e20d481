package classroom

import (
	"slices"
	"strings"
	"testing"
)

// ¶12's three trade sentences, as the paper writes them (citation cut).
var para12Trade = []string{
	"The total trade volume between the Tajikistan and U.S. was $52.6 million in 2013.",
	"The export made $51.9 million and import was $0.7 million.",
	"US exports to Tajikistan were mainly poultry, pharmaceutical preparations, and meat, imports from Tajikistan being precious, semiprecious, and imitation gems, fruits and household goods.",
}

// TestTradeBalanceSentences: a trade total with its two directions, the
// side whose exports and imports they are read from the sentences that
// name a direction; made-up paragraphs of other shapes, or whose reading
// is not unambiguous, give none.
func TestTradeBalanceSentences(t *testing.T) {
	for _, tt := range []struct {
		name         string
		sents        []string
		ok           bool
		reporter     string
		partner      string
		sold, bought float64
		year         string
	}{
		{"paper ¶12", para12Trade, true, "US", "Tajikistan", 51.9e6, 0.7e6, "2013"},
		// the sides named in the split itself (as the plain list renders it)
		{"named split", []string{para12Trade[0], "US exports to Tajikistan made $51.9 million and imports from Tajikistan were $0.7 million."}, true, "US", "Tajikistan", 51.9e6, 0.7e6, "2013"},
		// no sentence says whose export: either side's reading fits
		{"no side named", para12Trade[:2], false, "", "", 0, 0, ""},
		// the paragraph names both sides as exporter: ambiguous
		{"both sides export", []string{
			"The total trade volume between Iran and Tajikistan was $300 million in 2010.",
			"The export made $200 million and import was $100 million.",
			"Iran exports to Tajikistan were mainly fuel.",
			"Tajikistan exports to Iran were mainly aluminium.",
		}, false, "", "", 0, 0, ""},
		// the two figures do not make the total: not its two directions
		{"figures do not add up", []string{
			"The total trade volume between Iran and Tajikistan was $300 million in 2010.",
			"The export made $120 million and import was $100 million.",
			"Iran exports to Tajikistan were mainly fuel.",
		}, false, "", "", 0, 0, ""},
		// another shape: a change, not a total with its two directions
		{"another shape", []string{
			"Trade between Iran and Tajikistan grew to $300 million in 2010.",
			"Exports to Tajikistan rose while imports from Tajikistan fell by $10 million.",
		}, false, "", "", 0, 0, ""},
		// a third country named as the exporter: not the total's side
		{"third side", []string{
			"The total trade volume between Iran and Tajikistan was $300 million in 2010.",
			"The export made $200 million and import was $100 million.",
			"China exports to Tajikistan were mainly textiles.",
		}, false, "", "", 0, 0, ""},
	} {
		b, ok := tradeBalanceIn(tt.sents, 0, sameSideWords)
		if ok != tt.ok {
			t.Errorf("%s: ok = %v, want %v (%+v)", tt.name, ok, tt.ok, b)
			continue
		}
		if !ok {
			continue
		}
		if b.reporter != tt.reporter || b.partner != tt.partner || b.sold != tt.sold || b.bought != tt.bought || b.year != tt.year || b.split != 1 {
			t.Errorf("%s: got %+v, want %s->%s sold %g bought %g in %s", tt.name, b, tt.reporter, tt.partner, tt.sold, tt.bought, tt.year)
		}
	}
}

// TestBalanceBand: which way trade leaned, by the ratio of the larger
// flow to the smaller: at least 3, far more; under 1.5 (and at least
// 1.1), a little more; between, and under 1.1, no item.
func TestBalanceBand(t *testing.T) {
	for _, tt := range []struct {
		sold, bought float64
		dir, degree  string
	}{
		{51.9, 0.7, "sold", "far"}, // ¶12: 74 to 1
		{0.7, 51.9, "bought", "far"},
		{3, 1, "sold", "far"},
		{1.3, 1, "sold", "a little"},
		{1, 1.2, "bought", "a little"},
		{2, 1, "", ""},    // neither far nor a little
		{1.05, 1, "", ""}, // about the same
		{5, 0, "sold", "far"},
		{0, 0, "", ""},
	} {
		dir, degree := balanceBand(tt.sold, tt.bought)
		if dir != tt.dir || degree != tt.degree {
			t.Errorf("balanceBand(%g, %g) = %q, %q; want %q, %q", tt.sold, tt.bought, dir, degree, tt.dir, tt.degree)
		}
	}
}

// TestTradeBalanceItem: the balance item on the paper's ¶12.
func TestTradeBalanceItem(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	qs := x.tradeBalanceQuizzes()
	if len(qs) != 1 {
		t.Fatalf("%d balance items, want 1: %+v", len(qs), qs)
	}
	q := qs[0]
	checkWellFormed(t, q)
	if want := "In 2013, how did US exports to Tajikistan compare with its imports from Tajikistan?"; q.Question != want {
		t.Errorf("question\n got %q\nwant %q", q.Question, want)
	}
	if want := "The US sold far more to Tajikistan than it bought from it"; q.Choices[q.Answer] != want {
		t.Errorf("answer %q, want %q", q.Choices[q.Answer], want)
	}
	want := []string{
		"The US bought a little more from Tajikistan than it sold to it",
		"The US bought far more from Tajikistan than it sold to it",
		"The US sold a little more to Tajikistan than it bought from it",
	}
	if got := wrongOf(q); !slices.Equal(got, want) {
		t.Errorf("wrong choices\n got %q\nwant %q", got, want)
	}
	if !strings.HasPrefix(q.Sentence, "The export made $51.9 million") || q.Paragraph != 12 {
		t.Errorf("sentence ¶%d %q, want ¶12's export and import", q.Paragraph, q.Sentence)
	}
	lo, hi := 1<<30, 0
	for _, c := range q.Choices {
		lo, hi = min(lo, len(c)), max(hi, len(c))
	}
	if hi-lo > 6 {
		t.Errorf("choices' lengths %d to %d: one stands out", lo, hi)
	}
}

// TestTradeBalanceTakesGoodsPlace: one trade item a paragraph, the balance
// (the point) before the goods (detail): dropConflicts keeps the balance
// item and not the goods item of ¶12.
func TestTradeBalanceTakesGoodsPlace(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	goods := x.tradeQuizzes(priorOf(x, "trade"))
	bal := x.tradeBalanceQuizzes()
	if len(goods) != 1 || len(bal) != 1 {
		t.Fatalf("%d goods, %d balance items, want 1 each", len(goods), len(bal))
	}
	kept := x.dropConflicts([]item{{Quiz: goods[0]}, {Quiz: bal[0]}})
	if len(kept) != 1 || kept[0].Kind != "balance" {
		t.Errorf("kept %+v, want the balance item alone", kept)
	}
}

// TestTradeBalanceAfterPeriod: the fifth review's rule (period.go) keeps
// the balance item, dated 2013 in a paper on 2001-2012 (a relation in
// words, not the late figure), while it drops a late figure's recall; the
// balance took the goods item's place, and since the i10since pass the
// floor drops it in turn (its figures' sentence names no exporter:
// balanceSideUnstated) for the since item; the goods stay out and the
// quiz keeps its 28 items.
func TestTradeBalanceAfterPeriod(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	bal := x.tradeBalanceQuizzes()
	if len(bal) != 1 {
		t.Fatalf("%d balance items, want 1", len(bal))
	}
	if kept := x.afterPeriod([]item{{Quiz: bal[0]}}); len(kept) != 1 {
		t.Errorf("afterPeriod dropped %q", bal[0].Question)
	}
	late := bal[0]
	late.Kind = "amount"
	late.Question = "What was the total trade volume between Tajikistan and the U.S. in 2013?"
	if kept := x.afterPeriod([]item{{Quiz: late}}); len(kept) != 0 {
		t.Errorf("afterPeriod kept the late figure %q", late.Question)
	}
	all := defaultQuizzer(t).All()
	kinds := map[string]int{}
	for _, q := range all {
		kinds[q.Kind]++
	}
	if len(all) != 28 || kinds["trade"] != 0 || kinds["balance"] != 0 || kinds[sinceKind] != 1 {
		t.Errorf("%d items, %d trade, %d balance, %d since; want 28, 0, 0, 1", len(all), kinds["trade"], kinds["balance"], kinds[sinceKind])
	}
}
