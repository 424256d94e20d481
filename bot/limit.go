package bot

import (
	"hash/maphash"
	"strconv"
	"strings"
	"sync"
	"time"
)

// limiter allows each key (a user, a channel) a burst of n actions, refilled
// at n per window: the generic cell rate algorithm, which keeps one time per
// key instead of a list of timestamps.
//
// Idle keys are forgotten in bulk: keys live in two generations of maps and
// every window the older generation is dropped whole, so the cost of
// forgetting is amortised over the calls instead of a scan of every key
// under the lock (which cost 1 ms a call at 50,000 users). A key is dropped
// only after a full window without use, by which time its theoretical
// arrival time has passed and it is as good as new: nothing is forgotten
// early.
type limiter struct {
	n        int
	window   time.Duration
	interval time.Duration // window / n: the time one action "costs"
	now      func() time.Time

	seed    maphash.Seed
	mu      sync.Mutex
	cur     map[uint64]int64 // theoretical arrival time (unix ns) of each key's next action
	old     map[uint64]int64 // the previous generation
	rotated time.Time        // when cur was started
}

func newLimiter(n int, window time.Duration) *limiter {
	n = max(n, 1)
	return &limiter{n: n, window: window, interval: window / time.Duration(n), now: time.Now,
		seed: maphash.MakeSeed(), cur: map[uint64]int64{}, old: map[uint64]int64{}}
}

// hash maps a key to the map's key: a Discord id (a snowflake) is its own
// number, anything else is hashed. Small fixed-size keys keep the maps
// compact, so the cost of a call grows little with the number of users.
func (l *limiter) hash(key string) uint64 {
	if len(key) > 0 && len(key) <= 19 && strings.Trim(key, "0123456789") == "" {
		if n, err := strconv.ParseUint(key, 10, 64); err == nil {
			return n // at most 19 digits: below 2^63
		}
	}
	return maphash.String(l.seed, key) | 1<<63
}

// allow records an action by key and reports whether it is within the limit.
func (l *limiter) allow(key string) bool {
	if l.window <= 0 {
		return true
	}
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	switch age := now.Sub(l.rotated); {
	case age >= 2*l.window:
		// Idle for two windows: both generations are stale.
		clear(l.old)
		clear(l.cur)
		l.rotated = now
	case age >= l.window:
		l.old, l.cur = l.cur, l.old
		clear(l.cur)
		l.rotated = now
	}
	k, t := l.hash(key), now.UnixNano()
	tat, ok := l.cur[k]
	if !ok {
		tat = l.old[k]
		delete(l.old, k)
	}
	tat = max(tat, t)
	next := tat + int64(l.interval)
	if next-t > int64(l.window) {
		l.cur[k] = tat
		return false
	}
	l.cur[k] = next
	return true
}

// size is how many keys the limiter remembers (for tests).
func (l *limiter) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.cur) + len(l.old)
}

// Rate is at most N actions in Per, with a burst of N.
type Rate struct {
	N   int
	Per time.Duration
}

// Limits are the bot's rate limits. Every command and button counts
// against one of them, so no user can make the bot work (or post) without
// bound; a zero field takes its default.
type Limits struct {
	Ask          Rate // questions per user: /ask, mentions, DMs (default 5 per 30 s)
	Command      Rate // every other command and button per user (default 20 per 30 s)
	Autocomplete Rate // autocomplete requests per user, one per keystroke (default 60 per 30 s)
	Thread       Rate // threads the bot starts per channel, /discuss and mentions (default 3 per 5 min)
}

// DefaultLimits are the limits a zero Limits takes.
func DefaultLimits() Limits {
	return Limits{
		Ask:          Rate{5, 30 * time.Second},
		Command:      Rate{20, 30 * time.Second},
		Autocomplete: Rate{60, 30 * time.Second},
		Thread:       Rate{3, 5 * time.Minute},
	}
}

// limits holds a limiter for each kind of action.
type limits struct {
	ask, command, autocomplete, thread *limiter
}

func newLimits(l Limits) *limits {
	pick := func(r, def Rate) *limiter {
		if r.N <= 0 || r.Per <= 0 {
			r = def
		}
		return newLimiter(r.N, r.Per)
	}
	d := DefaultLimits()
	return &limits{
		ask:          pick(l.Ask, d.Ask),
		command:      pick(l.Command, d.Command),
		autocomplete: pick(l.Autocomplete, d.Autocomplete),
		thread:       pick(l.Thread, d.Thread),
	}
}

// unlimited are limits that never refuse (the console: one user at a keyboard).
func unlimited() *limits {
	l := newLimiter(1, 0)
	return &limits{ask: l, command: l, autocomplete: l, thread: l}
}
