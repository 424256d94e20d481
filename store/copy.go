package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// notCopied are the tables Copy leaves out: Check's probe row and the
// interactions seen in the last minutes (a replay window, not data).
var notCopied = map[string]bool{"health": true, "interactions": true}

// Copied is how many rows Copy wrote, by table, in the order copied.
type Copied []struct {
	Table string
	Rows  int64
}

// Copy copies every table of src (a SQLite store) into dst (a PostgreSQL
// store, or another SQLite one), in one transaction on dst: either all
// of it is copied or nothing is. Both stores are at this program's schema
// (Open migrates them). dst must hold no data: Copy refuses a database
// that has any row, so running it twice never doubles anything. After the
// copy it checks that every table has as many rows on both sides and that
// every score equals the aggregate of the user's answers.
func Copy(ctx context.Context, src, dst *Store) (Copied, error) {
	if dst.db == nil {
		return nil, fmt.Errorf("copy into %s: %w", dst.path, errReadOnly)
	}
	tables, err := src.tables(ctx)
	if err != nil {
		return nil, fmt.Errorf("copy from %s: %w", src.path, err)
	}
	for _, t := range tables {
		n, err := count(ctx, dst.rd, t)
		if err != nil {
			return nil, fmt.Errorf("copy into %s: %w", dst.path, err)
		}
		if n > 0 {
			return nil, fmt.Errorf("copy into %s: table %s already holds %d rows: copy into an empty database only (a new one, or drop this one's tables)", dst.path, t, n)
		}
	}
	var out Copied
	err = dst.inTx(ctx, func(tx *sql.Tx) error {
		for _, t := range tables {
			n, err := copyTable(ctx, src.rd, tx, t)
			if err != nil {
				return fmt.Errorf("table %s: %w", t, err)
			}
			out = append(out, struct {
				Table string
				Rows  int64
			}{t, n})
		}
		if dst.engine == postgresEngine {
			return pgResetIdentities(ctx, tx)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("copy into %s: %w", dst.path, err)
	}
	for _, c := range out {
		n, err := count(ctx, dst.rd, c.Table)
		if err != nil || n != c.Rows {
			return out, fmt.Errorf("copy into %s: table %s has %d rows after the copy, want %d (%v)", dst.path, c.Table, n, c.Rows, err)
		}
	}
	if bad, err := dst.scoresOff(ctx); err != nil || bad > 0 {
		return out, fmt.Errorf("copy into %s: %d scores differ from their answers (%v)", dst.path, bad, err)
	}
	return out, nil
}

// tables lists the data tables of a SQLite store, in the order they were
// created (the migrations' order).
func (s *Store) tables(ctx context.Context) ([]string, error) {
	if s.engine != sqliteEngine {
		return nil, errors.New("copy reads from a SQLite file only")
	}
	rows, err := s.rd.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		if !notCopied[name] {
			out = append(out, name)
		}
	}
	return out, rows.Err()
}

// count is a table's number of rows. The name comes from sqlite_master,
// quoted as an identifier.
func count(ctx context.Context, db *sql.DB, table string) (int64, error) {
	var n int64
	err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+quoteIdent(table)).Scan(&n)
	return n, err
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// copyBatch is how many rows one INSERT carries (PostgreSQL takes at most
// 65,535 parameters a statement).
const copyBatch = 500

// copyTable copies a table's rows, copyBatch at a time, by column name.
func copyTable(ctx context.Context, from *sql.DB, to *sql.Tx, table string) (int64, error) {
	rows, err := from.QueryContext(ctx, `SELECT * FROM `+quoteIdent(table))
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return 0, err
	}
	quoted := make([]string, len(cols))
	for i, c := range cols {
		quoted[i] = quoteIdent(c)
	}
	head := `INSERT INTO ` + quoteIdent(table) + ` (` + strings.Join(quoted, ", ") + `) VALUES `
	one := `(` + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + `)`
	var args []any
	var n, pending int64
	flush := func() error {
		if pending == 0 {
			return nil
		}
		q := head + strings.TrimSuffix(strings.Repeat(one+", ", int(pending)), ", ")
		if _, err := to.ExecContext(ctx, q, args...); err != nil {
			return err
		}
		args, pending = args[:0], 0
		return nil
	}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return n, err
		}
		args = append(args, vals...)
		pending++
		n++
		if pending == copyBatch {
			if err := flush(); err != nil {
				return n, err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return n, err
	}
	return n, flush()
}

// pgResetIdentities moves every identity column's sequence past the
// largest id copied, so the next row inserted gets a new id.
func pgResetIdentities(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `
SELECT table_name, column_name FROM information_schema.columns
WHERE table_schema = current_schema() AND is_identity = 'YES'`)
	if err != nil {
		return err
	}
	type col struct{ table, column string }
	var cols []col
	for rows.Next() {
		var c col
		if err := rows.Scan(&c.table, &c.column); err != nil {
			rows.Close()
			return err
		}
		cols = append(cols, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, c := range cols {
		q := fmt.Sprintf(`SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX(%s) FROM %s), 0) + 1, false)`, quoteIdent(c.column), quoteIdent(c.table))
		if _, err := tx.ExecContext(ctx, q, c.table, c.column); err != nil {
			return fmt.Errorf("reset the ids of %s: %w", c.table, err)
		}
	}
	return nil
}

// scoresOff counts the scores that differ from the aggregate of their
// answers, and the users with answers but no score.
func (s *Store) scoresOff(ctx context.Context) (int, error) {
	var n int
	err := s.rd.QueryRowContext(ctx, `
WITH a AS (
	SELECT guild, user_id, SUM(correct) AS points, COUNT(*) AS answered,
	       COALESCE(MAX(CASE WHEN correct = 1 THEN at END), 0) AS last_win
	FROM quiz_answers GROUP BY guild, user_id
)
SELECT COUNT(*) FROM a FULL OUTER JOIN scores s ON s.guild = a.guild AND s.user_id = a.user_id
WHERE s.user_id IS NULL OR a.user_id IS NULL
   OR s.points <> a.points OR s.answered <> a.answered OR s.last_win <> a.last_win`).Scan(&n)
	return n, err
}
