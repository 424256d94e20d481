package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// AddThread remembers a thread the bot created (e.g. by /discuss), so that
// mentions in it are still answered after a restart when the server's
// channel allow-list does not name it. Adding a thread again changes
// nothing.
func (s *Store) AddThread(ctx context.Context, guild, channelID string) error {
	if channelID == "" {
		return errors.New("add thread: empty channel id")
	}
	_, err := s.exec(ctx, `
INSERT INTO threads (channel_id, guild, at) VALUES (?, ?, ?)
ON CONFLICT (channel_id) DO NOTHING`, channelID, guild, time.Now().UnixNano())
	if err != nil {
		return fmt.Errorf("add thread %s: %w", channelID, err)
	}
	return nil
}

// IsThread reports whether channelID is a thread the bot created.
func (s *Store) IsThread(ctx context.Context, channelID string) (bool, error) {
	var one int
	err := s.rd.QueryRowContext(ctx, `SELECT 1 FROM threads WHERE channel_id = ?`, channelID).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("is thread %s: %w", channelID, err)
	}
	return true, nil
}
