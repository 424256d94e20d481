// Package server is paperbot's HTTP face: liveness, readiness and
// Prometheus metrics in every mode, and Discord's Interactions Endpoint
// (interactions delivered over HTTP instead of the Gateway) in serve mode.
package server

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"paperbot/metrics"
)

// MaxBody is the largest interaction body accepted; Discord's are a few KiB.
const MaxBody = 64 << 10

// MaxSkew is how far an interaction's signed timestamp may be from now: an
// older one is a replay.
const MaxSkew = 5 * time.Minute

// Limits bound what clients can hold, sized for Discord's model: an
// interaction is a few KiB sent at once and must be answered within 3 s.
// Zero fields take the defaults of DefaultLimits.
type Limits struct {
	// MaxConns is the most connections open at once. When full, a new one
	// closes the oldest that is not being answered, or is refused at once
	// when all are (see connLimit).
	MaxConns int
	// MaxInFlight is the most interactions being answered at once; more
	// get 503 at once rather than queueing past Discord's deadline.
	MaxInFlight int
	// HeaderTimeout bounds reading a request's line and headers.
	HeaderTimeout time.Duration
	// BodyTimeout bounds reading an interaction's body once its headers
	// are in: Discord sends a few KiB at once, so a slow one is not Discord.
	BodyTimeout time.Duration
	// ReadTimeout bounds reading a whole request on the other routes.
	ReadTimeout time.Duration
	// WriteTimeout bounds a request from the end of its headers to the end
	// of its answer.
	WriteTimeout time.Duration
	// IdleTimeout closes a kept-alive connection idle this long.
	IdleTimeout time.Duration
	// ReplayWait bounds how long a replay waits for the first request's
	// answer: past Discord's 3 s an answer is of no use.
	ReplayWait time.Duration
	// MaxSeen and MaxSeenBytes bound the default Seen: ids and bytes of
	// answers remembered for replays.
	MaxSeen      int
	MaxSeenBytes int
}

// DefaultLimits are the limits in production. 512 connections is half of
// the usual 1,024 open files, leaving room for the database, the Gateway
// and REST calls; 128 interactions at once is far above a class (each is
// answered in milliseconds or deferred after 1.5 s). Headers within 5 s
// and an interaction's body within 2 s: Discord sends a request at once
// and gives up after 3 s. Reads and writes of other routes within 10 s
// (/metrics on a loaded machine). Idle for 60 s, so a proxy's kept-alive
// connections are reused; idle ones are the first closed when full.
// 10,000 ids cover 16 interactions a second for the ten minutes a signed
// timestamp stays acceptable, in about 4 MB (BenchmarkMemorySeen), plus
// 4 MiB of answers.
func DefaultLimits() Limits {
	return Limits{
		MaxConns:      512,
		MaxInFlight:   128,
		HeaderTimeout: 5 * time.Second,
		BodyTimeout:   2 * time.Second,
		ReadTimeout:   10 * time.Second,
		WriteTimeout:  10 * time.Second,
		IdleTimeout:   60 * time.Second,
		ReplayWait:    3 * time.Second,
		MaxSeen:       10_000,
		MaxSeenBytes:  4 << 20,
	}
}

// withDefaults fills l's zero fields from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	for _, f := range []struct {
		v   *int
		def int
	}{{&l.MaxConns, d.MaxConns}, {&l.MaxInFlight, d.MaxInFlight}, {&l.MaxSeen, d.MaxSeen}, {&l.MaxSeenBytes, d.MaxSeenBytes}} {
		if *f.v <= 0 {
			*f.v = f.def
		}
	}
	for _, f := range []struct {
		v   *time.Duration
		def time.Duration
	}{{&l.HeaderTimeout, d.HeaderTimeout}, {&l.BodyTimeout, d.BodyTimeout}, {&l.ReadTimeout, d.ReadTimeout},
		{&l.WriteTimeout, d.WriteTimeout}, {&l.IdleTimeout, d.IdleTimeout}, {&l.ReplayWait, d.ReplayWait}} {
		if *f.v <= 0 {
			*f.v = f.def
		}
	}
	return l
}

