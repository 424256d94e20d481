package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// readOnlyFixture writes a database with questions in two servers and in
// DMs to dir/name and returns its path and its report for all servers.
// With keepOpen the writer is still open when it returns (its commits are
// in the -wal file) and is closed at the end of the test.
func readOnlyFixture(t *testing.T, dir, name string, keepOpen bool) (string, Report) {
	t.Helper()
	ctx := testCtx(t)
	path := filepath.Join(dir, name)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, q := range []Asked{
		{AnswerID: "a1", Guild: "g1", User: "u1", Question: "Who opened the embassy?", Answered: true, Paragraph: 4, Paragraphs: []int{4, 9}},
		{Guild: "g2", User: "u2", Question: "who opened the embassy", Answered: true, Paragraph: 4},
		{Guild: "g2", User: "u2", Question: "Cheese?"},
		{Guild: "", User: "u3", Question: "A DM question?"},
	} {
		q.At = fromNano(int64(i + 1))
		if err := s.LogQuestion(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Vote(ctx, Vote{AnswerID: "a1", Guild: "g1", User: "u9", Paragraph: 9}); err != nil {
		t.Fatal(err)
	}
	want, err := s.Report(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if keepOpen {
		t.Cleanup(func() { s.Close() })
	} else if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path, want
}

// listing is a directory's names, sizes and modes, to show nothing in it
// changed.
func listing(t *testing.T, dir string) string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range es {
		fi, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %d %v %x\n", e.Name(), fi.Size(), fi.Mode(), data[:min(len(data), 4096)])
	}
	return b.String()
}

// readOnlyDir makes dir read-only (0555) until the end of the test, when
// it is made writable again so that it can be removed.
func readOnlyDir(t *testing.T, dir string) {
	t.Helper()
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
}

// TestOpenReadOnly reads a database in a read-only directory (chmod 0555)
// and a live one, never changing anything, and refuses to write.
func TestOpenReadOnly(t *testing.T) {
	ctx := testCtx(t)
	t.Run("read-only directory", func(t *testing.T) {
		// As root the directory's mode does not stop SQLite from creating
		// the -shm file; TestOpenReadOnlyUnwritable covers real read-only
		// media. The database file itself must not change.
		dir := t.TempDir()
		path, want := readOnlyFixture(t, dir, "paperbot.db", false)
		if err := os.Chmod(path, 0o444); err != nil {
			t.Fatal(err)
		}
		readOnlyDir(t, dir)
		before, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		s, err := OpenReadOnly(path)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Report(ctx, 0)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("report\n got %+v %v\nwant %+v", got, err, want)
		}
		for name, write := range map[string]func() error{
			"RecordAnswer": func() error {
				_, err := s.RecordAnswer(ctx, QuizAnswer{Guild: "g", QuizID: "q", User: "u"})
				return err
			},
			"LogQuestion":  func() error { return s.LogQuestion(ctx, Asked{Guild: "g", Question: "q"}) },
			"SaveSettings": func() error { return s.SaveSettings(ctx, "g", Settings{}) },
			"AddThread":    func() error { return s.AddThread(ctx, "g", "t") },
		} {
			if err := write(); !errors.Is(err, errReadOnly) {
				t.Errorf("%s on a read-only store: %v", name, err)
			}
		}
		if err := s.Check(ctx); err != nil {
			t.Errorf("Check: %v", err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if after, err := os.ReadFile(path); err != nil || !bytes.Equal(before, after) {
			t.Fatalf("the database file changed (%v)", err)
		}
	})
	t.Run("live database", func(t *testing.T) {
		// The bot is running: its commits are still in the -wal file.
		path, want := readOnlyFixture(t, t.TempDir(), "paperbot.db", true)
		if !walHasCommits(path) {
			t.Fatal("fixture: the commits are not in the -wal file")
		}
		s, err := OpenReadOnly(path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if got, err := s.Report(ctx, 0); err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("report\n got %+v %v\nwant %+v", got, err, want)
		}
	})
}

// TestOpenReadOnlySchema: OpenReadOnly cannot migrate, so it refuses an
// older or a newer schema, saying which, and a missing file, which it
// does not create.
func TestOpenReadOnlySchema(t *testing.T) {
	dir := t.TempDir()
	write := func(name, sql string) string {
		path := filepath.Join(dir, name)
		db, err := sqlOpen(path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec(sql); err != nil {
			t.Fatal(err)
		}
		return path
	}
	newer := fmt.Sprintf("%sPRAGMA user_version = %d;", strings.Join(migrations, ""), len(migrations)+1)
	missing := filepath.Join(dir, "missing.db")
	for _, tc := range []struct{ name, path, want string }{
		{"older", write("v2.db", migrations[0]+migrations[1]+"PRAGMA user_version = 2;"), "schema version 2 is older than this program's"},
		{"newer", write("v99.db", newer), "is newer than this program knows"},
		{"missing", missing, "no such file or directory"},
		{"directory", dir, "is a directory"},
		{"not a database", func() string {
			p := filepath.Join(dir, "text.db")
			os.WriteFile(p, []byte("not a database, just some text that is long enough to be a header.\n"), 0o644)
			return p
		}(), "not a database"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := OpenReadOnly(tc.path)
			if err == nil {
				s.Close()
				t.Fatal("opened")
			}
			if !strings.HasPrefix(err.Error(), "open database "+tc.path+": ") || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q, want it to name the path and say %q", err, tc.want)
			}
		})
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("OpenReadOnly created %s: %v", missing, err)
	}
}

func sqlOpen(path string) (*sql.DB, error) { return sql.Open("sqlite", dsn(path)) }

// roChildEnv names the database TestReadOnlyChild reads.
const roChildEnv = "PAPERBOT_STORE_RO_CHILD"

// TestReadOnlyChild is the child of TestOpenReadOnlyUnwritable, run as an
// unprivileged user: it checks it really cannot write next to the
// database, then prints the database's report as JSON, or "error: ...".
func TestReadOnlyChild(t *testing.T) {
	path := os.Getenv(roChildEnv)
	if path == "" {
		t.Skip("only runs as TestOpenReadOnlyUnwritable's child process")
	}
	if err := os.WriteFile(filepath.Join(filepath.Dir(path), "probe"), nil, 0o644); err == nil {
		fmt.Println("error: the directory is writable")
		os.Exit(0)
	}
	s, err := OpenReadOnly(path)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(0)
	}
	r, err := s.Report(context.Background(), 0)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(0)
	}
	s.Close()
	json.NewEncoder(os.Stdout).Encode(r)
	os.Exit(0)
}

