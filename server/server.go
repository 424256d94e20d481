// Package server is paperbot's HTTP face: liveness, readiness and
// Prometheus metrics in every mode, and Discord's Interactions Endpoint
// (interactions delivered over HTTP instead of the Gateway) in serve mode.
package server

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"

	"paperbot/metrics"
)

// MaxBody is the largest interaction body accepted; Discord's are a few KiB.
const MaxBody = 64 << 10

// MaxSkew is how far an interaction's signed timestamp may be from now: an
// older one is a replay.
const MaxSkew = 5 * time.Minute

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
	// Marshal encodes Respond's response (bot.MarshalResponse sends only
	// the fields Discord documents); encoding/json when nil.
	Marshal func(*discordgo.InteractionResponse) ([]byte, error)
	Log     *zap.Logger
	Now     func() time.Time // for tests; time.Now when nil
}

// Handler serves GET /healthz, GET /readyz, GET /metrics and, with a
// public key, POST /interactions.
func Handler(o Options) http.Handler {
	if o.Log == nil {
		o.Log = zap.NewNop()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Marshal == nil {
		o.Marshal = func(r *discordgo.InteractionResponse) ([]byte, error) { return json.Marshal(r) }
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if o.Ready != nil {
			if err := o.Ready(); err != nil {
				http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
				return
			}
		}
		io.WriteString(w, "ready\n")
	})
	if o.Metrics != nil {
		mux.Handle("GET /metrics", promhttp.HandlerFor(o.Metrics.Registry, promhttp.HandlerOpts{}))
	}
	if o.PublicKey != nil && o.Respond != nil {
		mux.HandleFunc("POST /interactions", o.interactions)
	}
	return mux
}

// interactions verifies and answers one interaction delivered over HTTP.
// Discord probes the endpoint with bad signatures before accepting it, so
// every check fails closed with 401.
func (o Options) interactions(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if !o.verify(r.Header.Get("X-Signature-Ed25519"), r.Header.Get("X-Signature-Timestamp"), body) {
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	resp, finish := o.Respond(&i)
	if resp == nil {
		http.Error(w, "unsupported interaction", http.StatusBadRequest)
		return
	}
	out, err := o.Marshal(resp)
	if err != nil {
		o.Log.Error("encode interaction response", zap.Error(err))
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, err = w.Write(out)
	if finish != nil {
		// A deferred answer is edited in through the REST API: not on
		// this request's time.
		go finish(err)
	}
}

// verify checks the Ed25519 signature over timestamp+body and that the
// timestamp is recent.
func (o Options) verify(sigHex, ts string, body []byte) bool {
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize || ts == "" {
		return false
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	if d := o.Now().Sub(time.Unix(sec, 0)); d > MaxSkew || d < -MaxSkew {
		return false
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	return ed25519.Verify(o.PublicKey, msg, sig)
}

// ParsePublicKey reads DISCORD_PUBLIC_KEY (hex).
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, errors.New("want 64 hex digits (the application's public key from the developer portal)")
	}
	return ed25519.PublicKey(b), nil
}
