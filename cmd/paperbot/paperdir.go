package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"paperbot/classroom"
	"paperbot/data"
	"paperbot/retrieval"
)

// What belongs to one paper (its word lists, fitted models, plain-English
// list) lives in its folder; these read it for the command wiring.

// paperFolder is the folder of the paper at path (the embedded paper's
// when path is ""), named for messages; nil when the paper has none or
// generic is set. The folder is named after the paper, its file name less
// the extension: beside the file (papers/smith.txt, papers/smith/) or
// holding it (data/smith/smith.txt).
func paperFolder(path string, generic bool) (fsys fs.FS, name string) {
	switch {
	case generic:
		return nil, ""
	case path == "":
		return data.Knowledge(), "embedded data/" + data.Dir
	}
	dir := knowledgeDir(path)
	if dir == "" {
		return nil, ""
	}
	return os.DirFS(dir), dir
}

// loadKnowledge reads the word lists and fitted models of the paper at
// path. A paper without a folder gets the generic analyzer, ranker and
// confidence; so does any paper with generic set.
func loadKnowledge(path string, generic bool) (*retrieval.Knowledge, error) {
	fsys, name := paperFolder(path, generic)
	if fsys == nil {
		return nil, nil
	}
	k, err := retrieval.LoadKnowledge(fsys)
	if err != nil {
		return nil, fmt.Errorf("load word lists in %s: %w", name, err)
	}
	return k, nil
}

// loadPlain reads the plain-English list (classroom.PlainFile) of the
// paper at path, for quizzes, the timeline and discussions. A paper
// without a folder or without the file, or with generic set, gets none:
// its items keep the paper's words.
func loadPlain(path string, generic bool) (*classroom.Plain, error) {
	fsys, name := paperFolder(path, generic)
	if fsys == nil {
		return nil, nil
	}
	pl, err := classroom.LoadPlain(fsys)
	if err != nil {
		return nil, fmt.Errorf("load plain-English list in %s: %w", name, err)
	}
	return pl, nil
}

// knowledgeDir is the word-list folder of the paper file at path, or ""
// when it has none.
func knowledgeDir(path string) string {
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	beside := filepath.Join(filepath.Dir(path), name)
	if fi, err := os.Stat(beside); err == nil && fi.IsDir() {
		return beside
	}
	if dir := filepath.Dir(path); filepath.Base(dir) == name {
		return dir
	}
	return ""
}
