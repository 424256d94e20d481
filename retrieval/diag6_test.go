package retrieval

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDiagHeld writes to $DIAG_HELD (TSV), for every fold, the held-out
// author's real, near-topic and far questions with the fold's confidence,
// threshold, features and candidate signals: rules applied after the
// model can be weighed offline on both sides at once.
// DIAG_HELD=/tmp/held.tsv go test ./retrieval -run TestDiagHeld -v
func TestDiagHeld(t *testing.T) {
	out := os.Getenv("DIAG_HELD")
	if out == "" {
		t.Skip("set DIAG_HELD to a file")
	}
	ix := loadIndex(t)
	sets := authorSets(t, ix)
	var b strings.Builder
	b.WriteString("kind\tauthor\tq\tconf\tthr\tanswered\tatype\tlacks")
	for _, n := range confNames {
		b.WriteString("\t" + n)
	}
	b.WriteString("\thead\theaddf\tmuch\tmuchcounted\trole\trolenamed\tmissing\tforeign\tsentence\n")
	for h := range sets {
		fitWithout(ix, sets, h)
		row := func(kind, q string) {
			s := ix.getScratch()
			if !ix.rank(q, s) {
				return
			}
			c := ix.confFeatures(&s.q, s)
			r := ix.Search(q, 1)
			top := &s.cands[0]
			st := s.stats[top.off : top.off+len(ix.paras[top.doc].sents)]
			win := st[top.sent].mask
			if top.sent > 0 {
				win |= st[top.sent-1].mask
			}
			if top.sent+1 < len(st) {
				win |= st[top.sent+1].mask
			}
			var miss, foreign []string
			for ci := range s.q.concepts {
				cc := &s.q.concepts[ci]
				if cc.section {
					continue
				}
				if win&(1<<ci) == 0 {
					miss = append(miss, cc.term)
				}
				if cc.df == 0 {
					foreign = append(foreign, fmt.Sprintf("%s:%.2f", cc.term, cc.info))
				}
			}
			fmt.Fprintf(&b, "%s\t%d\t%s\t%.3f\t%.3f\t%v\t%d\t%v", kind, h+1, q, r.Confidence, ix.model.Threshold, r.Answered, s.q.atype, s.q.lacks)
			for _, v := range c {
				fmt.Fprintf(&b, "\t%.3f", v)
			}
			head, headDF := "", -1
			if s.q.head >= 0 {
				head, headDF = s.q.concepts[s.q.head].term, s.q.concepts[s.q.head].df
			}
			fmt.Fprintf(&b, "\t%s\t%d", head, headDF)
			much := s.q.focus >= 0 && !s.q.count && strings.Contains(strings.ToLower(q), "how much")
			fmt.Fprintf(&b, "\t%v\t%v", much, much && ix.counted(top.doc, &s.q.concepts[s.q.focus]))
			fmt.Fprintf(&b, "\t%v\t%v", s.q.role, s.q.role && s.q.focus >= 0 && ix.namedBeside(top.doc, &s.q.concepts[s.q.focus], &s.q))
			fmt.Fprintf(&b, "\t%s\t%s\t%s\n", strings.Join(miss, ","), strings.Join(foreign, ","), ix.paper.Paragraphs[top.doc].Sentences[top.sent].Text)
		}
		near := map[string]bool{}
		for _, q := range sets[h].near {
			near[q.Q] = true
			row("near", q.Q)
		}
		for _, g := range sets[h].real {
			row("real", g.q)
		}
		for _, q := range sets[h].off {
			if !near[q.Q] {
				row("far", q.Q)
			}
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
