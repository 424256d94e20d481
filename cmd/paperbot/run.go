package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"paperbot/answer"
	"paperbot/data"
	"paperbot/paper"
	"paperbot/retrieval"
)

const helpText = `paperbot: talk with one academic paper.

Usage:
  paperbot ask [--k N] [--json] QUESTION...   answer a question with cited passages
  paperbot passage [--json] N                 show paragraph ¶N
  paperbot refs [--json] [QUERY]              the reference list, or entries matching an author, year or title word
  paperbot eval [--json] FILE.jsonl           measure ranking quality on a question file
  paperbot quiz [--all] [--key] [--json]      quiz items (one at random, or all; --key: the answers)
  paperbot timeline [--json]                  the dated events of the paper, one per fact
  paperbot discuss [--json] TOPIC...          discussion prompts and passages on a topic
  paperbot console                            try the bot's commands offline (/ask, /ref, /passage, /quiz, /timeline, /glossary, /discuss)
  paperbot report [--json] [--guild ID|dm]    for the teacher: most asked, unanswered, voted not helpful
  paperbot forget --user ID [--json]          delete every record of one Discord user (every server and DMs)
  paperbot migrate --from FILE --to URL       copy a SQLite database into an empty PostgreSQL one

Every subcommand takes --paper FILE (or PAPERBOT_PAPER) to read another paper
in the same plain-text form instead of the embedded one.

Example:
  paperbot ask "When did the United States open its embassy in Dushanbe?"

The Discord bot:
  paperbot run [flags]                        connect to Discord's Gateway (needs DISCORD_TOKEN; see README)
  paperbot                                    the same, when DISCORD_TOKEN is set
  paperbot serve [flags]                      receive interactions over HTTP instead (needs DISCORD_PUBLIC_KEY too)
  paperbot invite                             print the URL that adds the bot to a server
  paperbot health                             exit 0 when the running bot's /healthz answers
  paperbot version
`

// run is the whole program: args without the program name, the
// environment through getenv, and the standard streams.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		if getenv("DISCORD_TOKEN") != "" {
			return cmdRun(ctx, nil, getenv, stdout, stderr)
		}
		fmt.Fprint(stdout, helpText)
		return nil
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "run":
		return cmdRun(ctx, rest, getenv, stdout, stderr)
	case "console":
		return cmdConsole(ctx, rest, getenv, stdin, stdout, stderr)
	case "report":
		return cmdReport(ctx, rest, getenv, stdout, stderr)
	case "forget":
		return cmdForget(ctx, rest, getenv, stdout, stderr)
	case "migrate":
		return cmdMigrate(ctx, rest, getenv, stdout, stderr)
	case "serve":
		return cmdServe(ctx, rest, getenv, stdout, stderr)
	case "health":
		return cmdHealth(ctx, rest, getenv, stdout, stderr)
	case "invite":
		return cmdInvite(rest, getenv, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "paperbot", version)
		return nil
	case "ask":
		return cmdAsk(rest, getenv, stdout, stderr)
	case "passage":
		return cmdPassage(rest, getenv, stdout, stderr)
	case "refs":
		return cmdRefs(rest, getenv, stdout, stderr)
	case "eval":
		return cmdEval(rest, getenv, stdout, stderr)
	case "quiz":
		return cmdQuiz(rest, getenv, stdout, stderr)
	case "timeline":
		return cmdTimeline(rest, getenv, stdout, stderr)
	case "discuss":
		return cmdDiscuss(rest, getenv, stdout, stderr)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, helpText)
		return errHelp
	}
	return usagef("unknown command %q (try: paperbot help)", cmd)
}

// common holds the flags every subcommand has.
type common struct {
	paperPath string
	generic   bool
	json      bool
	stderr    io.Writer
}

func newFlags(name string, c *common, getenv func(string) string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	// Errors come back as one line through run; -h prints the flags.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	c.stderr = stderr
	fs.StringVar(&c.paperPath, "paper", getenv("PAPERBOT_PAPER"), "read this paper `file` instead of the embedded one (env PAPERBOT_PAPER)")
	fs.BoolVar(&c.json, "json", false, "print JSON")
	fs.BoolVar(&c.generic, "generic", false, "ignore the paper's word lists and fitted models: what a paper without them gets")
	return fs
}

// parseFlags parses args, turning flag errors into usage errors.
func (c *common) parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(c.stderr, "Usage of paperbot %s:\n", fs.Name())
			fs.SetOutput(c.stderr)
			fs.PrintDefaults()
			return errHelp
		}
		return usageError{fmt.Sprintf("%s: %v (see paperbot %s -h)", fs.Name(), err, fs.Name())}
	}
	return nil
}

