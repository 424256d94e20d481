package classroom

import (
	"strings"
	"testing"
)

// crossChecks are the i10cross pass's checks by name (cross.go).
var crossChecks = map[string]func([]Quiz) []string{
	"shared": sharedChoiceFlaws, "length": lengthBandFlaws, "stemcue": stemCueFlaws,
}

// TestChecksCatchBlind43: each check finds, in the quiz blind43 and
// blind44 read, what they found and nothing else: 12A and 17D one
// choice, and 14 and 23 one; 17D and 28's key far longer than the rest; 3's and 14's keys
// alone sharing the stem's word.
func TestChecksCatchBlind43(t *testing.T) {
	old := loadReviewed28(t, "testdata/quiz-blind43.json")
	want := map[string][]string{
		// and 14 and 23 the NATO list's "Non-proliferation" ("items 14
		// and 23 use each other's material")
		"shared":  {"b43-12 and b43-17", "b43-14 and b43-23"},
		"length":  {"b43-17", "b43-28"},
		"stemcue": {"b43-03", "b43-14"},
	}
	for name, check := range crossChecks {
		errs := check(old)
		if len(errs) != len(want[name]) {
			t.Errorf("%s: %d flaws, want %d:\n%s", name, len(errs), len(want[name]), strings.Join(errs, "\n"))
		}
		all := strings.Join(errs, "\n")
		for _, w := range want[name] {
			if !strings.Contains(all, w) {
				t.Errorf("%s: nothing on %q in:\n%s", name, w, all)
			}
		}
	}
}

// TestQuizCrossChoices: today's quiz passes the three checks.
func TestQuizCrossChoices(t *testing.T) {
	all := defaultQuizzer(t).All()
	for name, check := range crossChecks {
		for _, e := range check(all) {
			t.Errorf("%s: %s", name, e)
		}
	}
}