// TestOpenReadOnlyUnwritable reads databases from a directory the process
// really cannot write, as on read-only media: a cleanly closed database
// (no -shm can be created: OpenReadOnly falls back to immutable), the copy
// of a live one with its -wal and -shm (read through them), and one whose
// -wal holds commits but has no -shm (refused: immutable would miss them).
// As root, chmod does not stop writes, so the reads run in a child process
// as the unprivileged user nobody (65534); as another user, in-process.
func TestOpenReadOnlyUnwritable(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a subprocess")
	}
	root := t.TempDir()
	src := filepath.Join(root, "src")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	clean, want := readOnlyFixture(t, src, "clean.db", false)
	live, _ := readOnlyFixture(t, src, "live.db", true)
	ro := filepath.Join(root, "ro")
	if err := os.Mkdir(ro, 0o755); err != nil {
		t.Fatal(err)
	}
	copyFile := func(from, to string) {
		t.Helper()
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFile(clean, filepath.Join(ro, "clean.db"))
	for _, suffix := range []string{"", "-wal", "-shm"} {
		copyFile(live+suffix, filepath.Join(ro, "live.db"+suffix))
	}
	for _, suffix := range []string{"", "-wal"} {
		copyFile(live+suffix, filepath.Join(ro, "walonly.db"+suffix))
	}

	read := func(t *testing.T, path string) (Report, error) {
		s, err := OpenReadOnly(path)
		if err != nil {
			return Report{}, err
		}
		defer s.Close()
		return s.Report(context.Background(), 0)
	}
	if os.Geteuid() == 0 {
		read = asNobody(t, root)
	}
	readOnlyDir(t, ro)
	before := listing(t, ro)
	for _, tc := range []struct{ name, want string }{
		{"clean.db", ""},
		{"live.db", ""},
		{"walonly.db", "write-ahead log walonly.db-wal holds changes not yet in the file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := read(t, filepath.Join(ro, tc.name))
			switch {
			case tc.want == "" && err != nil:
				t.Fatal(err)
			case tc.want == "" && !reflect.DeepEqual(got, want):
				t.Fatalf("report\n got %+v\nwant %+v", got, want)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			if err != nil {
				t.Logf("refused: %v", err)
			}
		})
	}
	if after := listing(t, ro); after != before {
		t.Fatalf("the read-only directory changed:\n%s\nthen\n%s", before, after)
	}
}

// asNobody returns a reader that runs TestReadOnlyChild as the user nobody
// on a copy of this test binary under root (which it makes readable).
func asNobody(t *testing.T, root string) func(*testing.T, string) (Report, error) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(root, "store.test")
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	for dir := root; dir != "/" && dir != "."; dir = filepath.Dir(dir) {
		fi, err := os.Stat(dir)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm()&0o005 != 0o005 {
			mode := fi.Mode().Perm()
			if err := os.Chmod(dir, mode|0o005); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(dir, mode) })
		}
	}
	return func(t *testing.T, path string) (Report, error) {
		cmd := exec.Command(bin, "-test.run=^TestReadOnlyChild$", "-test.count=1")
		cmd.Env = append(slices.Clip(os.Environ()), roChildEnv+"="+path, "HOME=/")
		cmd.Dir = "/"
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Skipf("cannot run a child process as the user nobody (%v: %s): run this test as a user other than root instead", err, stderr.String())
		}
		line := strings.TrimSpace(string(out))
		if msg, ok := strings.CutPrefix(line, "error: "); ok {
			if msg == "the directory is writable" {
				t.Fatal("the child could write in the read-only directory: the test proves nothing")
			}
			return Report{}, errors.New(msg)
		}
		var r Report
		if err := json.NewDecoder(io.LimitReader(strings.NewReader(line), 1<<20)).Decode(&r); err != nil {
			t.Fatalf("child: %q: %v", line, err)
		}
		return r, nil
	}
}
