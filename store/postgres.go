package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// DefaultPoolSize is how many connections a Store keeps to PostgreSQL at
// most, when the URL does not say (pool_max_conns). Each of the bot's
// writes is one short transaction (about a millisecond on the server) and
// reads are single index look-ups, so a handful of connections keeps up
// with hundreds of interactions a second (BenchmarkEngines); eight per
// process leaves room for a dozen replicas and shards under PostgreSQL's
// default max_connections of 100.
const DefaultPoolSize = 8

// IsURL reports whether dsn names a PostgreSQL database (a postgres:// or
// postgresql:// URL) rather than a SQLite file.
func IsURL(dsn string) bool {
	l := strings.ToLower(dsn)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}

// Redact returns dsn with any password replaced by "xxxxx", for logs and
// error messages; a path is returned as it is.
func Redact(dsn string) string {
	if !IsURL(dsn) {
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://(unparsable URL)"
	}
	return u.Redacted()
}

// pgConfig parses a PostgreSQL URL, taking out pool_max_conns (ours, the
// same name pgxpool uses), and sets a connect timeout when none is given,
// so that a database that does not answer fails a request instead of
// hanging it.
func pgConfig(dsn string) (*pgx.ConnConfig, int, error) {
	u, err := url.Parse(dsn)
	if err != nil {
		return nil, 0, errors.New("not a valid URL")
	}
	q := u.Query()
	size := DefaultPoolSize
	if v := q.Get("pool_max_conns"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return nil, 0, fmt.Errorf("pool_max_conns %q: want a whole number of connections, at least 1", v)
		}
		size = n
	}
	q.Del("pool_max_conns")
	if q.Get("connect_timeout") == "" {
		q.Set("connect_timeout", "5")
	}
	u.RawQuery = q.Encode()
	cfg, err := pgx.ParseConfig(u.String())
	if err != nil {
		// pgx's message may quote the URL, password included.
		return nil, 0, errors.New(redactedErr(err, dsn))
	}
	return cfg, size, nil
}

// redactedErr returns err's text with dsn's password, if any, replaced.
func redactedErr(err error, dsn string) string {
	msg := err.Error()
	if u, perr := url.Parse(dsn); perr == nil && u.User != nil {
		if p, ok := u.User.Password(); ok && p != "" {
			msg = strings.ReplaceAll(msg, p, "xxxxx")
		}
	}
	return msg
}

// pgPool opens a database/sql pool on PostgreSQL through pgx, whose
// connections rewrite every statement from the store's SQLite dialect
// (rebind). readOnly makes every transaction read-only on the server.
func pgPool(dsn string, readOnly bool) (*sql.DB, error) {
	cfg, size, err := pgConfig(dsn)
	if err != nil {
		return nil, err
	}
	if readOnly {
		if cfg.RuntimeParams == nil {
			cfg.RuntimeParams = map[string]string{}
		}
		cfg.RuntimeParams["default_transaction_read_only"] = "on"
	}
	db := sql.OpenDB(pgConnector{stdlib.GetConnector(*cfg)})
	db.SetMaxOpenConns(size)
	db.SetMaxIdleConns(size)
	// Connections are replaced now and then, so a server restarted or
	// failed over is reached again without the program's restart, and
	// idle ones are let go after a burst.
	db.SetConnMaxLifetime(30 * time.Minute)
	db.SetConnMaxIdleTime(5 * time.Minute)
	return db, nil
}

// pgConnector makes pgx's connections rebind statements.
type pgConnector struct{ driver.Connector }

func (c pgConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	sc, ok := conn.(*stdlib.Conn)
	if !ok {
		conn.Close()
		return nil, fmt.Errorf("pgx connector returned %T", conn)
	}
	return pgConn{sc}, nil
}

// pgConn is a pgx connection whose statements are rewritten by rebind
// before PostgreSQL sees them; everything else is pgx's.
type pgConn struct{ *stdlib.Conn }

func (c pgConn) Prepare(query string) (driver.Stmt, error) {
	return c.Conn.Prepare(rebind(query))
}

func (c pgConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	return c.Conn.PrepareContext(ctx, rebind(query))
}

func (c pgConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	return c.Conn.ExecContext(ctx, rebind(query), args)
}

func (c pgConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	return c.Conn.QueryContext(ctx, rebind(query), args)
}

// openPostgres is Open for a PostgreSQL URL: one pool serves reads and
// writes (PostgreSQL runs writers side by side; there is no single-writer
// rule to work around), the migrations run under an advisory lock.
func openPostgres(dsn string) (*Store, error) {
	name := Redact(dsn)
	fail := func(err error) (*Store, error) {
		return nil, fmt.Errorf("open database %s: %w", name, err)
	}
	db, err := pgPool(dsn, false)
	if err != nil {
		return fail(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*BusyTimeout)
	defer cancel()
	s := &Store{db: db, rd: db, path: name, engine: postgresEngine}
	// Connect within the deadline; then migrate without one (see init):
	// another replica migrating holds the schema lock until it is done.
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return fail(err)
	}
	if err := s.migrate(context.WithoutCancel(ctx)); err != nil {
		db.Close()
		return fail(err)
	}
	if err := s.prepare(ctx); err != nil {
		s.Close()
		return fail(err)
	}
	return s, nil
}

// openPostgresReadOnly is OpenReadOnly for a PostgreSQL URL: every
// transaction is read-only on the server, and the schema must be this
// program's.
func openPostgresReadOnly(dsn string) (*Store, error) {
	name := Redact(dsn)
	fail := func(err error) (*Store, error) {
		return nil, fmt.Errorf("open database %s: %w", name, err)
	}
	rd, err := pgPool(dsn, true)
	if err != nil {
		return fail(err)
	}
	s := &Store{rd: rd, path: name, engine: postgresEngine}
	ctx, cancel := context.WithTimeout(context.Background(), 2*BusyTimeout)
	defer cancel()
	if err := s.checkSchema(ctx); err != nil {
		rd.Close()
		return fail(err)
	}
	return s, nil
}

// pgLockKey is the advisory lock the migrations run under: any fixed
// 64-bit number other programs on the same database are unlikely to use
// ("paperbot" in ASCII).
const pgLockKey = 0x7061706572626f74
