package store

import (
	"context"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"time"

	"paperbot/dashboard"
)

// ReportKeyName is the secrets row that holds the generated key signing
// the teacher's page links.
const ReportKeyName = "report_key"

// Secret returns the secret kept under name, or nil (and no error) when
// none is.
func (s *Store) Secret(ctx context.Context, name string) ([]byte, error) {
	var v string
	err := s.rd.QueryRowContext(ctx, `SELECT value FROM secrets WHERE name = ?`, name).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("secret %s: %w", name, err)
	}
	b, err := hex.DecodeString(v)
	if err != nil {
		return nil, fmt.Errorf("secret %s: not hex: %w", name, err)
	}
	return b, nil
}

// PutSecret keeps value under name unless a secret is kept there already:
// the first one put stays, so processes starting at once on one database
// all end up with the same secret when each reads it back with Secret.
func (s *Store) PutSecret(ctx context.Context, name string, value []byte) error {
	if name == "" || len(value) == 0 {
		return errors.New("put secret: empty name or value")
	}
	_, err := s.exec(ctx, `
INSERT INTO secrets (name, value, at) VALUES (?, ?, ?)
ON CONFLICT (name) DO NOTHING`, name, hex.EncodeToString(value), time.Now().UnixNano())
	if err != nil {
		return fmt.Errorf("put secret %s: %w", name, err)
	}
	return nil
}

// ReportKey returns the key for the teacher's page: secret
// (PAPERBOT_SECRET) when it is set, else the key kept in the database,
// generated from random (crypto/rand when nil) and kept on first use. See
// dashboard.LoadOrCreateKey.
func (s *Store) ReportKey(ctx context.Context, secret string, random io.Reader) ([]byte, error) {
	return dashboard.LoadOrCreateKey(secret,
		func() ([]byte, error) { return s.Secret(ctx, ReportKeyName) },
		func(k []byte) error { return s.PutSecret(ctx, ReportKeyName, k) },
		random)
}
