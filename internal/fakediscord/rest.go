package fakediscord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/gorilla/websocket"
)

// Call is one REST request as the fake received it.
type Call struct {
	Method string
	Path   string // after the /api/vN prefix, e.g. "/channels/1/messages"; non-API paths as is
	Query  url.Values
	Header http.Header // as sent, including Authorization
	Body   []byte
	Status int // status the fake answered with
}

// Decode unmarshals the JSON body into v. For multipart bodies (discordgo
// sends those when files are attached) it decodes the payload_json part.
func (c Call) Decode(v any) error {
	body := c.Body
	if c.isMultipart() {
		parts, err := c.parts()
		if err != nil {
			return err
		}
		body = nil
		for _, p := range parts {
			if p.Field == "payload_json" {
				body = p.Data
			}
		}
		if body == nil {
			return errors.New("fakediscord: multipart body has no payload_json")
		}
	}
	return json.Unmarshal(body, v)
}

// File is one uploaded file of a multipart call.
type File struct {
	Field, Name, ContentType string
	Data                     []byte
}

// Files returns the uploaded files of a multipart call (none otherwise).
func (c Call) Files() ([]File, error) {
	if !c.isMultipart() {
		return nil, nil
	}
	parts, err := c.parts()
	if err != nil {
		return nil, err
	}
	var files []File
	for _, p := range parts {
		if p.Field != "payload_json" {
			files = append(files, p)
		}
	}
	return files, nil
}

func (c Call) isMultipart() bool {
	mt, _, _ := mime.ParseMediaType(c.Header.Get("Content-Type"))
	return strings.HasPrefix(mt, "multipart/")
}

func (c Call) parts() ([]File, error) {
	_, params, err := mime.ParseMediaType(c.Header.Get("Content-Type"))
	if err != nil {
		return nil, err
	}
	r := multipart.NewReader(bytes.NewReader(c.Body), params["boundary"])
	var out []File
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(p)
		if err != nil {
			return nil, err
		}
		out = append(out, File{Field: p.FormName(), Name: p.FileName(), ContentType: p.Header.Get("Content-Type"), Data: data})
	}
}

// Match returns a Call predicate. method "" matches any method; pattern
// uses path.Match syntax against Call.Path, so "*" matches one segment:
// Match("POST", "/interactions/*/*/callback").
func Match(method, pattern string) func(Call) bool {
	return func(c Call) bool {
		if method != "" && !strings.EqualFold(method, c.Method) {
			return false
		}
		ok, _ := path.Match(pattern, c.Path)
		return ok
	}
}

// parsePattern reads "METHOD /path/glob" or "/path/glob".
func parsePattern(p string) func(Call) bool {
	if method, rest, ok := strings.Cut(strings.TrimSpace(p), " "); ok {
		return Match(method, strings.TrimSpace(rest))
	}
	return Match("", strings.TrimSpace(p))
}

// OnCall sets f to be called with every REST call as it is recorded, for
// load tests that time many calls at once (WaitCall rescans every call for
// every waiter). f runs on the server's goroutine: keep it short.
func (s *Server) OnCall(f func(Call)) {
	s.mu.Lock()
	s.onCall = f
	s.mu.Unlock()
}

// Calls returns every REST call recorded so far, in arrival order.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

// CallsMatching returns the recorded calls for which pred is true.
func (s *Server) CallsMatching(pred func(Call) bool) []Call {
	var out []Call
	for _, c := range s.Calls() {
		if pred(c) {
			out = append(out, c)
		}
	}
	return out
}

// WaitCall returns the first recorded call (including ones recorded before
// WaitCall was called) matching pred, waiting for one until ctx is done.
func (s *Server) WaitCall(ctx context.Context, pred func(Call) bool) (Call, error) {
	var found Call
	err := s.waitFor(ctx, func() bool {
		for _, c := range s.calls {
			if pred(c) {
				found = c
				return true
			}
		}
		return false
	})
	if err != nil {
		return Call{}, fmt.Errorf("fakediscord: waiting for call: %w (saw %d calls)", err, len(s.Calls()))
	}
	return found, nil
}

