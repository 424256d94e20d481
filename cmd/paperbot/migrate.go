package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"paperbot/store"
)

// cmdMigrate copies a SQLite database into PostgreSQL, for a class that
// outgrows one process: paperbot migrate --from paperbot.db --to
// postgres://... Both are brought to this program's schema first (the
// file is migrated in place, as `paperbot run` would). The target must be
// empty; the copy is one transaction and is checked (row counts, scores
// against their answers) before the command reports success.
func cmdMigrate(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var c common
	fs := newFlags("migrate", &c, getenv, stderr)
	from := fs.String("from", "", "the SQLite database `file` to copy")
	to := fs.String("to", "", "the PostgreSQL `url` to copy into, e.g. postgres://paperbot:secret@db:5432/paperbot (an empty database)")
	if err := c.parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case *from == "" || *to == "":
		return usagef("migrate: --from FILE and --to URL are both required")
	case store.IsURL(*from):
		return usagef("migrate: --from %s: want a SQLite file", store.Redact(*from))
	case !store.IsURL(*to):
		return usagef("migrate: --to %q: want a postgres:// URL", *to)
	}
	if _, err := os.Stat(*from); err != nil {
		return fmt.Errorf("migrate: no database at %s: %w", *from, err)
	}
	src, err := store.Open(*from)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer src.Close()
	dst, err := store.Open(*to)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer dst.Close()
	copied, err := store.Copy(ctx, src, dst)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "Copied %s into %s:\n", *from, dst.Path())
	for _, c := range copied {
		fmt.Fprintf(w, "%s\t%d rows\t\n", c.Table, c.Rows)
	}
	return w.Flush()
}
