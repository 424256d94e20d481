package classroom

import (
	"strings"
	"testing"
)

// checkWellFormed asserts the invariants every quiz must keep, on any paper.
func checkWellFormed(t *testing.T, q Quiz) {
	t.Helper()
	cloze := strings.HasPrefix(q.Question, "Complete: ")
	switch {
	case cloze && strings.Count(q.Question, "____") != 1:
		t.Errorf("%s: cloze without exactly one blank: %q", q.ID, q.Question)
	case !cloze && !strings.HasSuffix(q.Question, "?"):
		t.Errorf("%s: not a question: %q", q.ID, q.Question)
	case !cloze && strings.Contains(q.Question, "____"):
		t.Errorf("%s: wh-question with a blank: %q", q.ID, q.Question)
	}
	if q.Answer < 0 || q.Answer > 3 {
		t.Fatalf("%s: answer index %d", q.ID, q.Answer)
	}
	seen := map[string]bool{}
	for _, c := range q.Choices {
		if strings.TrimSpace(c) == "" {
			t.Errorf("%s: empty choice in %q", q.ID, q.Choices)
		}
		if seen[strings.ToLower(c)] {
			t.Errorf("%s: duplicate choice in %q", q.ID, q.Choices)
		}
		seen[strings.ToLower(c)] = true
	}
	ans := q.Choices[q.Answer]
	// a why-answer is the stated cause in plain words; a person is written
	// the one way the whole quiz writes him, in a spelling the list knows
	// (a judgement item's judge or judged likewise: "Hillary Clinton" for
	// the paper's "Hilary Clinton")
	inSentence := strings.Contains(q.Sentence, ans)
	if q.Kind == "resource" {
		// "Oil or gas" heads its option; the sentence has "oil or gas"
		inSentence = strings.Contains(q.Sentence, lowerFirst(ans))
	}
	if w := parseWorld(worldText); (q.Kind == "person" || q.Kind == "judgement" || q.Kind == "organisation") && !inSentence {
		// an organisation written in full (the i10distract pass): "Shanghai
		// Cooperation Organisation (SCO)" for the paper's "SCO", "Islamic
		// Renaissance Party of Tajikistan" for its "Islamic Renaissance Party"
		if _, c := w.kindOf(ans); c != "" {
			for _, sp := range w.all[c] {
				inSentence = inSentence || containsWord(q.Sentence, sp)
			}
		}
	}
	if q.Kind == "issue" || q.Kind == "event" || q.Kind == "concern" {
		// "Limitations on religious freedom", "The color revolutions": the
		// sentence's own words in plain English
		inSentence = strings.Contains(strings.ToLower(loadPlain(t).apply(q.Sentence)), strings.ToLower(strings.TrimPrefix(ans, "The ")))
	}
	if q.Kind == "change" || q.Kind == "response" || q.Kind == "reaction" {
		// "It was reduced but remained important": what the sentence says
		// of the tie, each of its words in the plain sentence; a reaction
		// item's "It expressed concern about civilian deaths and called on
		// ..." likewise
		plain := strings.ToLower(loadPlain(t).apply(q.Sentence))
		inSentence = true
		for _, w := range strings.Fields(strings.ToLower(ans)) {
			switch w {
			case "it", "they", "them", "as", "were", "was", "not", "but", "to":
				continue
			}
			inSentence = inSentence && containsWord(plain, w)
		}
	}
	if q.Kind == "act" || q.Kind == "focus" || q.Kind == "turn" || q.Kind == "purpose" || q.Kind == "keyevent" || q.Kind == "reliance" || q.Kind == "message" || q.Kind == "commitment" || q.Kind == "speech" || q.Kind == "trade" || q.Kind == "area" || q.Kind == "settlement" || q.Kind == "accusation" || q.Kind == "before" || q.Kind == "restriction" || q.Kind == planKind || q.Kind == sinceKind || q.Kind == frameworkKind || q.Kind == routeKind {
		// "Recognised Tajikistan as an independent nation", "Counter-terrorism",
		// "Iran, China and Russia", "Civil emergency planning": the deed, area or list in
		// the sentence's words (plain or as written), verbs by stem
		raw, plain := strings.ToLower(q.Sentence), strings.ToLower(loadPlain(t).apply(q.Sentence))
		inSentence = true
		for w := range contentWords(ans) {
			stem := w[:min(len(w), 5)]
			inSentence = inSentence && (strings.Contains(raw, stem) || strings.Contains(plain, stem))
		}
	}
	if q.Kind == "sequence" {
		// "The United States; Tajikistan followed years later": the lag
		// between the sentence's two dates (its source's year cut)
		ts := findTimes(stripCitations(q.Sentence), nil)
		if len(ts) == 2 {
			months := (ts[1].year-ts[0].year)*12 + ts[1].month - qualMonth(ts[0])
			lag := lagOf(max(months, -months))
			inSentence = lag == "years" && strings.Contains(ans, " years ") ||
				lag == "months" && strings.Contains(ans, " within months")
		}
	}
	if q.Kind == "balance" {
		// "The US sold far more to Tajikistan than it bought from it": the
		// band of the sentence's two figures, exports first
		var v []float64
		for _, m := range reMoney.FindAllStringSubmatch(q.Sentence, -1) {
			v = append(v, moneyValue(m[2], m[3]))
		}
		if len(v) == 2 {
			dir, degree := balanceBand(v[0], v[1])
			inSentence = dir != "" && strings.Contains(ans, " "+dir+" "+degree+" more ")
		}
	}
	if q.Kind != "why" && !inSentence {
		t.Errorf("%s: answer %q not in the sentence %q", q.ID, ans, q.Sentence)
	}
	if containsWord(strings.ReplaceAll(q.Question, "____", " "), ans) {
		t.Errorf("%s: question gives the answer %q away: %q", q.ID, ans, q.Question)
	}
	for i, c := range q.Choices {
		if i == q.Answer {
			continue
		}
		// a share item's areas are the sentence's, each with a smaller
		// figure; a trade item's good sold is the sentence's, going the
		// other way
		if containsWord(q.Sentence, c) && q.Kind != "share" && !(q.Kind == "trade" && strings.Contains(q.Sentence, " exports to ")) {
			t.Errorf("%s: distractor %q is in the sentence %q", q.ID, c, q.Sentence)
		}
		if containsWord(q.Question, c) {
			t.Errorf("%s: distractor %q is in the question %q", q.ID, c, q.Question)
		}
	}
	if q.Paragraph < 1 || q.Page < 1 || q.Section == "" || q.Kind == "" || !strings.HasPrefix(q.ID, "q") {
		t.Errorf("%s: incomplete quiz %+v", q.ID, q)
	}
}