// WaitCalls waits until at least n recorded calls match pred, and returns
// them all.
func (s *Server) WaitCalls(ctx context.Context, pred func(Call) bool, n int) ([]Call, error) {
	var found []Call
	err := s.waitFor(ctx, func() bool {
		found = found[:0]
		for _, c := range s.calls {
			if pred(c) {
				found = append(found, c)
			}
		}
		return len(found) >= n
	})
	if err != nil {
		return nil, fmt.Errorf("fakediscord: waiting for %d calls: %w (saw %d)", n, err, len(found))
	}
	return found, nil
}

// fault answers the next n calls matching a pattern with an error status.
type fault struct {
	match  func(Call) bool
	status int
	left   int
}

func newFault(pattern string, status, n int) *fault {
	return &fault{match: parsePattern(pattern), status: status, left: n}
}

// RateLimitRetryAfter is the retry_after (and X-RateLimit-Reset-After) the
// fake sends with 429s: short, so discordgo's retry stays fast.
const RateLimitRetryAfter = 50 * time.Millisecond

// RateLimit makes the next n REST calls matching pattern ("METHOD /glob"
// or "/glob", see Match) get a 429 like Discord's: JSON body with
// retry_after in seconds and X-RateLimit-* headers. discordgo sleeps
// retry_after, then retries the same request.
func (s *Server) RateLimit(pattern string, n int) {
	s.FailNext(pattern, http.StatusTooManyRequests, n)
}

// FailNext makes the next n REST calls matching pattern get status with a
// Discord-style JSON error body. Note that discordgo retries 502s (up to
// MaxRestRetries) but returns other 5xx to the caller as *RESTError.
func (s *Server) FailNext(pattern string, status, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, newFault(pattern, status, n))
}

// reply is a REST response before it is written.
type reply struct {
	status int
	body   any // nil: no body
	header http.Header
}

func ok(body any) reply { return reply{status: http.StatusOK, body: body} }

func noContent() reply { return reply{status: http.StatusNoContent} }