// Options configure the handler.
type Options struct {
	// Ready reports whether the program can serve (paper loaded, database
	// open, Gateway connected in run mode); nil means always.
	Ready   func() error
	Metrics *metrics.Metrics
	// PublicKey is the application's Ed25519 key (DISCORD_PUBLIC_KEY);
	// without one there is no /interactions.
	PublicKey ed25519.PublicKey
	// Respond answers an interaction: see bot.Bot.Respond.
	Respond func(*discordgo.Interaction) (*discordgo.InteractionResponse, func(error))
	// AppID is the application's id (DISCORD_APP_ID, or the one the bot
	// learned): interactions for another application are refused. While
	// it returns "" (or is nil) none can be checked, and all are taken.
	AppID func() string
	// Seen remembers interactions received; nil keeps them in memory
	// (NewMemorySeen with Limits.MaxSeen and MaxSeenBytes).
	Seen Seen
	// Handlers are more routes (ServeMux patterns, e.g. "GET /report/"
	// for the teacher's page) served behind the same timeouts and limits.
	Handlers map[string]http.Handler
	Limits   Limits
	// Marshal encodes Respond's response (bot.MarshalResponse sends only
	// the fields Discord documents); encoding/json when nil.
	Marshal func(*discordgo.InteractionResponse) ([]byte, error)
	Log     *zap.Logger
	Now     func() time.Time // for tests; time.Now when nil
}

// handler is Options made ready to serve.
type handler struct {
	Options
	inFlight chan struct{}
}

// Handler serves GET /healthz, GET /readyz, GET /metrics and, with a
// public key, POST /interactions. New adds the connection limits and
// timeouts; Handler alone has only those of the http.Server it is put in.
func Handler(o Options) http.Handler {
	if o.Log == nil {
		o.Log = zap.NewNop()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	o.Limits = o.Limits.withDefaults()
	if o.Seen == nil {
		o.Seen = NewMemorySeen(o.Limits.MaxSeen, o.Limits.MaxSeenBytes, o.Now)
	}
	if o.Marshal == nil {
		o.Marshal = func(r *discordgo.InteractionResponse) ([]byte, error) { return json.Marshal(r) }
	}
	h := &handler{Options: o, inFlight: make(chan struct{}, o.Limits.MaxInFlight)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		busyIfNoBody(r)
		io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		busyIfNoBody(r)
		if o.Ready != nil {
			if err := o.Ready(); err != nil {
				http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
				return
			}
		}
		io.WriteString(w, "ready\n")
	})
	if o.Metrics != nil {
		prom := promhttp.HandlerFor(o.Metrics.Registry, promhttp.HandlerOpts{})
		mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
			busyIfNoBody(r)
			prom.ServeHTTP(w, r)
		})
	}
	if o.PublicKey != nil && o.Respond != nil {
		mux.HandleFunc("POST /interactions", h.interactions)
	}
	for pattern, extra := range o.Handlers {
		mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			busyIfNoBody(r)
			extra.ServeHTTP(w, r)
		})
	}
	return mux
}

// busyIfNoBody marks a GET's connection as being answered, unless the
// request carries a body the server would still have to read (and a
// client could stall).
func busyIfNoBody(r *http.Request) {
	if r.ContentLength == 0 {
		markBusy(r)
	}
}

// Server is the HTTP server with Options.Limits applied to connections.
type Server struct {
	http  *http.Server
	conns *connLimit
}

// New makes the server: Handler(o) behind the timeouts and connection
// limit of o.Limits, its own errors (accept errors, panics outside
// /interactions) logged through o.Log as JSON.
func New(o Options) *Server {
	if o.Log == nil {
		o.Log = zap.NewNop()
	}
	l := o.Limits.withDefaults()
	o.Limits = l
	// NewStdLogAt fails only for an invalid level: ErrorLevel is valid.
	errLog, _ := zap.NewStdLogAt(o.Log.With(zap.String("source", "net/http")), zapcore.ErrorLevel)
	return &Server{
		http: &http.Server{
			Handler:           Handler(o),
			ReadHeaderTimeout: l.HeaderTimeout,
			ReadTimeout:       l.ReadTimeout,
			WriteTimeout:      l.WriteTimeout,
			IdleTimeout:       l.IdleTimeout,
			MaxHeaderBytes:    maxHeaderBytes,
			ErrorLog:          errLog,
			ConnContext:       withConn,
			ConnState:         connState,
		},
		conns: &connLimit{max: l.MaxConns},
	}
}

