package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"paperbot/store"
)

// cmdReport prints, for the teacher, the most asked questions, those the
// paper did not answer, and the answers voted not helpful, with counts:
// for every server (DMs apart), one server, or the DMs (--guild dm). It
// opens the database read-only, so it works on a copy on read-only media
// and next to a running bot, and never changes the file.
func cmdReport(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var c common
	fs := newFlags("report", &c, getenv, stderr)
	dbPath := dbFlag(fs, getenv)
	guild := fs.String("guild", "", "only this server `id`, or "+store.DirectMessages+" for the questions asked in direct messages (default: every server, DMs apart)")
	limit := fs.Int("limit", 10, "lines per list")
	if err := c.parseFlags(fs, args); err != nil {
		return err
	}
	scope := "Every server (DMs apart)"
	switch {
	case strings.EqualFold(*guild, store.DirectMessages):
		*guild, scope = store.DirectMessages, "Direct messages"
	case *guild != "":
		if strings.Trim(*guild, "0123456789") != "" {
			return usagef("report: --guild %q: want a server id (digits) or %s", *guild, store.DirectMessages)
		}
		scope = "Server " + *guild
	}
	if err := existingDB("report", *dbPath); err != nil {
		return err
	}
	db, err := store.OpenReadOnly(*dbPath)
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
	fmt.Fprintf(stdout, "%s: %d questions asked, %d votes (%d helpful).\n", scope, r.Questions, r.Votes, r.Helpful)
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
