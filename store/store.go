// Package store keeps everything paperbot must remember across restarts in
// one SQLite file (the default) or a PostgreSQL database shared by several
// processes (see [Open]): quiz answers and each user's score (for the
// leaderboard), helpful/not-helpful votes on answers, the questions asked
// (for the teacher's report and to check votes), per-guild settings and the
// threads the bot created. Guild "" is the scope of direct messages.
//
// It is the only package that speaks SQL. It uses modernc.org/sqlite, a pure
// Go driver, so CGO_ENABLED=0 static builds keep working, and
// github.com/jackc/pgx/v5 for PostgreSQL. The SQL is written once, in
// SQLite's dialect restricted to forms PostgreSQL shares (? placeholders,
// ON CONFLICT, integers for times and booleans); dialect.go rewrites it for
// PostgreSQL, and the few statements that must differ ask the engine.
//
// # PostgreSQL
//
// One pool of [DefaultPoolSize] connections (pool_max_conns in the URL)
// serves reads and writes. Transactions are READ COMMITTED; the "first one
// counts" rules are the same UNIQUE keys with ON CONFLICT DO NOTHING, which
// PostgreSQL decides atomically across connections and processes (a second
// insert of the same key waits for the first's commit, then does nothing),
// and a score is updated by one INSERT ... ON CONFLICT DO UPDATE in the
// transaction of the answer it counts. Multi-statement reads (Rank, reports)
// run REPEATABLE READ, one snapshot. Migrations run under an advisory lock.
// A connection lost with the server is discarded by database/sql (pgx pings
// one idle for over a second before reuse), so the same Store works again
// once the server is back.
//
// # SQLite settings
//
// The writer connection runs with
//
//   - journal_mode=WAL: readers never block the writer and the writer never
//     blocks readers; a commit is one append to the -wal file.
//   - synchronous=NORMAL: with WAL a commit is not fsynced, only checkpoints
//     are. A killed process loses nothing that was committed; a power cut or
//     OS crash may lose the last few commits but never corrupts the file.
//   - busy_timeout=5000: a connection that finds the database locked (another
//     process, or a checkpoint) waits up to 5 s instead of failing with
//     SQLITE_BUSY.
//   - foreign_keys=ON.
//   - explicit write transactions start with BEGIN IMMEDIATE (the driver's
//     _txlock=immediate), so they take the write lock up front and wait on
//     busy_timeout instead of failing when they later upgrade from a read.
//
// Writes go through a pool of a single connection (see [Open]): SQLite allows
// one writer at a time anyway, and queueing writers in Go instead of in
// SQLite's sleep-and-retry busy handler gives no SQLITE_BUSY by construction.
// Measured with TestConcurrentWrites (50 goroutines x 20 writes) and
// BenchmarkVoteParallel: one connection and four have the same throughput
// (~75 us a vote); with four connections and busy_timeout=0, 434 of the 1000
// writes failed with SQLITE_BUSY, with busy_timeout=5000 none did. The busy
// timeout still matters for other processes on the same file.
//
// Reads go through a second pool of [readers] connections opened with
// busy_timeout=5000 and query_only, so they can never write, and deferred
// transactions, so a read transaction takes no write lock. Under WAL a reader never waits on a
// writer, so a write that waits for a lock held by another process (for up
// to [BusyTimeout]) delays other writes but no read: settings, the
// leaderboard and reports keep answering (TestReadsDoNotWaitForWriter).
//
// # Consistency
//
// Each logical write is one SQLite transaction (a single statement in
// autocommit mode, or an explicit transaction: a first quiz answer and its
// score, a vote and the check of the answer it names), so a crash at any
// moment leaves either all of a write or none of it. "Only the first counts" rules
// are UNIQUE keys with INSERT ... ON CONFLICT DO NOTHING, so they hold even
// when many goroutines or processes write at once.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// BusyTimeout is how long a connection waits for a lock held by another
// connection or process before giving up with SQLITE_BUSY.
const BusyTimeout = 5 * time.Second

// readers is the size of the read pool: enough for the bot's concurrent
// reads (settings, leaderboard, rank, votes' questions) and a report at once.
const readers = 4

// Store is paperbot's persistent state in one SQLite file or a PostgreSQL
// database. It is safe for concurrent use by many goroutines, and on
// PostgreSQL by many processes.
type Store struct {
	db     *sql.DB // the writer (BEGIN IMMEDIATE); nil when opened with OpenReadOnly
	rd     *sql.DB // the readers (query_only); on PostgreSQL the same pool as db
	path   string  // the file, or the URL without its password
	engine engine

	prep prepared // the hot writes' statements

	writeFailures atomic.Uint64
	mu            sync.Mutex
	lastWrite     error // the most recent write's error; nil when it succeeded
}