// apiError is a Discord JSON error: https://discord.com/developers/docs/topics/opcodes-and-status-codes
func apiError(status, code int, msg string) reply {
	return reply{status: status, body: map[string]any{"message": msg, "code": code}}
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if (r.URL.Path == "/gateway" || r.URL.Path == "/gateway/") && websocket.IsWebSocketUpgrade(r) {
		s.serveGateway(w, r)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	c := Call{
		Method: r.Method,
		Path:   trimAPIPrefix(r.URL.Path),
		Query:  r.URL.Query(),
		Header: r.Header.Clone(),
		Body:   body,
	}
	rep, bucket := s.injected(c)
	if rep.status == 0 {
		rep, bucket = s.route(c)
	}
	if rep.header == nil {
		rep.header = rateLimitHeaders(bucket, 5, 4, time.Second)
	}
	c.Status = rep.status

	// Record before answering, so the call is visible once the client
	// has its response.
	s.mu.Lock()
	s.calls = append(s.calls, c)
	s.notifyLocked()
	hook := s.onCall
	s.mu.Unlock()
	if hook != nil {
		hook(c)
	}

	for k, v := range rep.header {
		w.Header()[k] = v
	}
	if rep.body == nil {
		w.WriteHeader(rep.status)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(rep.status)
	_ = json.NewEncoder(w).Encode(rep.body)
}

// injected returns the reply of the first armed fault matching c, else
// the random fault (WithRandomFaults) c draws, or a zero reply.
func (s *Server) injected(c Call) (reply, string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.faults {
		if f.left <= 0 || !f.match(c) {
			continue
		}
		f.left--
		bucket := bucketID(c.Method + " " + c.Path)
		if f.status != http.StatusTooManyRequests {
			rep := apiError(f.status, 0, fmt.Sprintf("%d: %s", f.status, http.StatusText(f.status)))
			return rep, bucket
		}
		return rateLimited(bucket, s.cfg.retryAfter), bucket
	}
	if s.random != nil {
		if status := s.random.verdict(c); status != 0 {
			bucket := bucketID(c.Method + " " + c.Path)
			if status == http.StatusTooManyRequests {
				return rateLimited(bucket, s.cfg.retryAfter), bucket
			}
			return apiError(status, 0, fmt.Sprintf("%d: %s", status, http.StatusText(status))), bucket
		}
	}
	return reply{}, ""
}

// rateLimited is a 429 like Discord's, asking to retry after
// retryAfter.
func rateLimited(bucket string, retryAfter time.Duration) reply {
	h := rateLimitHeaders(bucket, 5, 0, retryAfter)
	h.Set("X-RateLimit-Scope", "user")
	// Discord's Retry-After header is whole seconds, rounded up;
	// discordgo ignores it and uses the body's retry_after.
	h.Set("Retry-After", "1")
	return reply{
		status: http.StatusTooManyRequests,
		header: h,
		body: map[string]any{
			"message":     "You are being rate limited.",
			"retry_after": retryAfter.Seconds(),
			"global":      false,
		},
	}
}

// randomFaults is the state of WithRandomFaults; guarded by Server.mu.
type randomFaults struct {
	seed       int64
	p429, p500 float64
	seen       map[uint64]int // request hash -> identical requests so far
}

// randomExempt lists the calls WithRandomFaults never fails: what a client
// needs to start (the Gateway URL, command registration).
var randomExempt = []func(Call) bool{
	Match("GET", "/gateway"),
	Match("GET", "/gateway/bot"),
	Match("", "/applications/*/commands"),
	Match("", "/applications/*/commands/*"),
	Match("", "/applications/*/guilds/*/commands"),
	Match("", "/applications/*/guilds/*/commands/*"),
}

// verdict returns the status c fails with, or 0.
func (rf *randomFaults) verdict(c Call) int {
	for _, ex := range randomExempt {
		if ex(c) {
			return 0
		}
	}
	h := fnv.New64a()
	fmt.Fprintf(h, "%d\x00%s\x00%s\x00", rf.seed, c.Method, c.Path)
	h.Write(c.Body)
	key := h.Sum64()
	n := rf.seen[key]
	rf.seen[key] = n + 1
	u := float64(mix64(key^mix64(uint64(n)+1))>>11) / (1 << 53) // uniform in [0, 1)
	switch {
	case u < rf.p429:
		return http.StatusTooManyRequests
	case u < rf.p429+rf.p500:
		return http.StatusInternalServerError
	}
	return 0
}

// mix64 is SplitMix64's finaliser: it spreads FNV's weak low bits.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// rateLimitHeaders are the headers Discord sends on every REST response;
// discordgo's ratelimit.go reads X-RateLimit-Remaining,
// X-RateLimit-Reset-After (preferred over X-RateLimit-Reset plus Date) and
// X-RateLimit-Global.
func rateLimitHeaders(bucket string, limit, remaining int, resetAfter time.Duration) http.Header {
	h := http.Header{}
	reset := float64(time.Now().Add(resetAfter).UnixMilli()) / 1000
	h.Set("X-RateLimit-Limit", fmt.Sprint(limit))
	h.Set("X-RateLimit-Remaining", fmt.Sprint(remaining))
	h.Set("X-RateLimit-Reset", fmt.Sprintf("%.3f", reset))
	h.Set("X-RateLimit-Reset-After", fmt.Sprintf("%.3f", resetAfter.Seconds()))
	if bucket != "" {
		h.Set("X-RateLimit-Bucket", bucket)
	}
	return h
}

func bucketID(key string) string {
	h := fnv.New64a()
	h.Write([]byte(key))
	return fmt.Sprintf("%016x", h.Sum64())
}

// handler serves one route; p holds the {name} segments of its pattern.
type handler func(s *Server, c Call, p map[string]string) reply

type route struct {
	method, pattern string
	h               handler
}

// routes lists the REST endpoints the fake implements; anything else gets
// a recorded 404.
var routes = []route{
	{"GET", "/gateway", (*Server).getGateway},
	{"GET", "/gateway/bot", (*Server).getGatewayBot},
	{"GET", "/users/@me", (*Server).getMe},
	{"GET", "/users/{user}", (*Server).getUser},
	{"POST", "/users/@me/channels", (*Server).createDM},
	{"GET", "/applications/@me", (*Server).getApplication},
	{"GET", "/oauth2/applications/@me", (*Server).getApplication},
	{"GET", "/applications/{app}/commands", (*Server).getCommands},
	{"PUT", "/applications/{app}/commands", (*Server).putCommands},
	{"POST", "/applications/{app}/commands", (*Server).postCommand},
	{"GET", "/applications/{app}/guilds/{guild}/commands", (*Server).getCommands},
	{"PUT", "/applications/{app}/guilds/{guild}/commands", (*Server).putCommands},
	{"POST", "/applications/{app}/guilds/{guild}/commands", (*Server).postCommand},
	{"POST", "/interactions/{id}/{token}/callback", (*Server).interactionCallback},
	{"POST", "/webhooks/{app}/{token}", (*Server).executeWebhook},
	{"GET", "/webhooks/{app}/{token}/messages/{message}", (*Server).getWebhookMessage},
	{"PATCH", "/webhooks/{app}/{token}/messages/{message}", (*Server).editWebhookMessage},
	{"DELETE", "/webhooks/{app}/{token}/messages/{message}", (*Server).deleteWebhookMessage},
	{"GET", "/channels/{channel}", (*Server).getChannel},
	{"POST", "/channels/{channel}/typing", func(*Server, Call, map[string]string) reply { return noContent() }},
	{"POST", "/channels/{channel}/messages", (*Server).createMessage},
	{"GET", "/channels/{channel}/messages/{message}", (*Server).getMessage},
	{"PATCH", "/channels/{channel}/messages/{message}", (*Server).editMessage},
	{"DELETE", "/channels/{channel}/messages/{message}", (*Server).deleteMessage},
	{"POST", "/channels/{channel}/threads", (*Server).createThread},
	{"POST", "/channels/{channel}/messages/{message}/threads", (*Server).createThread},
}

func (s *Server) route(c Call) (reply, string) {
	for _, rt := range routes {
		if rt.method != c.Method {
			continue
		}
		if p, ok := matchRoute(rt.pattern, c.Path); ok {
			return rt.h(s, c, p), bucketID(rt.method + " " + rt.pattern)
		}
	}
	return apiError(http.StatusNotFound, 0, "404: Not Found"), ""
}

// matchRoute matches path segment by segment; "{name}" segments capture.
func matchRoute(pattern, p string) (map[string]string, bool) {
	ps, xs := strings.Split(pattern, "/"), strings.Split(p, "/")
	if len(ps) != len(xs) {
		return nil, false
	}
	params := map[string]string{}
	for i, seg := range ps {
		if strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}") {
			if xs[i] == "" {
				return nil, false
			}
			params[seg[1:len(seg)-1]] = xs[i]
		} else if seg != xs[i] {
			return nil, false
		}
	}
	return params, true
}

