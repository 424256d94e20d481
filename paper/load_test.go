package paper

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"paperbot/data"
)

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	good := write("paper.txt", []byte(data.Paper))
	for _, tc := range []struct {
		name string
		path string
		want error
	}{
		{"missing", filepath.Join(dir, "nope.txt"), fs.ErrNotExist},
		{"empty", write("empty.txt", nil), ErrEmpty},
		{"whitespace", write("ws.txt", []byte(" \n\n\t\r\n   \n")), ErrEmpty},
		{"binary", write("bin.dat", []byte("ANALYSIS\x00\x01\x02 OF")), ErrNotText},
		{"not UTF-8", write("latin1.txt", []byte("Tajikistan caf\xe9 and more text")), ErrNotText},
		{"good", good, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Load(tc.path)
			if tc.want == nil {
				if err != nil || len(p.Paragraphs) != 23 || len(p.References) != 34 {
					t.Fatalf("Load(%s) = %v, %v", tc.path, p, err)
				}
				return
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("Load(%s) error = %v, want %v", tc.path, err, tc.want)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "load paper "+tc.path+": ") || strings.Contains(msg, "\n") {
				t.Errorf("error %q is not a one-line load error", msg)
			}
		})
	}
}

func TestParseRejects(t *testing.T) {
	for _, tc := range []struct {
		text string
		want error
	}{
		{"", ErrEmpty},
		{"\n\n\n   \n", ErrEmpty},
		{"a\x00b", ErrNotText},
		{"\xff\xfe", ErrNotText},
	} {
		if _, err := Parse(tc.text); !errors.Is(err, tc.want) {
			t.Errorf("Parse(%q) error = %v, want %v", tc.text, err, tc.want)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(data.Paper)))
	for b.Loop() {
		if _, err := Parse(data.Paper); err != nil {
			b.Fatal(err)
		}
	}
}
