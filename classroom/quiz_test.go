package classroom

import (
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"testing"

	"paperbot/data"
	"paperbot/paper"
)

var (
	defaultOnce  sync.Once
	defaultPaper *paper.Paper
	defaultPlain *Plain
)

func loadPaper(tb testing.TB) *paper.Paper {
	tb.Helper()
	defaultOnce.Do(func() {
		p, err := paper.Default()
		if err != nil {
			tb.Fatal(err)
		}
		defaultPaper = p
		// the paper's plain-English list, from its folder in data/
		if defaultPlain, err = LoadPlain(data.Knowledge()); err != nil {
			tb.Fatal(err)
		}
		if defaultPlain == nil {
			tb.Fatalf("no %s in data/%s", PlainFile, data.Dir)
		}
	})
	return defaultPaper
}

var (
	quizOnce    sync.Once
	defaultQuiz *Quizzer
)

// defaultQuizzer is the default paper's quiz with its plain-English list,
// drawn once for the package's tests (seconds under -race); a Quizzer is
// read-only once drawn.
func defaultQuizzer(tb testing.TB) *Quizzer {
	tb.Helper()
	p, plain := loadPaper(tb), loadPlain(tb)
	quizOnce.Do(func() { defaultQuiz = NewQuizzer(p, plain) })
	return defaultQuiz
}

// loadPlain is the default paper's plain-English list.
func loadPlain(tb testing.TB) *Plain {
	tb.Helper()
	loadPaper(tb)
	return defaultPlain
}

func TestQuizzesWellFormed(t *testing.T) {
	qz := defaultQuizzer(t)
	all := qz.All()
	kinds := map[string]int{}
	for _, q := range all {
		kinds[q.Kind]++
		checkWellFormed(t, q)
		if wordCount(q.Question) > maxQuestionWords+2 {
			t.Errorf("%s: question too long: %q", q.ID, q.Question)
		}
		// no citation, nor any internal note ("(approximate: ...)"), in
		// what a teacher hands out
		for _, text := range append([]string{q.Question}, withoutKnownAcronyms(q.Choices[:])...) {
			for _, cite := range []string{"p.", "pp.", "(Nichol", "(Jonson", "approximate", "(", "et al"} {
				if strings.Contains(text, cite) {
					t.Errorf("%s: citation or note %q left in %q", q.ID, cite, text)
				}
			}
		}
	}
	t.Logf("%d quizzes by kind: %v", len(all), kinds)
	if len(all) < 25 {
		t.Errorf("only %d quizzes, want at least 25", len(all))
	}
	if len(kinds) < 4 {
		t.Errorf("only %d kinds (%v), want at least 4", len(kinds), kinds)
	}
	for i, q := range all[:min(10, len(all))] {
		t.Logf("sample %d [%s] ¶%d p.%d %s\n    choices %q, answer %d", i+1, q.Kind, q.Paragraph, q.Page, q.Question, q.Choices, q.Answer)
	}
}

func TestQuizIDsUniqueAndStable(t *testing.T) {
	p := loadPaper(t)
	a, b := NewQuizzer(p, loadPlain(t)).All(), NewQuizzer(p, loadPlain(t)).All()
	if len(a) != len(b) {
		t.Fatalf("two runs differ: %d vs %d quizzes", len(a), len(b))
	}
	ids := map[string]bool{}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("run 1 %+v\nrun 2 %+v", a[i], b[i])
		}
		if ids[a[i].ID] {
			t.Errorf("duplicate ID %s", a[i].ID)
		}
		ids[a[i].ID] = true
	}
	qz := defaultQuizzer(t)
	for _, q := range a {
		got, ok := qz.ByID(q.ID)
		if !ok || got != q {
			t.Errorf("ByID(%s) = %+v, %v", q.ID, got, ok)
		}
	}
	if _, ok := qz.ByID("qnothere"); ok {
		t.Error("ByID found an unknown id")
	}
}

