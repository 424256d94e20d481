package retrieval

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDiagDump writes, for the real questions of every author and the
// off-topic questions the seventh pass designed on (authors 1-3, author
// 4's far ones), the top hit's confidence features to $DIAG_DUMP (TSV).
func TestDiagDump(t *testing.T) {
	out := os.Getenv("DIAG_DUMP")
	if out == "" {
		t.Skip("set DIAG_DUMP to a file")
	}
	ix := loadIndex(t)
	sets := authorSets(t, ix)
	var b strings.Builder
	b.WriteString("kind\tauthor\tq\tconf\tanswered\tatype\tfocus\tcount\trole\tpresent\tlacks")
	for _, n := range confNames {
		b.WriteString("\t" + n)
	}
	b.WriteString("\tsentence\n")
	row := func(kind string, a int, q string) {
		s := ix.getScratch()
		if !ix.rank(q, s) {
			return
		}
		c := ix.confFeatures(&s.q, s)
		r := ix.Search(q, 1)
		fmt.Fprintf(&b, "%s\t%d\t%s\t%.3f\t%v\t%d\t%d\t%v\t%v\t%v\t%v", kind, a+1, q, r.Confidence, r.Answered, s.q.atype, s.q.focus, s.q.count, s.q.role, s.q.present, s.q.lacks)
		for _, v := range c {
			fmt.Fprintf(&b, "\t%.3f", v)
		}
		fmt.Fprintf(&b, "\t%s\n", ix.paper.Paragraphs[s.cands[0].doc].Sentences[s.cands[0].sent].Text)
	}
	for k, a := range sets {
		for _, g := range a.real {
			row("real", k, g.q)
		}
		switch k {
		case 0, 1, 2:
			for _, q := range a.off {
				row("off", k, q.Q)
			}
		case 3:
			for _, q := range readQuestions(t, "testdata/offtopic-far4.jsonl") {
				row("off", k, q.Q)
			}
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
