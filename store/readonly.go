package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// OpenReadOnly opens the database at path to read it only, e.g. for
// `paperbot report` on a copy on read-only media or next to a running bot.
// It never writes the database: no migration, so a schema older or newer
// than this program's is refused with an error saying which; the store's
// writes fail. Every error names the path.
//
// It first opens the file with mode=ro, which reads a database in use
// correctly, through its -wal and -shm files. On read-only media SQLite
// cannot create the -shm file and that fails; OpenReadOnly then opens the
// file with immutable=1, under which SQLite takes no locks and ignores the
// -wal. That is safe for a report only when the main file holds every
// commit and nothing can change it meanwhile: so it is done only when no
// -wal file with content lies next to it (the last writer checkpointed and
// closed), and only after the normal open failed, which on media where the
// -shm cannot even be created means no process can write the file either.
// A -wal with content holds commits the main file lacks: then OpenReadOnly
// refuses and says to open the file once where it can be written.
//
// A PostgreSQL URL is opened with every transaction read-only on the
// server (default_transaction_read_only).
func OpenReadOnly(path string) (*Store, error) {
	if IsURL(path) {
		return openPostgresReadOnly(path)
	}
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
	fi, err := os.Stat(abs)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fail(err)
	}
	if fi.IsDir() {
		return fail(errors.New("is a directory"))
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*BusyTimeout)
	defer cancel()
	s := &Store{path: path}
	s.rd, err = readOnlyPool(ctx, roDSN(abs, false))
	if err != nil {
		if walHasCommits(abs) {
			return fail(fmt.Errorf("%w (its write-ahead log %s-wal holds changes not yet in the file: open it once with paperbot where the directory can be written, or copy both files)", err, filepath.Base(abs)))
		}
		first := err
		if s.rd, err = readOnlyPool(ctx, roDSN(abs, true)); err != nil {
			return fail(fmt.Errorf("%w (read-only open: %v)", err, first))
		}
	}
	if err := s.checkSchema(ctx); err != nil {
		s.rd.Close()
		return fail(err)
	}
	return s, nil
}

// roDSN is readerDSN opened read-only by SQLite itself (mode=ro), or, with
// immutable, as a file that cannot change (see OpenReadOnly).
func roDSN(abs string, immutable bool) string {
	mode := "mode=ro"
	if immutable {
		mode = "immutable=1"
	}
	return fileURI(abs) + "?" + mode + "&" + readerParams()
}

// readOnlyPool opens a read pool and reads the file once, which is when
// SQLite finds out whether it can.
func readOnlyPool(ctx context.Context, dsn string) (*sql.DB, error) {
	db, err := pool(dsn, readers)
	if err != nil {
		return nil, err
	}
	if _, err := fileVersion(ctx, db); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// checkSchema refuses a schema this program does not read (OpenReadOnly
// cannot migrate it) and a damaged file.
func (s *Store) checkSchema(ctx context.Context) error {
	v, err := s.version(ctx, s.rd)
	if err != nil {
		return err
	}
	switch {
	case v < len(migrations):
		return fmt.Errorf("schema version %d is older than this program's (%d): open it once with paperbot run or serve, which migrates it, or use the paperbot that wrote it", v, len(migrations))
	case v > len(migrations):
		return fmt.Errorf("schema version %d is newer than this program knows (%d)", v, len(migrations))
	}
	if s.engine == postgresEngine {
		return nil
	}
	var check string
	if err := s.rd.QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&check); err != nil {
		return err
	}
	if check != "ok" {
		return fmt.Errorf("database disk image is malformed: %s", check)
	}
	return nil
}

// walHasCommits reports whether a non-empty -wal file lies next to the
// database.
func walHasCommits(abs string) bool {
	fi, err := os.Stat(abs + "-wal")
	return err == nil && fi.Size() > 0
}
