package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"paperbot/answer"
)

const consoleHelp = `Commands: /ask QUESTION (or just type a question), /ref QUERY, /passage N, /page N, /help, /quit`

// cmdConsole is the offline face of the bot: the bot's commands typed at a
// prompt, answered as terminal text by the same answer layer.
func cmdConsole(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	var c common
	fs := newFlags("console", &c, getenv, stderr)
	if err := c.parseFlags(fs, args); err != nil {
		return err
	}
	e, err := loadEngine(c.paperPath)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "paperbot console: %s\n%s\n", source(e), consoleHelp)
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for {
		fmt.Fprint(stdout, "> ")
		if !sc.Scan() {
			fmt.Fprintln(stdout)
			return sc.Err()
		}
		if ctx.Err() != nil {
			return nil
		}
		if quit := consoleLine(e, sc.Text(), stdout); quit {
			return nil
		}
	}
}

// consoleLine runs one line; it reports whether the user asked to quit.
func consoleLine(e *answer.Engine, line string, w io.Writer) bool {
	line = strings.TrimSpace(line)
	if line == "" {
		return false
	}
	cmd, arg := "/ask", line
	if strings.HasPrefix(line, "/") {
		cmd, arg, _ = strings.Cut(line, " ")
		arg = strings.TrimSpace(arg)
	}
	switch strings.ToLower(cmd) {
	case "/quit", "/exit":
		return true
	case "/help":
		fmt.Fprintln(w, consoleHelp)
	case "/ask":
		a, err := e.Ask(arg, 3)
		if errors.Is(err, answer.ErrEmpty) {
			fmt.Fprintln(w, "Ask me something about the paper, e.g. /ask When did the US open its embassy in Dushanbe?")
			return false
		}
		printAnswer(w, e, a)
	case "/ref":
		cards := e.Refs(arg)
		if len(cards) == 0 {
			fmt.Fprintf(w, "No reference matches %q.\n", arg)
		}
		for _, r := range cards {
			fmt.Fprintf(w, "[%d] %s\n     cited in %s\n", r.ID, r.Entry, placeList(e, r.ID, r.CitedIn))
		}
	case "/passage", "/page":
		n, err := strconv.Atoi(strings.TrimPrefix(arg, "¶"))
		if err != nil {
			fmt.Fprintf(w, "Usage: %s N\n", cmd)
			return false
		}
		var ps []answer.Passage
		if cmd == "/page" {
			ps, err = e.Page(n)
		} else {
			var p answer.Passage
			p, err = e.Passage(n)
			ps = []answer.Passage{p}
		}
		if err != nil {
			fmt.Fprintf(w, "%v.\n", err)
			return false
		}
		for _, p := range ps {
			printPassage(w, p.Hit, -1)
			fmt.Fprintln(w)
		}
	default:
		fmt.Fprintf(w, "I don't know %s. %s\n", cmd, consoleHelp)
	}
	return false
}
