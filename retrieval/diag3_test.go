package retrieval

import (
	"fmt"
	"os"
	"strconv"
	"testing"
)

// TestDiagDecline fits on every author but $HOLD (1-5) and prints the
// confidence features of that author's off-topic questions that are
// answered, real questions that are declined, and real ones answered
// within 0.05 of the threshold ("near").
// HOLD=4 go test ./retrieval -run TestDiagDecline -v
func TestDiagDecline(t *testing.T) {
	h, err := strconv.Atoi(os.Getenv("HOLD"))
	if err != nil {
		t.Skip("set HOLD to an author, 1-5")
	}
	h--
	ix := loadIndex(t)
	sets := authorSets(t, ix)
	fitWithout(ix, sets, h)
	t.Logf("weights %v threshold %.3f", fmtW(ix.model.Conf[:]), ix.model.Threshold)
	show := func(q string, want bool) {
		s := ix.getScratch()
		if !ix.rank(q, s) {
			return
		}
		conf := ix.confidence(&s.q, s)
		answered := conf >= ix.model.Threshold && !s.q.lacks && !s.q.present && !s.q.outside
		// A real question answered just above the threshold is shown
		// too ("near"): what a stricter operating point would cost.
		near := want && answered && conf < ix.model.Threshold+0.05
		if answered == want && !near {
			return
		}
		c := ix.confFeatures(&s.q, s)
		tag := fmt.Sprint(want)
		if near {
			tag = "near"
		}
		t.Logf("%-5s lacks=%v %.2f at%d %v ¶%d | %s | %s", tag, s.q.lacks, conf, s.q.atype, fmtW(c[:]), s.cands[0].doc+1, q, ix.paper.Paragraphs[s.cands[0].doc].Sentences[s.cands[0].sent].Text[:min(80, len(ix.paper.Paragraphs[s.cands[0].doc].Sentences[s.cands[0].sent].Text))])
	}
	for _, q := range sets[h].off {
		show(q.Q, false)
	}
	for _, g := range sets[h].real {
		show(g.q, true)
	}
}

func fmtW(w []float64) string {
	s := ""
	for i, v := range w {
		s += fmt.Sprintf(" %s=%.2f", confNames[i], v)
	}
	return s
}

// TestDiagSignals prints how often each decline signal fires on real
// questions, on near-topic ones (authors 4-5) and on the other off-topic.
func TestDiagSignals(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	ix := loadIndex(t)
	sets := authorSets(t, ix)
	var real, near, other []string
	for _, a := range sets {
		for _, g := range a.real {
			real = append(real, g.q)
		}
		nearSet := map[string]bool{}
		for _, q := range a.near {
			near = append(near, q.Q)
			nearSet[q.Q] = true
		}
		for _, q := range a.off {
			if !nearSet[q.Q] {
				other = append(other, q.Q)
			}
		}
	}
	rate := func(qs []string, f func(c []float64) bool) float64 {
		n := 0.0
		for _, q := range qs {
			s := ix.getScratch()
			if !ix.rank(q, s) {
				continue
			}
			c := ix.confFeatures(&s.q, s)
			if f(c[:]) {
				n++
			}
		}
		return n / float64(len(qs))
	}
	for _, sig := range []struct {
		name string
		f    func(c []float64) bool
	}{
		{"ATypeMiss", func(c []float64) bool { return c[cATypeMiss] > 0 }},
		{"NameMiss", func(c []float64) bool { return c[cNameMiss] > 0 }},
		{"FocusMiss", func(c []float64) bool { return c[cFocusMiss] > 0 }},
		{"Present", func(c []float64) bool { return c[cPresent] > 0 }},
		{"YearMiss", func(c []float64) bool { return c[cYearMiss] > 0 }},
		{"Foreign>0.5", func(c []float64) bool { return c[cForeign] > 0.5 }},
		{"Foreign>0.8", func(c []float64) bool { return c[cForeign] > 0.8 }},
		{"ReqMiss>0.3", func(c []float64) bool { return c[cReqMiss] > 0.3 }},
		{"ReqMiss>0.5", func(c []float64) bool { return c[cReqMiss] > 0.5 }},
		{"ReqMiss>0.7", func(c []float64) bool { return c[cReqMiss] > 0.7 }},
		{"ReqCov<0.5", func(c []float64) bool { return c[cReqCov] < 0.5 }},
		{"any of ATypeMiss NameMiss Present", func(c []float64) bool { return c[cATypeMiss]+c[cNameMiss]+c[cPresent] > 0 }},
	} {
		t.Logf("%-36s real %.3f near %.3f other off-topic %.3f", sig.name, rate(real, sig.f), rate(near, sig.f), rate(other, sig.f))
	}
}
