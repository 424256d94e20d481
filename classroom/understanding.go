package classroom

// understandingQuizzes gathers the items that ask what a sentence says
// aid was for or what one side put first (purpose.go, keyissue.go), in
// the order they are listed here.
func (x *extractor) understandingQuizzes() []Quiz {
	return append(append(append(x.purposeQuizzes(), x.keyIssueQuizzes()...), x.keyEventQuizzes()...), x.relianceQuizzes()...)
}

// notAsked leaves out the causes whose sentence an understanding item
// asks about: as a why-item's wrong choice ("To guarantee that the Tajik
// army was well prepared to conduct counter-narcotics operations" beside
// "Why did the U.S. and Tajikistan agree on non-lethal supplies?") the
// cause would hand that item its answer.
func notAsked(rs []reason, asked []Quiz) []reason {
	src := map[string]bool{}
	for _, q := range asked {
		src[q.Sentence] = true
	}
	var out []reason
	for _, r := range rs {
		if !src[r.para.Sentences[r.si].Text] {
			out = append(out, r)
		}
	}
	return out
}
