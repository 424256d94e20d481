package retrieval

import (
	"strconv"
	"testing"
)

// TestFrontCacheCollision checks that two words sharing a slot never read
// each other's value: the later one evicts the earlier, which then misses
// (and is looked up behind the cache) instead of being answered wrongly.
func TestFrontCacheCollision(t *testing.T) {
	var c frontCache[int]
	a := "word0"
	b := ""
	for i := 1; b == ""; i++ {
		w := "word" + strconv.Itoa(i)
		if wordHash(w)&(frontSlots-1) == wordHash(a)&(frontSlots-1) {
			b = w
		}
	}
	if _, ok := c.get(a); ok {
		t.Fatalf("empty cache holds %q", a)
	}
	c.hold(&frontEntry[int]{key: a, val: 1})
	if v, ok := c.get(a); !ok || v != 1 {
		t.Fatalf("get(%q) = %d, %v; want 1, true", a, v, ok)
	}
	c.hold(&frontEntry[int]{key: b, val: 2})
	if v, ok := c.get(a); ok {
		t.Fatalf("get(%q) after %q took its slot = %d, true; want a miss", a, b, v)
	}
	if v, ok := c.get(b); !ok || v != 2 {
		t.Fatalf("get(%q) = %d, %v; want 2, true", b, v, ok)
	}
}
