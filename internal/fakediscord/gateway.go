package fakediscord

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// TestUserID is the user Interaction and Message use as the invoking user
// or author when the caller sets none.
const TestUserID = "800000000000000001"

// Gateway opcodes used by the fake.
const (
	opDispatch       = 0
	opHeartbeat      = 1
	opIdentify       = 2
	opResume         = 6
	opInvalidSession = 9
	opHello          = 10
	opHeartbeatAck   = 11
)

// gwSession is a Gateway session: what IDENTIFY creates and RESUME
// continues. seq and history are guarded by Server.sendMu.
type gwSession struct {
	id      string
	seq     int64
	keep    bool        // record history (WithResumeReplay)
	history []sentEvent // dispatches after READY, for replay on RESUME
}

// sentEvent is a dispatch as numbered in its session.
type sentEvent struct {
	seq   int64
	event string
	data  any
}

// gwConn is one Gateway websocket. sess is set once READY or RESUMED has
// been sent, i.e. once the connection receives dispatches.
type gwConn struct {
	ws   *websocket.Conn
	zlib bool
	v    string // API version the client asked for in ?v=
	wmu  sync.Mutex

	// Guarded by Server.mu.
	sess  *gwSession
	beats int // heartbeats received
}

// frame is a Gateway payload; s and t are null except for dispatches.
type frame struct {
	Op int     `json:"op"`
	D  any     `json:"d"`
	S  *int64  `json:"s"`
	T  *string `json:"t"`
}

// write sends one payload. discordgo treats binary frames as zlib
// (one zlib stream per message, not Discord's zlib-stream transport) and
// text frames as plain JSON, so both modes work.
func (c *gwConn) write(f frame) error {
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	typ := websocket.TextMessage
	if c.zlib {
		var buf bytes.Buffer
		zw := zlib.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		b, typ = buf.Bytes(), websocket.BinaryMessage
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteMessage(typ, b)
}

// dispatch sends an op 0 event with sess's next sequence number. The
// caller holds Server.sendMu.
func (c *gwConn) dispatch(sess *gwSession, event string, data any) error {
	sess.seq++
	seq := sess.seq
	if sess.keep && event != "READY" && event != "RESUMED" {
		sess.history = append(sess.history, sentEvent{seq, event, data})
	}
	return c.write(frame{Op: opDispatch, D: data, S: &seq, T: &event})
}

type pendingEvent struct {
	event string
	data  json.RawMessage
}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has replied with an HTTP error
	}
	c := &gwConn{ws: ws, zlib: s.cfg.zlib, v: r.URL.Query().Get("v")}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		ws.Close()
		return
	}
	s.conns[c] = struct{}{}
	s.wg.Add(1)
	s.notifyLocked()
	s.mu.Unlock()
	defer s.wg.Done()
	defer s.dropConn(c)

	hello := map[string]any{"heartbeat_interval": s.cfg.heartbeat.Milliseconds()}
	if c.write(frame{Op: opHello, D: hello}) != nil {
		return
	}
	for {
		_, msg, err := ws.ReadMessage()
		if err != nil {
			return
		}
		var in struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if json.Unmarshal(msg, &in) != nil {
			ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4002, "Decode error"), time.Now().Add(time.Second))
			return
		}
		switch in.Op {
		case opHeartbeat:
			s.mu.Lock()
			s.heartbeats++
			c.beats++
			s.notifyLocked()
			s.mu.Unlock()
			err = c.write(frame{Op: opHeartbeatAck})
		case opIdentify:
			err = s.identify(c, in.D)
		case opResume:
			err = s.resume(c, in.D)
		}
		if err != nil {
			return
		}
	}
}

// identify records the IDENTIFY payload and answers READY.
func (s *Server) identify(c *gwConn, raw json.RawMessage) error {
	// discordgo's Activity does not decode what it encodes (created_at is
	// sent as a time string), so presence is decoded best-effort.
	var in struct {
		discordgo.Identify
		Presence json.RawMessage `json:"presence"`
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		return err
	}
	id := in.Identify
	_ = json.Unmarshal(in.Presence, &id.Presence)
	s.mu.Lock()
	s.idents = append(s.idents, id)
	sess := &gwSession{id: "fake-session-" + s.newIDLocked(), keep: s.cfg.replay}
	s.sessions[sess.id] = sess
	s.mu.Unlock()

	v := 10
	fmt.Sscan(c.v, &v)
	ready := map[string]any{
		"v":                  v,
		"user":               s.botUserMap(),
		"session_id":         sess.id,
		"resume_gateway_url": s.GatewayURL(),
		"application":        map[string]any{"id": s.cfg.appID, "flags": 0},
		"guilds":             []any{},
		"private_channels":   []any{},
	}
	if id.Shard != nil {
		ready["shard"] = id.Shard
	}
	return s.startSession(c, sess, "READY", ready, false, 0)
}

