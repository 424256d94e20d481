package dashboard_test

import (
	"testing"

	"paperbot/dashboard/dashboardtest"
)

// BenchmarkPage measures the whole page (read the Source, build the report,
// render) at a class's size and at the target, 100k questions and 1M quiz
// answers, with the in-memory Source: that measures the page's own work.
// Against the store, call dashboardtest.BenchPage with a build function
// that seeds the store and returns it.
//
//	go test ./dashboard -run '^$' -bench Page -benchtime 200x
func BenchmarkPage(b *testing.B) {
	for _, tc := range []struct {
		name string
		spec dashboardtest.Spec
	}{
		{"class", dashboardtest.Spec{Guild: "1", Seed: 1, Questions: 2_000, Votes: 400, QuizAnswers: 2_000, Students: 60, Days: 60}}, // Students is a floor: BenchPage raises it to what the quiz answers need
		{"100k-questions-1M-quiz-answers", dashboardtest.Spec{Guild: "1", Seed: 1, Questions: 100_000, Votes: 20_000, QuizAnswers: 1_000_000, Students: 28_000, Days: 120}},
	} {
		b.Run(tc.name, func(b *testing.B) { dashboardtest.BenchPage(b, tc.spec, dashboardtest.MemorySource) })
	}
}
