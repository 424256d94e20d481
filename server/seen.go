package server

import (
	"container/list"
	"context"
	"sync"
	"time"
)

// Seen remembers the interactions already received, so that a request
// replayed within the signature window is not acted on twice. It is an
// interface so that several replicas can share one (through the database);
// MemorySeen is the one-process implementation.
type Seen interface {
	// Claim reports whether id is received for the first time, and then
	// remembers it until expires. The first claimant must call Done. A
	// later claim waits, until ctx ends, for the first one's Done and
	// returns the response stored then: nil when there is none (the wait
	// ended first, or the bytes were no longer kept). If the first one's
	// Done forgets the id, the waiting claim starts over and may become
	// the first.
	Claim(ctx context.Context, id string, expires time.Time) (first bool, resp []byte, err error)
	// Done stores the response the first claim was answered with, for
	// replays. A nil resp forgets id: nothing was acted on (the request
	// was shed or unsupported), so a redelivery is handled as new.
	Done(id string, resp []byte)
}

// LosableSeen is a Seen whose claim can be lost: shared by replicas, where
// another takes an id over when the first claimant's lease runs out. Keep
// is Done for a response: it stores resp and reports whether this claim
// still owned the id; when it did not, winner is the response stored by
// the one that took it over (nil while it has none), which is then the
// answer, so one interaction never gets two different ones.
type LosableSeen interface {
	Seen
	Keep(id string, resp []byte) (owned bool, winner []byte)
}

// MemorySeen is a Seen in one process's memory, bounded two ways. At most
// maxIDs ids are kept: past that the oldest is forgotten before it
// expires, so a replay of it would be answered again, which takes more
// than maxIDs interactions within the ten minutes an id is kept (the
// timestamp window is five minutes either side). At most maxBytes of
// responses are kept: past that the oldest responses are dropped but
// their ids kept, so a replay of one is still not acted on again but
// gets no copy of the answer (the handler then says 409).
type MemorySeen struct {
	now      func() time.Time
	maxIDs   int
	maxBytes int

	mu    sync.Mutex
	ids   map[string]*seenEntry
	order list.List // *seenEntry, oldest first: expiry and the id bound
	kept  list.List // *seenEntry with response bytes, oldest first: the byte bound
	bytes int
}

type seenEntry struct {
	id      string
	expires time.Time
	done    chan struct{} // closed by Done or when the entry is dropped
	closed  bool
	resp    []byte
	forgot  bool // Done(nil): a waiting claim starts over
	inOrder *list.Element
	inKept  *list.Element
}

// NewMemorySeen keeps up to maxIDs ids and maxBytes of responses; now is
// the clock ids expire by (time.Now when nil).
func NewMemorySeen(maxIDs, maxBytes int, now func() time.Time) *MemorySeen {
	if now == nil {
		now = time.Now
	}
	return &MemorySeen{now: now, maxIDs: max(maxIDs, 1), maxBytes: max(maxBytes, 0), ids: map[string]*seenEntry{}}
}

// Claim implements Seen.
func (s *MemorySeen) Claim(ctx context.Context, id string, expires time.Time) (bool, []byte, error) {
	for {
		s.mu.Lock()
		s.expire()
		e, ok := s.ids[id]
		if !ok {
			for len(s.ids) >= s.maxIDs {
				s.drop(s.order.Front().Value.(*seenEntry))
			}
			e = &seenEntry{id: id, expires: expires, done: make(chan struct{})}
			e.inOrder = s.order.PushBack(e)
			s.ids[id] = e
			s.mu.Unlock()
			return true, nil, nil
		}
		s.mu.Unlock()
		select {
		case <-e.done: // an answer at hand wins over an ended wait
		default:
			select {
			case <-e.done:
			case <-ctx.Done():
				return false, nil, nil
			}
		}
		s.mu.Lock()
		forgot, resp := e.forgot, e.resp
		s.mu.Unlock()
		if !forgot {
			return false, resp, nil
		}
	}
}

// Done implements Seen.
func (s *MemorySeen) Done(id string, resp []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.ids[id]
	if !ok || e.closed {
		return // dropped meanwhile (the id bound), or a second Done
	}
	if resp == nil {
		e.forgot = true
		s.drop(e)
		return
	}
	e.resp = resp
	e.inKept = s.kept.PushBack(e)
	s.bytes += len(resp)
	for s.bytes > s.maxBytes {
		old := s.kept.Front().Value.(*seenEntry)
		s.unkeep(old)
	}
	e.closed = true
	close(e.done)
}

// Len is how many ids are remembered.
func (s *MemorySeen) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.expire()
	return len(s.ids)
}

// Bytes is how many bytes of responses are kept.
func (s *MemorySeen) Bytes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.bytes
}

// expire drops the ids past their expiry from the front. Ids are added in
// about the order they expire (the timestamps are within the window of
// now), so one that expires out of order waits for those before it: a
// little longer, never shorter, than asked.
func (s *MemorySeen) expire() {
	now := s.now()
	for f := s.order.Front(); f != nil; f = s.order.Front() {
		e := f.Value.(*seenEntry)
		if e.expires.After(now) {
			return
		}
		s.drop(e)
	}
}

// drop forgets e, waking any claim waiting on it.
func (s *MemorySeen) drop(e *seenEntry) {
	s.order.Remove(e.inOrder)
	delete(s.ids, e.id)
	s.unkeep(e)
	if !e.closed {
		e.closed = true
		close(e.done)
	}
}

// unkeep drops e's response bytes.
func (s *MemorySeen) unkeep(e *seenEntry) {
	if e.inKept == nil {
		return
	}
	s.kept.Remove(e.inKept)
	e.inKept = nil
	s.bytes -= len(e.resp)
	e.resp = nil
}