// jsonBody decodes the call's body into a map, or nil if empty/invalid.
func jsonBody(c Call) map[string]any {
	var m map[string]any
	if c.Decode(&m) != nil {
		return nil
	}
	return m
}

func (s *Server) getGateway(Call, map[string]string) reply {
	return ok(map[string]any{"url": s.GatewayURL()})
}

func (s *Server) getGatewayBot(Call, map[string]string) reply {
	return ok(map[string]any{
		"url":    s.GatewayURL(),
		"shards": 1,
		"session_start_limit": map[string]any{
			"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1,
		},
	})
}

func (s *Server) getMe(Call, map[string]string) reply { return ok(s.botUserMap()) }

func (s *Server) getUser(_ Call, p map[string]string) reply {
	if p["user"] == s.cfg.botUser.ID {
		return ok(s.botUserMap())
	}
	return ok(map[string]any{"id": p["user"], "username": "user-" + p["user"], "discriminator": "0"})
}

func (s *Server) getApplication(Call, map[string]string) reply {
	return ok(map[string]any{"id": s.cfg.appID, "name": s.cfg.botUser.Username, "flags": 0})
}

func (s *Server) createDM(c Call, _ map[string]string) reply {
	rid, _ := jsonBody(c)["recipient_id"].(string)
	if rid == "" {
		return apiError(http.StatusBadRequest, 50035, "Invalid Form Body")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	id, found := s.dms[rid]
	if !found {
		id = s.newIDLocked()
		s.dms[rid] = id
		s.channels[id] = map[string]any{
			"id": id, "type": 1,
			"recipients": []any{map[string]any{"id": rid, "username": "user-" + rid, "discriminator": "0"}},
		}
	}
	return ok(s.channels[id])
}

func commandsKey(p map[string]string) string {
	if g := p["guild"]; g != "" {
		return p["app"] + "/" + g
	}
	return p["app"]
}

func (s *Server) getCommands(_ Call, p map[string]string) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	cmds := s.commands[commandsKey(p)]
	if cmds == nil {
		cmds = []map[string]any{}
	}
	return ok(cmds)
}

