package store

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// clock is a settable clock for Seen's leases and expiry.
type clock struct{ ns atomic.Int64 }

func (c *clock) now() time.Time               { return time.Unix(0, c.ns.Load()) }
func (c *clock) add(d time.Duration)          { c.ns.Add(int64(d)) }
func newClock(t time.Time) *clock             { c := &clock{}; c.ns.Store(t.UnixNano()); return c }
func (c *clock) in(d time.Duration) time.Time { return c.now().Add(d) }

// TestSeenAcrossStores: two replicas (two Stores, each its own Seen) on
// one database: the second claim of an id waits for the first's response
// and gets its bytes; a forgotten id is new again; an expired one too; a
// claimant that died (its lease ran out with no response) is taken over,
// and its late response is dropped.
func TestSeenAcrossStores(t *testing.T) {
	forEachEngine(t, func(t *testing.T, dsn string) {
		ctx := testCtx(t)
		clk := newClock(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
		opts := SeenOptions{Now: clk.now, Lease: 3 * time.Second, Poll: time.Millisecond}
		a, b := openTest(t, dsn).NewSeen(opts), openTest(t, dsn).NewSeen(opts)
		exp := clk.in(10 * time.Minute)

		claim := func(q *Seen, id string) (bool, []byte) {
			t.Helper()
			first, resp, err := q.Claim(ctx, id, exp)
			if err != nil {
				t.Fatal(err)
			}
			return first, resp
		}

		// A replay waits for the first response, then gets its bytes.
		if first, _ := claim(a, "1"); !first {
			t.Fatal("new id not first")
		}
		got := make(chan []byte)
		go func() {
			first, resp, err := b.Claim(ctx, "1", exp)
			if err != nil || first {
				t.Errorf("replay: first %v err %v", first, err)
			}
			got <- resp
		}()
		a.Done("1", []byte(`{"type":4}`))
		if resp := <-got; string(resp) != `{"type":4}` {
			t.Fatalf("replay got %q", resp)
		}
		if first, resp := claim(a, "1"); first || string(resp) != `{"type":4}` {
			t.Fatalf("replay on the same replica: %v %q", first, resp)
		}

		// Done(nil): nothing was acted on, the id is new again.
		claim(a, "2")
		a.Done("2", nil)
		if first, _ := claim(b, "2"); !first {
			t.Fatal("forgotten id not first")
		}

		// A waiting claim gives up when its context ends (with the
		// context's error if it ended before the claim reached the
		// database).
		short, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
		if first, resp, err := a.Claim(short, "2", exp); first || resp != nil || (err != nil && short.Err() == nil) {
			t.Fatalf("claim whose wait ended: %v %q %v", first, resp, err)
		}
		cancel()

		// The claimant of "3" dies: within its lease a replay is not acted
		// on; after it, the replay takes over, and the dead one's late
		// Done is dropped.
		claim(a, "3")
		clk.add(2 * time.Second)
		short, cancel = context.WithTimeout(ctx, 20*time.Millisecond)
		if first, _, err := b.Claim(short, "3", exp); first || (err != nil && short.Err() == nil) {
			t.Fatalf("taken over within the lease (%v)", err)
		}
		cancel()
		clk.add(2 * time.Second)
		if first, _ := claim(b, "3"); !first {
			t.Fatal("not taken over after the lease")
		}
		a.Done("3", []byte("late"))
		b.Done("3", []byte("taken over"))
		if _, resp := claim(a, "3"); string(resp) != "taken over" {
			t.Fatalf("replay after a takeover got %q", resp)
		}

		// Expired ids are new again, and cleaned away.
		clk.add(11 * time.Minute)
		exp = clk.in(10 * time.Minute)
		if first, _ := claim(a, "1"); !first {
			t.Fatal("expired id not first")
		}
		a.clean(ctx)
		if n, err := a.Len(ctx); err != nil || n != 1 {
			t.Fatalf("after clean: %d ids (%v), want 1", n, err)
		}
	})
}

// TestSeenClaimRace: 16 claims of one id at once through two Stores: one
// is first, and every other gets its response.
func TestSeenClaimRace(t *testing.T) {
	forEachEngine(t, func(t *testing.T, dsn string) {
		ctx := testCtx(t)
		seens := []*Seen{openTest(t, dsn).NewSeen(SeenOptions{}), openTest(t, dsn).NewSeen(SeenOptions{})}
		for round := range 5 {
			id := fmt.Sprint("race", round)
			var firsts atomic.Int32
			var wg sync.WaitGroup
			start := make(chan struct{})
			for i := range 16 {
				wg.Go(func() {
					<-start
					first, resp, err := seens[i%2].Claim(ctx, id, time.Now().Add(time.Minute))
					switch {
					case err != nil:
						t.Error(err)
					case first:
						firsts.Add(1)
						seens[i%2].Done(id, []byte("answer"))
					case string(resp) != "answer":
						t.Errorf("replay got %q", resp)
					}
				})
			}
			close(start)
			wg.Wait()
			if n := firsts.Load(); n != 1 {
				t.Fatalf("round %d: %d first claims, want 1", round, n)
			}
		}
	})
}

// BenchmarkSeen: what the database Seen adds to each interaction (a
// claim, then the response stored), on each engine, from 8 goroutines
// per CPU.
func BenchmarkSeen(b *testing.B) {
	resp := []byte(`{"type":4,"data":{"content":"` + strings.Repeat("x", 600) + `"}}`)
	for _, e := range engines {
		b.Run(e.name, func(b *testing.B) {
			q := openTest(b, e.dsn(b)).NewSeen(SeenOptions{})
			var n atomic.Int64
			parallelWrites(b, func(ctx context.Context) error {
				id := fmt.Sprint(n.Add(1))
				first, _, err := q.Claim(ctx, id, time.Now().Add(10*time.Minute))
				if err == nil && !first {
					err = fmt.Errorf("%s not first", id)
				}
				q.Done(id, resp)
				return err
			})
		})
	}
}

// TestSeenNeverTakesOverItself: a replay that reaches the replica still
// answering the first delivery after the lease ran out must wait, not act
// again. The lease is for claimants that died; a Seen asking is alive.
// Before the fix, the second claim by the same Seen took the lease over,
// both deliveries were acted on, and both Keep calls found themselves the
// owner: one vote answered "Thanks" and "You already voted".
func TestSeenNeverTakesOverItself(t *testing.T) {
	forEachEngine(t, func(t *testing.T, dsn string) {
		ctx := testCtx(t)
		clk := newClock(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
		opts := SeenOptions{Now: clk.now, Lease: 300 * time.Millisecond, Poll: time.Millisecond}
		a, b := openTest(t, dsn).NewSeen(opts), openTest(t, dsn).NewSeen(opts)
		exp := clk.in(10 * time.Minute)
		if first, _, err := a.Claim(ctx, "1", exp); err != nil || !first {
			t.Fatalf("new id: first %v, %v", first, err)
		}
		clk.add(time.Second) // the first delivery is slow: past its lease
		short, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
		first, _, err := a.Claim(short, "1", exp)
		cancel()
		if first || (err != nil && short.Err() == nil) {
			t.Fatalf("the same Seen took its own claim over (first %v, %v)", first, err)
		}
		if owned, _ := a.Keep("1", []byte("first")); !owned {
			t.Fatal("the first delivery's response was not kept")
		}
		// Another replica still takes over a claim whose lease ran out.
		if first, _, err := a.Claim(ctx, "2", exp); err != nil || !first {
			t.Fatalf("new id 2: first %v, %v", first, err)
		}
		clk.add(time.Second)
		if first, _, err := b.Claim(ctx, "2", exp); err != nil || !first {
			t.Fatalf("another replica did not take over: first %v, %v", first, err)
		}
		if owned, _ := a.Keep("2", []byte("late")); owned {
			t.Fatal("a claimant taken over still owned its claim")
		}
		// A claim the Seen gave up (its response could not be stored: the
		// database was away) may be taken over after the lease by anyone,
		// itself included, so a lone replica is not stuck with it.
		if first, _, err := a.Claim(ctx, "3", exp); err != nil || !first {
			t.Fatalf("new id 3: first %v, %v", first, err)
		}
		a.track("3", -1) // what Keep does whatever the outcome
		clk.add(time.Second)
		if first, _, err := a.Claim(ctx, "3", exp); err != nil || !first {
			t.Fatalf("a given-up claim was not taken over after its lease: first %v, %v", first, err)
		}
	})
}
