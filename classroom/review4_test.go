package classroom

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

// The fourth pass keeps the third review's rules (review3_test.go) and
// brings back what they had cost: a why-item, items on drugs and human
// rights, and the themes the third blind reader found missing, with
// fewer dates. Each check below finds nothing in today's items and the
// named flaws in a stored reviewed set.

// fourthThemes are the themes the third blind reader found missing or
// thin (blind3-report.md), with words an item on each would use.
var fourthThemes = map[string][]string{
	"colour revolutions":        {"color revolution", "colour revolution", "Rose Revolution", "Tulip Revolution"},
	"dependence on Russia":      {"dependent", "dependence", "Russia's consent"},
	"drugs":                     {"narcotics", "drug"},
	"human rights":              {"human rights", "democratic", "elections"},
	"a why-item":                {"Why "},
	"what a visit was about":    {"warn", "thank", "discuss"},
	"the bridge":                {"build the bridge", "Opening a bridge"}, // ninth pass: its point (the key event), not its cost
	"Partnership for Peace":     {"PFP", "Partnership for Peace"},
	"non-lethal supplies":       {"non-lethal", "Northern Distribution Network"}, // ninth pass: the network that carried them
	"why Tajikistan mattered":   {"water resources", "borders Afghanistan", "dangers of terrorism"},
	"Clinton's visit":           {"Clinton"},
	"the SCO's 2005 demand":     {"timetable for the withdrawal"},
	"oil, gas and resources":    {"oil or gas", "Oil or gas"},
	"the aid the US gave":       {"aid", "donor"},
	"bases and overflight":      {"overflight", "air bases", "airbase"},
	"the arms embargo lifted":   {"embargo"},
	"the civil war and its end": {"civil war"},
}

// fourthThemeFlaws: a theme no item asks about (the third review's set has no
// item on the colour revolutions, on drugs or on what a visit was about).
func fourthThemeFlaws(_ *extractor, all []Quiz) []string {
	var errs []string
	for theme, words := range fourthThemes {
		found := false
		for _, q := range all {
			text := q.Question + " " + q.Choices[q.Answer]
			if q.Kind == "why" {
				text = q.Question + " " + strings.Join(q.Choices[:], " ")
			}
			for _, w := range words {
				found = found || strings.Contains(text, w)
			}
		}
		if !found {
			errs = append(errs, "no item on "+theme)
		}
	}
	return errs
}

// dateShareFlaws: more than a third of the items ask for a date or a
// year (the third review: 10 of 27).
func dateShareFlaws(_ *extractor, all []Quiz) []string {
	n := 0
	for _, q := range all {
		if q.Kind == "date" || q.Kind == "year" {
			n++
		}
	}
	if n*3 > len(all) {
		return []string{fmt.Sprintf("%d of %d items ask for a date", n, len(all))}
	}
	return nil
}

// keyAsDistractorFlaws: an amount offered as a wrong choice that is
// another item's answer ("$36 million" among the trade volume's choices
// beside "How much did the U.S. spend to build the bridge?"): a student
// who answered one strikes it from the other.
func keyAsDistractorFlaws(_ *extractor, all []Quiz) []string {
	keys := map[string]string{}
	for _, q := range all {
		if q.Kind == "amount" {
			keys[q.Choices[q.Answer]] = q.ID
		}
	}
	var errs []string
	for _, q := range all {
		if q.Kind != "amount" {
			continue
		}
		for i, c := range q.Choices {
			if id, ok := keys[c]; ok && i != q.Answer && id != q.ID {
				errs = append(errs, fmt.Sprintf("%s offers %q, the answer of %s", q.ID, c, id))
			}
		}
	}
	return errs
}

// whenBesideWhatFlaws: a date item on an act another item asks about
// (the third review's set has none; the fourth pass's draft had
// "When did President Rahmon make an official visit to the US?" beside
// what its talks focused on), or a year and a date of one body (NATO's
// first summit in 2002 beside its PFP joined in February 2002, Q19 and
// Q8's December 2002 in the third review's terms).
func whenBesideWhatFlaws(x *extractor, all []Quiz) []string {
	var errs []string
	for _, a := range all {
		for _, b := range all {
			if a.ID == b.ID {
				continue
			}
			if whenOfWhat(a, b) {
				errs = append(errs, fmt.Sprintf("%s asks when, %s what, of one act: %q", a.ID, b.ID, a.Question))
			}
			if a.Kind == "year" && b.Kind == "date" && strings.HasSuffix(b.Choices[b.Answer], a.Choices[a.Answer]) && x.sameBody(a.Question, b.Question) {
				errs = append(errs, fmt.Sprintf("%s's year is in %s's date, on one body", a.ID, b.ID))
			}
		}
	}
	return errs
}

