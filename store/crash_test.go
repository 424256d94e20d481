package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The crash tests run this test binary again as a child that writes to the
// database until the parent kills it with SIGKILL: no deferred code, no
// Close, exactly what a crash or an OOM kill does to the process.
const crashChildEnv = "PAPERBOT_STORE_CRASH_CHILD"

// TestCrashChild is the child's body; it does nothing in a normal run.
//
// Mode "loop": every iteration i records an answer, a vote and a question,
// and prints "i" after all three returned (were committed).
// Mode "open-tx": commits 10 answers, then inserts rows in a transaction it
// never commits, prints "inserted" and waits to be killed.
func TestCrashChild(t *testing.T) {
	mode := os.Getenv(crashChildEnv)
	if mode == "" {
		t.Skip("only runs as the crash tests' child process")
	}
	path := os.Getenv(crashChildEnv + "_DB")
	ctx := context.Background()
	s, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	out := bufio.NewWriter(os.Stdout)
	deadline := time.Now().Add(20 * time.Second) // bounded even if no one kills us
	switch mode {
	case "loop":
		for i := 0; time.Now().Before(deadline); i++ {
			id := strconv.Itoa(i)
			if _, err := s.RecordAnswer(ctx, QuizAnswer{Guild: "g", QuizID: id, User: "u", Correct: i%2 == 0}); err != nil {
				fmt.Println("error", err)
				os.Exit(1)
			}
			if _, err := s.Vote(ctx, Vote{AnswerID: id, Guild: "g", User: "u", Question: "q" + id, Paragraph: i}); err != nil {
				fmt.Println("error", err)
				os.Exit(1)
			}
			if err := s.LogQuestion(ctx, Asked{Guild: "g", User: "u", Question: "q" + id}); err != nil {
				fmt.Println("error", err)
				os.Exit(1)
			}
			fmt.Fprintln(out, i)
			out.Flush()
		}
	case "open-tx":
		for i := range 10 {
			if _, err := s.RecordAnswer(ctx, QuizAnswer{Guild: "g", QuizID: strconv.Itoa(i), User: "u"}); err != nil {
				fmt.Println("error", err)
				os.Exit(1)
			}
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		// Enough rows to spill pages into the WAL before the commit that
		// never comes.
		for i := range 5000 {
			if _, err := tx.ExecContext(ctx, `INSERT INTO quiz_answers VALUES ('g', ?, 'v', 0, 1, 0)`, "x"+strconv.Itoa(i)); err != nil {
				fmt.Println("error", err)
				os.Exit(1)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO votes VALUES (?, 'v', 'g', 'q', 'q', 1, 0, 0)`, "x"+strconv.Itoa(i)); err != nil {
				fmt.Println("error", err)
				os.Exit(1)
			}
		}
		fmt.Fprintln(out, "inserted")
		out.Flush()
		time.Sleep(time.Until(deadline))
	}
	os.Exit(0)
}

// startChild runs the crash child on path and returns it with a reader of
// its output lines.
func startChild(t *testing.T, mode, path string) (*exec.Cmd, *bufio.Scanner) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+mode, crashChildEnv+"_DB="+path)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return cmd, bufio.NewScanner(stdout)
}

func kill(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
}

func integrityOK(t *testing.T, s *Store) {
	t.Helper()
	var res string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check: %q %v", res, err)
	}
}

// TestCrashMidLoop kills a writer at a random point of a stream of writes:
// the file must open, pass integrity_check, hold every write the child saw
// committed, and each table must hold a gap-free prefix of the writes (no
// partial or reordered commits).
func TestCrashMidLoop(t *testing.T) {
	path := tempDB(t)
	cmd, lines := startChild(t, "loop", path)
	acked := -1
	for lines.Scan() {
		line := lines.Text()
		n, err := strconv.Atoi(line)
		if err != nil {
			t.Fatalf("child: %s", line)
		}
		acked = n
		if acked >= 300 {
			break
		}
	}
	// Kill, then read what the child printed before it died (it may have
	// run ahead of us): the pipe reaches EOF when the process is gone.
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	for lines.Scan() {
		if n, err := strconv.Atoi(lines.Text()); err == nil {
			acked = n
		}
	}
	cmd.Wait()
	if acked < 300 {
		t.Fatalf("child stopped after %d writes", acked)
	}

	s := openTest(t, path)
	integrityOK(t, s)
	for _, q := range []string{
		"SELECT COUNT(*), COALESCE(MAX(CAST(quiz_id AS INTEGER)), -1) FROM quiz_answers",
		"SELECT COUNT(*), COALESCE(MAX(CAST(answer_id AS INTEGER)), -1) FROM votes",
		"SELECT COUNT(*), COALESCE(MAX(CAST(SUBSTR(question, 2) AS INTEGER)), -1) FROM questions",
	} {
		var n, max int
		if err := s.db.QueryRow(q).Scan(&n, &max); err != nil {
			t.Fatal(err)
		}
		if n != max+1 || max < acked || max > acked+1 {
			t.Fatalf("%s: %d rows up to %d, child had committed 0..%d", q, n, max, acked)
		}
	}
	// Still writable after the crash.
	if first, err := s.RecordAnswer(context.Background(), QuizAnswer{Guild: "g", QuizID: "after", User: "u"}); err != nil || !first {
		t.Fatalf("write after crash: %v %v", first, err)
	}
}

// TestCrashWithOpenTransaction kills a process in the middle of a large
// transaction: none of its rows may survive, the committed ones all must.
func TestCrashWithOpenTransaction(t *testing.T) {
	path := tempDB(t)
	cmd, lines := startChild(t, "open-tx", path)
	if !lines.Scan() || strings.TrimSpace(lines.Text()) != "inserted" {
		t.Fatalf("child: %q %v", lines.Text(), lines.Err())
	}
	if fi, err := os.Stat(path + "-wal"); err == nil {
		t.Logf("WAL holds %d bytes of the uncommitted transaction", fi.Size())
	}
	kill(t, cmd)

	s := openTest(t, path)
	integrityOK(t, s)
	if n := rowCount(t, s, "quiz_answers"); n != 10 {
		t.Fatalf("%d answers after the crash, want the 10 committed", n)
	}
	if n := rowCount(t, s, "votes"); n != 0 {
		t.Fatalf("%d votes from the uncommitted transaction survived", n)
	}
}
