package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Settings are a guild's choices for the bot.
type Settings struct {
	Channels []string // channel ids the bot answers in; empty means all
	Private  bool     // answers are private (ephemeral) by default
	Threads  bool     // a mention is answered in a thread
	// ShowNames shows students' Discord display names on the teacher's
	// page instead of pseudonyms. Names are kept only while it is on:
	// saving it off deletes the server's names.
	ShowNames bool
}

// Settings returns the guild's saved settings, or the defaults (all
// channels, public answers, no threads) when none were saved.
func (s *Store) Settings(ctx context.Context, guild string) (Settings, error) {
	st, _, err := s.LoadSettings(ctx, guild)
	return st, err
}

// LoadSettings is Settings that also reports whether the guild has saved
// settings, so a caller can fall back to its own defaults (e.g.
// PAPERBOT_CHANNELS) when it has not.
func (s *Store) LoadSettings(ctx context.Context, guild string) (st Settings, saved bool, err error) {
	var channels string
	var private, threads, showNames int
	err = s.rd.QueryRowContext(ctx,
		`SELECT channels, private, threads, show_names FROM settings WHERE guild = ?`, guild).
		Scan(&channels, &private, &threads, &showNames)
	if errors.Is(err, sql.ErrNoRows) {
		return Settings{}, false, nil
	}
	if err != nil {
		return Settings{}, false, fmt.Errorf("settings %s: %w", guild, err)
	}
	if err := json.Unmarshal([]byte(channels), &st.Channels); err != nil {
		return Settings{}, false, fmt.Errorf("settings %s: channels: %w", guild, err)
	}
	if len(st.Channels) == 0 {
		st.Channels = nil
	}
	st.Private, st.Threads, st.ShowNames = private == 1, threads == 1, showNames == 1
	return st, true, nil
}

// SaveSettings replaces the guild's settings. Empty and repeated channel ids
// are dropped; the order is kept. With ShowNames off it deletes the
// display names kept for the guild, in the same transaction.
func (s *Store) SaveSettings(ctx context.Context, guild string, st Settings) error {
	if guild == "" {
		return errors.New("save settings: empty guild")
	}
	seen := map[string]bool{}
	channels := []string{}
	for _, c := range st.Channels {
		if c != "" && !seen[c] {
			seen[c] = true
			channels = append(channels, c)
		}
	}
	js, err := json.Marshal(channels)
	if err != nil {
		return fmt.Errorf("save settings %s: %w", guild, err)
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `
INSERT INTO settings (guild, channels, private, threads, show_names, updated_at) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (guild) DO UPDATE SET
	channels = excluded.channels, private = excluded.private,
	threads = excluded.threads, show_names = excluded.show_names, updated_at = excluded.updated_at`,
			guild, string(js), boolInt(st.Private), boolInt(st.Threads), boolInt(st.ShowNames), time.Now().UnixNano())
		if err != nil || st.ShowNames {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM names WHERE guild = ?`, guild)
		return err
	})
	if err != nil {
		return fmt.Errorf("save settings %s: %w", guild, err)
	}
	return nil
}
