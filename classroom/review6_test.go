package classroom

import (
	"regexp"
	"strings"
	"testing"
)

// The sixth pass answers the blind reader of blind12
// (timeline-discuss-report.md) by general rules.

// TestDiscussEvidenceNotASummary: a conclusion restating a body claim is
// no evidence for it. The reader found Russia P1 circular: ¶2's "The Tajik
// civil war left the country ... highly dependent upon Russia" sent
// students to ¶23, the conclusion saying the dependence "increased" (failed
// before: ¶23 was the evidence).
func TestDiscussEvidenceNotASummary(t *testing.T) {
	claim := sentenceInfo{para: 2, chosen: true, text: "The Tajik civil war left the country and the regime highly dependent upon Russia for its national and regime security."}
	restated := sentenceInfo{para: 23, chosen: true, summary: true, text: "Tajikistan fell behind economically and socially, and the country's dependence on Russia increased for national security and foreign remittances mostly coming from Russia."}
	body := sentenceInfo{para: 14, chosen: true, text: "Russian border troops guarded the Tajik-Afghan border until 2005, and the regime's national security rested on the Russian garrison."}
	for _, s := range []*sentenceInfo{&claim, &restated, &body} {
		s.words = contentWords(s.text)
	}
	if got := evidenceFor([]sentenceInfo{claim, restated}, 0, nil); len(got) > 0 {
		t.Errorf("the conclusion's restatement taken as evidence: %v", got)
	}
	if got := evidenceFor([]sentenceInfo{claim, body}, 0, nil); len(got) != 1 || got[0] != 14 {
		t.Errorf("a body passage not taken as evidence: %v", got)
	}
	// a claim of the summary may point to the body it sums up
	sumClaim := restated
	if got := evidenceFor([]sentenceInfo{sumClaim, body}, 0, nil); len(got) != 1 {
		t.Errorf("the body not evidence for a summary claim: %v", got)
	}
	contentCheck(t)
	p := loadPaper(t)
	for _, topic := range discussTopics {
		d := Discuss(p, loadPlain(t), topic, ranking(t, topic))
		for _, pr := range d.Prompts {
			if pr.Kind != "claim" || len(pr.Paragraphs) < 2 {
				continue
			}
			claimPara := &p.Paragraphs[pr.Paragraphs[0]-1]
			for _, n := range pr.Paragraphs[1:] {
				if ev := &p.Paragraphs[n-1]; summarySection(ev.Section) && !summarySection(claimPara.Section) {
					t.Errorf("%s: the summary ¶%d given as evidence for ¶%d: %s", topic, n, claimPara.N, pr.Text)
				}
			}
		}
	}
}