// Open opens the database named by dsn and runs any migrations not yet
// applied. A postgres:// or postgresql:// URL is a PostgreSQL database
// (e.g. postgres://paperbot:secret@db:5432/paperbot?sslmode=disable; any
// libpq parameter, plus pool_max_conns for the pool's size); anything else
// is the path of a SQLite file, created if missing (but not its
// directory), with the connection settings described in the package
// documentation.
//
// Every error names the path or the URL (without its password), e.g.
// "open database /x/y.db: file is not a database (26)". Open never panics on a
// corrupt file or an unusable path.
func Open(dsn string) (*Store, error) {
	if IsURL(dsn) {
		return openPostgres(dsn)
	}
	return open(dsn, 1)
}

// open is Open with the writer pool's size as a parameter, so tests and
// benchmarks can compare one connection with several.
func open(path string, maxConns int) (*Store, error) {
	if path == "" {
		return nil, errors.New("open database: empty path")
	}
	fail := func(err error) (*Store, error) {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return fail(err)
	}
	if err := checkParent(abs); err != nil {
		return fail(err)
	}
	if fi, err := os.Stat(abs); err == nil && fi.IsDir() {
		return fail(errors.New("is a directory"))
	}

	db, err := pool(dsn(abs), maxConns)
	if err != nil {
		return fail(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*BusyTimeout)
	defer cancel()
	s := &Store{db: db, path: path}
	if err := s.init(ctx); err != nil {
		db.Close()
		return fail(err)
	}
	if err := s.prepare(ctx); err != nil {
		s.Close()
		return fail(err)
	}
	// The readers are opened after the migrations, so they never see an
	// older schema.
	s.rd, err = pool(readerDSN(abs), readers)
	if err == nil {
		_, err = fileVersion(ctx, s.rd)
	}
	if err != nil {
		s.Close()
		return fail(fmt.Errorf("read pool: %w", err))
	}
	return s, nil
}

// pool opens a database/sql pool of n long-lived connections.
func pool(dsn string, n int) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	return db, nil
}

// checkParent gives a clearer message than SQLite's "unable to open database
// file" when the directory that should hold the database is missing or is
// not a directory.
func checkParent(abs string) error {
	dir := filepath.Dir(abs)
	fi, err := os.Stat(dir)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("directory %s: %w", dir, err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a directory", dir)
	}
	return nil
}

// dsn builds the writer's connection string: a file: URI (so a path holding
// '?' or '#' still names the right file) with the per-connection pragmas.
func dsn(abs string) string {
	return fileURI(abs) +
		"?_pragma=busy_timeout(" + fmt.Sprint(BusyTimeout.Milliseconds()) + ")" +
		"&_pragma=foreign_keys(1)" +
		"&_pragma=journal_mode(WAL)" +
		"&_pragma=synchronous(NORMAL)" +
		"&_txlock=immediate"
}

// readerDSN builds the read pool's connection string: query_only, so the
// pool cannot write, and deferred transactions, so a read transaction takes
// no write lock. journal_mode is not set: WAL is a property of the file,
// which the writer already set.
func readerDSN(abs string) string {
	return fileURI(abs) + "?" + readerParams()
}

// readerParams are the read pools' connection parameters, shared by the
// store's read pool and OpenReadOnly's.
func readerParams() string {
	return "_pragma=busy_timeout(" + fmt.Sprint(BusyTimeout.Milliseconds()) + ")" +
		"&_pragma=query_only(1)" +
		"&_txlock=deferred"
}

func fileURI(abs string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.ToSlash(abs))
	if !strings.HasPrefix(esc, "/") {
		esc = "/" + esc // Windows drive letters: file:/C:/x.db
	}
	return "file:" + esc
}

// init checks the connection settings took effect and migrates the schema.
func (s *Store) init(ctx context.Context) error {
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return err
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("journal_mode is %q, want wal (is the file on a filesystem without shared memory?)", mode)
	}
	// quick_check reads every page once (0.1 s for a 43 MB file here), so a
	// damaged file is refused at start-up instead of failing mid-class.
	var check string
	if err := s.db.QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&check); err != nil {
		return err
	}
	if check != "ok" {
		return fmt.Errorf("database disk image is malformed: %s", check)
	}
	// The migrations get no deadline: the checks above bound the wait for
	// the file, and a backfill over a large class's events may take
	// longer than a start-up's deadline; cut short, it would roll back
	// and fail again on every restart.
	return s.migrate(context.WithoutCancel(ctx))
}

// Path returns the path the store was opened with, or its URL without the
// password.
func (s *Store) Path() string { return s.path }

// Engine is "sqlite" or "postgres".
func (s *Store) Engine() string { return s.engine.String() }