// putCommands is the bulk overwrite: it echoes the commands back with IDs.
func (s *Server) putCommands(c Call, p map[string]string) reply {
	var cmds []map[string]any
	if err := c.Decode(&cmds); err != nil {
		return apiError(http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, cmd := range cmds {
		s.fillCommandLocked(cmd, p)
	}
	if cmds == nil {
		cmds = []map[string]any{}
	}
	s.commands[commandsKey(p)] = cmds
	return ok(cmds)
}

func (s *Server) postCommand(c Call, p map[string]string) reply {
	cmd := jsonBody(c)
	if cmd == nil {
		return apiError(http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fillCommandLocked(cmd, p)
	key := commandsKey(p)
	s.commands[key] = append(s.commands[key], cmd)
	return reply{status: http.StatusCreated, body: cmd}
}

func (s *Server) fillCommandLocked(cmd map[string]any, p map[string]string) {
	if id, _ := cmd["id"].(string); id == "" {
		cmd["id"] = s.newIDLocked()
	}
	cmd["application_id"] = p["app"]
	if g := p["guild"]; g != "" {
		cmd["guild_id"] = g
	}
	if _, found := cmd["type"]; !found {
		cmd["type"] = 1
	}
	cmd["version"] = s.newIDLocked()
}

// interactionState tracks what Discord knows about one interaction token.
type interactionState struct {
	channelID string
	messageID string // message a component interaction came from
	acked     bool
	original  string // ID of the @original message, if any
}

// Interaction callback types, as in discordgo.InteractionResponseType.
const (
	cbMessage         = 4
	cbDeferredMessage = 5
	cbDeferredUpdate  = 6
	cbUpdateMessage   = 7
)

func (s *Server) interactionCallback(c Call, p map[string]string) reply {
	var body struct {
		Type int            `json:"type"`
		Data map[string]any `json:"data"`
	}
	if err := c.Decode(&body); err != nil || body.Type == 0 {
		return apiError(http.StatusBadRequest, 50035, "Invalid Form Body")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.tokens[p["token"]]
	if st == nil { // not dispatched through Interaction: accept it anyway
		st = &interactionState{}
		s.tokens[p["token"]] = st
	}
	if st.acked {
		return apiError(http.StatusBadRequest, 40060, "Interaction has already been acknowledged.")
	}
	st.acked = true
	switch body.Type {
	case cbMessage, cbDeferredMessage:
		m := s.newMessageLocked(st.channelID, body.Data, c)
		m["application_id"] = s.cfg.appID
		m["webhook_id"] = s.cfg.appID
		if body.Type == cbDeferredMessage {
			m["content"] = ""
			m["flags"] = 128 // LOADING: the "bot is thinking" placeholder
		}
		st.original = m["id"].(string)
	case cbDeferredUpdate, cbUpdateMessage:
		st.original = st.messageID
		if m := s.messages[st.messageID]; m != nil && body.Type == cbUpdateMessage {
			applyMessageFields(m, body.Data)
		}
	}
	return noContent()
}

// webhookLocked resolves an interaction token; tokens never acknowledged
// are unknown webhooks, as on Discord.
func (s *Server) webhookLocked(token string) (*interactionState, bool) {
	st := s.tokens[token]
	return st, st != nil && st.acked
}

func (s *Server) executeWebhook(c Call, p map[string]string) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, found := s.webhookLocked(p["token"])
	if !found {
		return apiError(http.StatusNotFound, 10015, "Unknown Webhook")
	}
	m := s.newMessageLocked(st.channelID, jsonBody(c), c)
	m["application_id"] = s.cfg.appID
	m["webhook_id"] = p["app"]
	if c.Query.Get("wait") != "true" {
		return noContent()
	}
	return ok(m)
}

// webhookMessageLocked finds the message a webhook messages/{id} route
// names; "@original" is the interaction's original response.
func (s *Server) webhookMessageLocked(p map[string]string) (map[string]any, *interactionState, reply) {
	st, found := s.webhookLocked(p["token"])
	if !found {
		return nil, nil, apiError(http.StatusNotFound, 10015, "Unknown Webhook")
	}
	id := p["message"]
	if id == "@original" {
		id = st.original
	}
	m := s.messages[id]
	if m == nil {
		return nil, nil, apiError(http.StatusNotFound, 10008, "Unknown Message")
	}
	return m, st, reply{}
}

func (s *Server) getWebhookMessage(_ Call, p map[string]string) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, _, errRep := s.webhookMessageLocked(p)
	if m == nil {
		return errRep
	}
	return ok(m)
}

func (s *Server) editWebhookMessage(c Call, p map[string]string) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, _, errRep := s.webhookMessageLocked(p)
	if m == nil {
		return errRep
	}
	if f := asInt(m["flags"]); f&128 != 0 {
		m["flags"] = f &^ 128 // editing a deferred response replaces the placeholder
	}
	applyMessageFields(m, jsonBody(c))
	s.addAttachments(m, c)
	m["edited_timestamp"] = time.Now().UTC().Format(time.RFC3339Nano)
	return ok(m)
}

func (s *Server) deleteWebhookMessage(_ Call, p map[string]string) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, st, errRep := s.webhookMessageLocked(p)
	if m == nil {
		return errRep
	}
	id := m["id"].(string)
	delete(s.messages, id)
	if st.original == id {
		st.original = ""
	}
	return noContent()
}

func (s *Server) getChannel(_ Call, p map[string]string) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	return ok(s.channelLocked(p["channel"]))
}

