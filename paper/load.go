package paper

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"paperbot/data"
)

// Errors for input that is not a paper in plain-text form.
var (
	ErrEmpty   = errors.New("empty text")
	ErrNotText = errors.New("not plain text")
)

// Load reads and parses the paper in the file at path.
func Load(path string) (*Paper, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load paper %s: %w", path, err)
	}
	p, err := Parse(string(b))
	if err != nil {
		return nil, fmt.Errorf("load paper %s: %w", path, errors.Unwrap(err))
	}
	return p, nil
}

// Default parses the paper embedded in the binary.
func Default() (*Paper, error) {
	p, err := Parse(data.Paper)
	if err != nil {
		return nil, fmt.Errorf("default paper %s: %w", data.PaperName, err)
	}
	return p, nil
}

// checkText rejects input that cannot be a paper: nothing but whitespace,
// NUL bytes (a binary file) or invalid UTF-8.
func checkText(text string) error {
	if strings.TrimSpace(text) == "" {
		return ErrEmpty
	}
	if strings.IndexByte(text, 0) >= 0 {
		return fmt.Errorf("%w: contains NUL bytes (binary file?)", ErrNotText)
	}
	if !utf8.ValidString(text) {
		return fmt.Errorf("%w: invalid UTF-8", ErrNotText)
	}
	return nil
}
