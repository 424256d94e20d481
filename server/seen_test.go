package server_test

import (
	"context"
	"strconv"
	"testing"
	"time"

	"paperbot/server"
)

// clock is a settable time for MemorySeen.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// claim claims id, expiring ttl from the clock, without waiting.
func claim(t *testing.T, s *server.MemorySeen, c *clock, id string, ttl time.Duration) (bool, []byte) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // a replay does not wait in these tests
	first, resp, err := s.Claim(ctx, id, c.t.Add(ttl))
	if err != nil {
		t.Fatal(err)
	}
	return first, resp
}

func TestMemorySeenExpires(t *testing.T) {
	c := &clock{time.Unix(1_700_000_000, 0)}
	s := server.NewMemorySeen(100, 1<<20, c.now)
	if first, _ := claim(t, s, c, "a", server.MaxSkew); !first {
		t.Fatal("a new id is not first")
	}
	s.Done("a", []byte("answer a"))
	c.t = c.t.Add(server.MaxSkew - time.Second)
	if first, resp := claim(t, s, c, "a", server.MaxSkew); first || string(resp) != "answer a" {
		t.Errorf("within the window: first %v, %q", first, resp)
	}
	c.t = c.t.Add(time.Second)
	if s.Len() != 0 || s.Bytes() != 0 {
		t.Errorf("after expiry: %d ids, %d bytes", s.Len(), s.Bytes())
	}
	if first, _ := claim(t, s, c, "a", server.MaxSkew); !first {
		t.Error("an expired id is not new again")
	}
}

func TestMemorySeenBounds(t *testing.T) {
	c := &clock{time.Unix(1_700_000_000, 0)}
	const maxIDs, maxBytes = 50, 100
	s := server.NewMemorySeen(maxIDs, maxBytes, c.now)
	for n := range 200 {
		id := strconv.Itoa(n)
		if first, _ := claim(t, s, c, id, server.MaxSkew); !first {
			t.Fatalf("%s not first", id)
		}
		s.Done(id, []byte("0123456789")) // 10 bytes each
		if s.Len() > maxIDs || s.Bytes() > maxBytes {
			t.Fatalf("after %d: %d ids, %d bytes", n+1, s.Len(), s.Bytes())
		}
	}
	// The newest ten keep their answers, the forty before them only
	// their ids, and the older ones are forgotten.
	for _, c2 := range []struct {
		id      string
		first   bool
		hasResp bool
	}{{"199", false, true}, {"190", false, true}, {"189", false, false}, {"150", false, false}, {"149", true, false}} {
		first, resp := claim(t, s, c, c2.id, server.MaxSkew)
		if first != c2.first || (resp != nil) != c2.hasResp {
			t.Errorf("%s: first %v, answer %q", c2.id, first, resp)
		}
	}
	// An answer larger than the budget is not kept at all.
	claim(t, s, c, "big", server.MaxSkew)
	s.Done("big", make([]byte, maxBytes+1))
	if first, resp := claim(t, s, c, "big", server.MaxSkew); first || resp != nil || s.Bytes() != 0 {
		t.Errorf("big: first %v, %d bytes back, %d kept", first, len(resp), s.Bytes())
	}
}

// TestMemorySeenForget: Done(nil) forgets the id, and a claim waiting on
// it starts over and becomes the first.
func TestMemorySeenForget(t *testing.T) {
	c := &clock{time.Unix(1_700_000_000, 0)}
	s := server.NewMemorySeen(10, 1<<10, c.now)
	claim(t, s, c, "x", server.MaxSkew)
	got := make(chan bool)
	go func() {
		first, _, _ := s.Claim(context.Background(), "x", c.t.Add(server.MaxSkew))
		got <- first
	}()
	// Whether the waiting claim got in before or after, it is first.
	s.Done("x", nil)
	if !<-got {
		t.Error("a claim after the first was forgotten is not first")
	}
}

// BenchmarkMemorySeen reports the memory one remembered interaction
// (id and a 2 KiB answer) takes while the bounds are not reached.
func BenchmarkMemorySeen(b *testing.B) {
	c := &clock{time.Unix(1_700_000_000, 0)}
	s := server.NewMemorySeen(b.N+1, (b.N+1)*2048, c.now)
	ids := make([]string, b.N)
	for n := range ids {
		ids[n] = strconv.Itoa(1_200_000_000_000_000_000 + n)
	}
	resp := make([]byte, 2048)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for n := range b.N {
		s.Claim(ctx, ids[n], c.t.Add(server.MaxSkew)) //nolint:errcheck // never fails
		s.Done(ids[n], resp)
	}
}
