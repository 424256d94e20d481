package retrieval

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSelectTop checks that selectTop gives the prefix a full sort gives,
// for fronts shorter than, as long as and longer than the slice, with ties
// broken as comparePre breaks them and NaN keys last.
func TestSelectTop(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 15))
	for _, n := range []int{0, 1, 2, 5, 11, 12, 13, 40, 171} {
		for _, k := range []int{0, 1, 3, 12, 200} {
			for rep := 0; rep < 20; rep++ {
				xs := make([]preCand, n)
				for i := range xs {
					// Few distinct scores, so ties are common.
					xs[i] = preCand{doc: int32(i), named: r.IntN(8) == 0, bm25: float64(r.IntN(4)), wn: float64(r.IntN(2)) / 2}
					xs[i].key = xs[i].bm25 + xs[i].wn
					if r.IntN(20) == 0 {
						xs[i].key = math.NaN()
					}
				}
				r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
				want := slices.Clone(xs)
				slices.SortFunc(want, comparePre)
				before := slices.Clone(xs)
				order := selectTop(xs, k, []int32{-1}) // appends after what order holds
				if order[0] != -1 || len(order)-1 != min(k, n) {
					t.Fatalf("n=%d k=%d: order %v, want -1 then %d indices", n, k, order, min(k, n))
				}
				var got []preCand
				for _, i := range order[1:] {
					got = append(got, xs[i])
				}
				if !slices.Equal(docs(got), docs(want[:len(got)])) {
					t.Fatalf("n=%d k=%d: front %v, want %v", n, k, got, want[:len(got)])
				}
				if !slices.Equal(docs(xs), docs(before)) {
					t.Fatalf("n=%d k=%d: xs moved", n, k)
				}
			}
		}
	}
}

// docs are the paragraphs of candidates, in order (a NaN key equals nothing).
func docs(xs []preCand) []int32 {
	var out []int32
	for _, x := range xs {
		out = append(out, x.doc)
	}
	return out
}

// TestSortCands checks that sortCands orders candidates as
// slices.SortStableFunc by score did: best first, ties (and NaNs) in their
// order.
func TestSortCands(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 16))
	s := &scratch{}
	for _, n := range []int{0, 1, 2, 7, 12} {
		for rep := 0; rep < 50; rep++ {
			s.cands = s.cands[:0]
			for i := 0; i < n; i++ {
				sc := float64(r.IntN(5))
				if r.IntN(10) == 0 {
					sc = math.NaN()
				}
				s.cands = append(s.cands, cand{doc: i, score: sc})
			}
			want := slices.Clone(s.cands)
			slices.SortStableFunc(want, func(a, b cand) int { return cmp.Compare(b.score, a.score) })
			s.sortCands()
			if len(s.cands) != n {
				t.Fatalf("n=%d: %d candidates after sorting", n, len(s.cands))
			}
			for i := range want {
				if s.cands[i].doc != want[i].doc {
					t.Fatalf("n=%d: order %v, want %v", n, s.cands, want)
				}
			}
		}
	}
}
