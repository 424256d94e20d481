package bot

import (
	"fmt"
	"testing"
	"time"
)

// clock is a manual clock for limiters.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

func TestLimiter(t *testing.T) {
	c := &clock{time.Unix(1000, 0)}
	l := newLimiter(2, time.Minute)
	l.now = c.now
	if !l.allow("a") || !l.allow("a") || l.allow("a") || !l.allow("b") {
		t.Fatal("limit of 2 per user not kept")
	}
	// One action's worth (a minute / 2) comes back after 30 s.
	c.advance(29 * time.Second)
	if l.allow("a") {
		t.Error("allowed before the refill")
	}
	c.advance(time.Second)
	if !l.allow("a") || l.allow("a") {
		t.Error("refill of one action not kept")
	}
	// After a full window, the whole burst.
	c.advance(time.Minute)
	if !l.allow("a") || !l.allow("a") || l.allow("a") {
		t.Error("burst not restored after a window")
	}
}

// TestLimiterForgetsOnlyIdleKeys: keys idle for a window are dropped in
// bulk, and dropping never lets a key exceed its limit: a key that spent
// its burst just before the generations rotate stays limited after.
func TestLimiterForgetsOnlyIdleKeys(t *testing.T) {
	c := &clock{time.Unix(1000, 0)}
	l := newLimiter(3, time.Minute) // one action back every 20 s
	l.now = c.now
	for u := range 1000 {
		l.allow(fmt.Sprint(u))
	}
	c.advance(59 * time.Second)
	for range 3 {
		if !l.allow("busy") {
			t.Fatal("burst refused")
		}
	}
	c.advance(time.Second)
	l.allow("other") // rotates: busy is now in the older generation
	if l.allow("busy") {
		t.Error("busy allowed a fourth action right after the rotation")
	}
	c.advance(time.Minute)
	l.allow("other") // rotates again: the idle keys are dropped
	if n := l.size(); n > 2 {
		t.Errorf("%d keys remembered, want only busy and other", n)
	}
	if !l.allow("busy") {
		t.Error("busy refused once its time came")
	}
}

// BenchmarkLimiter measures one allow among many users (the limiter cost
// at 50,000 users must stay within 2x of 1,000: issue 8).
func BenchmarkLimiter(b *testing.B) {
	for _, users := range []int{1000, 20000, 50000} {
		b.Run(fmt.Sprintf("users=%d", users), func(b *testing.B) {
			l := newLimiter(5, 30*time.Second)
			now := time.Unix(0, 0)
			l.now = func() time.Time { return now }
			ids := make([]string, users)
			for k := range ids {
				ids[k] = fmt.Sprint(1300000000000000000 + k*7919) // snowflakes
				l.allow(ids[k])
			}
			b.ResetTimer()
			for k := 0; b.Loop(); k++ {
				// Time moves 1 ms a call, so generations rotate during the run.
				now = now.Add(time.Millisecond)
				l.allow(ids[k%users])
			}
		})
	}
}
