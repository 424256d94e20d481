package retrieval

import "sync/atomic"

// frontCache is a small lock-free cache in front of a sync.Map that
// remembers a pure function of a word (a question word's general-English
// weight): one hash and one atomic load where a sync.Map lookup costs
// several times that. Each slot holds the last word stored there; a word
// whose slot holds another is looked up behind the cache as before, so
// collisions cost time, never a wrong value, and the cache's memory is
// fixed whatever the input.
type frontCache[V any] struct {
	slots [frontSlots]atomic.Pointer[frontEntry[V]]
}

type frontEntry[V any] struct {
	key string
	val V
}

// frontSlots: a few thousand distinct words a class asks with.
const frontSlots = 1 << 12

func (c *frontCache[V]) get(w string) (V, bool) {
	if e := c.slots[wordHash(w)&(frontSlots-1)].Load(); e != nil && e.key == w {
		return e.val, true
	}
	var zero V
	return zero, false
}

// hold puts e in its word's slot. The entries are shared with the
// sync.Map behind the cache (its values), so a word coming back after a
// collision costs no allocation; e.key must not share memory with a
// question.
func (c *frontCache[V]) hold(e *frontEntry[V]) {
	c.slots[wordHash(e.key)&(frontSlots-1)].Store(e)
}
