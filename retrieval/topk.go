package retrieval

// selectTop moves the first min(k, len(xs)) candidates in the order of
// comparePre to the front of xs, sorted, and returns how many: the prefix
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
			if comparePre(xs[i], xs[top-1]) >= 0 {
				continue
			}
			xs[i], xs[top-1] = xs[top-1], xs[i]
		}
		// Insert the new last element of the front into place.
		for j := min(i, top-1); j > 0 && comparePre(xs[j], xs[j-1]) < 0; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
	return top
}
