package retrieval

import "testing"

// TestLacksAnswer: a top hit is declined whatever the model says when it
// lacks the kind of answer asked for and something else the question
// names, or a number beside what "how many" counts; one miss alone is left
// to the model.
func TestLacksAnswer(t *testing.T) {
	for _, c := range []struct {
		name                         string
		at                           answerType
		atype, nameMiss, year, focus float64
		count                        float64
		gone                         bool
		want                         bool
	}{
		{"nothing missing", atNone, 0, 0, 0, 0, 0, false, false},
		{"no date alone", atWhen, 1, 0, 0, 0, 0, false, false},
		{"a rare name alone", atWhen, 0, 1, 0, 0, 0, false, false},
		{"a name gone alone", atNone, 0, 0, 0, 0, 0, true, false},
		{"the focus alone", atNone, 0, 0, 0, 1, 0, false, false},
		{"no date and a rare name missing", atWhen, 1, 1, 0, 0, 0, false, true},
		{"no date and a name gone", atWhen, 1, 0, 0, 0, 0, true, true},
		{"no date and the year missing", atWhen, 1, 0, 1, 0, 0, false, true},
		{"the year missing alone", atNone, 0, 0, 1, 0, 0, false, true},
		{"no number and the focus missing", atAmount, 1, 0, 0, 1, 0, false, true},
		{"how many, nothing counted", atAmount, 0, 0, 0, 0, 1, false, true},
		{"how much, a rare name missing", atAmount, 0, 1, 0, 0, 0, false, true},
	} {
		var f [numConfFeatures]float64
		f[cATypeMiss], f[cNameMiss], f[cYearMiss], f[cFocusMiss], f[cCountMiss] = c.atype, c.nameMiss, c.year, c.focus, c.count
		if got := lacksAnswer(c.at, &f, c.gone, true); got != c.want {
			t.Errorf("%s: lacks %v, want %v", c.name, got, c.want)
		}
	}
}

// TestAnswerKindFixes: the answer kinds behind the rule, where they were
// wrong on real questions: "which area" asks where (not how large), a
// sentence citing its source in its text says who said it, and a list of
// names counts what follows it.
func TestAnswerKindFixes(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		q    string
		want answerType
	}{
		{"which area did the intelligence sharing cover", atWhere},
		{"what is the area of tajikistan", atAmount},
		{"what area does the paper cover", atWhere},
		// Chat spellings of "what" ask the same.
		{"wat countries border tajikistan", atWhere},
		{"wht year did the war end", atWhen},
	} {
		if got := detectAnswerType(scan(c.q, nil)); got != c.want {
			t.Errorf("%q: answer type %d, want %d", c.q, got, c.want)
		}
	}
	features := func(q string) ([numConfFeatures]float64, int) {
		s := ix.getScratch()
		defer scratchPool.Put(s)
		if !ix.rank(q, s) {
			t.Fatalf("%q: no hit", q)
		}
		return ix.confFeatures(&s.q, s), s.cands[0].doc + 1
	}
	// ¶9: "Further according to Human Rights Watch, (2013) expressed that
	// the human rights circumstance in Tajikistan stayed poor in 2012."
	if f, d := features("which organization reported that human rights in Tajikistan stayed poor"); d != 9 || f[cATypeMiss] != 0 {
		t.Errorf("who said it: ¶%d, ATypeMiss %v; want ¶9 and 0 (the sentence names its source)", d, f[cATypeMiss])
	}
	// ¶15: "... could utilize the Khujand, Kulyab and Kurgan-Tyube airbases".
	if f, d := features("how many airbases near the afghan border could american troops use"); d != 15 || f[cCountMiss] != 0 {
		t.Errorf("a list counts: ¶%d, CountMiss %v; want ¶15 and 0", d, f[cCountMiss])
	}
}

// TestWhoRole: "who was the X" asks for the holder of a role; a sentence
// naming someone else without the role does not answer it ("who was the
// Uzbek foreign minister" against "Rakhmonov went on his first official
// visit"), while one holding the role does ("Secretary Hilary Clinton").
func TestWhoRole(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		q    string
		role string // the focus's term, "" for no role
		// answered: 1 answered, -1 declined, 0 left to the model
		answered int
	}{
		{"who was the Uzbek foreign minister during the Andijon events", "minist", -1},
		{"who was the first ambassador of Tajikistan in Washington", "ambassador", -1},
		{"who was the secretary who visited Tajikistan in October 2011", "secretari", 1},
		{"who was fighting in the civil war", "", 0},
		{"who is Rahmon", "", 0},
	} {
		s := ix.getScratch()
		q := ix.parseQuery(c.q, s)
		scratchPool.Put(s)
		role := ""
		if q.role && q.focus >= 0 {
			role = q.concepts[q.focus].term
		}
		if role != c.role {
			t.Errorf("%q: role %q, want %q", c.q, role, c.role)
		}
		if r := ix.Search(c.q, 1); c.answered != 0 && r.Answered != (c.answered > 0) {
			t.Errorf("%q: answered %v (¶%d %q), want %v", c.q, r.Answered, r.Hits[0].Paragraph.N, r.Hits[0].SentenceText(), c.answered)
		}
	}
}

// TestWhenEventMissing: "when" asks for the date of an event; an answer
// whose sentences hold a date but not the question's weightiest word
// dates something else ("when did kazakhstan declare independence" met
// "since Tajik independence in 1991"), while a sentence telling the event
// answers.
func TestWhenEventMissing(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"when did kazakhstan declare independence", false},
		{"when did the US open its embassy in dushanbe", true},
		{"when did tajikistan join the partnership for peace", true},
		{"when did the US recognise tajikistan", true},
	} {
		if r := ix.Search(c.q, 1); r.Answered != c.want {
			t.Errorf("%q: answered %v (%.2f, %q), want %v", c.q, r.Answered, r.Confidence, r.Hits[0].SentenceText(), c.want)
		}
	}
	var f [numConfFeatures]float64
	f[cReqMiss] = 0.6
	if !lacksAnswer(atWhen, &f, false, true) {
		t.Error("when, its weightiest word missing: not lacking")
	}
	if lacksAnswer(atNone, &f, false, true) {
		t.Error("what, its weightiest word missing: lacking (left to the model)")
	}
	if lacksAnswer(atWhen, &f, false, false) {
		t.Error("when, its weightiest word missing, no curated thesauri: lacking (the paper's other wording)")
	}
}
