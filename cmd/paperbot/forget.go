package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"paperbot/store"
)

// cmdForget deletes every record of one Discord user (questions, votes and
// the votes on their answers, quiz answers, scores, display names) on
// every server and in DMs, in one transaction, and says what it deleted.
// It works next to a running bot: the database takes one writer at a time.
func cmdForget(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var c common
	fs := newFlags("forget", &c, getenv, stderr)
	dbPath := dbFlag(fs, getenv)
	user := fs.String("user", "", "the Discord user `id` whose records are deleted (required)")
	if err := c.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("forget: unexpected argument %q (usage: paperbot forget --user ID [--db FILE] [--json])", fs.Arg(0))
	}
	id := strings.TrimSpace(*user)
	if id == "" {
		return usagef("forget: --user is required (a Discord user id: Developer Mode, then right-click the user, Copy User ID)")
	}
	if !snowflake.MatchString(id) {
		return usagef("forget: --user %q is not a Discord user id (digits only)", id)
	}
	if err := existingDB("forget", *dbPath); err != nil {
		return err
	}
	db, err := store.Open(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	f, err := db.ForgetUser(ctx, id)
	if err != nil {
		return err
	}
	if c.json {
		return writeJSON(stdout, struct {
			User string `json:"user"`
			store.Forgotten
		}{id, f})
	}
	if f.Total() == 0 {
		fmt.Fprintf(stdout, "No records of user %s in %s: nothing deleted.\n", id, *dbPath)
		return nil
	}
	fmt.Fprintf(stdout, "Deleted every record of user %s from %s:\n", id, *dbPath)
	for _, l := range []struct {
		n    int
		what string
	}{
		{f.Questions, "questions asked"}, {f.Votes, "votes cast"}, {f.VotesOnAnswers, "votes by others on answers to their questions (kept, without the question)"},
		{f.QuizAnswers, "quiz answers"}, {f.Scores, "scores (one per server, and DMs)"}, {f.Names, "display names"},
	} {
		fmt.Fprintf(stdout, "  %6d %s\n", l.n, l.what)
	}
	return nil
}
