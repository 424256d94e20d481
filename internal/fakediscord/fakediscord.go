// Package fakediscord is an in-process fake of Discord (REST API and
// Gateway) for end-to-end tests of code that uses the real discordgo
// library. It listens on 127.0.0.1 only, so tests never reach discord.com.
//
// A test points discordgo at the fake in one of two ways:
//
//   - Retarget reassigns discordgo's global Endpoint* variables. It is what
//     code that builds its own session needs, but it mutates package state,
//     so tests using it must not run in parallel with each other or with
//     anything else that uses discordgo.
//   - Attach gives one session an HTTP client and websocket dialer that send
//     everything to the fake. It touches no globals and is parallel-safe.
//
// The fake records every REST call (Calls, WaitCall), can inject 429s and
// other failures (WithRateLimit, WithStatus, WithRandomFaults), and drives
// the Gateway (Dispatch, Interaction, Message, DropConnection,
// WithResumeReplay).
package fakediscord

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Defaults used when no option overrides them. The bot user's ID equals the
// application ID, as it does for real Discord bots.
const (
	DefaultApplicationID = "900000000000000001"
	DefaultBotName       = "fakebot"
	// DefaultHeartbeatInterval is what real Discord announces in HELLO.
	DefaultHeartbeatInterval = 41250 * time.Millisecond
)

// Server is a fake Discord: REST under /api/v10/ (any /api/vN/ prefix is
// accepted, since discordgo v0.29.0 itself speaks v9) and a Gateway
// websocket at /gateway, on 127.0.0.1.
type Server struct {
	t    testing.TB
	srv  *httptest.Server
	cfg  config
	addr string // host:port of the listener
	wg   sync.WaitGroup

	mu         sync.Mutex
	changed    chan struct{} // closed and replaced on every recorded change
	closed     bool
	nextID     uint64
	calls      []Call
	onCall     func(Call)
	faults     []*fault
	random     *randomFaults // nil: no random faults
	channels   map[string]map[string]any
	messages   map[string]map[string]any
	dms        map[string]string            // recipient ID -> DM channel ID
	commands   map[string][]map[string]any  // "app" or "app/guild" -> commands
	tokens     map[string]*interactionState // interaction token -> state
	conns      map[*gwConn]struct{}         // open Gateway connections
	sessions   map[string]*gwSession        // session ID -> session
	idents     []discordgo.Identify         // every IDENTIFY payload
	resumes    int
	replayed   int
	heartbeats int

	// sendMu orders Gateway dispatches: it guards sequence numbers and
	// pending, so events reach the client in the order Dispatch was called.
	sendMu  sync.Mutex
	pending []pendingEvent
}

type config struct {
	appID     string
	botUser   discordgo.User
	heartbeat time.Duration
	zlib      bool
	faults    []*fault
	channels  []*discordgo.Channel
	random    *randomFaults
	replay    bool
	// retryAfter is the retry_after of the fake's 429s.
	retryAfter time.Duration
}

// Option configures a Server.
type Option func(*config)

// WithApplicationID sets the application ID reported in READY and expected
// in interaction webhooks. The bot user's ID follows it unless WithBotUser
// sets one.
func WithApplicationID(id string) Option { return func(c *config) { c.appID = id } }

// WithBotUser sets the user returned by GET users/@me and in READY. Bot is
// forced to true.
func WithBotUser(u discordgo.User) Option { return func(c *config) { c.botUser = u } }

// WithHeartbeatInterval sets the interval announced in HELLO, to exercise
// discordgo's heartbeat loop quickly. Keep it at 100 ms or more: discordgo
// reconnects when no ACK arrived within 5 intervals. Under 1 s, close the
// session with CloseSession, not Session.Close, or it may reconnect after
// the test.
func WithHeartbeatInterval(d time.Duration) Option { return func(c *config) { c.heartbeat = d } }

// WithZlib makes the Gateway send every payload as a zlib-compressed binary
// frame, as real Discord does for large payloads when IDENTIFY asks for
// compress: true. Without it, payloads are plain JSON text frames, which
// discordgo also accepts.
func WithZlib() Option { return func(c *config) { c.zlib = true } }

// WithRateLimit makes the next n REST calls matching pattern fail with 429
// (see Server.RateLimit).
func WithRateLimit(pattern string, n int) Option {
	return func(c *config) { c.faults = append(c.faults, newFault(pattern, http.StatusTooManyRequests, n)) }
}

