// Package data holds the embedded default paper: one folder per paper, with
// the paper's text and what belongs to that paper alone (its names, its
// thesauri, the models fitted to its questions).
package data

import (
	"embed"
	"io/fs"
)

// Dir is the folder of the default paper, named after its text file.
const Dir = "american-policies-toward-tajikistan-since-9-11"

// PaperName is the file name of the embedded paper, for messages.
const PaperName = Dir + ".txt"

// Paper is the text of the default paper, copied verbatim from
// shared/paper/american-policies-toward-tajikistan-since-9-11.txt.
//
//go:embed american-policies-toward-tajikistan-since-9-11/american-policies-toward-tajikistan-since-9-11.txt
var Paper string

//go:embed american-policies-toward-tajikistan-since-9-11
var files embed.FS

// Knowledge returns the default paper's folder: its word lists (names.txt,
// thesaurus*.txt) and fitted models (model.json), as the retrieval package
// reads them.
func Knowledge() fs.FS {
	sub, err := fs.Sub(files, Dir)
	if err != nil {
		// Dir is a constant embedded above: this cannot fail.
		panic(err)
	}
	return sub
}
