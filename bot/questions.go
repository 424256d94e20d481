package bot

import (
	"context"
	"sync"

	"go.uber.org/zap"

	"paperbot/store"
)

// questionLog writes the questions asked to the store off the answer's
// path: an answer never waits on the database (another process holding the
// write lock for seconds must not delay it). Questions wait in a queue that
// one writer empties; when the queue is full the asker waits for room
// rather than a question being dropped, and close writes what is left.
type questionLog struct {
	st  *store.Store
	log *zap.Logger
	ch  chan store.Asked

	mu      sync.Mutex
	queued  uint64        // questions put in the queue
	written uint64        // of those, the ones the writer finished with
	moved   chan struct{} // closed and replaced whenever written grows
	closed  bool
	stopped chan struct{} // closed when the writer has emptied the queue and exited
}

// questionQueue is how many questions may wait for the writer.
const questionQueue = 4096

func newQuestionLog(st *store.Store, log *zap.Logger) *questionLog {
	q := &questionLog{st: st, log: log, ch: make(chan store.Asked, questionQueue), moved: make(chan struct{}), stopped: make(chan struct{})}
	go q.run()
	return q
}

func (q *questionLog) run() {
	defer close(q.stopped)
	for a := range q.ch {
		q.write(a)
		q.mu.Lock()
		q.written++
		close(q.moved)
		q.moved = make(chan struct{})
		q.mu.Unlock()
	}
}

func (q *questionLog) write(a store.Asked) {
	if err := q.st.LogQuestion(context.Background(), a); err != nil {
		q.log.Error("log question", zap.String("guild_id", a.Guild), zap.String("answer_id", a.AnswerID), zap.Error(err))
	}
}

// add queues a question; after close it writes it at once.
func (q *questionLog) add(a store.Asked) {
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		q.write(a)
		return
	}
	q.queued++
	// Sending under the lock keeps close from closing the channel under a
	// sender; the writer takes the lock only after a receive, so a full
	// queue still drains.
	q.ch <- a
	q.mu.Unlock()
}

// flush waits until every question queued before the call is written, or
// ctx ends.
func (q *questionLog) flush(ctx context.Context) error {
	q.mu.Lock()
	target := q.queued
	for q.written < target {
		moved := q.moved
		q.mu.Unlock()
		select {
		case <-moved:
		case <-ctx.Done():
			return ctx.Err()
		}
		q.mu.Lock()
	}
	q.mu.Unlock()
	return nil
}

// close stops taking questions into the queue and waits, until ctx ends,
// for the writer to write what is in it.
func (q *questionLog) close(ctx context.Context) error {
	q.mu.Lock()
	if !q.closed {
		q.closed = true
		close(q.ch)
	}
	q.mu.Unlock()
	select {
	case <-q.stopped:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
