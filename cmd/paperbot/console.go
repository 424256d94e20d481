package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"paperbot/bot"
)

// cmdConsole is the offline face of the bot: the bot's commands typed at a
// prompt, answered by the bot's own handlers and shown as terminal text.
func cmdConsole(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	var c common
	fs := newFlags("console", &c, getenv, stderr)
	if err := c.parseFlags(fs, args); err != nil {
		return err
	}
	e, err := loadEngineWith(c.paperPath, c.generic)
	if err != nil {
		return err
	}
	plain, err := loadPlain(c.paperPath, c.generic)
	if err != nil {
		return err
	}
	b := bot.Offline(e, plain)
	fmt.Fprintf(stdout, "paperbot console: %s\n%s\n", source(e), bot.ConsoleHelp)
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
		line := strings.TrimSpace(sc.Text())
		if line == "/quit" || line == "/exit" {
			return nil
		}
		out := b.Text(line)
		if out != "" && !strings.HasSuffix(out, "\n") {
			out += "\n"
		}
		fmt.Fprint(stdout, out)
	}
}
