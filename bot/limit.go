package bot

import (
	"sync"
	"time"
)

// limiter allows each user n questions in a sliding window.
type limiter struct {
	n      int
	window time.Duration
	mu     sync.Mutex
	seen   map[string][]time.Time
	now    func() time.Time
}

func newLimiter(n int, window time.Duration) *limiter {
	return &limiter{n: n, window: window, seen: map[string][]time.Time{}, now: time.Now}
}

// allow records a question from user and reports whether it is within
// the limit.
func (l *limiter) allow(user string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	ts := l.seen[user]
	k := 0
	for _, t := range ts {
		if now.Sub(t) < l.window {
			ts[k] = t
			k++
		}
	}
	ts = ts[:k]
	if len(ts) >= l.n {
		l.seen[user] = ts
		return false
	}
	l.seen[user] = append(ts, now)
	if len(l.seen) > 10000 {
		// Forget idle users so the map does not grow without bound.
		for u, t := range l.seen {
			if len(t) == 0 || now.Sub(t[len(t)-1]) >= l.window {
				delete(l.seen, u)
			}
		}
	}
	return true
}