// channelLocked returns a known channel or a generic guild text channel.
func (s *Server) channelLocked(id string) map[string]any {
	if ch := s.channels[id]; ch != nil {
		return ch
	}
	return map[string]any{"id": id, "type": 0, "name": "channel-" + id}
}

func (s *Server) createMessage(c Call, p map[string]string) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	return ok(s.newMessageLocked(p["channel"], jsonBody(c), c))
}

func (s *Server) channelMessageLocked(p map[string]string) map[string]any {
	m := s.messages[p["message"]]
	if m == nil || m["channel_id"] != p["channel"] {
		return nil
	}
	return m
}

func (s *Server) getMessage(_ Call, p map[string]string) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.channelMessageLocked(p)
	if m == nil {
		return apiError(http.StatusNotFound, 10008, "Unknown Message")
	}
	return ok(m)
}

func (s *Server) editMessage(c Call, p map[string]string) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.channelMessageLocked(p)
	if m == nil {
		return apiError(http.StatusNotFound, 10008, "Unknown Message")
	}
	applyMessageFields(m, jsonBody(c))
	s.addAttachments(m, c)
	m["edited_timestamp"] = time.Now().UTC().Format(time.RFC3339Nano)
	return ok(m)
}

func (s *Server) deleteMessage(_ Call, p map[string]string) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.channelMessageLocked(p) == nil {
		return apiError(http.StatusNotFound, 10008, "Unknown Message")
	}
	delete(s.messages, p["message"])
	return noContent()
}