// TestQuizSamples checks by hand a few quizzes the paper must give; the
// ones marked dropped are made but left out of the set, as their stems name
// another item's answer.
func TestQuizSamples(t *testing.T) {
	p := loadPaper(t)
	var made []Quiz
	for _, it := range newExtractor(p, buildGlossary(p), loadPlain(t)).items() {
		made = append(made, it.Quiz)
	}
	// kept by sentence, kind and answer: the quiz's final ID also hashes
	// its choices in their final order (contentID)
	keep := func(q Quiz) string { return q.Sentence + "\x00" + q.Kind + "\x00" + q.Choices[q.Answer] }
	kept := map[string]bool{}
	for _, q := range defaultQuizzer(t).All() {
		kept[keep(q)] = true
	}
	tests := []struct {
		sentence string // start of the source sentence
		kind     string
		question string
		answer   string
		notIn    []string // must not be among the choices (the same thing written otherwise)
		dropped  bool     // its stem names another item's answer ("Annual Bilateral Consultation", "Kulyab")
		none     bool     // not made at all
	}{
		// the day of a routine step is trivia: its year is asked; the
		// aid's "from 1992 to 2010" names it, so it is left out
		{"America established diplomatic relations with Tajikistan on 14 February 1992", "year",
			"In which year did America establish diplomatic relations with Tajikistan?", "1992", nil, true, false},
		// made, then dropped: 2013 is after the paper's period 2001-2012 (afterPeriod, fifth review)
		{"The total trade volume between the Tajikistan and U.S. was $52.6 million in 2013", "amount",
			"How much was the total trade volume between Tajikistan and the U.S. in 2013?", "$52.6 million", []string{"$51.9 million"}, true, false},
		// the paper's main actor is no answer; his date is, his name in one spelling
		// the month something was first done is trivia: its year, which
		// three other items of 2002 leave out as it names no act of its own
		{"Further, on November 2002, President Rakhmonov participated", "date", "", "November 2002", nil, false, true},
		// "This resistance" resolved from the sentence before; parties for a party
		{"This resistance was captained by the Islamic Renaissance Party (IRP)", "organisation",
			"Which party led the opposition in the civil war?", "Islamic Renaissance Party of Tajikistan", []string{"IRP", "International Security Assistance Force"}, false, false}, // i10distract pass: every party with its country (fullChoices)
		{"U.S.-Tajikistan signed an MoU on micro-financing in July 2002", "date",
			"When did the U.S. and Tajikistan sign an MoU on micro-financing?", "July 2002", nil, true, true}, // "The document became the basis for ...": its result is the point, not its month (resultFollows, fifth review)
		{"Tajikistan likewise permitted the French military to utilize the Kulyab airbase", "place",
			"", "Kulyab", nil, true, true}, // Kulyab is named by ¶15's muddled "It consented ..." (townOfMuddled)
		{"United States signed the establishment of Annual Bilateral Consultation (ABC)", "year",
			"In which year did the United States sign the establishment of Annual Bilateral Consultation with each Central Asian state?", "2009", nil, true, false}, // sixth review: what was done in 2009 is asked instead (act item); seventh: act items take disjoint deeds, so only the floor of 28 keeps it, first to go (bare.go); ninth: understanding items fill the floor; eleventh: back on the floor, as four weak items went (review11_test.go); twelfth to fourteenth merged: their new items push it out again
		{"In September 2010, U.S. Extraordinary Forces", "place",
			"In which valley did U.S. Special Forces give strategic support to Tajik government troops in repelling an attempted Islamist militant operation?", "Rasht valley", []string{"Zarafshan", "Ferghana"}, true, false}, // fourteenth pass: pushed out; merged with the eleventh pass's rules, kept by the floor; i10new pass: pushed out by the settlement item (settlement.go), a place being the floor's first filler to go
		// the attribution to a cited author is dropped, the claim asked
		{"As Crosston, (2016, p.104) work's state that", "date",
			"When did the US lift an eight-year-old arms sales embargo on Tajikistan?", "January 2002", nil, true, false}, // sixth review: what the US did in January 2002 is asked instead; seventh: as the ABC's year above; fifteenth pass: dropped again, the act item "What did the US do in January 2002?" asks it (acts.go: the visit's message no longer spends three deeds; giveaway.go: whenOfOwnDeed)
		// "It" would resolve to Uzbekistan, whose bases Khujand, Kulyab and
		// Kurgan-Tyube are not: no item
		{"It consented to a beginning arrangement on 7 October 2001", "date", "", "7 October 2001", nil, true, true},
		// an event noun carries the date, not the clause around it
		{"From the conclusion in 1997 of the Tajik civil war", "year",
			"In which year did the Tajik civil war end?", "1997", nil, true, false}, // i10before pass: made, then dropped: the before item asks how the US sought ties from then on (before.go), and wins the sentence in dropConflicts
		// "the opening of a bridge on DATE over X, which was built by the
		// U.S. for $36 million": who built it and for how much, not the
		// day it opened (fourth review: the date was trivia)
		// (ninth pass: made, then dropped: what the paper calls the bridge,
		// the key event in bilateral relations, is asked instead, and the
		// cost is the floor's first filler to go; see keyevent.go)
		{"The vital occasion on respective relations", "amount",
			"How much did the U.S. spend to build the bridge over the Pyanj River?", "$36 million", []string{"$36.02 million"}, true, false}, // eighth review: a figure's trivia (Q5), the first filler the new judgement and concern items push out (bare.go)
		// "S was one of the first nations to V": the verb is asked about
		// its year, without the break-up that dates it by general knowledge
		{"The US was one of the main nations to perceive", "year",
			"In which year did the US recognise Tajikistan as an independent nation?", "1991", nil, true, false}, // ninth pass: made, then dropped: understanding items fill the floor (bare.go); eleventh: still dropped: the key event item's wrong choice "Recognising Tajikistan as an independent nation" states its stem (a deed of three content words; giveaway.go)
		// a US Secretary of State for a US Secretary of State
		// "Who visited Tajikistan in October 2005?": the date alone names
		// the Secretary of State; the month of her visit is asked instead
		{"During the visit of Condoleezza Rice to Tajikistan in October 2005", "person", "", "Condoleezza Rice", nil, false, true},
		{"During the visit of Condoleezza Rice to Tajikistan in October 2005", "date",
			"When did Condoleezza Rice visit Tajikistan?", "October 2005", nil, true, false}, // sixth review: what she pressed for on the visit is asked instead
	}
	for _, tt := range tests {
		t.Run(tt.kind+"/"+tt.answer, func(t *testing.T) {
			var found *Quiz
			for _, q := range made {
				if strings.HasPrefix(q.Sentence, tt.sentence) && q.Kind == tt.kind && q.Choices[q.Answer] == tt.answer {
					found = &q
					break
				}
			}
			if tt.none {
				if found != nil {
					t.Errorf("made %q, want no item", found.Question)
				}
				return
			}
			if found == nil {
				t.Fatalf("no %s quiz with answer %q from %q", tt.kind, tt.answer, tt.sentence)
			}
			if kept[keep(*found)] == tt.dropped {
				t.Errorf("%s: kept %v, want %v", found.Question, kept[keep(*found)], !tt.dropped)
			}
			if tt.question != "" && found.Question != tt.question {
				t.Errorf("question\n got %q\nwant %q", found.Question, tt.question)
			}
			for _, c := range found.Choices {
				for _, bad := range tt.notIn {
					if c == bad {
						t.Errorf("choice %q names the answer again: %q", c, found.Choices)
					}
				}
			}
		})
	}
}

