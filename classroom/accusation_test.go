package classroom

import (
	"slices"
	"strings"
	"testing"
)

// TestAccusationSentences: the accusation rule on the paper's sentences
// (in plain English, as bodySentences gives them) and near misses.
func TestAccusationSentences(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	const soros = "It had also restricted the activities of Western, mainly U.S., NGOs such as the Soros Foundation, which Tajik president Emomali Rahmon accused in 2005 of acting to destroy Tajikistan's unity"
	// ¶8 in plain English: Rice's call for elections is in it, so no wrong
	// choice is about elections (a reader could take it for the paper's)
	const para8 = "During the visit of Condoleezza Rice to Tajikistan in October 2005, she told Tajikistan of the need for democratic development to continue and for elections which were one step along the road to be free, fair and inclusive. " + soros
	for _, c := range []struct {
		s, para   string
		q, answer string
		wrong     []string
	}{
		// ¶8: the accused named before "which", the judge after it
		{soros, para8,
			"What did Tajik President Emomali Rahmon accuse the Soros Foundation of in 2005?", "Acting to destroy Tajikistan's unity",
			[]string{"Spying on Tajikistan for foreign intelligence services", "Evading Tajikistan's tax laws", "Laundering money through Tajikistan's banks"}},
		// the same sentence alone: nothing in it on elections
		{soros, soros,
			"What did Tajik President Emomali Rahmon accuse the Soros Foundation of in 2005?", "Acting to destroy Tajikistan's unity",
			[]string{"Spying on Tajikistan for foreign intelligence services", "Interfering in Tajikistan's elections", "Evading Tajikistan's tax laws"}},
		// the judge first, another country, another accusation of the kind
		{"In 2006, Uzbek president Islam Karimov accused Freedom House of spying for foreign intelligence services", "",
			"What did Uzbek President Islam Karimov accuse Freedom House of in 2006?", "Spying for foreign intelligence services",
			[]string{"Acting to destroy the country's unity", "Interfering in the country's elections", "Evading the country's tax laws"}},
		// an accusation the list does not know: the answer is never the list's
		{"It had also restricted NGOs such as the Soros Foundation, which Tajik president Emomali Rahmon accused in 2005 of arrogance", "", "", "", nil},
		// no accusation: praise and thanks are the judgement items'
		{"Secretary Hillary Clinton went to Tajikistan on 22 October 2011 and thanked President Rahmon for the critical role Tajikistan had played in efforts to bring peace and security to Afghanistan", "", "", "", nil},
		{"President Bush praised Rahmon for his stand in the international fight against terrorism", "", "", "", nil},
		// an accusation with no "of": nothing to ask
		{"Tajik president Emomali Rahmon accused the Soros Foundation in 2005", "", "", "", nil},
	} {
		q, answer, got := x.accusation(c.s, c.para)
		if q != c.q || answer != c.answer || !slices.Equal(got, c.wrong) {
			t.Errorf("accusation(%q)\n = %q, %q, %q\nwant %q, %q, %q", c.s, q, answer, got, c.q, c.answer, c.wrong)
		}
	}
}

// TestAccusationItem: the paper's accusation item is in the quiz and takes
// its sentence from the judgement item that asked which foundation (a
// name a guesser knows as post-Soviet governments' target); no wrong
// choice shares a word with the answer but the country, each names the
// country as the answer does, and the quiz keeps 28 items.
func TestAccusationItem(t *testing.T) {
	all := defaultQuizzer(t).All()
	if len(all) < quizFloor {
		t.Errorf("%d items, want at least %d", len(all), quizFloor)
	}
	var found *Quiz
	for _, q := range all {
		if q.Kind == "accusation" {
			found = &q
		}
	}
	if found == nil {
		t.Fatal("no accusation item in the quiz")
	}
	if found.Question != "What did Tajik President Emomali Rahmon accuse the Soros Foundation of in 2005?" || found.Choices[found.Answer] != "Acting to destroy Tajikistan's unity" {
		t.Errorf("accusation item: %q %q", found.Question, found.Choices)
	}
	for i, c := range found.Choices {
		if !strings.Contains(c, "Tajikistan") {
			t.Errorf("choice %q does not name the country: it stands out by form", c)
		}
		if i != found.Answer && sharesWordStem(c, "acting to destroy unity") {
			t.Errorf("wrong choice %q shares a word with the answer", c)
		}
	}
	checkKept(t, []keptCase{
		{"What did Tajik President Emomali Rahmon accuse the Soros Foundation of in 2005?", true},
		{"Which foundation did Tajik President Emomali Rahmon accuse in 2005 of acting to destroy Tajikistan's unity?", false},
		{"After which events did the Tajik government have several concerns about American activities?", true}, // "After which events" again since blind80 (TestEventStem)
	})
}