// maxHeaderBytes bounds a request's headers: Discord's, with a proxy's
// X-Forwarded-*, are well under 2 KiB.
const maxHeaderBytes = 16 << 10

// Serve accepts connections on ln until Shutdown or Close; call it once.
func (s *Server) Serve(ln net.Listener) error {
	s.conns.Listener = ln
	return s.http.Serve(s.conns)
}

// Shutdown stops accepting and waits, until ctx ends, for requests being
// answered.
func (s *Server) Shutdown(ctx context.Context) error { return s.http.Shutdown(ctx) }

// Close closes the listener and every connection at once.
func (s *Server) Close() error { return s.http.Close() }

// Conns counts the connections: open now, evicted and refused so far.
func (s *Server) Conns() ConnStats { return s.conns.stats() }

// interactions verifies and answers one interaction delivered over HTTP.
// Discord probes the endpoint with bad signatures before accepting it, so
// every signature check fails closed with 401.
func (h *handler) interactions(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	rc.SetReadDeadline(time.Now().Add(h.Limits.BodyTimeout)) //nolint:errcheck // only unsupported by test recorders
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		var nerr net.Error
		switch {
		case errors.As(err, &tooBig):
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
		case errors.As(err, &nerr) && nerr.Timeout():
			http.Error(w, "body too slow", http.StatusRequestTimeout)
		default:
			http.Error(w, "bad body", http.StatusBadRequest)
		}
		return
	}
	// The body is in: no deadline on the connection's background read
	// (its timeout would cancel the request's context), and this
	// connection is now being answered.
	rc.SetReadDeadline(time.Time{}) //nolint:errcheck // as above
	markBusy(r)
	ts, ok := h.verify(r.Header.Get("X-Signature-Ed25519"), r.Header.Get("X-Signature-Timestamp"), body)
	if !ok {
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	// A valid signature for another application: a key shared between
	// applications, or DISCORD_PUBLIC_KEY and DISCORD_APP_ID from two
	// different ones. The request is authenticated but not for us: 403,
	// not the 401 kept for bad signatures, so the log tells them apart.
	if want := h.appID(); want != "" && i.AppID != want {
		h.Log.Warn("interaction for another application", zap.String("application_id", i.AppID), zap.String("want", want), zap.String("interaction_id", i.ID))
		http.Error(w, "interaction for another application", http.StatusForbidden)
		return
	}
	if i.ID != "" {
		ctx, cancel := context.WithTimeout(r.Context(), h.Limits.ReplayWait)
		first, prev, err := h.Seen.Claim(ctx, i.ID, time.Unix(ts, 0).Add(MaxSkew))
		cancel()
		if err != nil {
			h.Log.Error("interaction replay check", zap.String("interaction_id", i.ID), zap.Error(err))
			http.Error(w, "busy, try again", http.StatusServiceUnavailable)
			return
		}
		if !first {
			h.Log.Info("interaction replayed", zap.String("interaction_id", i.ID), zap.Bool("answered", prev != nil))
			if prev == nil {
				http.Error(w, "interaction already received", http.StatusConflict)
				return
			}
			writeJSON(w, prev) //nolint:errcheck // the client went away: nothing to finish
			return
		}
	}
	select {
	case h.inFlight <- struct{}{}:
		defer func() { <-h.inFlight }()
	default:
		h.forget(i.ID)
		h.Log.Warn("interaction shed: too many at once", zap.String("interaction_id", i.ID), zap.Int("max_in_flight", h.Limits.MaxInFlight))
		http.Error(w, "too many interactions at once", http.StatusServiceUnavailable)
		return
	}
	resp, finish, status := h.answer(&i)
	if status != http.StatusOK {
		h.forget(i.ID)
		http.Error(w, http.StatusText(status), status)
		return
	}
	if i.ID != "" {
		if ls, ok := h.Seen.(LosableSeen); ok {
			// Our claim may have been taken over (its lease ran out while we
			// worked): the other replica's answer is the one, or none yet.
			if owned, winner := ls.Keep(i.ID, resp); !owned {
				h.Log.Warn("interaction answered by another replica", zap.String("interaction_id", i.ID), zap.Bool("their_answer", winner != nil))
				if winner == nil {
					if finish != nil {
						h.finish(&i, finish, errAnsweredElsewhere) // nothing of ours was sent
					}
					http.Error(w, "interaction already received", http.StatusConflict)
					return
				}
				resp = winner
			}
		} else {
			h.Seen.Done(i.ID, resp)
		}
	}
	err = writeJSON(w, resp)
	if finish != nil {
		// A deferred answer is edited in through the REST API: not on
		// this request's time.
		go h.finish(&i, finish, err)
	}
}

