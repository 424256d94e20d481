package classroom

// understandingQuizzes gathers the items that ask what a sentence says
// an act was for, what one side put first, or what a contrast shows
// (keyissue.go, purpose.go), in the order they are listed here.
func (x *extractor) understandingQuizzes() []Quiz {
	return x.keyIssueQuizzes()
}
