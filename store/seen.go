package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Seen remembers the interactions received in the database, so that
// several `serve` replicas behind one load balancer act on each
// interaction once: a replay or a retry that reaches another replica
// gets the first response's bytes, or, while the first replica is still
// answering, waits for them. It implements server.Seen (the store does not
// import the server: the interface is satisfied by its methods).
//
// A claim is a row of the interactions table, inserted with ON CONFLICT
// DO NOTHING semantics, so exactly one replica wins it even when both
// insert at once. The winner holds a lease (SeenOptions.Lease): if it dies
// before storing its response, a claim after the lease takes the
// interaction over, so the retry is answered rather than refused until
// the id expires. A response stored by a claimant whose lease was taken
// over is dropped (Done checks the owner), so replays see one response.
//
// Rows are deleted when expired, by a claim now and then (every
// cleanEvery claims): the table holds about ten minutes of interactions.
type Seen struct {
	s     *Store
	owner string
	now   func() time.Time
	lease time.Duration
	poll  time.Duration

	claims atomic.Uint64

	mu       sync.Mutex
	answered map[string]int // ids this Seen claimed and has not yet kept or forgotten
}

// SeenOptions tune a Seen; zero values take the defaults.
type SeenOptions struct {
	// Now is the clock leases and expiry are measured by (time.Now). All
	// replicas' clocks must agree to well within Lease.
	Now func() time.Time
	// Lease is how long a claimant that has not stored its response is
	// presumed to be answering (3 s: Discord's deadline for the first
	// response, after which that claimant's answer is refused anyway).
	Lease time.Duration
	// Poll is the first interval at which a waiting claim looks for the
	// response; it doubles up to 8 times that (20 ms).
	Poll time.Duration
}

// cleanEvery is how often (in claims) expired rows are deleted.
const cleanEvery = 256

// NewSeen returns a Seen on s's database. Each Seen is one claimant:
// give each process (replica) its own.
func (s *Store) NewSeen(o SeenOptions) *Seen {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Lease <= 0 {
		o.Lease = 3 * time.Second
	}
	if o.Poll <= 0 {
		o.Poll = 20 * time.Millisecond
	}
	var b [12]byte
	rand.Read(b[:])
	return &Seen{s: s, owner: hex.EncodeToString(b[:]), now: o.Now, lease: o.Lease, poll: o.Poll, answered: map[string]int{}}
}

// claimSQL takes an id that is new, expired, or whose claimant's lease
// ran out without a response; it changes no row otherwise. A Seen does
// not take over a claim it is still answering (?6 = 1): the lease is for
// claimants that died, and a replay that reaches the replica slow on the
// first delivery must wait for it, not act twice (both deliveries' Keep
// would then find themselves the owner and answer differently).
const claimSQL = `
INSERT INTO interactions (id, expires, lease, owner, resp) VALUES (?1, ?2, ?3, ?4, NULL)
ON CONFLICT (id) DO UPDATE SET
	expires = excluded.expires, lease = excluded.lease, owner = excluded.owner, resp = NULL
WHERE interactions.expires <= ?5
	OR (interactions.resp IS NULL AND interactions.lease <= ?5 AND (interactions.owner <> ?4 OR ?6 = 0))`

// Claim implements server.Seen: first is true for the claim that must
// act; a later claim waits, until ctx ends, for the first one's response
// and returns it (nil when the wait ended first).
func (q *Seen) Claim(ctx context.Context, id string, expires time.Time) (first bool, resp []byte, err error) {
	if id == "" {
		return false, nil, errors.New("claim interaction: empty id")
	}
	if q.claims.Add(1)%cleanEvery == 0 {
		q.clean(ctx)
	}
	wait := q.poll
	for {
		now := q.now().UnixNano()
		res, err := q.s.exec(ctx, claimSQL, id, expires.UnixNano(), now+q.lease.Nanoseconds(), q.owner, now, q.answering(id))
		if err != nil {
			return false, nil, fmt.Errorf("claim interaction %s: %w", id, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return false, nil, fmt.Errorf("claim interaction %s: %w", id, err)
		} else if n == 1 {
			q.track(id, 1)
			return true, nil, nil
		}
		var got []byte
		err = q.s.rd.QueryRowContext(ctx, `SELECT resp FROM interactions WHERE id = ?`, id).Scan(&got)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			continue // forgotten (Done with nil) meanwhile: claim it anew
		case ctx.Err() != nil:
			return false, nil, nil
		case err != nil:
			return false, nil, fmt.Errorf("claim interaction %s: %w", id, err)
		case got != nil:
			return false, got, nil
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return false, nil, nil
		case <-t.C:
		}
		wait = min(2*wait, 8*q.poll)
	}
}

// Done implements server.Seen: it stores the response for replays, or
// with nil forgets the id so a redelivery is handled as new. Only the
// current claimant's call counts. A failure is counted as a failed write
// (a replay then waits for its lease to end and answers again).
func (q *Seen) Done(id string, resp []byte) {
	defer q.track(id, -1)
	ctx, cancel := context.WithTimeout(context.Background(), BusyTimeout)
	defer cancel()
	if resp == nil {
		q.s.exec(ctx, `DELETE FROM interactions WHERE id = ? AND owner = ?`, id, q.owner) //nolint:errcheck // counted by exec
		return
	}
	q.s.exec(ctx, `UPDATE interactions SET resp = ? WHERE id = ? AND owner = ?`, resp, id, q.owner) //nolint:errcheck // counted by exec
}

// Keep implements server.LosableSeen: Done for a response, and whether
// this Seen still owned the id; when another took it over, that one's
// response (nil while it has none). When the response cannot be stored
// (the database is away), the claim is given up: a retry may then be
// taken over by another replica after the lease, and must not meet an
// answer from us that it never saw.
func (q *Seen) Keep(id string, resp []byte) (owned bool, winner []byte) {
	defer q.track(id, -1)
	ctx, cancel := context.WithTimeout(context.Background(), BusyTimeout)
	defer cancel()
	res, err := q.s.exec(ctx, `UPDATE interactions SET resp = ? WHERE id = ? AND owner = ?`, resp, id, q.owner)
	if err != nil {
		return false, nil
	}
	if n, err := res.RowsAffected(); err != nil || n > 0 {
		return true, nil
	}
	if err := q.s.db.QueryRowContext(ctx, `SELECT resp FROM interactions WHERE id = ?`, id).Scan(&winner); err != nil {
		return false, nil
	}
	return false, winner
}

// track counts the deliveries of id this Seen is answering: +1 for a
// claim won, -1 when its response is kept or the id forgotten.
func (q *Seen) track(id string, d int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if n := q.answered[id] + d; n > 0 {
		q.answered[id] = n
	} else {
		delete(q.answered, id)
	}
}

// answering is 1 while this Seen answers id (claimSQL's ?6), else 0.
func (q *Seen) answering(id string) int {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.answered[id] > 0 {
		return 1
	}
	return 0
}

// clean deletes the expired ids.
func (q *Seen) clean(ctx context.Context) {
	q.s.exec(ctx, `DELETE FROM interactions WHERE expires <= ?`, q.now().UnixNano()) //nolint:errcheck // counted by exec; retried next time
}

// Len is how many ids the table holds, expired ones included until the
// next clean.
func (q *Seen) Len(ctx context.Context) (int, error) {
	var n int
	if err := q.s.rd.QueryRowContext(ctx, `SELECT COUNT(*) FROM interactions`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count interactions: %w", err)
	}
	return n, nil
}