var review4Checks = map[string]func(*extractor, []Quiz) []string{
	"whenwhat": whenBesideWhatFlaws,
	"themes":   fourthThemeFlaws, "dates": dateShareFlaws, "keys": keyAsDistractorFlaws,
}

// TestQuizFourthReview: today's items pass every check of the fourth
// pass, and there are at least 28.
func TestQuizFourthReview(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	all := defaultQuizzer(t).All()
	for name, check := range review4Checks {
		for _, e := range check(x, all) {
			if name == "themes" && strings.Contains(e, "the bridge's cost") {
				// eighth review: the bridge's cost is trivia about a figure
				// (Q5), a filler the new understanding items push out
				continue
			}
			t.Errorf("%s: %s", name, e)
		}
	}
	if len(all) < 28 {
		t.Errorf("%d items, want at least 28", len(all))
	}
}

// TestChecksCatchTheFourthReview: the theme and date checks find what the
// third blind reader found in its 27 items (no colour revolutions, no
// drugs, nothing on what a visit was about; 10 of 27 dates).
func TestChecksCatchTheFourthReview(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	b, err := os.ReadFile("testdata/quiz-reviewed3.json")
	if err != nil {
		t.Fatal(err)
	}
	var old []Quiz
	if err := json.Unmarshal(b, &old); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"themes": {"colour revolutions", "what a visit was about", "the bridge", "Partnership for Peace", "non-lethal supplies"},
		"dates":  {"10 of 27"},
	}
	for name, ws := range want {
		all := strings.Join(review4Checks[name](x, old), "\n")
		for _, w := range ws {
			if !strings.Contains(all, w) {
				t.Errorf("%s: nothing on %q in:\n%s", name, w, all)
			}
		}
		t.Logf("%s: %s", name, all)
	}
}

// TestFourthPassItems: the items the fourth pass's rules make from the
// paper, each with its answer and what its choices must not hold.
func TestFourthPassItems(t *testing.T) {
	all := defaultQuizzer(t).All()
	tests := []struct {
		kind, question, answer string
		notIn                  []string // choices that would be right too, or give it away
	}{
		// (seventh pass: "Why did the U.S. military acquire landing and
		// overflight rights?" went: its answer and the why-it-mattered
		// item's, one paragraph, name one place; see samefact.go)
		// what a visit was about: the paragraph's other listed human rights issues
		// (eighth pass: the stem named her by office, as another item asked
		// which Secretary of State thanked President Rahmon; eleventh pass:
		// that item went, as the office and the month still named her to
		// anyone who knew who held it, so the stem names her again; see
		// dropNamedPerson)
		{"issue", "Which human rights issue did Secretary Clinton warn the president about when visiting Tajikistan in October 2011?", "Limitations on religious freedom",
			[]string{"Freedom of the press"}},
		{"event", "After which events did the Tajik government have several concerns about American activities?", "The color revolutions",
			[]string{"The break-up of the Soviet Union", "The outbreak of Georgia's Rose Revolution"}}, // the fall of the USSR is offered once
		// the cost of the bridge, not the day it opened; ninth pass: what
		// the paper makes of the bridge, not its cost (keyevent.go), and
		// no deed an act item offers among its wrong choices
		{"keyevent", "What does the paper call the key event in bilateral relations?", "Opening a bridge over the Pyanj River",
			[]string{"Lifting an eight-year-old arms sales embargo on Tajikistan", "Signing the establishment of Annual Bilateral Consultation with each Central Asian state"}},
		// what the talks of a visit were about (the areas the paragraph's
		// ABC sentence lists are wrong), and no "When did he visit?" beside it
		{"issue", "Which issue did discussions focus on during President Rahmon's official visit to the US?", "Countering the drug trade",
			[]string{"The global war against terrorism", "Trade and investment", "Economy"}},
		// (seventh pass: the rank "second" and the supplies' month were
		// fillers the floor kept; understanding items took their places)
	}
	for _, tt := range tests {
		t.Run(tt.kind+"/"+tt.answer, func(t *testing.T) {
			for _, q := range all {
				if q.Question != tt.question {
					continue
				}
				if q.Kind != tt.kind || q.Choices[q.Answer] != tt.answer {
					t.Errorf("%q: %s %q, want %s %q", q.Question, q.Kind, q.Choices[q.Answer], tt.kind, tt.answer)
				}
				for _, c := range q.Choices {
					for _, bad := range tt.notIn {
						if c == bad {
							t.Errorf("%q offered: %q", c, q.Choices)
						}
					}
				}
				return
			}
			t.Errorf("no item %q", tt.question)
		})
	}
}

