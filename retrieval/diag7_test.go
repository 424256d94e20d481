package retrieval

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDiagRules writes to $DIAG_RULES (TSV), for every fold, whether each
// held-out question is answered with every rule on and with each rule of
// askedMiss (and ruleBound) off: each rule's effect per author.
// DIAG_RULES=/tmp/rules.tsv go test ./retrieval -run TestDiagRules -v
// (DIAG_INSAMPLE=1: the shipped model, fitted on every author, instead;
// DIAG_GENERIC=1: word lists off).
func TestDiagRules(t *testing.T) {
	out := os.Getenv("DIAG_RULES")
	if out == "" {
		t.Skip("set DIAG_RULES to a file")
	}
	ix := loadIndex(t)
	if os.Getenv("DIAG_GENERIC") != "" {
		ix = loadGenericIndex(t)
	}
	sets := authorSets(t, ix)
	rules := []int{ruleShare, ruleCountry, ruleRole, ruleBound, ruleAcronym, ruleAsker, ruleHolder, ruleMeasure, rulePay, ruleReturn, ruleEnding, ruleStart, ruleAmount, ruleAdvice, ruleCompany, ruleNameAmount, ruleChat, ruleActor, ruleFinished}
	var b strings.Builder
	b.WriteString("kind\tauthor\tq\tall\tnone\tshare\tcountry\trole\tbound\tacronym\tasker\tholder\tmeasure\tpay\treturn\tending\tstart\tamount\tadvice\tcompany\tnameamount\tchat\tactor\tfinished\tfires\n")
	for h := range sets {
		if os.Getenv("DIAG_INSAMPLE") == "" {
			fitWithout(ix, sets, h)
		}
		row := func(kind, q string) {
			ix.skipRules = 0
			all := ix.Search(q, 1).Answered
			ix.skipRules = -1
			none := ix.Search(q, 1).Answered
			fmt.Fprintf(&b, "%s\t%d\t%s\t%v\t%v", kind, h+1, q, all, none)
			for _, r := range rules {
				ix.skipRules = r
				fmt.Fprintf(&b, "\t%v", ix.Search(q, 1).Answered)
			}
			ix.skipRules = 0
			fires := 0
			sc := ix.getScratch()
			if ix.rank(q, sc) {
				ix.confFeatures(&sc.q, sc)
				fires = sc.q.rules
				if sc.q.bound {
					fires |= ruleBound
				}
				for _, se := range ix.paper.Paragraphs[sc.cands[0].doc].Sentences {
					if sc.q.acronym != "" && definesAcronym(se.Text, sc.q.acronym) {
						fires |= ruleAcronym
					}
				}
			}
			scratchPool.Put(sc)
			fmt.Fprintf(&b, "\t%d\n", fires)
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
