package store

import (
	"fmt"
	"os"
	"testing"

	"paperbot/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// engines are the databases the store's suite runs against: each returns
// the dsn of a new, empty database (a SQLite file in the test's folder, a
// fresh database on the package's PostgreSQL cluster).
var engines = []struct {
	name string
	dsn  func(t testing.TB) string
}{
	{"sqlite", tempDB},
	{"postgres", func(t testing.TB) string { url, _ := pgtest.Start(t); return url }},
}

// forEachEngine runs test once per engine, as a subtest named after it;
// newDSN gives a new empty database each call (open it with openTest, or
// Open for a second Store on the same one).
func forEachEngine(t *testing.T, test func(t *testing.T, dsn string)) {
	t.Helper()
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) { test(t, e.dsn(t)) })
	}
}

// forEachEngineDBs is forEachEngine for a test that needs several
// databases: newDSN gives a new empty one of the engine each call.
func forEachEngineDBs(t *testing.T, test func(t *testing.T, newDSN func() string)) {
	t.Helper()
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) { test(t, func() string { return e.dsn(t) }) })
	}
}

// setVersion sets the schema version recorded in s's database.
func setVersion(t testing.TB, s *Store, v int) {
	t.Helper()
	q := fmt.Sprintf("PRAGMA user_version = %d", v)
	if s.engine == postgresEngine {
		q = fmt.Sprintf("UPDATE paperbot_schema SET version = %d", v)
	}
	if _, err := s.db.ExecContext(testCtx(t), q); err != nil {
		t.Fatal(err)
	}
}