// TestQuizPrecision: sentences that would give ambiguous or awkward questions
// give none.
func TestQuizPrecision(t *testing.T) {
	qz := defaultQuizzer(t)
	for _, q := range qz.All() {
		switch {
		case strings.HasPrefix(q.Sentence, "America energized the Central Asians joins with the OSCE"):
			t.Errorf("three organisations in one sentence make an ambiguous question: %q", q.Question)
		case strings.HasPrefix(q.Sentence, "The U.S. gave aid for Economic Growth") && q.Kind == "amount":
			t.Errorf("a list of six amounts is no question: %q", q.Question)
		case strings.Contains(q.Question, "According to") || strings.Contains(q.Question, "work's state") || strings.Contains(q.Question, "expressed that"):
			t.Errorf("the attribution to a cited author left in the question: %q", q.Question)
		case strings.HasPrefix(q.Sentence, "The new nation was soon plunged") && q.Kind == "year":
			t.Errorf("(1992-97) gives 1997 away: %q", q.Question)
		case q.Kind == "amount" && strings.HasSuffix(q.Choices[q.Answer], "percent"):
			// the paper gives too few shares: made ones, round and apart
			for i, c := range q.Choices {
				v, err := strconv.ParseFloat(strings.TrimSuffix(c, " percent"), 64)
				if i != q.Answer && (err != nil || v <= 0 || v >= 100 || int(v)%5 != 0) {
					t.Errorf("%s: share %q is no round share: %q", q.ID, c, q.Choices)
				}
			}
		}
		if q.Kind == "year" {
			for i, c := range q.Choices {
				if i != q.Answer && (c < "1991" || c > "2013") {
					t.Errorf("%s: implausible year %q", q.ID, c)
				}
			}
		}
	}
}

