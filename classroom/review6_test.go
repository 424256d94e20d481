package classroom

import "testing"

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
