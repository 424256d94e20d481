package retrieval

// selectTop appends to order the indices in xs of its first min(k,
// len(xs)) candidates in the order of comparePre (tested by preBefore),
// best first: the prefix a full sort would give, at the cost of one
// comparison for most of the rest, moving indices rather than
// candidates. xs is left as it was. (Not generic: a comparison passed as
// a function is not inlined, and it is most of the cost.)
func selectTop(xs []preCand, k int, order []int32) []int32 {
	top := min(k, len(xs))
	if top == 0 {
		return order
	}
	base := len(order)
	for i := range xs {
		if i < top {
			order = append(order, int32(i))
		} else if preBefore(&xs[i], &xs[order[base+top-1]]) {
			order[base+top-1] = int32(i)
		} else {
			continue
		}
		// Insert the new last index of the front into place.
		f := order[base:]
		for j := min(i, top-1); j > 0 && preBefore(&xs[f[j]], &xs[f[j-1]]); j-- {
			f[j], f[j-1] = f[j-1], f[j]
		}
	}
	return order
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
