package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"paperbot/data"
)

// TestPaperWordListsFolder: --paper FILE takes the word lists and model of
// the folder named after FILE, beside it or holding it; without one the
// paper gets the generic analyzer and model, never the embedded paper's
// thesauri.
func TestPaperWordListsFolder(t *testing.T) {
	// "guard the border" reaches ¶6 only through the thesauri ("fringe
	// security", "outskirts").
	const q = "how did the us help guard the border"
	ask := func(args ...string) string {
		t.Helper()
		code, out, errOut := runCLI(t, nil, append(append([]string{"ask", "--json", "--k", "1"}, args...), q)...)
		if code != 0 {
			t.Fatalf("ask %v: exit %d: %s", args, code, errOut)
		}
		return out
	}
	embedded, generic := ask(), ask("--generic")
	if embedded == generic {
		t.Fatalf("the question does not depend on the word lists:\n%s", embedded)
	}

	dir := t.TempDir()
	copyDir := func(to string) {
		t.Helper()
		if err := os.MkdirAll(to, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"names.txt", "thesaurus.txt", "thesaurus-everyday.txt", "thesaurus-questions.txt", "thesaurus-gaps.txt", "model.json"} {
			b, err := os.ReadFile(filepath.Join("../../data", data.Dir, name))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(to, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	write := func(path string) string {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data.Paper), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}

	alone := write(filepath.Join(dir, "alone", "javaid.txt"))
	beside := write(filepath.Join(dir, "beside", "javaid.txt"))
	copyDir(filepath.Join(dir, "beside", "javaid"))
	holding := write(filepath.Join(dir, "javaid", "javaid.txt"))
	copyDir(filepath.Join(dir, "javaid"))
	for _, c := range []struct {
		name, path, want string
	}{
		{"no folder: generic", alone, generic},
		{"folder beside the file", beside, embedded},
		{"folder holding the file", holding, embedded},
		{"the data folder itself", filepath.Join("../../data", data.Dir, data.PaperName), embedded},
	} {
		if got := ask("--paper", c.path); got != c.want {
			t.Errorf("%s: got\n%s\nwant\n%s", c.name, got, c.want)
		}
	}

	// A broken word list is one clear error, not a silent generic paper.
	if err := os.WriteFile(filepath.Join(dir, "beside", "javaid", "thesaurus-bad.txt"), []byte("border fringe\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, nil, "ask", "--paper", beside, q)
	if code != 1 || !strings.Contains(errOut, "thesaurus-bad.txt") || !strings.Contains(errOut, "no rationale") {
		t.Errorf("broken word list: exit %d, stderr %q", code, errOut)
	}
}

// TestPaperPlainList: the quiz and timeline read plain.txt from the
// paper's folder; a folder without it, or --generic, gives items in the
// paper's own words, and a broken list is one error naming the file.
func TestPaperPlainList(t *testing.T) {
	contentCheck(t)
	run := func(args ...string) string {
		t.Helper()
		code, out, errOut := runCLI(t, nil, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		return out
	}
	quiz := func(args ...string) string { return run(append([]string{"quiz", "--all", "--json"}, args...)...) }
	timeline := func(args ...string) string { return run(append([]string{"timeline", "--json"}, args...)...) }
	withQuiz, genericQuiz := quiz(), quiz("--generic")
	withTimeline, genericTimeline := timeline(), timeline("--generic")
	if withQuiz == genericQuiz || withTimeline == genericTimeline {
		t.Fatal("the quiz or timeline does not depend on plain.txt")
	}
	if !strings.Contains(genericTimeline, "common clash") || strings.Contains(withTimeline, "common clash") {
		t.Error("--generic should keep the paper's spun words, the list put them in plain English")
	}

	dir := t.TempDir()
	path := filepath.Join(dir, "javaid", "javaid.txt")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data.Paper), 0o644); err != nil {
		t.Fatal(err)
	}
	// the folder without plain.txt: the paper's own words
	if got := quiz("--paper", path); got != genericQuiz {
		t.Errorf("a folder without plain.txt: got\n%s\nwant the generic quiz", got)
	}
	b, err := os.ReadFile(filepath.Join("../../data", data.Dir, "plain.txt"))
	if err != nil {
		t.Fatal(err)
	}
	plain := filepath.Join(filepath.Dir(path), "plain.txt")
	if err := os.WriteFile(plain, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if got := timeline("--paper", path); got != withTimeline {
		t.Errorf("the folder's plain.txt: got\n%s\nwant the embedded paper's timeline", got)
	}
	if err := os.WriteFile(plain, append(b, "common war civil war\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, nil, "timeline", "--paper", path)
	if code != 1 || !strings.Contains(errOut, "plain.txt: line") {
		t.Errorf("broken plain.txt: exit %d, stderr %q", code, errOut)
	}
}