// loadPaper reads the paper named by --paper, or the embedded one.
func loadPaper(path string) (*paper.Paper, error) {
	if path == "" {
		p, err := paper.Parse(data.Paper)
		if err != nil {
			return nil, fmt.Errorf("load embedded paper %s: %w", data.PaperName, err)
		}
		return p, nil
	}
	return paper.Load(path)
}

// loadEngine reads the paper and its knowledge and indexes them.
func loadEngine(path string) (*answer.Engine, error) {
	return loadEngineWith(path, false)
}

func loadEngineWith(path string, generic bool) (*answer.Engine, error) {
	p, err := loadPaper(path)
	if err != nil {
		return nil, err
	}
	k, err := loadKnowledge(path, generic)
	if err != nil {
		return nil, err
	}
	return answer.NewWith(p, k)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func cmdAsk(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var c common
	fs := newFlags("ask", &c, getenv, stderr)
	k := fs.Int("k", 3, "number of passages (1-10)")
	if err := c.parseFlags(fs, args); err != nil {
		return err
	}
	if *k < 1 || *k > answer.MaxK {
		return usagef("ask: --k must be between 1 and %d", answer.MaxK)
	}
	question := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(question) == "" {
		return usagef("ask: no question (usage: paperbot ask [--k N] [--json] QUESTION...)")
	}
	e, err := loadEngineWith(c.paperPath, c.generic)
	if err != nil {
		return err
	}
	a, err := e.Ask(question, *k)
	if err != nil {
		return usagef("ask: %v", err)
	}
	if c.json {
		return writeJSON(stdout, a)
	}
	printAnswer(stdout, e, a)
	return nil
}

func cmdPassage(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var c common
	fs := newFlags("passage", &c, getenv, stderr)
	if err := c.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("passage: want one paragraph number (usage: paperbot passage [--json] N)")
	}
	n, err := strconv.Atoi(strings.TrimPrefix(fs.Arg(0), "¶"))
	if err != nil {
		return usagef("passage: %q is not a paragraph number", fs.Arg(0))
	}
	e, err := loadEngine(c.paperPath)
	if err != nil {
		return err
	}
	ps, err := e.Passage(n)
	if err != nil {
		return usagef("passage: %v", err)
	}
	if c.json {
		return writeJSON(stdout, ps)
	}
	printPassage(stdout, ps.Hit, -1)
	return nil
}

func cmdRefs(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var c common
	fs := newFlags("refs", &c, getenv, stderr)
	if err := c.parseFlags(fs, args); err != nil {
		return err
	}
	e, err := loadEngine(c.paperPath)
	if err != nil {
		return err
	}
	query := strings.Join(fs.Args(), " ")
	cards := e.Refs(query)
	if c.json {
		return writeJSON(stdout, cards)
	}
	if len(cards) == 0 {
		if len(e.Paper.References) == 0 {
			fmt.Fprintln(stdout, "This paper has no reference list.")
		} else {
			fmt.Fprintf(stdout, "No reference matches %q.\n", query)
		}
		return nil
	}
	if cards[0].Near != "" {
		fmt.Fprintf(stdout, "No reference matches %q exactly; the nearest spellings, closest first:\n", query)
	}
	for _, r := range cards {
		if r.Near != "" {
			fmt.Fprintf(stdout, "[%d] (near match: %s) %s\n", r.ID, r.Near, r.Entry)
		} else {
			fmt.Fprintf(stdout, "[%d] %s\n", r.ID, r.Entry)
		}
		if len(r.CitedIn) > 0 {
			fmt.Fprintf(stdout, "     cited in %s\n", placeList(e, r.ID, r.CitedIn))
		} else {
			fmt.Fprintln(stdout, "     not cited in the text")
		}
	}
	return nil
}

func cmdEval(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var c common
	fs := newFlags("eval", &c, getenv, stderr)
	passes := fs.Int("passes", 200, "timed passes over the file after a warm-up (at least 1)")
	if err := c.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("eval: want one question file (usage: paperbot eval [--json] FILE.jsonl)")
	}
	if *passes < 1 {
		return usagef("eval: --passes must be at least 1")
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	qs, err := retrieval.ReadQuestions(f)
	if err != nil {
		return fmt.Errorf("eval %s: %w", fs.Arg(0), err)
	}
	t0 := time.Now()
	p, err := loadPaper(c.paperPath)
	if err != nil {
		return err
	}
	k, err := loadKnowledge(c.paperPath, c.generic)
	if err != nil {
		return err
	}
	ix := retrieval.New(p, k)
	build := time.Since(t0)
	r := retrieval.Evaluate(ix, qs, *passes)
	r.BuildMS = float64(build.Microseconds()) / 1e3
	if c.json {
		return writeJSON(stdout, r)
	}
	printReport(stdout, r)
	return nil
}