// errAnsweredElsewhere ends the bot's bookkeeping of an interaction whose
// response another replica sent.
var errAnsweredElsewhere = errors.New("interaction answered by another replica")

// appID is the application id interactions must carry; "" when unknown.
func (h *handler) appID() string {
	if h.AppID == nil {
		return ""
	}
	return h.AppID()
}

// forget releases a claimed id that was not acted on.
func (h *handler) forget(id string) {
	if id != "" {
		h.Seen.Done(id, nil)
	}
}

func writeJSON(w http.ResponseWriter, b []byte) error {
	w.Header().Set("Content-Type", "application/json")
	_, err := w.Write(b)
	return err
}

// answer runs Respond and encodes its response; it is the one place that
// knows what Respond returns. A panic in Respond is logged with its stack
// and answered with an apology the user sees, instead of a dropped
// connection ("The application did not respond").
func (h *handler) answer(i *discordgo.Interaction) (body []byte, finish func(error), status int) {
	defer func() {
		if p := recover(); p != nil {
			h.Log.Error("interaction panic", zap.String("interaction_id", i.ID), zap.Int("type", int(i.Type)), zap.Any("panic", p), zap.Stack("stack"))
			body, finish, status = apology(i.Type)
		}
	}()
	resp, finish := h.Respond(i)
	if resp == nil {
		return nil, nil, http.StatusBadRequest
	}
	out, err := h.Marshal(resp)
	if err != nil {
		h.Log.Error("encode interaction response", zap.String("interaction_id", i.ID), zap.Error(err))
		if finish != nil {
			finish(err) // ends the bot's bookkeeping of this interaction
		}
		return nil, nil, http.StatusInternalServerError
	}
	return out, finish, http.StatusOK
}

// apology answers an interaction whose handler panicked: a private
// message for a command, button or form; no choices for autocomplete
// (which cannot carry a message); 500 for anything else (a PING).
func apology(t discordgo.InteractionType) ([]byte, func(error), int) {
	switch t {
	case discordgo.InteractionApplicationCommandAutocomplete:
		return []byte(`{"type":8,"data":{"choices":[]}}` + "\n"), nil, http.StatusOK
	case discordgo.InteractionApplicationCommand, discordgo.InteractionMessageComponent, discordgo.InteractionModalSubmit:
		return []byte(`{"type":4,"data":{"content":"Sorry, something went wrong answering that.","flags":64,"allowed_mentions":{"parse":[]}}}` + "\n"), nil, http.StatusOK
	}
	return nil, nil, http.StatusInternalServerError
}

// finish runs Respond's follow-up (a deferred answer's edit) off the
// request; a panic in it is logged, not a crash of the process.
func (h *handler) finish(i *discordgo.Interaction, f func(error), sendErr error) {
	defer func() {
		if p := recover(); p != nil {
			h.Log.Error("interaction follow-up panic", zap.String("interaction_id", i.ID), zap.Any("panic", p), zap.Stack("stack"))
		}
	}()
	f(sendErr)
}

// verify checks the Ed25519 signature over timestamp+body and that the
// timestamp is recent, and returns the timestamp (unix seconds).
func (h *handler) verify(sigHex, ts string, body []byte) (int64, bool) {
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize || ts == "" {
		return 0, false
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return 0, false
	}
	if d := h.Now().Sub(time.Unix(sec, 0)); d > MaxSkew || d < -MaxSkew {
		return 0, false
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	return sec, ed25519.Verify(h.PublicKey, msg, sig)
}

// ParsePublicKey reads DISCORD_PUBLIC_KEY (hex).
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, errors.New("want 64 hex digits (the application's public key from the developer portal)")
	}
	return ed25519.PublicKey(b), nil
}
