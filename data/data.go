// Package data holds the embedded default paper and nothing else.
package data

import _ "embed"

// Paper is the text of the default paper, copied verbatim from
// shared/paper/american-policies-toward-tajikistan-since-9-11.txt.
//
//go:embed american-policies-toward-tajikistan-since-9-11.txt
var Paper string

// PaperName is the file name of the embedded paper, for messages.
const PaperName = "american-policies-toward-tajikistan-since-9-11.txt"