// TestDiscussClaimFrameFollowsKind: "bears out that rank" only for a
// claim that ranks ("the largest donor", "the key issue"); a claim of
// weight ("a significant aid and development donor", US aid P1) is asked
// whether it counted for that much (failed before: "rank").
func TestDiscussClaimFrameFollowsKind(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"The United States had been a significant aid and development donor to support the implementation of the Tajik peace treaty.", "weight"},
		{"U.S concentrated on border security as the key issue in security cooperation.", "rank"},
		{"It was the largest bilateral donor.", "rank"},
		{"Tajikistan was the poorest of the new states.", "rank"},
	} {
		if got := claimKind(sentenceInfo{text: tt.text}); got != tt.want {
			t.Errorf("claimKind(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	contentCheck(t)
	p := loadPaper(t)
	for _, topic := range discussTopics {
		d := Discuss(p, loadPlain(t), topic, ranking(t, topic))
		for _, pr := range d.Prompts {
			if pr.Kind == "claim" && strings.Contains(pr.Text, "rank") && claimKind(sentenceInfo{text: citedSentences(pr.Text)[0]}) != "rank" {
				t.Errorf("%s: a rank frame on a claim that ranks nothing: %s", topic, pr.Text)
			}
		}
	}
}

// TestDiscussTensionNamesTheEvent: two passages on one visit (Clinton in
// Tajikistan, "October 2011" and "22 October, 2011") are said to be one
// visit, not "about Clinton"; and a passage that is not on the topic is
// not called the United States' "policy on human rights" (human rights
// P2; failed before).
func TestDiscussTensionNamesTheEvent(t *testing.T) {
	a := "Secretary Clinton visited Tajikistan in October 2011, warned the president that limitations on religious freedom could fuel rising religious discontent."
	b := "Secretary Hillary Clinton went to Tajikistan on 22 October, 2011 and thanked the president Rahmon for the critical role Tajikistan had played."
	if got, want := sharedEvent(a, b), "Both passages tell of one visit by Clinton, in October 2011."; got != want {
		t.Errorf("sharedEvent = %q, want %q", got, want)
	}
	if got := sharedEvent(a, "Secretary Clinton thanked Tajikistan in 2012 for its help."); strings.Contains(got, "one visit") || strings.Contains(got, "one event") {
		t.Errorf("two dates taken for one event: %q", got)
	}
	contentCheck(t)
	p := loadPaper(t)
	d := Discuss(p, loadPlain(t), "human rights", ranking(t, "human rights"))
	found := false
	for _, pr := range d.Prompts {
		if pr.Kind != "tension" {
			continue
		}
		found = true
		if !strings.Contains(pr.Text, "one visit by Clinton") {
			t.Errorf("the tension does not say both passages are one visit: %s", pr.Text)
		}
		if strings.Contains(pr.Text, "policy on human rights") {
			t.Errorf("the thanks for Afghanistan called a policy on human rights: %s", pr.Text)
		}
	}
	if !found {
		t.Error("human rights: no tension prompt")
	}
}

// TestTimelineOneEventOneEntry: two entries of compatible dates (a month
// and a day in it) naming the same person are one event told twice: the
// reader found Clinton's visit as "October 2011" (¶9, the warning) and
// "22 October 2011" (¶16, the thanks). One entry keeps both facts and
// both ¶, at the finer date (failed before: two entries).
func TestTimelineOneEventOneEntry(t *testing.T) {
	ev := Timeline(loadPaper(t), loadPlain(t))
	for i, a := range ev {
		for _, b := range ev[i+1:] {
			ta := timeSpan{year: a.Year, month: a.Month, day: a.Day, last: a.EndYear}
			tb := timeSpan{year: b.Year, month: b.Month, day: b.Day, last: b.EndYear}
			if a.Month > 0 && b.Month > 0 && compatibleTimes(ta, tb) && len(sharedNameList(a.Text, b.Text)) > 0 {
				t.Errorf("one event, two entries: %s %q (¶%v) and %s %q (¶%v)", a.When, a.Text, a.Paragraphs, b.When, b.Text, b.Paragraphs)
			}
		}
	}
	found := false
	for _, e := range ev {
		if !strings.Contains(e.Text, "Clinton") {
			continue
		}
		found = true
		if e.When != "22 October 2011" || !containsInt(e.Paragraphs, 9) || !containsInt(e.Paragraphs, 16) ||
			!strings.Contains(e.Text, "thanked") || !strings.Contains(e.Text, "warned") {
			t.Errorf("Clinton's visit: %s %q (¶%v)", e.When, e.Text, e.Paragraphs)
		}
	}
	if !found {
		t.Error("no entry for Clinton's visit")
	}
}

// TestTimelinePlanLeftOut: "US wanted to open a national training centre
// in Karatoga ... on 25 June 2010" (¶20) does not say what happened that
// day. The sixth pass told it as a plan; the seventh blind reader could
// still not tell what the date marks, so a dated plan is left out.
func TestTimelinePlanLeftOut(t *testing.T) {
	for _, e := range Timeline(loadPaper(t), loadPlain(t)) {
		if strings.Contains(e.Text, "Karatoga") {
			t.Errorf("a dated plan on the timeline: %s %q", e.When, e.Text)
		}
	}
}

// TestTimelineJudgementKeepsItsSource: a judgment the paper attributes
// keeps whose it is; an act reported by a source does not need it. The
// seventh reader found "The human rights situation in Tajikistan remained
// poor in 2012." stated as fact (failed before: no source).
func TestTimelineJudgementKeepsItsSource(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"The human rights situation in Tajikistan remained poor in 2012.", true},
		{"In April 2002, America was giving military equipment to Tajikistan.", false},
		{"When Tajik troops were sent to the region, the U.S. embassy expressed concern.", false},
		{"The U.S. raised human rights issues in annual bilateral consultations.", false},
	} {
		if got := judgement(tt.s); got != tt.want {
			t.Errorf("judgement(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	found := false
	for _, e := range Timeline(loadPaper(t), loadPlain(t)) {
		if strings.Contains(e.Text, "remained poor") {
			found = true
			if !strings.HasPrefix(e.Text, "According to Human Rights Watch, the human rights situation") {
				t.Errorf("a judgment without its source: %q", e.Text)
			}
		}
	}
	if !found {
		t.Error("no entry for the 2012 human rights judgment")
	}
}

// TestPlainPassagesSixthReader: garble the sixth reader found left in the
// plain passages (¶1, ¶15, ¶18) and ¶5's "enjoyed better relations" given
// to Tajikistan where the paper may mean Rahmon (failed before: each).
func TestPlainPassagesSixthReader(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	for _, tt := range []struct {
		para       int
		want, gone []string
	}{
		{1, []string{"Since the 9/11 terrorist attack on the United States of America, Tajikistan got special attention", "condemned those attacks and was keen to cooperate"},
			[]string{"Since 9/11 when", "attacks and keen"}},
		{15, []string{"Uzbekistan was the first Central Asian republic to offer its support", "and also provided field hospitals"},
			[]string{"republic was Uzbekistan to", "in addition giving"}},
		{18, []string{"security and peacekeeping cooperation"}, []string{"peacekeeping participation"}},
		// either reading holds: relations were better under Rahmon
		{5, []string{"Emomali Rahmon, the Soviet-era head of a collective farm, under whom Tajikistan enjoyed better relations with the USA."},
			[]string{"farm, and Tajikistan enjoyed"}},
		// the check-the-figures prompt quotes it: the paper's comma splice
		{5, []string{"$988.57 million from 1992 to 2010, and America was the largest bilateral donor"}, []string{"2010, it was"}},
	} {
		got := x.plainPassage(&p.Paragraphs[tt.para-1])
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("¶%d: %q missing from %q", tt.para, w, got)
			}
		}
		for _, g := range tt.gone {
			if strings.Contains(got, g) {
				t.Errorf("¶%d: %q still in %q", tt.para, g, got)
			}
		}
	}
}

// TestDiscussNoCrossTopicTemplate: no prompt of one topic's handout is
// another topic's with only the paragraph numbers changed. A position on
// "did the United States (¶...) or NATO (¶18) count for more" was made for
// both border security and the war on terror; a blind reader found it a
// template setting partners the paper never sets against each other, with
// no measure in the passages (failed before the prompt was dropped).
func TestDiscussNoCrossTopicTemplate(t *testing.T) {
	contentCheck(t)
	p := loadPaper(t)
	refs := regexp.MustCompile(`¶\d+(?:[-–]\d+)?(?:(?:, | and |, and )¶\d+(?:[-–]\d+)?)*`)
	seen := map[string]string{}
	for _, topic := range []string{"human rights", "drug trafficking", "military bases", "Northern Distribution Network",
		"US aid and democracy", "Russia's influence", "the civil war", "border security", "economic relations",
		"the war on terror", "China", "religious freedom"} {
		d := Discuss(p, loadPlain(t), topic, ranking(t, topic))
		for _, pr := range d.Prompts {
			k := strings.ReplaceAll(refs.ReplaceAllString(pr.Text, "¶"), topicPhrase(topic), "TOPIC")
			if other, ok := seen[k]; ok && other != topic {
				t.Errorf("%s and %s share one prompt: %s", other, topic, pr.Text)
			}
			seen[k] = topic
		}
	}
}

// TestDiscussCloseFigures: economic relations had one prompt (sixth
// reader: thin), while its passages give near sums for the US money in
// Tajikistan that may not agree ("over $1 billion", ¶11, cited to 2006;
// "$988.57 million from 1992 to 2010", ¶5): a second prompt asks whether
// both can be right; one figure told twice (¶5 and ¶12's $988.57 million)
// is no such question (failed before: one prompt).
func TestDiscussCloseFigures(t *testing.T) {
	contentCheck(t)
	p := loadPaper(t)
	d := Discuss(p, loadPlain(t), "economic relations", ranking(t, "economic relations"))
	if len(d.Prompts) < 2 {
		t.Fatalf("economic relations: %d prompt(s)", len(d.Prompts))
	}
	pr := d.Prompts[1]
	if !strings.HasPrefix(pr.Text, "Check the figures") || !containsInt(pr.Paragraphs, 5) || !containsInt(pr.Paragraphs, 11) {
		t.Errorf("economic relations: second prompt %v %s", pr.Paragraphs, pr.Text)
	}
	if strings.Count(pr.Text, "$988.57 million") > 1 {
		t.Errorf("one figure set against itself: %s", pr.Text)
	}
}
