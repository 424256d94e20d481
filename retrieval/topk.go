package retrieval

// selectTop moves the first min(k, len(xs)) candidates in the order of
// comparePre (tested by preBefore) to the front of xs, sorted, and returns how many: the prefix
// a full sort would give, at the cost of one comparison for most of the
// rest. The order of xs past them is unspecified. (Not generic: a
// comparison passed as a function is not inlined, and it is most of the
// cost.)
func selectTop(xs []preCand, k int) int {
	top := min(k, len(xs))
	if top == 0 {
		return 0
	}
	for i := range xs {
		if i >= top {
			if !preBefore(&xs[i], &xs[top-1]) {
				continue
			}
			xs[i], xs[top-1] = xs[top-1], xs[i]
		}
		// Insert the new last element of the front into place.
		for j := min(i, top-1); j > 0 && preBefore(&xs[j], &xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
	return top
}

// preBefore is comparePre(*a, *b) < 0, written out so that it is inlined
// and copies no candidate: NaN keys, which BM25 never gives, sort last as
// cmp.Compare sorts them.
func preBefore(a, b *preCand) bool {
	if a.named != b.named {
		return a.named
	}
	if a.key > b.key {
		return true
	}
	if a.key < b.key {
		return false
	}
	// Equal, or a NaN among them.
	if aNaN, bNaN := a.key != a.key, b.key != b.key; aNaN != bNaN {
		return bNaN
	}
	return a.doc < b.doc
}
