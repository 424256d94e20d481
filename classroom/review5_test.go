package classroom

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The fifth pass answers a stricter blind reader (blind9/quiz-report.md:
// 12 of 28 good) by general rules. Each check below finds nothing in
// today's items and the named flaws in main's 28 items as that reader
// saw them (testdata/quiz-reviewed5.json, "paperbot quiz --all --json").

// sharedFigureFlaws: an amount offered by two amount items ($126.1
// million among the aid total's, the bridge's and the 2013 trade's
// choices): knowing one strikes it from the others.
func sharedFigureFlaws(x *extractor, all []Quiz) []string {
	by := map[string][]string{}
	for _, q := range all {
		if q.Kind != "amount" {
			continue
		}
		for _, c := range q.Choices {
			for _, s := range x.amounts(c) {
				k := fmt.Sprintf("%g", s.value/1e6)
				by[k] = append(by[k], q.ID)
			}
		}
	}
	var errs []string
	for v, ids := range by {
		if len(ids) > 1 {
			errs = append(errs, fmt.Sprintf("%s million offered by %s", v, strings.Join(ids, ", ")))
		}
	}
	return errs
}

// sameAnswerFlaws: two items whose answers are one name (Russia twice;
// Afghanistan beside "To support its operation in Afghanistan").
func sameAnswerFlaws(_ *extractor, all []Quiz) []string {
	var errs []string
	for i, a := range all {
		for _, b := range all[i+1:] {
			if sharedAnswer(item{Quiz: a}, item{Quiz: b}) {
				errs = append(errs, fmt.Sprintf("%s and %s share the answer %q / %q", a.ID, b.ID, a.Choices[a.Answer], b.Choices[b.Answer]))
			}
		}
	}
	return errs
}

// keyPatternFlaws: the keys repeat a cycle of four over eight items
// (B-C-A-D-B-C-A-D), or every aligned run of four holds all four letters
// (the last key of a run follows from the other three); or a letter is
// the key more than once above a quarter.
func keyPatternFlaws(_ *extractor, all []Quiz) []string {
	var errs []string
	keys := make([]int, len(all))
	count := [4]int{}
	for i, q := range all {
		keys[i] = q.Answer
		count[q.Answer]++
	}
	for l, n := range count {
		if n > (len(all)+3)/4 {
			errs = append(errs, fmt.Sprintf("%c is the key %d times of %d", 'A'+l, n, len(all)))
		}
	}
	for i := 0; i+8 <= len(keys); i++ {
		if perm4(keys[i:i+4]) && fmt.Sprint(keys[i:i+4]) == fmt.Sprint(keys[i+4:i+8]) {
			errs = append(errs, fmt.Sprintf("items %d-%d repeat the key cycle %v", i+1, i+8, keys[i:i+4]))
			break
		}
	}
	blocks := 0
	for i := 0; i+4 <= len(keys); i += 4 {
		if perm4(keys[i : i+4]) {
			blocks++
		}
	}
	if len(keys) >= 8 && blocks == len(keys)/4 {
		errs = append(errs, "every run of four items holds all four keys")
	}
	return errs
}

func perm4(k []int) bool {
	seen := [4]bool{}
	for _, v := range k {
		seen[v] = true
	}
	return seen[0] && seen[1] && seen[2] && seen[3]
}

// afterPeriodFlaws: an item on a fact dated after the paper's period (the
// trade volume "in 2013" in a study of 2001-2012).
func afterPeriodFlaws(x *extractor, all []Quiz) []string {
	var its []item
	for _, q := range all {
		its = append(its, item{Quiz: q})
	}
	kept := map[string]bool{}
	for _, it := range x.afterPeriod(its) {
		kept[it.ID] = true
	}
	var errs []string
	for _, q := range all {
		if !kept[q.ID] {
			errs = append(errs, fmt.Sprintf("%s is dated after %d: %q", q.ID, x.periodEnd(), q.Question))
		}
	}
	return errs
}

var reWhichPlaceNoun = regexp.MustCompile(`\b[Ww]hich (city|town|region|valley|river|village|district|province)\b`)

// placeNounFlaws: a stem calls the answer a kind of place the paper never
// calls it ("In which city ...?" of Karatoga).
func placeNounFlaws(x *extractor, all []Quiz) []string {
	var errs []string
	for _, q := range all {
		m := reWhichPlaceNoun.FindStringSubmatch(q.Question)
		if q.Kind != "place" || m == nil {
			continue
		}
		if got := x.placeNoun(span{kind: "place", text: q.Choices[q.Answer]}, "city-x"); m[1] == "city" && got != "city" {
			errs = append(errs, fmt.Sprintf("%s calls %s a city: %q", q.ID, q.Choices[q.Answer], q.Question))
		}
	}
	return errs
}

var reOperationsOfIn = regexp.MustCompile(`\b(?:operations|actions) of ([A-Z][A-Za-z]+)`)

// aloneFlaws: a date stem that drops whom its act served, which the
// sentence names ("When did ... agree on non-lethal supplies?" of
// supplies "to support military operations of NATO ...").
func aloneFlaws(x *extractor, all []Quiz) []string {
	var errs []string
	for _, q := range all {
		if q.Kind != "date" && q.Kind != "year" {
			continue
		}
		m := reOperationsOfIn.FindStringSubmatch(x.plain.apply(q.Sentence))
		if m != nil && !strings.Contains(q.Question, m[1]) {
			errs = append(errs, fmt.Sprintf("%s does not say whose operations: %q", q.ID, q.Question))
		}
	}
	return errs
}

// pointFlaws: a stem that states the point and asks only a name or date
// beside it (the NGOs "such as the ____"; the PFP joined "as the last of
// the states of Central Asia"), or a date whose next sentence gives what
// the act led to.
func pointFlaws(x *extractor, all []Quiz) []string {
	var errs []string
	for _, q := range all {
		kind := q.Kind
		if kind == "date" || kind == "year" {
			if x.resultFollowsSentence(q) {
				errs = append(errs, fmt.Sprintf("%s: the next sentence gives the result: %q", q.ID, q.Question))
			}
		}
		if x.stemStatesPoint(q.Question, span{kind: kind}) {
			errs = append(errs, fmt.Sprintf("%s: the stem states the point: %q", q.ID, q.Question))
		}
	}
	return errs
}

// resultFollowsSentence is resultFollows for a stored quiz.
func (x *extractor) resultFollowsSentence(q Quiz) bool {
	if q.Paragraph < 1 || q.Paragraph > len(x.p.Paragraphs) {
		return false
	}
	para := &x.p.Paragraphs[q.Paragraph-1]
	for si, s := range para.Sentences {
		if s.Text == q.Sentence {
			return x.resultFollows(para, si)
		}
	}
	return false
}

// dateGapFlaws: a date item offering a month within two of the answer
// ("January 2009" beside "February 2009"): hair-splitting, not recall.
func dateGapFlaws(_ *extractor, all []Quiz) []string {
	var errs []string
	month := func(s string) (int, bool) {
		t, err := time.Parse("January 2006", s)
		return t.Year()*12 + int(t.Month()), err == nil
	}
	for _, q := range all {
		if q.Kind != "date" {
			continue
		}
		a, ok := month(q.Choices[q.Answer])
		if !ok {
			continue
		}
		for i, c := range q.Choices {
			if m, ok := month(c); ok && i != q.Answer && abs(m-a) <= 2 {
				errs = append(errs, fmt.Sprintf("%s offers %s beside %s", q.ID, c, q.Choices[q.Answer]))
			}
		}
	}
	return errs
}

var review5Checks = map[string]func(*extractor, []Quiz) []string{
	"gap": dateGapFlaws, "figures": sharedFigureFlaws, "answers": sameAnswerFlaws, "keys": keyPatternFlaws,
	"period": afterPeriodFlaws, "place": placeNounFlaws, "alone": aloneFlaws, "point": pointFlaws,
}

// TestQuizFifthReview: today's items pass every check of the fifth pass,
// and there are at least 28.
func TestQuizFifthReview(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	all := defaultQuizzer(t).All()
	holdsToday(t, x, all, review5Checks)
}

// TestChecksCatchTheFifthReview: each check finds what the fifth blind
// reader found in main's 28 items.
func TestChecksCatchTheFifthReview(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	b, err := os.ReadFile("testdata/quiz-reviewed5.json")
	if err != nil {
		t.Fatal(err)
	}
	var old []Quiz
	if err := json.Unmarshal(b, &old); err != nil {
		t.Fatal(err)
	}
	id := func(n int) string { return old[n-1].ID } // the reader's Qn
	want := map[string][]string{
		"figures": {"126.1 million offered by " + id(4) + ", " + id(5) + ", " + id(12), "56.72 million offered by " + id(4) + ", " + id(5)},
		"answers": {id(20) + " and " + id(25), id(23) + " and " + id(28)},
		"keys":    {"items 1-8 repeat the key cycle", "every run of four items holds all four keys"},
		"period":  {id(12) + " is dated after 2012"},
		"place":   {id(18) + " calls Karatoga a city"},
		"alone":   {id(17) + " does not say whose operations"},
		"point":   {id(9) + ": the stem states the point", id(14) + ": the stem states the point"},
		"gap":     {id(17) + " offers February 2009 beside January 2009", id(16) + " offers March 2002 beside January 2002"},
	}
	for name, ws := range want {
		all := strings.Join(review5Checks[name](x, old), "\n")
		for _, w := range ws {
			if !strings.Contains(all, w) {
				t.Errorf("%s: nothing on %q in:\n%s", name, w, all)
			}
		}
		t.Logf("%s: %s", name, all)
	}
}

// TestFifthPassItems: the items the fifth pass's rules make, and those
// they must no longer make.
func TestFifthPassItems(t *testing.T) {
	all := defaultQuizzer(t).All()
	tests := []struct {
		kind, question, answer string
		wrong                  []string // all three distractors, when fixed by the rule
		gone                   bool     // the item must not be made
	}{
		{"share", "Which area took the largest share of the U.S. aid to Tajikistan from 1992 to 2010?", "Humanitarian",
			[]string{"Peace & Security", "Governing Justly & Democratically", "Economic Growth"}, false},
		// the i10route pass: the route item asks the secondary side's part,
		// the point the old stem gave away (four of eight strict readers:
		// trivia about the other country); route.go
		{"country", "Through which country did most overland transport along the Northern Distribution Network pass, with Tajikistan only an alternative route?", "Uzbekistan", nil, true},
		{"route", "What part did Tajikistan play in the Northern Distribution Network?", "An alternative route for a small share of the supplies",
			[]string{"The main route for the bulk of the supplies", "A minor route for empty containers heading back out", "The only route for the fuel bound for the war"}, false},
		{"change", "What happened to Tajikistan's partnership with Russia as a result of its participation in the U.S.-led anti-terrorist coalition?", "It was reduced but remained important",
			[]string{"It was deepened but remained informal", "It was broken off but later restored", "It was expanded but lost importance"}, false},
		{"change", "Since independence, what happened to Tajikistan's dependence on Russia for national security and foreign remittances?", "It increased",
			[]string{"It decreased", "It ended", "It did not change"}, true}, // sixth review: beside the partnership "reduced" with no distinct time frame (dropOpposites)
		{"response", "How did Russia respond to US military forces on former Soviet territory?", "It agreed not to oppose them as long as they were temporary", nil, false},
		// a filler the floor keeps: the message item pushed it out
		// (place-name trivia to the 24th blind read; a place drops before a
		// share or a deed's month, bare.go), the eleventh pass's rules,
		// dropping four items, let it back; seventeenth pass: pushed out
		// again, merged with the sixteenth pass's sequence items, by the
		// area item on NATO's partnership (areas.go)
		{"place", "In which place did the US want to open a national training centre?", "Karatoga", nil, true},
		// "then" points to a sentence the student does not see
		// the i10cross pass: "Program" only the answer shared with the
		// stem's "programme" (cross.go); the i10plan pass: the floor
		// drops the name, which two other stems describe (bare.go), and
		// TestDescribedElsewhere checks its answer before the floor
		{"agreement", "Which NATO programme did Tajikistan commit to joining?", "Partnership for Peace", nil, true},
		// one item an answer: Russia and Afghanistan each answer a better one
		{"country", "On which country did the Tajik civil war leave Tajikistan highly dependent for its national and regime security?", "Russia", nil, true},
		{"country", "From which country did Tajikistan face considerable dangers of terrorism and narcotics trafficking?", "Afghanistan", nil, true},
		{"organisation", "Complete: Tajikistan had restricted the activities of Western, mainly U.S., NGOs such as the ____.", "Soros Foundation", nil, true},
		{"date", "When did Tajikistan formally join the PFP program as the last of the states of Central Asia to do so?", "February 2002", nil, true},
		{"amount", "How much was the total trade volume between Tajikistan and the U.S. in 2013?", "$52.6 million", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.kind+"/"+tt.answer, func(t *testing.T) {
			for _, q := range all {
				if q.Question != tt.question {
					continue
				}
				if tt.gone {
					t.Fatalf("made %q", q.Question)
				}
				if q.Kind != tt.kind || q.Choices[q.Answer] != tt.answer {
					t.Errorf("%q: %s %q, want %s %q", q.Question, q.Kind, q.Choices[q.Answer], tt.kind, tt.answer)
				}
				if tt.wrong != nil {
					for _, w := range tt.wrong {
						if !strings.Contains(strings.Join(q.Choices[:], "\n"), w) {
							t.Errorf("%q not offered: %q", w, q.Choices)
						}
					}
				}
				return
			}
			if !tt.gone {
				t.Errorf("no item %q", tt.question)
			}
		})
	}
}

// TestFifthPassRules: the rules on their own inputs.
func TestFifthPassRules(t *testing.T) {
	for in, want := range map[string]string{
		"When did the U.S. and Tajikistan agree on non-lethal supplies to support military operations of NATO and International Security Assistance Force in Afghanistan?": "When did the U.S. and Tajikistan agree on non-lethal supplies for NATO and International Security Assistance Force?",
		"When did the US lift an eight-year-old arms sales embargo on Tajikistan?":                                                                                         "When did the US lift an eight-year-old arms sales embargo on Tajikistan?",
	} {
		if got := purposeToWhom(in); got != want {
			t.Errorf("purposeToWhom(%q) = %q, want %q", in, got, want)
		}
	}
	// keys: balanced, no run of three, no cycle, the same in every run
	items := make([]item, 30)
	for i := range items {
		items[i].Question = fmt.Sprintf("Question %d?", i)
		items[i].Choices = [4]string{"a", "b", "c", "d"}
	}
	balanceKeys(items)
	var qs []Quiz
	keys := make([]int, len(items))
	for i, it := range items {
		qs = append(qs, it.Quiz)
		keys[i] = it.Answer
		if it.Choices[it.Answer] != "a" {
			t.Fatalf("item %d: key %q, want the answer a", i, it.Choices[it.Answer])
		}
	}
	if errs := keyPatternFlaws(nil, qs); len(errs) > 0 || keyRun(keys, 3) {
		t.Errorf("balanceKeys: %v (keys %v)", errs, keys)
	}
	again := make([]item, 30)
	for i := range again {
		again[i].Question, again[i].Choices = items[i].Question, [4]string{"a", "b", "c", "d"}
	}
	balanceKeys(again)
	for i := range again {
		if again[i].Answer != items[i].Answer {
			t.Fatalf("balanceKeys is not deterministic at item %d", i)
		}
	}
}

// TestChangeItemsFramed: a change item ("what happened to X's dependence
// on Y") says what it happened after: its cause ("as a result of ...") or
// the time frame the paper gives ("Since independence, ..."). The sixth
// blind reader found "What happened to Tajikistan's dependence on Russia
// ...?" flawed beside the item on the partnership reduced after 9/11: with
// no frame a student could defend "decreased" (failed before the frame).
//
// The sixth review keeps only one of two change items on one tie in
// opposite directions without distinct time frames (dropOpposites): the
// paper still supports two, and both are made framed.
func TestChangeItemsFramed(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	n := 0
	for _, q := range x.changeQuizzes() {
		if q.Kind != "change" {
			continue
		}
		n++
		if !strings.Contains(q.Question, " as a result of ") && !strings.HasPrefix(q.Question, "Since ") {
			t.Errorf("change item without its cause or time frame: %q", q.Question)
		}
	}
	if n < 2 {
		t.Errorf("%d change items, want the two the paper supports", n)
	}
}

// TestHedgedAnswerNotAlone: an answer that states a stance with its
// condition or limit ("reduced but remained important", "not to oppose
// them as long as they were temporary") is not the only hedged option
// among absolutes ("It was broken off", "It welcomed them"): the sixth
// blind reader picked Q21 and Q22 by form alone (failed before: both had
// three absolute distractors).
func TestHedgedAnswerNotAlone(t *testing.T) {
	hedged := func(s string) bool {
		return strings.Contains(s, " but ") || strings.Contains(s, " as long as ") || strings.Contains(s, " until ")
	}
	for _, q := range defaultQuizzer(t).All() {
		if !hedged(q.Choices[q.Answer]) {
			continue
		}
		n := 0
		for i, c := range q.Choices {
			if i != q.Answer && hedged(c) {
				n++
			}
		}
		if n < 2 {
			t.Errorf("%q: the answer %q is hedged, %d of its wrong choices are", q.Question, q.Choices[q.Answer], n)
		}
	}
}

// TestAmountNotPickedBySize: an amount item's answer is not the largest
// sum offered when its wrong choices are its own parts (the sixth blind
// reader picked the aid total, $988.57 million, by size: failed before).
func TestAmountNotPickedBySize(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	for _, q := range defaultQuizzer(t).All() {
		if q.Kind != "amount" {
			continue
		}
		a := x.amountValues(q.Choices[q.Answer])
		if len(a) != 1 {
			continue
		}
		larger := false
		for i, c := range q.Choices {
			if v := x.amountValues(c); i != q.Answer && len(v) == 1 && v[0] > a[0] {
				larger = true
			}
		}
		if !larger {
			t.Errorf("%q: the answer %s is the largest choice of %q", q.Question, q.Choices[q.Answer], q.Choices)
		}
	}
}

// TestEntityQuestionObligation: "X was to VERB the ____" (what an
// agreement bound X to) asks "Which ... did X agree to VERB", not "Which
// ... was X to VERB" (the sixth blind reader: clumsy, Q11; failed before).
func TestEntityQuestionObligation(t *testing.T) {
	got := entityQuestion("Under a bilateral agreement signed on 5 February 2002, the USA was to support the "+blank+" with training.", false, "agency")
	if !strings.HasPrefix(got, "Which agency did the USA agree to support") {
		t.Errorf("got %q", got)
	}
	if got := entityQuestion("The USA was the "+blank+" state to open an embassy.", false, "rank"); strings.Contains(got, "agree") {
		t.Errorf("an equative took the obligation's form: %q", got)
	}
}