// WithRetryAfter sets the retry_after of every 429 the fake sends
// (RateLimitRetryAfter by default), e.g. seconds, as Discord may ask.
func WithRetryAfter(d time.Duration) Option { return func(c *config) { c.retryAfter = d } }

// WithStatus makes the next n REST calls matching pattern fail with status
// (see Server.FailNext).
func WithStatus(pattern string, status, n int) Option {
	return func(c *config) { c.faults = append(c.faults, newFault(pattern, status, n)) }
}

// WithRandomFaults makes every REST call fail with probability p429 with
// a 429 (retry_after RateLimitRetryAfter, which discordgo waits and then
// retries) and with probability p500 with a 500 (which discordgo returns
// to the caller as *RESTError, without retrying), as a flaky Discord does.
// GET gateway and gateway/bot and the application command routes
// (registration) are exempt, so the client still starts. The failures are
// recorded in Calls with their Status like any other answer.
//
// The verdict for a call is a hash of seed, method, path, body and how
// many identical requests came before it, so for a given seed it does not
// depend on the order in which concurrent requests arrive: the same
// request (and its nth retry) always gets the same verdict.
func WithRandomFaults(seed int64, p429, p500 float64) Option {
	return func(c *config) {
		c.random = &randomFaults{seed: seed, p429: p429, p500: p500}
	}
}

// WithResumeReplay makes RESUME replay, as Discord does, every event of
// the session with a sequence number above the one the client resumes
// from, before RESUMED. Without it the fake replays nothing, so an event
// written to a connection that then drops is lost; events dispatched
// while no connection is ready are queued either way (see Dispatch).
// The fake keeps the events dispatched since the last RESUME for this.
func WithResumeReplay() Option { return func(c *config) { c.replay = true } }

// WithChannel preloads a channel that GET channels/{id} returns. Unknown
// channel IDs get a generic guild text channel.
func WithChannel(ch *discordgo.Channel) Option {
	return func(c *config) { c.channels = append(c.channels, ch) }
}

// New starts a fake Discord on 127.0.0.1 and closes it when the test ends.
// Register the discordgo session's Close after calling New, so that
// t.Cleanup closes the session first and it does not start reconnecting.
func New(t testing.TB, opts ...Option) *Server {
	t.Helper()
	cfg := config{appID: DefaultApplicationID, heartbeat: DefaultHeartbeatInterval, retryAfter: RateLimitRetryAfter}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.botUser.ID == "" {
		cfg.botUser.ID = cfg.appID
	}
	if cfg.botUser.Username == "" {
		cfg.botUser.Username = DefaultBotName
	}
	cfg.botUser.Bot = true

	s := &Server{
		t:        t,
		cfg:      cfg,
		changed:  make(chan struct{}),
		nextID:   1300000000000000000,
		faults:   cfg.faults,
		channels: map[string]map[string]any{},
		messages: map[string]map[string]any{},
		dms:      map[string]string{},
		commands: map[string][]map[string]any{},
		tokens:   map[string]*interactionState{},
		conns:    map[*gwConn]struct{}{},
		sessions: map[string]*gwSession{},
	}
	for _, ch := range cfg.channels {
		s.channels[ch.ID] = toMap(ch)
	}
	if cfg.random != nil {
		rf := *cfg.random // an Option may serve several servers: fresh state each
		rf.seen = map[uint64]int{}
		s.random = &rf
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("fakediscord: listen: %v", err)
	}
	s.srv = &httptest.Server{Listener: ln, Config: &http.Server{Handler: http.HandlerFunc(s.serveHTTP)}}
	s.srv.Start()
	s.addr = ln.Addr().String()
	t.Cleanup(s.Close)
	return s
}

// Close shuts the server down, closing Gateway connections abruptly. It is
// called automatically at the end of the test.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	conns := s.takeConnsLocked()
	s.mu.Unlock()
	for _, c := range conns {
		c.ws.Close()
	}
	s.srv.Close()
	s.wg.Wait() // Gateway handlers run on hijacked connections httptest does not track
}

// URL is the server root, e.g. "http://127.0.0.1:PORT".
func (s *Server) URL() string { return s.srv.URL }

// APIURL is the REST root, e.g. "http://127.0.0.1:PORT/api/v10/".
func (s *Server) APIURL() string { return s.srv.URL + "/api/v10/" }

