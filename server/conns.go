package server

import (
	"container/list"
	"context"
	"net"
	"net/http"
	"sync"
)

// connLimit is a listener that keeps at most max connections open.
//
// Blocking Accept when full would only move the queue into the kernel,
// where a new, legitimate connection waits behind every stalled one. So a
// new connection is always taken at once: when the limit is reached, the
// oldest connection that is not being answered (still sending its request
// line, headers or interaction body, or idle between requests) is closed
// to make room; only when every open connection is being answered is the
// new one closed at once (refused). A client that holds connections open
// without completing requests thus cannot keep out one that sends its
// request promptly, and those being answered are bounded by the
// timeouts.
type connLimit struct {
	net.Listener
	max int

	mu      sync.Mutex
	open    int
	spare   list.List // *limitedConn not being answered, oldest first
	evicted int
	refused int
}

// limitedConn is one connection counted by a connLimit.
type limitedConn struct {
	net.Conn
	l        *connLimit
	elem     *list.Element // in l.spare while not being answered
	released bool          // no longer counted
}

// Accept takes the next connection, making room for it if need be.
func (l *connLimit) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		l.mu.Lock()
		var victim *limitedConn
		if l.open >= l.max {
			f := l.spare.Front()
			if f == nil {
				l.refused++
				l.mu.Unlock()
				c.Close() //nolint:errcheck // refused: nothing to tell it
				continue
			}
			victim = f.Value.(*limitedConn)
			l.releaseLocked(victim)
			l.evicted++
		}
		lc := &limitedConn{Conn: c, l: l}
		lc.elem = l.spare.PushBack(lc)
		l.open++
		l.mu.Unlock()
		if victim != nil {
			victim.Conn.Close() //nolint:errcheck // its server goroutine sees the error and ends
		}
		return lc, nil
	}
}

// releaseLocked stops counting c; l.mu is held.
func (l *connLimit) releaseLocked(c *limitedConn) {
	if c.elem != nil {
		l.spare.Remove(c.elem)
		c.elem = nil
	}
	if !c.released {
		c.released = true
		l.open--
	}
}

// Close closes the connection and frees its place.
func (c *limitedConn) Close() error {
	c.l.mu.Lock()
	c.l.releaseLocked(c)
	c.l.mu.Unlock()
	return c.Conn.Close()
}

// busy marks c as being answered: it is not closed to make room.
func (c *limitedConn) busy() {
	c.l.mu.Lock()
	if c.elem != nil {
		c.l.spare.Remove(c.elem)
		c.elem = nil
	}
	c.l.mu.Unlock()
}

// idle marks c as waiting for its next request: the newest spare.
func (c *limitedConn) idle() {
	c.l.mu.Lock()
	if !c.released && c.elem == nil {
		c.elem = c.l.spare.PushBack(c)
	}
	c.l.mu.Unlock()
}

// ConnStats counts a Server's connections.
type ConnStats struct {
	Open    int // open now
	Evicted int // closed to make room for a newer one
	Refused int // closed at once: every open one was being answered
}

func (l *connLimit) stats() ConnStats {
	l.mu.Lock()
	defer l.mu.Unlock()
	return ConnStats{Open: l.open, Evicted: l.evicted, Refused: l.refused}
}

// connKey carries the request's *limitedConn in its context.
type connKey struct{}

// markBusy marks r's connection as being answered, when it is counted.
func markBusy(r *http.Request) {
	if c, ok := r.Context().Value(connKey{}).(*limitedConn); ok {
		c.busy()
	}
}

// withConn is the http.Server's ConnContext.
func withConn(ctx context.Context, c net.Conn) context.Context {
	if lc, ok := c.(*limitedConn); ok {
		return context.WithValue(ctx, connKey{}, lc)
	}
	return ctx
}

// connState returns counted connections to the spares when idle.
func connState(c net.Conn, s http.ConnState) {
	if lc, ok := c.(*limitedConn); ok && s == http.StateIdle {
		lc.idle()
	}
}
