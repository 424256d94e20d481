package retrieval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// Question is one line of an evaluation file: a question and the key phrase
// of the sentence that answers it. Gold is empty for a question the paper
// does not answer (off-topic).
type Question struct {
	Q    string `json:"q"`
	Gold string `json:"gold,omitempty"`
	Para int    `json:"para,omitempty"`
	Kind string `json:"kind,omitempty"`
}

// ReadQuestions reads JSON lines {"q", "gold"}; blank lines are skipped.
func ReadQuestions(r io.Reader) ([]Question, error) {
	var qs []Question
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var q Question
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if strings.TrimSpace(q.Q) == "" {
			return nil, fmt.Errorf("line %d: no \"q\"", n)
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return qs, nil
}

// Report is the quality and speed of the ranking on a question file.
// Rates over real questions (with gold) and off-topic ones are kept apart.
type Report struct {
	N            int     `json:"n"`
	PAt1         float64 `json:"p_at_1"`
	RecallAt3    float64 `json:"recall_at_3"`
	MRR          float64 `json:"mrr"`
	SAt1         float64 `json:"s_at_1"`
	AnsweredRate float64 `json:"answered_rate"` // real questions answered
	OffTopic     int     `json:"offtopic_n"`
	Rejected     float64 `json:"offtopic_rejected_rate"` // off-topic questions answered=false
	Latency      struct {
		P50 float64 `json:"p50"`
		P99 float64 `json:"p99"`
	} `json:"latency_us"`
	BuildMS float64 `json:"build_ms"`
	Misses  []Miss  `json:"misses"`
}

// Miss is a question whose first hit or sentence was wrong, or whose
// answered flag was.
type Miss struct {
	Q        string `json:"q"`
	Gold     string `json:"gold,omitempty"`
	Why      string `json:"why"` // "paragraph", "sentence", "answered", "offtopic"
	Got      int    `json:"got_paragraph"`
	Want     int    `json:"want_paragraph,omitempty"`
	Sentence string `json:"sentence,omitempty"`
}

// normGold folds a text for phrase matching: lower case, markup gone,
// single spaces.
func normGold(s string) string {
	s = strings.NewReplacer(`\$`, "$", "*", "", "’", "'").Replace(s)
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// Evaluate runs every question; passes > 0 also times the searches over
// that many passes of the whole file after one warm-up pass.
func Evaluate(ix *Index, qs []Question, passes int) Report {
	var r Report
	var answered int
	var rejected int
	for _, q := range qs {
		res := ix.Search(q.Q, 3)
		first := 0
		if len(res.Hits) > 0 {
			first = res.Hits[0].Paragraph.N
		}
		if q.Gold == "" {
			r.OffTopic++
			if !res.Answered {
				rejected++
			} else {
				r.Misses = append(r.Misses, Miss{Q: q.Q, Why: "offtopic", Got: first, Sentence: hitSentence(res)})
			}
			continue
		}
		r.N++
		gold := normGold(q.Gold)
		want := 0
		for _, p := range ix.paper.Paragraphs {
			if strings.Contains(normGold(p.Text), gold) {
				want = p.N
				break
			}
		}
		rank := 0
		for i, h := range res.Hits {
			if strings.Contains(normGold(h.Paragraph.Text), gold) {
				rank = i + 1
				break
			}
		}
		if rank == 1 {
			r.PAt1++
		}
		if rank >= 1 && rank <= 3 {
			r.RecallAt3++
		}
		if rank > 0 {
			r.MRR += 1 / float64(rank)
		}
		sentOK := rank == 1 && strings.Contains(normGold(hitSentence(res)), gold)
		if sentOK {
			r.SAt1++
		}
		if res.Answered {
			answered++
		}
		switch {
		case rank != 1:
			r.Misses = append(r.Misses, Miss{Q: q.Q, Gold: q.Gold, Why: "paragraph", Got: first, Want: want, Sentence: hitSentence(res)})
		case !sentOK:
			r.Misses = append(r.Misses, Miss{Q: q.Q, Gold: q.Gold, Why: "sentence", Got: first, Want: want, Sentence: hitSentence(res)})
		case !res.Answered:
			r.Misses = append(r.Misses, Miss{Q: q.Q, Gold: q.Gold, Why: "answered", Got: first, Want: want})
		}
	}
	if r.N > 0 {
		n := float64(r.N)
		r.PAt1 /= n
		r.RecallAt3 /= n
		r.MRR /= n
		r.SAt1 /= n
		r.AnsweredRate = float64(answered) / n
	}
	if r.OffTopic > 0 {
		r.Rejected = float64(rejected) / float64(r.OffTopic)
	}
	if passes > 0 && len(qs) > 0 {
		for _, q := range qs {
			ix.Search(q.Q, 3)
		}
		lat := make([]float64, 0, passes*len(qs))
		for p := 0; p < passes; p++ {
			for _, q := range qs {
				t := time.Now()
				ix.Search(q.Q, 3)
				lat = append(lat, float64(time.Since(t).Nanoseconds())/1e3)
			}
		}
		sort.Float64s(lat)
		r.Latency.P50 = lat[len(lat)/2]
		r.Latency.P99 = lat[len(lat)*99/100]
	}
	if r.Misses == nil {
		r.Misses = []Miss{}
	}
	return r
}

func hitSentence(res Result) string {
	if len(res.Hits) == 0 {
		return ""
	}
	return res.Hits[0].SentenceText()
}