// GatewayURL is what GET gateway returns, e.g. "ws://127.0.0.1:PORT/gateway".
func (s *Server) GatewayURL() string { return "ws://" + s.addr + "/gateway" }

// Retarget points all of discordgo's Endpoint* variables at this server
// and returns a func restoring the previous values; the restore also runs
// automatically at test cleanup (it is idempotent). Because the variables
// are package globals, tests calling Retarget must not use t.Parallel or
// run alongside other discordgo users; prefer Attach where the test can
// reach the session.
func (s *Server) Retarget() (restore func()) {
	vars := endpointVars()
	saved := make(map[*string]string, len(vars))
	for _, p := range vars {
		saved[p] = *p
	}
	base := s.srv.URL + "/"
	setEndpoints(base, s.APIURL(), base+"cdn/", base+"status/")
	var once sync.Once
	restore = func() {
		once.Do(func() {
			for p, v := range saved {
				*p = v
			}
		})
	}
	s.t.Cleanup(restore)
	return restore
}

// Attach makes sess talk only to this server without touching discordgo's
// globals: its HTTP client rewrites every request (whatever host the
// Endpoint* variables name) to this server, and its websocket dialer can
// only dial this server. Safe for parallel tests.
func (s *Server) Attach(sess *discordgo.Session) {
	sess.Client = s.Client()
	sess.Dialer = &websocket.Dialer{
		HandshakeTimeout: 10 * time.Second,
		NetDialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, network, s.addr)
		},
	}
}

// CloseSession closes sess for good, which Session.Close does not promise
// in discordgo v0.29.0. Close closes the listening channel, sends the close
// frame, then sleeps 1 s holding the session lock. A heartbeat goroutine
// that has just written a heartbeat waits on that lock to set DataReady;
// when the ticker fires during that second (any interval under 1 s), its
// select then finds both the tick and the closed channel ready and picks
// one at random. On the tick it writes to the closed socket, fails, and
// calls reconnect, which opens a new session after the test; a Close
// before the goroutine's first heartbeat ends the same way. With
// ShouldReconnectOnError off, set under the lock that goroutine takes
// before it reads the flag, the failed write ends the goroutine instead.
func CloseSession(sess *discordgo.Session) error {
	sess.Lock()
	sess.ShouldReconnectOnError = false
	sess.Unlock()
	return sess.Close()
}

// Client returns an HTTP client that sends every request to this server,
// keeping the path. Requests for hosts other than discord.com get the host
// prepended to the path, so they land on (recorded) 404s instead of
// colliding with API routes.
func (s *Server) Client() *http.Client {
	return &http.Client{Timeout: 20 * time.Second, Transport: &rewriter{addr: s.addr}}
}

type rewriter struct {
	addr string
	base http.Transport // zero value: no proxy, which loopback needs anyway
}

func (r *rewriter) RoundTrip(req *http.Request) (*http.Response, error) {
	out := req.Clone(req.Context())
	host := req.URL.Hostname()
	if host != "discord.com" && host != "127.0.0.1" && host != "localhost" {
		out.URL.Path = "/" + host + req.URL.Path
		out.URL.RawPath = ""
	}
	out.URL.Scheme = "http"
	out.URL.Host = r.addr
	out.Host = ""
	return r.base.RoundTrip(out)
}

// newID returns a fresh snowflake-like ID.
func (s *Server) newID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.newIDLocked()
}

func (s *Server) newIDLocked() string {
	s.nextID++
	return strconv.FormatUint(s.nextID, 10)
}

// notifyLocked wakes every waiter; s.mu must be held.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// waitFor blocks until cond, evaluated with s.mu held, is true.
func (s *Server) waitFor(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		ok, ch := cond(), s.changed
		s.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ch:
		}
	}
}

// toMap round-trips v through JSON, giving a mutable representation that
// marshals back to what discordgo expects.
func toMap(v any) map[string]any {
	b, err := json.Marshal(v)
	if err != nil {
		panic("fakediscord: " + err.Error())
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		panic("fakediscord: " + err.Error())
	}
	return m
}

// botUserMap is the bot user as JSON-ready data.
func (s *Server) botUserMap() map[string]any { return toMap(s.cfg.botUser) }

func trimAPIPrefix(p string) string {
	rest, ok := strings.CutPrefix(p, "/api/v")
	if !ok {
		return p
	}
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	if i == 0 {
		return p
	}
	return rest[i:]
}