// TestFourthPassRules: the rules on their own inputs.
func TestFourthPassRules(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	for in, want := range map[string]string{
		"Tajikistan has a unique position due to its borders with Afghanistan, China, Kyrgyzstan, Uzbekistan, and near Pakistan": "Afghanistan China Kyrgyzstan Uzbekistan Pakistan",
		"Tajik leadership had expanded relations with Iran, China, and Russia, with which it had friendly ties":                  "Iran China Russia",
		"Tajikistan offered U.S the use of air bases in Afghanistan with Russia's consent":                                       "",
	} {
		var got []string
		for _, l := range x.countryLists(in) {
			got = append(got, strings.Join(l, " "))
		}
		if strings.Join(got, "|") != want {
			t.Errorf("countryLists(%q) = %q, want %q", in, got, want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"The key event in bilateral relations was the opening of a bridge on August 26, 2007, over the Pyanj River joining Tajikistan with Afghanistan, which was built by the U.S. for " + blank + ".",
			"How much did the U.S. spend to build the bridge over the Pyanj River?"},
		{"The bridge was opened in 2007 for " + blank + ".", ""},
	} {
		if got := costQuestion(tt.in); got != tt.want {
			t.Errorf("costQuestion(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"When did the U.S. and Tajikistan agree on non-lethal supplies to support military operations of NATO and International Security Assistance Force in Afghanistan?",
			"When did the U.S. and Tajikistan agree on non-lethal supplies?"},
		{"When did Tajikistan agree to support the operations?", "When did Tajikistan agree to support the operations?"}, // too short without it
		{"When did the US lift an eight-year-old arms sales embargo on Tajikistan?", "When did the US lift an eight-year-old arms sales embargo on Tajikistan?"},
	} {
		if got := dropStemPurpose(tt.in); got != tt.want {
			t.Errorf("dropStemPurpose(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := shortAnswer("To guarantee that the Tajik army was well prepared to conduct counter-narcotics and counterinsurgency operations"); got != "To guarantee that the Tajik army was well prepared to conduct counter-narcotics operations" {
		t.Errorf("shortAnswer cut two modifiers to %q", got)
	}
	visit := Quiz{Kind: "date", Question: "When did President Rahmon make an official visit to the US?"}
	talks := Quiz{Kind: "issue", Question: "Which issue did discussions focus on during President Rahmon's official visit to the US?"}
	rice := Quiz{Kind: "date", Question: "When did Condoleezza Rice visit Tajikistan?"}
	if !whenOfWhat(visit, talks) || whenOfWhat(rice, talks) || whenOfWhat(talks, visit) {
		t.Errorf("whenOfWhat: the visit's date beside its talks should clash, Rice's visit not")
	}
	if !x.sameBody("In which year did President Rahmon participate for the first time in a NATO summit meeting?", "When did Tajikistan formally join the PFP program as the last of the states of Central Asia to do so?") ||
		x.sameBody("In which year did the Tajik civil war end?", "When did Tajikistan formally join the PFP program?") {
		t.Errorf("sameBody: NATO's summit and NATO's PFP are one body; the civil war none")
	}
	why := item{Quiz: Quiz{Kind: "why", Choices: [4]string{"To support its operation in Afghanistan", "a", "b", "c"}}}
	for stem, want := range map[string]bool{
		"With which country's consent did Tajikistan offer the U.S. the use of air bases in the anti-Taliban campaign in Afghanistan?": true,
		"When did the U.S. and Tajikistan agree on non-lethal supplies to support military operations of NATO in Afghanistan?":         true,
		"How much did the U.S. spend to build the bridge over the Pyanj River joining Tajikistan with Afghanistan?":                    false,
		"From which country did Tajikistan face considerable dangers of terrorism and narcotics trafficking?":                          false,
	} {
		if got := whyNamed(why, stem); got != want {
			t.Errorf("whyNamed(%q) = %v, want %v", stem, got, want)
		}
	}
}
