package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// WriteFailures is how many writes have failed since Open: the database
// refused them (full disk, read-only file, a lock held past BusyTimeout,
// I/O error). Refused input (ErrUnknownAnswer, a missing field) and writes
// the caller cancelled do not count. For a Prometheus counter.
func (s *Store) WriteFailures() uint64 { return s.writeFailures.Load() }

// wrote records a write's outcome for WriteFailures and Check.
func (s *Store) wrote(err error) {
	switch {
	case err == nil:
		s.mu.Lock()
		s.lastWrite = nil
		s.mu.Unlock()
	case errors.Is(err, ErrUnknownAnswer), errors.Is(err, context.Canceled), errors.Is(err, errReadOnly):
		// Not the database's failure: the state stays as it was.
	default:
		s.writeFailures.Add(1)
		s.mu.Lock()
		s.lastWrite = err
		s.mu.Unlock()
	}
}

func (s *Store) lastWriteErr() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lastWrite
}

// Check is for readiness: nil when the database answers reads and the most
// recent write succeeded. After a failed write, Check tries a small probe
// write of its own each time it is called and returns an error naming the
// cause until a write (the probe or any other) succeeds again: without the
// probe, a bot that stopped writing because every write failed would never
// become ready again.
//
// A store opened with OpenReadOnly only checks reads.
func (s *Store) Check(ctx context.Context) error {
	if _, err := s.version(ctx, s.rd); err != nil {
		return fmt.Errorf("database %s does not answer: %w", s.path, err)
	}
	last := s.lastWriteErr()
	if last == nil || s.db == nil {
		return nil
	}
	if err := s.tx(ctx, func(tx *sql.Tx) error { return s.probe(ctx, tx) }); err != nil {
		return fmt.Errorf("database %s cannot be written: %w (last failed write: %v)", s.path, err, last)
	}
	s.wrote(nil)
	return nil
}

// probe writes the one row of the health table with a blob of two pages,
// then drops the blob, in one transaction. Writing the blob needs new pages
// (or free ones), as most real writes do; an in-place update of a small row
// would fit in pages the file already has and succeed on a full disk,
// reporting ready while inserts still fail. The row keeps the time of the
// last successful probe. On PostgreSQL, whose server reports its own
// failures, the row's update is the probe.
func (s *Store) probe(ctx context.Context, tx *sql.Tx) error {
	if s.engine == postgresEngine {
		if _, err := tx.ExecContext(ctx, `
INSERT INTO health (id, at) VALUES (1, ?)
ON CONFLICT (id) DO UPDATE SET at = excluded.at, pad = NULL`, time.Now().UnixNano()); err != nil {
			return fmt.Errorf("probe write: %w", err)
		}
		return nil
	}
	var pageSize int
	if err := tx.QueryRowContext(ctx, "PRAGMA page_size").Scan(&pageSize); err != nil {
		return fmt.Errorf("probe write: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `
INSERT INTO health (id, at, pad) VALUES (1, ?, zeroblob(?))
ON CONFLICT (id) DO UPDATE SET at = excluded.at, pad = excluded.pad`, time.Now().UnixNano(), 2*pageSize); err != nil {
		return fmt.Errorf("probe write: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE health SET pad = NULL WHERE id = 1`); err != nil {
		return fmt.Errorf("probe write: %w", err)
	}
	return nil
}
