package retrieval

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// Knowledge is what belongs to one paper beyond its text: the spellings of
// its names, the thesauri from students' words to its wording, and the
// models fitted to questions about it. A paper without any gets the
// generic analyzer (stop words and stems), ranker and confidence.
type Knowledge struct {
	Lexicon *Lexicon // names and thesauri; nil for none
	Model   *Model   // fitted weights; nil for the generic model
	// Files lists what was read, for messages ("names.txt, thesaurus.txt,
	// model.json").
	Files []string
}

// The files of a paper's folder. Every one is optional.
const (
	namesFile = "names.txt"
	modelFile = "model.json"
	// Thesauri are thesaurus.txt and thesaurus-*.txt, read in that order
	// (then by name).
	thesaurusGlob = "thesaurus*.txt"
)

// LoadKnowledge reads a paper's folder: names.txt (name classes),
// thesaurus.txt and thesaurus-*.txt (student words => the paper's), and
// model.json (fitted weights). A folder with none of them is no error: the
// paper then gets the generic analyzer and model.
func LoadKnowledge(fsys fs.FS) (*Knowledge, error) {
	k := &Knowledge{}
	names, err := readOptional(fsys, namesFile)
	if err != nil {
		return nil, err
	}
	if names != "" {
		k.Files = append(k.Files, namesFile)
	}
	paths, err := fs.Glob(fsys, thesaurusGlob)
	if err != nil {
		return nil, fmt.Errorf("word lists: %w", err)
	}
	slices.SortFunc(paths, func(a, b string) int {
		// thesaurus.txt first, the others by name.
		if (a == "thesaurus.txt") != (b == "thesaurus.txt") {
			if a == "thesaurus.txt" {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	var thesauri, files []string
	for _, p := range paths {
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, fmt.Errorf("word lists: %w", err)
		}
		thesauri = append(thesauri, string(b))
		files = append(files, p)
	}
	if names != "" || len(thesauri) > 0 {
		lex, err := newLexicon(names, namesFile, thesauri, files)
		if err != nil {
			return nil, err
		}
		k.Lexicon = lex
		k.Files = append(k.Files, files...)
	}
	m, err := readOptional(fsys, modelFile)
	if err != nil {
		return nil, err
	}
	if m != "" {
		if k.Model, err = ParseModel([]byte(m)); err != nil {
			return nil, fmt.Errorf("%s: %w", modelFile, err)
		}
		k.Files = append(k.Files, modelFile)
	}
	return k, nil
}

// readOptional reads name from fsys, "" when it does not exist.
func readOptional(fsys fs.FS, name string) (string, error) {
	b, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read %s: %w", name, err)
	}
	return string(b), nil
}
