package retrieval

import (
	"fmt"
	"math/bits"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestDiagSentence lists, over the held-out folds (fit on four authors,
// measure the fifth), the questions whose paragraph is right but whose
// sentence is wrong: the question's kind, the sentence chosen and the gold
// one with their positions and features, and the general causes that fit
// (tags), then counts the causes.
// DIAG_SENT=1 go test ./retrieval -run TestDiagSentence -v
func TestDiagSentence(t *testing.T) {
	if os.Getenv("DIAG_SENT") == "" {
		t.Skip("set DIAG_SENT=1")
	}
	ix := loadIndex(t)
	sets := authorSets(t, ix)
	causes := map[string]int{}
	kinds := map[string]int{}
	total := 0
	for h := range sets {
		fitWithout(ix, sets, h)
		t.Logf("fold %d sentence weights %s", h+1, fmtSent(ix.model.Sent[:], ix.model.Sent[:]))
		s := ix.getScratch()
		for _, g := range sets[h].real {
			feats := map[int][]float64{}
			s.sentHook = func(doc, sent int, f []float64) {
				if doc == g.doc {
					feats[sent] = append([]float64(nil), f...)
				}
			}
			if !ix.rank(g.q, s) {
				continue
			}
			c := s.cands[0]
			if c.doc != g.doc || c.sent == g.sent {
				continue
			}
			total++
			st := s.stats[c.off : c.off+len(ix.paras[c.doc].sents)]
			kind := questionKind(g.q)
			kinds[kind]++
			tags := sentenceCauses(ix, &s.q, c.doc, c.sent, g.sent, st)
			for _, tg := range tags {
				causes[tg]++
			}
			sents := ix.paper.Paragraphs[c.doc].Sentences
			t.Logf("[%d] %s ¶%d (%d sentences) chose %d, gold %d | %s | causes %v", h+1, kind, c.doc+1, len(sents), c.sent, g.sent, g.q, tags)
			t.Logf("    chose %s | %s", fmtSent(feats[c.sent], ix.model.Sent[:]), clip(sents[c.sent].Text))
			t.Logf("    gold  %s | %s", fmtSent(feats[g.sent], ix.model.Sent[:]), clip(sents[g.sent].Text))
		}
		s.sentHook = nil
	}
	t.Logf("%d questions with the right paragraph and a wrong sentence", total)
	for _, m := range []map[string]int{kinds, causes} {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(i, j int) bool { return m[ks[i]] > m[ks[j]] || m[ks[i]] == m[ks[j]] && ks[i] < ks[j] })
		for _, k := range ks {
			t.Logf("  %-28s %d", k, m[k])
		}
	}
}

// questionKind names what a question asks, by its question word.
func questionKind(q string) string {
	raw := scan(q, nil)
	switch detectAnswerType(raw) {
	case atWhen:
		return "when"
	case atAmount:
		return "how much"
	case atWho:
		return "who"
	case atWhere:
		return "where"
	case atWhy:
		return "why"
	}
	if len(raw) > 0 {
		switch raw[0].text {
		case "is", "are", "was", "were", "did", "does", "do", "has", "have", "had", "can", "could", "will", "would":
			return "yes-no"
		case "how":
			return "how"
		}
	}
	return "what"
}

// sentenceCauses tags why the chosen sentence may have beaten the gold
// one, by general causes only.
func sentenceCauses(ix *Index, q *query, doc, chose, gold int, st []sentStat) []string {
	var tags []string
	sents := ix.paper.Paragraphs[doc].Sentences
	se := ix.paras[doc].sents
	d := gold - chose
	if d == 1 || d == -1 {
		tags = append(tags, "neighbour")
		if st[gold].mask&st[chose].mask != 0 {
			tags = append(tags, "neighbour-sharing-match")
		}
	}
	if q.atype != atNone {
		if st[gold].atype && !st[chose].atype {
			tags = append(tags, "asked-kind-only-in-gold")
		}
		if !st[gold].atype && !st[chose].atype {
			tags = append(tags, "asked-kind-in-neither")
		}
		if st[gold].atype && st[chose].atype {
			tags = append(tags, "asked-kind-in-both")
		}
	}
	if strings.HasSuffix(strings.TrimSpace(sents[chose].Text), ":") || strings.Contains(sents[chose].Text, ": ") && gold > chose {
		tags = append(tags, "heading-or-colon-chosen")
	}
	if se[gold].anaphor && chose == gold-1 {
		tags = append(tags, "gold-pronoun-led-after-chosen")
	}
	if se[chose].anaphor && gold == chose-1 {
		tags = append(tags, "chosen-pronoun-led-after-gold")
	}
	cites := func(i int) int {
		n := 0
		for _, c := range se[i].cite {
			if c {
				n++
			}
		}
		return n
	}
	if cites(chose) > 0 && cites(chose)*3 >= len(se[chose].terms) {
		tags = append(tags, "citation-heavy-chosen")
	}
	if st[gold].mask == 0 {
		tags = append(tags, "gold-meets-nothing")
	} else if bits.OnesCount64(st[gold].mask) < bits.OnesCount64(st[chose].mask) {
		tags = append(tags, "gold-meets-fewer")
	} else if bits.OnesCount64(st[gold].mask) > bits.OnesCount64(st[chose].mask) {
		tags = append(tags, "gold-meets-more")
	} else {
		tags = append(tags, "gold-meets-as-many")
	}
	if chose == 0 {
		tags = append(tags, "first-chosen")
	}
	if len(se[chose].terms) > 2*len(se[gold].terms) {
		tags = append(tags, "chosen-much-longer")
	}
	if len(se[gold].terms) > 2*len(se[chose].terms) {
		tags = append(tags, "gold-much-longer")
	}
	return tags
}

func fmtSent(f, w []float64) string {
	if f == nil {
		return "(no features)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "score %5.2f", dot(w, f))
	for i, v := range f {
		if v != 0 {
			fmt.Fprintf(&b, " %s=%.2f", sentNames[i], v)
		}
	}
	return b.String()
}

func clip(s string) string {
	if len(s) > 140 {
		return s[:140] + "..."
	}
	return s
}

// TestDiagParagraph lists, over the held-out folds, the questions whose
// answering paragraph is in the top three but not first: both
// paragraphs' features and their sections.
// DIAG_PARA=1 go test ./retrieval -run TestDiagParagraph -v
func TestDiagParagraph(t *testing.T) {
	if os.Getenv("DIAG_PARA") == "" {
		t.Skip("set DIAG_PARA=1")
	}
	ix := loadIndex(t)
	sets := authorSets(t, ix)
	sameSection, adjacent, total := 0, 0, 0
	for h := range sets {
		fitWithout(ix, sets, h)
		s := ix.getScratch()
		for _, g := range sets[h].real {
			if !ix.rank(g.q, s) || s.cands[0].doc == g.doc {
				continue
			}
			gi := -1
			for i := 0; i < len(s.cands) && i < 3; i++ {
				if s.cands[i].doc == g.doc {
					gi = i
				}
			}
			if gi < 0 {
				continue
			}
			total++
			top, gold := &s.cands[0], &s.cands[gi]
			ps := ix.paper.Paragraphs
			if ps[top.doc].Section == ps[gold.doc].Section {
				sameSection++
			}
			if top.doc-gold.doc == 1 || gold.doc-top.doc == 1 {
				adjacent++
			}
			t.Logf("[%d] %s | top ¶%d %.2f, gold ¶%d (rank %d) %.2f", h+1, g.q, top.doc+1, top.score, gold.doc+1, gi+1, gold.score)
			t.Logf("    top  %s | %s", fmtPara(top.feat[:], ix.model.Para[:]), clip(ps[top.doc].Sentences[top.sent].Text))
			t.Logf("    gold %s | %s", fmtPara(gold.feat[:], ix.model.Para[:]), clip(ps[gold.doc].Sentences[gold.sent].Text))
		}
	}
	t.Logf("%d questions with the answer second or third: %d in the same section as the first, %d in the paragraph beside it", total, sameSection, adjacent)
}

func fmtPara(f, w []float64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "score %5.2f", dot(w, f))
	for i, v := range f {
		if v != 0 {
			fmt.Fprintf(&b, " %s=%.2f", paraNames[i], v)
		}
	}
	return b.String()
}
