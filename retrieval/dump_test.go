package retrieval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestDumpResults writes, with DUMP_RESULTS=FILE, every hit, sentence,
// score and confidence of every question of testdata/*.jsonl and of the
// dev set beside the repository (../../shared/eval), under the curated,
// generic and WordNet-only indexes, scores to 17 digits: a speed change
// must leave the file byte-identical (diff it against the file written
// before the change).
func TestDumpResults(t *testing.T) {
	out := os.Getenv("DUMP_RESULTS")
	if out == "" {
		t.Skip("set DUMP_RESULTS=FILE to write the results")
	}
	ixs := []*Index{loadIndex(t), loadGenericIndex(t), loadGeneratedIndex(t)}
	files, err := filepath.Glob("testdata/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"../../shared/eval/dev.jsonl", "../../shared/eval/offtopic-dev.jsonl"} {
		if _, err := os.Stat(f); err == nil {
			files = append(files, f)
		}
	}
	fh, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	w := bufio.NewWriter(fh)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// Any object with a "q" (whole-paper files carry lists of ¶).
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			var q struct{ Q string }
			if json.Unmarshal(sc.Bytes(), &q) != nil || q.Q == "" {
				continue
			}
			for n, ix := range ixs {
				r := ix.Search(q.Q, 10)
				fmt.Fprintf(w, "%s|%d|%q|%v|%.17g|%v", filepath.Base(f), n, q.Q, r.Answered, r.Confidence, r.About)
				for _, h := range r.Hits {
					fmt.Fprintf(w, " %d:%d:%.17g", h.Paragraph.N, h.Sentence, h.Score)
				}
				fmt.Fprintln(w)
			}
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}
