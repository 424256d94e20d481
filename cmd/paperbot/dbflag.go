package main

import (
	"flag"
	"fmt"
	"os"

	"paperbot/store"
)

// dbFlag adds --db to fs: a SQLite file or a postgres:// URL, defaulting
// to PAPERBOT_DB, then paperbot.db, as run and serve do.
func dbFlag(fs *flag.FlagSet, getenv func(string) string) *string {
	return fs.String("db", envOr(getenv, "PAPERBOT_DB", "paperbot.db"), "SQLite database `file` or postgres:// URL (env PAPERBOT_DB)")
}

// existingDB refuses a database file that is not there, for the commands
// that read or change an existing database: opening it would create an
// empty new one and report about the wrong file. A PostgreSQL URL has no
// file to look for: opening it says when it cannot connect.
func existingDB(cmd, path string) error {
	if store.IsURL(path) {
		return nil
	}
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("%s: no database at %s (set PAPERBOT_DB or --db): %w", cmd, path, err)
	}
	return nil
}