func TestSameChoice(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"Agreed on non-lethal supplies to support military operations of NATO and the International Security Assistance Force in Afghanistan",
			"Non-lethal supplies to support military operations of NATO and the International Security Assistance Force in Afghanistan", true},
		{"Signed the establishment of Annual Bilateral Consultation with each Central Asian state", "Through Annual Bilateral Consultation", false},
		{"Raised human rights issues in annual bilateral consultations with Tajikistan",
			"Raising human rights issues in annual bilateral consultations with Tajikistan", true},
		{"Border security", "border security", true},
		{"Border security", "Border protection", false},
		{"Peacekeeping", "Peacekeeping", true},
	} {
		if got := sameChoice(tt.a, tt.b); got != tt.want {
			t.Errorf("sameChoice(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestOutlier(t *testing.T) {
	for _, tt := range []struct {
		choices [4]string
		answer  int
		want    int
	}{
		// blind43 and blind44: the key about twice as long
		{[4]string{"Through political and cultural accords and small-scale economic agreements", "Through the use of Tajik airspace", "Through cooperation in intelligence gathering", "Through Annual Bilateral Consultation"}, 0, 0},
		// the same with the answer cut at its last "and"
		{[4]string{"Through political and cultural accords", "Through the use of Tajik airspace", "Through cooperation in intelligence gathering", "Through Annual Bilateral Consultation"}, 0, -1},
		// "much longer than the others"
		{[4]string{"A trade and investment framework agreement", "A long-term strategic partnership", "An MoU on micro-financing", "Non-lethal supplies to support military operations of NATO and the International Security Assistance Force in Afghanistan"}, 1, 3},
		// a long wrong cause the readers passed (2.2 times)
		{[4]string{"Because it borders Afghanistan", "Because it was the first to offer its support for the Afghan campaign", "Because it borders Turkmenistan", "Because it borders Russia"}, 0, -1},
		// short names: a word or two more is no cue
		{[4]string{"Humanitarian", "Economic Growth", "Peace & Security", "Governing Justly & Democratically"}, 0, -1},
		{[4]string{"Civil emergency planning", "Counter-narcotics", "Regional development", "Non-proliferation"}, 0, -1},
	} {
		if got := outlier(Quiz{Choices: tt.choices, Answer: tt.answer}); got != tt.want {
			t.Errorf("outlier(%q) = %d, want %d", tt.choices, got, tt.want)
		}
	}
}

func TestStemCueMend(t *testing.T) {
	for _, tt := range []struct {
		question string
		choices  [4]string
		want     string // the answer mended, "" for none
	}{
		{"Which NATO programme did Tajikistan commit to joining?",
			[4]string{"Partnership for Peace Program", "Operational Capabilities Concept", "Membership Action Plan", "Planning and Review Process"}, "Partnership for Peace"},
		// "Border" alone is no area: the wrong choices must share the word
		{"What did the U.S. concentrate on as the key issue in security cooperation?",
			[4]string{"Border security", "Non-proliferation", "Peacekeeping", "Emergency management"}, ""},
		// every choice shares it: no cue
		{"What did the U.S. concentrate on as the key issue in security cooperation?",
			[4]string{"Border security", "Nuclear security", "Aviation security", "Cyber security"}, ""},
	} {
		q := Quiz{Question: tt.question, Choices: tt.choices}
		m, ok := dropHeadCue(q)
		got := ""
		if ok {
			got = m.Choices[0]
			if _, cued := stemCueWord(m); cued {
				t.Errorf("%q still cued", got)
			}
		}
		if got != tt.want {
			t.Errorf("dropHeadCue(%q) = %q, want %q", tt.choices[0], got, tt.want)
		}
	}
}

func TestCutTrailing(t *testing.T) {
	sent := "From the conclusion in 1997 of the Tajik civil war, the US had sought for expanding its relations with Tajikistan through political and cultural accords and small-scale economic agreements."
	q := Quiz{Sentence: sent, Choices: [4]string{"Through political and cultural accords and small-scale economic agreements", "Through the use of Tajik airspace", "Through cooperation in intelligence gathering", "Through Annual Bilateral Consultation"}}
	m, ok := cutTrailing(q)
	if !ok || m.Choices[0] != "Through political and cultural accords" {
		t.Errorf("cutTrailing = %q, %v", m.Choices[0], ok)
	}
	// in band already: kept whole
	q.Choices[1] = "Through cooperation in intelligence gathering on both sides of the border"
	if _, ok := cutTrailing(q); ok {
		t.Errorf("cut an answer in band")
	}
}

// TestAnswerHints: a wrong choice that tells of what another item asks
// (a word of its stem) and names a word of its answer, a name, that its
// stem and wrong choices lack, hints at that answer (the i10keyissue
// pass); the quiz's items are the paper's.
func TestAnswerHints(t *testing.T) {
	agency := Quiz{ID: "agency", Kind: "organisation",
		Question: "Which agency did the USA agree to support with training and the purchase of technical and communications equipment under a bilateral agreement?",
		Choices:  [4]string{"National Guard", "Committee for Emergency Situations", "Drug Control Agency", "Tajik Border Force"}, Answer: 3}
	warning := Quiz{ID: "warning", Kind: "issue",
		Question: "Which human rights issue did Secretary Clinton warn the president about when visiting Tajikistan in October 2011?",
		Choices:  [4]string{"Limitations on religious freedom", "Cruel and life-threatening prison conditions", "Corruption", "Arbitrary arrest"}}
	party := Quiz{ID: "party", Kind: "organisation", Question: "Which party led the opposition in the civil war?",
		Choices: [4]string{"Social Democratic Party of Tajikistan", "Islamic Renaissance Party of Tajikistan", "Communist Party of Tajikistan", "People's Democratic Party of Tajikistan"}, Answer: 1}
	guard := agency
	guard.ID, guard.Choices = "guard", [4]string{"National Guard", "Border Guard Service", "Drug Control Agency", "Tajik Border Force"}
	for _, tt := range []struct {
		choice string
		other  Quiz
		want   string // the word, "" for no hint
	}{
		// the commitment item's deal: of the agreement, and "border"
		{"An agreement on expanded US aid to Tajikistan's border security", agency, "border"},
		// a discussion topic: nothing of the agreement the item asks
		{"Border protection", agency, ""},
		// an answer that says something, not a name
		{"Human rights and freedoms", warning, ""},
		{"Organisation of Islamic Cooperation (OIC)", party, ""},
		// a wrong choice of the item shares the word: it singles out none
		{"An agreement on expanded US aid to Tajikistan's border security", guard, ""},
	} {
		q := Quiz{ID: "q", Choices: [4]string{"A long-term strategic partnership", tt.choice, "An MoU on micro-financing", "An extradition treaty"}}
		_, w, ok := namesAnswerOf(tt.choice, q, []Quiz{tt.other})
		if ok != (tt.want != "") || w != tt.want {
			t.Errorf("namesAnswerOf(%q, %s) = %q, %v; want %q", tt.choice, tt.other.ID, w, ok, tt.want)
		}
	}
	if errs := answerHintFlaws(defaultQuizzer(t).All()); len(errs) > 0 {
		t.Errorf("today's quiz:\n%s", strings.Join(errs, "\n"))
	}
}

// TestLiftLeadWord: only the answer said whose agency it was ("Tajik
// Border Force" beside "National Guard", "Drug Control Agency"): the word
// goes to the stem when the list of kinds spells the answer without it.
func TestLiftLeadWord(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	const stem = "Which agency did the USA agree to support with training and the purchase of technical and communications equipment under a bilateral agreement?"
	for _, tt := range []struct {
		name     string
		question string
		choices  [4]string
		want     string // the stem lifted, "" for none
	}{
		{"lifted", stem, [4]string{"Tajik Border Force", "National Guard", "Committee for Emergency Situations", "Drug Control Agency"},
			"Which Tajik agency did the USA agree to support with training and the purchase of technical and communications equipment under a bilateral agreement?"},
		// a wrong choice opens with the word too: no cue
		{"shared lead", stem, [4]string{"Tajik Border Force", "Tajik National Guard", "Committee for Emergency Situations", "Drug Control Agency"}, ""},
		// the list knows no form without it
		{"no short form", stem, [4]string{"Tajik Drug Control Agency", "National Guard", "Committee for Emergency Situations", "Border Force"}, ""},
		// the stem says whose already
		{"stem says", "Which Tajik agency did the USA support?", [4]string{"Tajik Border Force", "National Guard", "Committee for Emergency Situations", "Drug Control Agency"}, ""},
		{"no which", "What did the USA support?", [4]string{"Tajik Border Force", "National Guard", "Committee for Emergency Situations", "Drug Control Agency"}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := x.liftLeadWord(Quiz{Question: tt.question, Choices: tt.choices})
			got := ""
			if ok {
				got = m.Question
				if m.Choices[0] != "Border Force" {
					t.Errorf("answer %q, want Border Force", m.Choices[0])
				}
			}
			if got != tt.want {
				t.Errorf("stem\n got %q\nwant %q", got, tt.want)
			}
		})
	}
	for _, q := range defaultQuizzer(t).All() {
		if strings.Contains(q.Question, "communications equipment") && (q.Choices[q.Answer] != "Border Force" || !strings.HasPrefix(q.Question, "Which Tajik agency ")) {
			t.Errorf("agency item %q, answer %q", q.Question, q.Choices[q.Answer])
		}
	}
}

// TestEventStem: the event item asks "After which events ...?", the stem
// strict blind readers judged GOOD 12 times in 13 (blind40-blind57), not
// "After what ...?" (fa4ddf9; 4 WEAK in 10 strict reads: a question of
// time that every earlier event answers) nor "What gave ...?" (3fa532f; 3
// WEAK in 4: the earlier events plainly caused no concern about American
// activities). This test replaces TestEventStemNoNumber, which held the
// stem to no number on one reader's word (blind58); seen failing on the
// "What gave" stem.
func TestEventStem(t *testing.T) {
	n := 0
	for _, q := range defaultQuizzer(t).All() {
		if q.Kind != "event" {
			continue
		}
		n++
		if want := "After which events did the Tajik government have several concerns about American activities?"; q.Question != want {
			t.Errorf("stem %q, want %q", q.Question, want)
		}
	}
	if n != 1 {
		t.Errorf("%d event items, want 1", n)
	}
}

// TestNoChoiceStatesAnotherAnswer: no wrong choice holds every content
// word of another item's answer of two words or more: the key-event item's
// "Raising human rights issues in annual bilateral consultations with
// Tajikistan" beside the framework item whose answer is "Annual Bilateral
// Consultation" tells a student that answer (the i10abc pass's open point;
// the plural hid it from the hint checks). Seen failing on the merged
// i10abc quiz.
func TestNoChoiceStatesAnotherAnswer(t *testing.T) {
	all := defaultQuizzer(t).All()
	for _, q := range all {
		for k, c := range q.Choices {
			if k == q.Answer {
				continue
			}
			if id, ok := statesAnswer(c, q, all); ok {
				t.Errorf("%s: wrong choice %q states the answer of %s", q.ID, c, id)
			}
		}
	}
	if _, ok := statesAnswer("Raising human rights issues in annual bilateral consultations with Tajikistan", Quiz{ID: "a"},
		[]Quiz{{ID: "b", Choices: [4]string{"Annual Bilateral Consultation", "Joint Working Group", "x", "y"}}}); !ok {
		t.Error("the plural consultations not found to state Annual Bilateral Consultation")
	}
	if _, ok := statesAnswer("Opening a bridge over the Pyanj River", Quiz{ID: "a"},
		[]Quiz{{ID: "b", Choices: [4]string{"Uzbekistan", "Kyrgyzstan", "x", "y"}}}); ok {
		t.Error("a one-word answer counted: another check's business")
	}
}
