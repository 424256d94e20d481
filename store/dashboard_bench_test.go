package store

import (
	"testing"

	"paperbot/dashboard"
	"paperbot/dashboard/dashboardtest"
)

// BenchmarkDashboardPage measures the teacher's page (read the store,
// build the report, render) over the real store at a class's size and at
// the target, 100k questions and 1M quiz answers (the page must answer in
// under 50 ms at p99). The events are written as an older paperbot wrote
// them and the counters made by the migration that backfills them (the
// same counters the store's writes keep; TestMigrationBackfillsCounters);
// seeding the large case takes about a minute and is not timed. The
// students are at least as many as 1M first answers need (with 36 quiz
// items 28,000, 35 or 36 each; with 30 items 33,334): BenchPage raises
// the count and reports it as "students".
//
//	go test ./store -run '^$' -bench DashboardPage -benchtime 200x
func BenchmarkDashboardPage(b *testing.B) {
	for _, tc := range []struct {
		name string
		spec dashboardtest.Spec
	}{
		{"class", dashboardtest.Spec{Guild: "1", Seed: 1, Questions: 2_000, Votes: 400, QuizAnswers: 2_000, Students: 60, Days: 60}},
		{"100k-questions-1M-quiz-answers", dashboardtest.Spec{Guild: "1", Seed: 1, Questions: 100_000, Votes: 20_000, QuizAnswers: 1_000_000, Students: 28_000, Days: 120}},
	} {
		b.Run(tc.name, func(b *testing.B) { dashboardtest.BenchPage(b, tc.spec, seededStore) })
	}
}

// seededStore is a BenchPage build function: spec's events in a new
// database, and a second server's as many again, so that every read must
// pick its server's rows.
func seededStore(tb testing.TB, f dashboardtest.Fixture, spec dashboardtest.Spec) dashboard.Source {
	other := spec
	other.Guild, other.Seed = spec.Guild+"0", spec.Seed+1
	path := tempDB(tb)
	if err := seedRaw(path, nil, f, spec, other); err != nil {
		tb.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}