// createThread serves both thread routes; a thread started from a message
// has that message's ID, as on Discord.
func (s *Server) createThread(c Call, p map[string]string) reply {
	body := jsonBody(c)
	name, _ := body["name"].(string)
	if name == "" {
		return apiError(http.StatusBadRequest, 50035, "Invalid Form Body")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	id := p["message"]
	if id == "" {
		id = s.newIDLocked()
	} else if m := s.messages[id]; m != nil {
		m["thread"] = map[string]any{"id": id, "type": 11, "name": name, "parent_id": p["channel"]}
	}
	typ := body["type"]
	if typ == nil {
		typ = 11 // public thread
	}
	archive := body["auto_archive_duration"]
	if archive == nil {
		archive = 1440
	}
	th := map[string]any{
		"id": id, "type": typ, "name": name, "parent_id": p["channel"],
		"owner_id": s.cfg.botUser.ID, "message_count": 0, "member_count": 1,
		"thread_metadata": map[string]any{"archived": false, "locked": false, "auto_archive_duration": archive},
	}
	if g, found := s.channelLocked(p["channel"])["guild_id"]; found {
		th["guild_id"] = g
	}
	s.channels[id] = th
	return reply{status: http.StatusCreated, body: th}
}

// newMessageLocked creates and stores a message the bot sent, taking
// content-like fields from the request body.
func (s *Server) newMessageLocked(channelID string, body map[string]any, c Call) map[string]any {
	m := map[string]any{
		"id":               s.newIDLocked(),
		"channel_id":       channelID,
		"type":             0,
		"content":          "",
		"author":           s.botUserMap(),
		"timestamp":        time.Now().UTC().Format(time.RFC3339Nano),
		"tts":              false,
		"mention_everyone": false,
		"mentions":         []any{},
		"embeds":           []any{},
		"attachments":      []any{},
		"pinned":           false,
	}
	applyMessageFields(m, body)
	s.addAttachments(m, c)
	s.messages[m["id"].(string)] = m
	return m
}

// applyMessageFields copies the request fields that shape a message and
// that discordgo.Message decodes with the same JSON types.
func applyMessageFields(m, body map[string]any) {
	for _, k := range []string{"content", "embeds", "components", "flags", "tts"} {
		if v, found := body[k]; found && v != nil {
			m[k] = v
		}
	}
}

// addAttachments reflects uploaded files as attachments.
func (s *Server) addAttachments(m map[string]any, c Call) {
	files, err := c.Files()
	if err != nil || len(files) == 0 {
		return
	}
	atts := []any{}
	for i, f := range files {
		id := fmt.Sprintf("%v%d", m["id"], i)
		atts = append(atts, map[string]any{
			"id": id, "filename": f.Name, "size": len(f.Data), "content_type": f.ContentType,
			"url": s.srv.URL + "/cdn/attachments/" + id + "/" + url.PathEscape(f.Name),
		})
	}
	m["attachments"] = atts
}

// asInt reads a JSON number that may be an int (set by the fake) or a
// float64 (decoded from a request).
func asInt(v any) int {
	switch n := v.(type) {
	case int:
		return n
	case float64:
		return int(n)
	}
	return 0
}