// resume continues a known session with RESUMED, replaying nothing
// unless WithResumeReplay was given; an unknown session gets op 9 (invalid
// session, not resumable), after which discordgo identifies afresh.
func (s *Server) resume(c *gwConn, raw json.RawMessage) error {
	var r struct {
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return err
	}
	s.mu.Lock()
	sess := s.sessions[r.SessionID]
	s.mu.Unlock()
	if sess == nil {
		return c.write(frame{Op: opInvalidSession, D: false})
	}
	return s.startSession(c, sess, "RESUMED", map[string]any{"_trace": []string{"fakediscord"}}, true, r.Seq)
}

// startSession sends READY or RESUMED, marks c as receiving dispatches and
// flushes events dispatched while no connection was ready. On a RESUME
// with replay on, the session's events numbered above from go first, with
// their original sequence numbers, as Discord replays them.
func (s *Server) startSession(c *gwConn, sess *gwSession, event string, data any, resumed bool, from int64) error {
	s.sendMu.Lock()
	defer s.sendMu.Unlock()
	if resumed && sess.keep {
		// The client has every event up to from: forget those.
		k := 0
		for k < len(sess.history) && sess.history[k].seq <= from {
			k++
		}
		sess.history = sess.history[k:]
		for _, e := range sess.history {
			seq, name := e.seq, e.event
			if err := c.write(frame{Op: opDispatch, D: e.data, S: &seq, T: &name}); err != nil {
				return err
			}
			s.mu.Lock()
			s.replayed++
			s.mu.Unlock()
		}
	}
	if err := c.dispatch(sess, event, data); err != nil {
		return err
	}
	s.mu.Lock()
	if _, open := s.conns[c]; !open {
		s.mu.Unlock()
		return nil // dropped meanwhile; keep pending events for the next one
	}
	c.sess = sess
	if resumed {
		s.resumes++
	}
	pending := s.pending
	s.pending = nil
	s.notifyLocked()
	s.mu.Unlock()
	for _, e := range pending {
		if err := c.dispatch(sess, e.event, e.data); err != nil {
			return err
		}
	}
	return nil
}

// dropConn forgets c and closes its socket.
func (s *Server) dropConn(c *gwConn) {
	s.mu.Lock()
	if _, open := s.conns[c]; open {
		delete(s.conns, c)
		s.notifyLocked()
	}
	s.mu.Unlock()
	c.ws.Close()
}

func (s *Server) takeConnsLocked() []*gwConn {
	var out []*gwConn
	for c := range s.conns {
		out = append(out, c)
	}
	s.conns = map[*gwConn]struct{}{}
	s.notifyLocked()
	return out
}

// DropConnection abruptly closes every Gateway websocket (no close frame),
// like a network failure. discordgo then reconnects after about a second
// (its Close waits 1 s) and RESUMEs. WaitReady afterwards waits for the new
// connection.
func (s *Server) DropConnection() {
	s.mu.Lock()
	conns := s.takeConnsLocked()
	s.mu.Unlock()
	for _, c := range conns {
		c.ws.Close()
	}
}

// Dispatch sends an op 0 event with the session's next sequence number to
// every ready Gateway connection. With none ready (before the first READY,
// or while discordgo reconnects) the event is queued and sent right after
// the next READY/RESUMED, so tests need not race the reconnect. An event
// written to a connection that DropConnection closes at the same moment
// may not reach the client; WithResumeReplay makes the next RESUME send it
// again, as Discord would.
func (s *Server) Dispatch(event string, data any) {
	b, err := json.Marshal(data)
	raw := json.RawMessage(b) // a []byte would be encoded as base64
	if err != nil {
		s.t.Errorf("fakediscord: marshal %s: %v", event, err)
		return
	}
	s.sendMu.Lock()
	defer s.sendMu.Unlock()
	type target struct {
		c    *gwConn
		sess *gwSession
	}
	var targets []target
	s.mu.Lock()
	for c := range s.conns {
		if c.sess != nil {
			targets = append(targets, target{c, c.sess})
		}
	}
	if len(targets) == 0 {
		s.pending = append(s.pending, pendingEvent{event, raw})
	}
	s.mu.Unlock()
	for _, t := range targets {
		t.c.dispatch(t.sess, event, raw) // a failing connection is discordgo's to notice
	}
}