// Close closes the readers, then checkpoints the write-ahead log and closes
// the writer. Calls after the first return nil.
func (s *Store) Close() error {
	var errs []error
	for _, st := range s.prep.all() {
		errs = append(errs, st.Close())
	}
	if s.rd != nil && s.rd != s.db {
		errs = append(errs, s.rd.Close())
	}
	if s.db != nil {
		errs = append(errs, s.db.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close database %s: %w", s.path, err)
	}
	return nil
}

// prepared holds the statements of the frequent multi-statement writes,
// parsed once: parsing them each time took a fifth of a quiz answer's
// time. Each is used in a transaction through tx.StmtContext, which reuses
// the statement prepared on the writer connection.
type prepared struct {
	answer, score, votable, vote *sql.Stmt
	// The page's counters (dashboard.go): the quiz's, the student's
	// (asking, answering a quiz), the class's.
	quiz, asker, taker, joinClass, moveClass *sql.Stmt
}

func (p prepared) all() []*sql.Stmt {
	var out []*sql.Stmt
	for _, st := range []*sql.Stmt{p.answer, p.score, p.votable, p.vote, p.quiz, p.asker, p.taker, p.joinClass, p.moveClass} {
		if st != nil {
			out = append(out, st)
		}
	}
	return out
}

func (s *Store) prepare(ctx context.Context) error {
	for _, p := range []struct {
		st    **sql.Stmt
		query string
	}{
		{&s.prep.answer, answerSQL},
		{&s.prep.score, addScoreSQL},
		{&s.prep.votable, votableSQL},
		{&s.prep.vote, voteSQL},
		{&s.prep.quiz, countQuizSQL},
		{&s.prep.asker, countAskerSQL},
		{&s.prep.taker, countQuizTakerSQL},
		{&s.prep.joinClass, joinClassSQL},
		{&s.prep.moveClass, moveClassSQL},
	} {
		st, err := s.db.PrepareContext(ctx, p.query)
		if err != nil {
			return fmt.Errorf("prepare %s: %w", strings.Join(strings.Fields(p.query)[:3], " "), err)
		}
		*p.st = st
	}
	return nil
}

// errReadOnly is what a write on a store opened with OpenReadOnly returns.
var errReadOnly = errors.New("database opened read-only")

// inTx runs fn in one write transaction (BEGIN IMMEDIATE) and commits it,
// or rolls everything back if fn or the commit fails. The outcome counts
// for WriteFailures and Check.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	err := s.tx(ctx, fn)
	s.wrote(err)
	return err
}

// exec runs one write statement on its own (SQLite makes it a transaction)
// and counts its outcome like inTx.
func (s *Store) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if s.db == nil {
		return nil, errReadOnly
	}
	res, err := s.db.ExecContext(ctx, query, args...)
	s.wrote(err)
	return res, err
}

// tx is inTx without the bookkeeping, for Check's probe.
func (s *Store) tx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if s.db == nil {
		return errReadOnly
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// unixNano stores times as UTC nanoseconds since the epoch; a zero time means
// "now".
func unixNano(t time.Time) int64 {
	if t.IsZero() {
		t = time.Now()
	}
	return t.UnixNano()
}

// fromNano is the inverse of unixNano.
func fromNano(n int64) time.Time { return time.Unix(0, n).UTC() }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Ping checks that the database still answers reads. Check also says
// whether it can be written.
func (s *Store) Ping() error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if _, err := s.version(ctx, s.rd); err != nil {
		return fmt.Errorf("database %s: %w", s.path, err)
	}
	return nil
}

// fileVersion reads the file's schema version (PRAGMA user_version). Unlike
// a driver ping ("select 1") it reads the file, so it also proves the file
// can be read.
func fileVersion(ctx context.Context, db *sql.DB) (int, error) {
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}

// version reads the schema version on either engine: PRAGMA user_version
// in a SQLite file, the one row of paperbot_schema in PostgreSQL (0 when
// the table is not there yet).
func (s *Store) version(ctx context.Context, q queryer) (int, error) {
	if s.engine == sqliteEngine {
		var v int
		if err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
			return 0, fmt.Errorf("read schema version: %w", err)
		}
		return v, nil
	}
	var v int
	err := q.QueryRowContext(ctx, `SELECT COALESCE((SELECT version FROM paperbot_schema WHERE id = 1), 0)`).Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}

// queryer is a pool or a transaction.
type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// readTx is the options of a read transaction that must see one snapshot:
// SQLite's deferred transaction does; PostgreSQL's default READ COMMITTED
// takes a snapshot per statement, REPEATABLE READ one for the transaction.
func (s *Store) readTx() *sql.TxOptions {
	if s.engine == postgresEngine {
		return &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead}
	}
	return &sql.TxOptions{ReadOnly: true}
}