// holdsToday runs a review's checks on today's items: each flaw found is an
// error, and the quiz keeps at least 28 items.
func holdsToday(t *testing.T, x *extractor, all []Quiz, checks map[string]func(*extractor, []Quiz) []string) {
	t.Helper()
	for name, check := range checks {
		for _, e := range check(x, all) {
			t.Errorf("%s: %s", name, e)
		}
	}
	if len(all) < 28 {
		t.Errorf("%d items, want at least 28", len(all))
	}
}

// catchesReviewed: each check named in want finds, in the items a blind
// reader judged (old), every flaw want lists for it (a part of its report).
func catchesReviewed(t *testing.T, x *extractor, old []Quiz, checks map[string]func(*extractor, []Quiz) []string, want map[string][]string) {
	t.Helper()
	for name, ws := range want {
		got := strings.Join(checks[name](x, old), "\n")
		for _, w := range ws {
			if !strings.Contains(got, w) {
				t.Errorf("%s: nothing on %q in:\n%s", name, w, got)
			}
		}
		t.Logf("%s: %s", name, got)
	}
}

// todaysQuestions is the set of today's quiz questions.
func todaysQuestions(t *testing.T) map[string]bool {
	t.Helper()
	have := map[string]bool{}
	for _, q := range defaultQuizzer(t).All() {
		have[q.Question] = true
	}
	return have
}

// keptCase is a question and whether today's quiz keeps it.
type keptCase struct {
	q    string
	want bool
}

// checkKept: today's quiz keeps each question it should and no other of
// the cases (the fillers the floor of 28 keeps or lets go).
func checkKept(t *testing.T, cases []keptCase) {
	t.Helper()
	have := todaysQuestions(t)
	for _, c := range cases {
		if have[c.q] != c.want {
			t.Errorf("%q kept %v, want %v", c.q, have[c.q], c.want)
		}
	}
}

// withoutKnownAcronyms writes each choice "Name (ACR)" whose two halves the
// list of kinds knows as one thing ("Shanghai Cooperation Organisation
// (SCO)", the i10distract pass) without its acronym: a name spelled out,
// not a citation or a note, which the checks still look for in the rest.
func withoutKnownAcronyms(choices []string) []string {
	w := parseWorld(worldText)
	out := make([]string, len(choices))
	for i, c := range choices {
		out[i] = c
		if m := reFullAcronym.FindStringSubmatch(c); m != nil && w.sameThing(m[1], m[2]) {
			out[i] = m[1]
		}
	}
	return out
}

// beforeFloor is every item the paper gives after the checks, before the
// floor drops bare recall (bare.go): for tests of an item the floor drops.
func beforeFloor(t *testing.T) []Quiz {
	t.Helper()
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	var before []Quiz
	for _, it := range x.checkedItems() {
		before = append(before, it.Quiz)
	}
	return before
}

// oneOfKind is the one item of kind among all; the test stops when there
// is none or more than one.
func oneOfKind(t *testing.T, all []Quiz, kind string) Quiz {
	t.Helper()
	var of []Quiz
	for _, q := range all {
		if q.Kind == kind {
			of = append(of, q)
		}
	}
	if len(of) != 1 {
		t.Fatalf("%d %s items, want 1: %v", len(of), kind, of)
	}
	return of[0]
}