// Interaction dispatches INTERACTION_CREATE. It fills in, on i itself, an
// ID, token, application ID, type (application command), version and an
// invoking user (as Member when GuildID is set) if they are empty, so the
// caller can match the callback path afterwards:
// Match("POST", "/interactions/"+i.ID+"/"+i.Token+"/callback").
func (s *Server) Interaction(i *discordgo.Interaction) {
	if i.ID == "" {
		i.ID = s.newID()
	}
	if i.Token == "" {
		i.Token = "fake-token-" + i.ID
	}
	if i.AppID == "" {
		i.AppID = s.cfg.appID
	}
	if i.Type == 0 {
		i.Type = discordgo.InteractionApplicationCommand
	}
	if i.Version == 0 {
		i.Version = 1
	}
	if i.Member == nil && i.User == nil {
		u := &discordgo.User{ID: TestUserID, Username: "tester"}
		if i.GuildID != "" {
			i.Member = &discordgo.Member{User: u, GuildID: i.GuildID}
		} else {
			i.User = u
		}
	}
	st := &interactionState{channelID: i.ChannelID}
	s.mu.Lock()
	if i.Message != nil {
		st.messageID = i.Message.ID
		if _, known := s.messages[i.Message.ID]; !known && i.Message.ID != "" {
			s.messages[i.Message.ID] = toMap(i.Message)
		}
	}
	s.tokens[i.Token] = st
	s.mu.Unlock()
	s.Dispatch("INTERACTION_CREATE", i)
}

// Message dispatches MESSAGE_CREATE, filling in an ID, timestamp and
// author (TestUserID) on m if empty. The message is remembered, so REST
// calls on it (threads, edits) work.
func (s *Server) Message(m *discordgo.Message) {
	if m.ID == "" {
		m.ID = s.newID()
	}
	if m.Timestamp.IsZero() {
		m.Timestamp = time.Now().UTC()
	}
	if m.Author == nil {
		m.Author = &discordgo.User{ID: TestUserID, Username: "tester"}
	}
	s.mu.Lock()
	s.messages[m.ID] = toMap(m)
	s.mu.Unlock()
	s.Dispatch("MESSAGE_CREATE", m)
}

// Identifies is the number of IDENTIFY payloads received.
func (s *Server) Identifies() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.idents)
}

// Resumes is the number of RESUMEs answered with RESUMED.
func (s *Server) Resumes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.resumes
}

// Replayed is the number of events re-sent on RESUME (WithResumeReplay):
// events the client had not received when its connection dropped.
func (s *Server) Replayed() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.replayed
}

// Heartbeats is the number of heartbeats (op 1) received and acknowledged.
func (s *Server) Heartbeats() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.heartbeats
}

// LastIdentify returns the most recent IDENTIFY payload (token, intents,
// properties, compress flag; presence only best-effort), for assertions.
func (s *Server) LastIdentify() (discordgo.Identify, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.idents) == 0 {
		return discordgo.Identify{}, false
	}
	return s.idents[len(s.idents)-1], true
}

// Connected reports whether some Gateway connection is receiving
// dispatches now (has been sent READY or RESUMED and not dropped). While
// it is false, Dispatch queues events.
func (s *Server) Connected() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for c := range s.conns {
		if c.sess != nil {
			return true
		}
	}
	return false
}

// WaitReady waits until some open Gateway connection has been sent READY
// or RESUMED and has sent its first heartbeat. Dispatch then reaches the
// client directly. (In discordgo v0.29.0 a Close before the heartbeat
// goroutine's first write makes that write fail and the goroutine
// reconnect: see CloseSession.)
func (s *Server) WaitReady(ctx context.Context) error {
	err := s.waitFor(ctx, func() bool {
		for c := range s.conns {
			if c.sess != nil && c.beats > 0 {
				return true
			}
		}
		return false
	})
	if err != nil {
		return fmt.Errorf("fakediscord: waiting for READY/RESUMED: %w", err)
	}
	return nil
}