func TestPick(t *testing.T) {
	qz := defaultQuizzer(t)
	r := rand.New(rand.NewPCG(7, 7))
	for range 50 {
		q, err := qz.Pick("defense", r)
		if err != nil {
			t.Fatal(err)
		}
		if q.Section != "Defense Relations" {
			t.Fatalf("Pick(defense) gave a quiz from %q", q.Section)
		}
	}
	if _, err := qz.Pick("", nil); err != nil {
		t.Fatal(err)
	}
	a, _ := qz.Pick("", rand.New(rand.NewPCG(1, 2)))
	b, _ := qz.Pick("", rand.New(rand.NewPCG(1, 2)))
	if a.ID != b.ID {
		t.Error("Pick is not deterministic for a seeded generator")
	}
	_, err := qz.Pick("References", r)
	if !errors.Is(err, ErrNoQuiz) || !strings.Contains(err.Error(), "Political Relations") {
		t.Errorf("Pick(References) error = %v, want ErrNoQuiz listing the sections", err)
	}
	secs := qz.Sections()
	if len(secs) < 4 || secs[0] != "Abstract" && secs[0] != "Introduction" {
		t.Errorf("sections %q", secs)
	}
	for _, s := range secs {
		if s == "References" {
			t.Error("References has no quizzes")
		}
	}
}

func TestBaseForm(t *testing.T) {
	for v, want := range map[string]string{
		"established": "establish", "participated": "participate", "waged": "wage", "agreed": "agree",
		"started": "start", "signed": "sign", "gave": "give", "wanted": "want", "praised": "praise",
		"stopped": "stop", "tried": "try", "provided": "provide", "included": "include", "joined": "join",
		"created": "create", "announced": "announce", "visited": "visit", "hundred": "", "nation": "",
	} {
		if got := baseForm(v); got != want {
			t.Errorf("baseForm(%q) = %q, want %q", v, got, want)
		}
	}
}

func BenchmarkNewQuizzer(b *testing.B) {
	p, plain := loadPaper(b), loadPlain(b)
	b.ReportAllocs()
	for b.Loop() {
		NewQuizzer(p, plain)
	}
}

func BenchmarkPick(b *testing.B) {
	qz := defaultQuizzer(b)
	r := rand.New(rand.NewPCG(1, 2))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := qz.Pick("relations", r); err != nil {
			b.Fatal(err)
		}
	}
}

// TestQuizIDFollowsContent: a quiz's ID changes when its stem, choices,
// their order or its answer change, so that a button on a quiz posted
// before an upgrade that changed the item is refused instead of being
// graded against choices the student never saw.
func TestQuizIDFollowsContent(t *testing.T) {
	qz := NewQuizzer(loadPaper(t), nil)
	q := qz.All()[0]
	if got, ok := qz.ByID(q.ID); !ok || got.Question != q.Question {
		t.Fatalf("ByID(%s) = %+v, %v", q.ID, got, ok)
	}
	swapped := q // Choices is an array: a copy
	swapped.Choices[0], swapped.Choices[1] = swapped.Choices[1], swapped.Choices[0]
	reworded := q
	reworded.Question += " (again)"
	for name, other := range map[string]Quiz{"choices swapped": swapped, "stem changed": reworded} {
		if contentID(other) == contentID(q) {
			t.Errorf("%s: same ID %s", name, contentID(q))
		}
	}
}
