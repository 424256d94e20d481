package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"paperbot/store"
)

// cmdReport prints, for the teacher, the most asked questions, those the
// paper did not answer, and the answers voted not helpful, with counts.
func cmdReport(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var c common
	fs := newFlags("report", &c, getenv, stderr)
	dbPath := fs.String("db", envOr(getenv, "PAPERBOT_DB", "paperbot.db"), "SQLite database `file` (env PAPERBOT_DB)")
	guild := fs.String("guild", "", "only this server `id`")
	limit := fs.Int("limit", 10, "lines per list")
	if err := c.parseFlags(fs, args); err != nil {
		return err
	}
	if _, err := os.Stat(*dbPath); err != nil {
		return fmt.Errorf("report: no database at %s (set PAPERBOT_DB or --db): %w", *dbPath, err)
	}
	db, err := store.Open(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	r, err := db.ReportGuild(ctx, *guild, *limit)
	if err != nil {
		return err
	}
	if c.json {
		return writeJSON(stdout, r)
	}
	fmt.Fprintf(stdout, "%d questions asked, %d votes (%d helpful).\n", r.Questions, r.Votes, r.Helpful)
	list := func(title string, cs []store.Count) {
		fmt.Fprintf(stdout, "\n%s:\n", title)
		if len(cs) == 0 {
			fmt.Fprintln(stdout, "  (none)")
		}
		for _, c := range cs {
			where := ""
			if c.Paragraph > 0 {
				where = fmt.Sprintf(" (¶%d)", c.Paragraph)
			}
			fmt.Fprintf(stdout, "  %3d× %s%s\n", c.Count, c.Question, where)
		}
	}
	list("Most asked", r.MostAsked)
	list("Not answered by the paper", r.Unanswered)
	list("Answers voted not helpful", r.NotHelpful)
	return nil
}
