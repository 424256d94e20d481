package server_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"paperbot/answer"
	"paperbot/bot"
	"paperbot/metrics"
	"paperbot/paper"
	"paperbot/server"
)

type keys struct {
	pub  ed25519.PublicKey
	priv ed25519.PrivateKey
}

func newKeys(t *testing.T) keys {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return keys{pub, priv}
}

func testServer(t *testing.T, k keys) (*httptest.Server, *metrics.Metrics) {
	t.Helper()
	p, err := paper.Default()
	if err != nil {
		t.Fatal(err)
	}
	e, err := answer.New(p)
	if err != nil {
		t.Fatal(err)
	}
	m := metrics.New()
	b := bot.Offline(e, nil).WithMetrics(m)
	srv := httptest.NewServer(server.Handler(server.Options{PublicKey: k.pub, Respond: b.Respond, Metrics: m}))
	t.Cleanup(srv.Close)
	return srv, m
}

// post sends body signed with priv at time ts (unix seconds).
func post(t *testing.T, url string, priv ed25519.PrivateKey, ts int64, body []byte, tamper func([]byte) []byte) (*http.Response, string) {
	t.Helper()
	stamp := strconv.FormatInt(ts, 10)
	req, _ := http.NewRequest("POST", url+"/interactions", bytes.NewReader(func() []byte {
		if tamper != nil {
			return tamper(append([]byte(nil), body...))
		}
		return body
	}()))
	if priv != nil {
		sig := ed25519.Sign(priv, append([]byte(stamp), body...))
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
		req.Header.Set("X-Signature-Timestamp", stamp)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func TestInteractionsEndpoint(t *testing.T) {
	k := newKeys(t)
	other := newKeys(t)
	srv, _ := testServer(t, k)
	now := time.Now().Unix()
	ping := []byte(`{"id":"1","application_id":"2","type":1,"token":"t","version":1}`)
	ask := []byte(`{"id":"3","application_id":"2","type":2,"token":"t","version":1,"guild_id":"7","channel_id":"8",
		"member":{"user":{"id":"9","username":"s"},"permissions":"0"},
		"data":{"id":"4","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"When did the United States open its embassy in Dushanbe?"}]}}`)
	cases := []struct {
		name   string
		priv   ed25519.PrivateKey
		ts     int64
		body   []byte
		tamper func([]byte) []byte
		status int
		want   string
	}{
		{"ping", k.priv, now, ping, nil, 200, `"type":1`},
		{"missing signature", nil, now, ping, nil, 401, "invalid request signature"},
		{"wrong key", other.priv, now, ping, nil, 401, "invalid request signature"},
		{"tampered body", k.priv, now, ping, func(b []byte) []byte { return bytes.Replace(b, []byte(`"t"`), []byte(`"u"`), 1) }, 401, "invalid request signature"},
		{"replayed old timestamp", k.priv, now - 600, ping, nil, 401, "invalid request signature"},
		{"future timestamp", k.priv, now + 600, ping, nil, 401, "invalid request signature"},
		{"malformed json", k.priv, now, []byte(`{"type":`), nil, 400, "malformed"},
		{"oversized", k.priv, now, []byte(`{"x":"` + strings.Repeat("a", server.MaxBody) + `"}`), nil, 413, "too large"},
		{"ask", k.priv, now, ask, nil, 200, "Political Relations · p. 3 · ¶4"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp, body := post(t, srv.URL, c.priv, c.ts, c.body, c.tamper)
			if resp.StatusCode != c.status || !strings.Contains(body, c.want) {
				t.Errorf("status %d body %.300s", resp.StatusCode, body)
			}
		})
	}
	// The full /ask answer: the embed and no mentions parsed.
	_, body := post(t, srv.URL, k.priv, now, ask, nil)
	var r struct {
		Type int `json:"type"`
		Data struct {
			AllowedMentions struct {
				Parse []string `json:"parse"`
			} `json:"allowed_mentions"`
			Embeds []struct{ Title string } `json:"embeds"`
		} `json:"data"`
	}
	if err := json.Unmarshal([]byte(body), &r); err != nil || r.Type != 4 || len(r.Data.Embeds) != 1 || r.Data.AllowedMentions.Parse == nil {
		t.Errorf("ask response: %v %s", err, body)
	}
}

func TestHealthReadyMetrics(t *testing.T) {
	k := newKeys(t)
	srv, _ := testServer(t, k)
	for path, want := range map[string]string{"/healthz": "ok", "/readyz": "ready", "/metrics": "go_goroutines"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), want) {
			t.Errorf("%s: %d %.200s", path, resp.StatusCode, b)
		}
	}
	// An answered /ask shows in the metrics.
	ask := []byte(`{"id":"3","application_id":"2","type":2,"token":"t","version":1,"guild_id":"7","channel_id":"8","member":{"user":{"id":"9"}},"data":{"id":"4","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"what did the SCO demand in 2005?"}]}}`)
	post(t, srv.URL, k.priv, time.Now().Unix(), ask, nil)
	time.Sleep(50 * time.Millisecond) // finish runs after the response is written
	resp, _ := http.Get(srv.URL + "/metrics")
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `paperbot_questions_total{answered="true",command="ask"} 1`) {
		t.Errorf("metrics lack the question:\n%s", grep(string(b), "paperbot_"))
	}
	notReady := httptest.NewServer(server.Handler(server.Options{Ready: func() error { return io.EOF }}))
	defer notReady.Close()
	if resp, _ := http.Get(notReady.URL + "/readyz"); resp.StatusCode != 503 {
		t.Errorf("readyz when not ready: %d", resp.StatusCode)
	}
}

func grep(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestParsePublicKey(t *testing.T) {
	k := newKeys(t)
	if _, err := server.ParsePublicKey(hex.EncodeToString(k.pub)); err != nil {
		t.Error(err)
	}
	for _, bad := range []string{"", "zz", hex.EncodeToString(k.pub[:10])} {
		if _, err := server.ParsePublicKey(bad); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}

// stub is a Respond that counts its calls, can announce them and can be
// held until released, and answers "answer to <id>".
type stub struct {
	calls   atomic.Int32
	entered chan string   // told each id on entry, when set
	release chan struct{} // waited on before answering, when set
	panics  bool
	finish  func(error)
}

func (s *stub) respond(i *discordgo.Interaction) (*discordgo.InteractionResponse, func(error)) {
	s.calls.Add(1)
	if s.entered != nil {
		s.entered <- i.ID
	}
	if s.release != nil {
		<-s.release
	}
	if s.panics {
		panic("respond exploded")
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: "answer to " + i.ID}}, s.finish
}

// startServer serves o with server.New on a loopback port.
func startServer(t *testing.T, o server.Options) (*server.Server, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := server.New(o)
	go s.Serve(ln) //nolint:errcheck // ends with Close
	t.Cleanup(func() { s.Close() })
	return s, "http://" + ln.Addr().String()
}

// interaction is a signed-ready body: a slash command (type 2) unless
// typ says otherwise.
func interaction(id, appID string, typ int) []byte {
	return []byte(fmt.Sprintf(`{"id":%q,"application_id":%q,"type":%d,"token":"t","version":1,"channel_id":"8","data":{"id":"4","name":"ask","type":1}}`, id, appID, typ))
}

// send posts body signed by priv at ts with client; safe in goroutines.
func send(client *http.Client, url string, priv ed25519.PrivateKey, ts int64, body []byte) (int, string, error) {
	stamp := strconv.FormatInt(ts, 10)
	req, err := http.NewRequest("POST", url+"/interactions", bytes.NewReader(body))
	if err != nil {
		return 0, "", err
	}
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(stamp), body...))))
	req.Header.Set("X-Signature-Timestamp", stamp)
	resp, err := client.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), err
}

// oneShot is a client that opens a new connection for every request, with
// a generous bound that only proves "answered, not held".
func oneShot() *http.Client {
	return &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 30 * time.Second}
}

// TestStalledUploadsDoNotStarve holds several hundred stalled uploads open
// at once, ten times the connection limit, with timeouts that would never
// cut them: signed interactions and /healthz are still answered, the
// server never holds more than its limit, and it closed the stalled ones
// to make room.
func TestStalledUploadsDoNotStarve(t *testing.T) {
	k := newKeys(t)
	st := &stub{}
	const maxConns, stalled = 32, 320
	s, url := startServer(t, server.Options{PublicKey: k.pub, Respond: st.respond,
		Limits: server.Limits{MaxConns: maxConns, HeaderTimeout: time.Hour, BodyTimeout: time.Hour, ReadTimeout: time.Hour, WriteTimeout: time.Hour}})
	host := strings.TrimPrefix(url, "http://")
	conns := make([]net.Conn, 0, stalled)
	t.Cleanup(func() {
		for _, c := range conns {
			c.Close()
		}
	})
	for n := range stalled {
		c, err := net.Dial("tcp", host)
		if err != nil {
			t.Fatalf("dial %d: %v", n, err)
		}
		conns = append(conns, c)
		// Half stop inside their headers, half inside their body. A write
		// may fail: the server may have closed this one already.
		if n%2 == 0 {
			io.WriteString(c, "POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Type: appl")
		} else {
			io.WriteString(c, "POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Length: 4096\r\n\r\n{\"id\":\"")
		}
	}
	client := oneShot()
	now := time.Now().Unix()
	for n := range 20 {
		id := strconv.Itoa(1000 + n)
		status, body, err := send(client, url, k.priv, now, interaction(id, "2", 2))
		if err != nil || status != 200 || !strings.Contains(body, "answer to "+id) {
			t.Fatalf("interaction %d during the flood: %d %v %.200s", n, status, err, body)
		}
		resp, err := client.Get(url + "/healthz")
		if err != nil {
			t.Fatalf("healthz %d during the flood: %v", n, err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("healthz %d during the flood: %s", n, resp.Status)
		}
	}
	if got := st.calls.Load(); got != 20 {
		t.Errorf("Respond called %d times, want 20", got)
	}
	cs := s.Conns()
	if cs.Open > maxConns || cs.Evicted < stalled-maxConns || cs.Refused != 0 {
		t.Errorf("connections %+v: want at most %d open, at least %d evicted, none refused", cs, maxConns, stalled-maxConns)
	}
	// Every connection was accepted before the first interaction, oldest
	// first, so the oldest stalled-maxConns were closed by the server: a
	// read sees the end at once (the deadline only proves "not held").
	for n, c := range conns[:stalled-maxConns] {
		c.SetReadDeadline(time.Now().Add(30 * time.Second))
		if _, err := io.ReadAll(c); isTimeout(err) {
			t.Fatalf("stalled connection %d still open", n)
		}
	}
}

// recv takes from ch, failing the test if nothing comes: the bound only
// proves "never", it is not a speed.
func recv[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(30 * time.Second):
		t.Fatalf("no %s within 30s", what)
		var zero T
		return zero
	}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// TestSlowClientsAreCut: with short timeouts injected, stalled headers,
// stalled bodies and idle kept-alive connections are all closed by the
// server; a stalled interaction body is told 408.
func TestSlowClientsAreCut(t *testing.T) {
	k := newKeys(t)
	const ms50 = 50 * time.Millisecond
	_, url := startServer(t, server.Options{PublicKey: k.pub, Respond: (&stub{}).respond,
		Limits: server.Limits{HeaderTimeout: ms50, BodyTimeout: ms50, IdleTimeout: ms50}})
	host := strings.TrimPrefix(url, "http://")
	cases := []struct {
		name, send, want string
	}{
		{"stalled headers", "POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Le", ""},
		{"stalled body", "POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Length: 4096\r\n\r\n{\"id\":", "HTTP/1.1 408"},
		{"idle after a request", "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", "HTTP/1.1 200"},
	}
	const each = 100
	type held struct {
		c    net.Conn
		name string
		want string
	}
	var all []held
	t.Cleanup(func() {
		for _, h := range all {
			h.c.Close()
		}
	})
	for _, c := range cases {
		for range each {
			conn, err := net.Dial("tcp", host)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, held{conn, c.name, c.want})
			if _, err := io.WriteString(conn, c.send); err != nil {
				t.Fatal(err)
			}
		}
	}
	for n, h := range all {
		h.c.SetReadDeadline(time.Now().Add(30 * time.Second)) // "cut, not held forever"
		got, err := io.ReadAll(h.c)
		if isTimeout(err) {
			t.Fatalf("%s %d: still open after 30s", h.name, n)
		}
		if !strings.HasPrefix(string(got), h.want) {
			t.Errorf("%s %d: got %.80q, want %q first", h.name, n, got, h.want)
		}
	}
}

// TestInFlightCap: interactions past MaxInFlight are shed with 503 at
// once, and the shed one is not remembered: sent again, it is answered.
func TestInFlightCap(t *testing.T) {
	k := newKeys(t)
	st := &stub{entered: make(chan string, 8), release: make(chan struct{})}
	_, url := startServer(t, server.Options{PublicKey: k.pub, Respond: st.respond, Limits: server.Limits{MaxInFlight: 2}})
	now := time.Now().Unix()
	type result struct {
		status int
		body   string
		err    error
	}
	results := make(chan result, 2)
	for _, id := range []string{"1", "2"} {
		go func() {
			status, body, err := send(oneShot(), url, k.priv, now, interaction(id, "2", 2))
			results <- result{status, body, err}
		}()
	}
	recv(t, st.entered, "first in Respond")
	recv(t, st.entered, "second in Respond") // both held there
	if status, body, err := send(oneShot(), url, k.priv, now, interaction("3", "2", 2)); err != nil || status != 503 {
		t.Errorf("third at once: %d %v %s", status, err, body)
	}
	close(st.release)
	for range 2 {
		if r := recv(t, results, "held answer"); r.err != nil || r.status != 200 {
			t.Errorf("held: %+v", r)
		}
	}
	if status, body, err := send(oneShot(), url, k.priv, now, interaction("3", "2", 2)); err != nil || status != 200 || !strings.Contains(body, "answer to 3") {
		t.Errorf("the shed one again: %d %v %s", status, err, body)
	}
	if got := st.calls.Load(); got != 3 {
		t.Errorf("Respond called %d times, want 3", got)
	}
}

// TestReplays: the same signed request sent again within the window is
// answered with the first answer's bytes and never reaches Respond again.
func TestReplays(t *testing.T) {
	k := newKeys(t)
	now := time.Unix(1_700_000_000, 0)
	clock := func() time.Time { return now }
	ts := now.Unix()

	t.Run("after the first", func(t *testing.T) {
		st := &stub{}
		_, url := startServer(t, server.Options{PublicKey: k.pub, Respond: st.respond, Now: clock})
		var first string
		for n := range 5 {
			status, body, err := send(oneShot(), url, k.priv, ts, interaction("10", "2", 2))
			if err != nil || status != 200 || !strings.Contains(body, "answer to 10") {
				t.Fatalf("send %d: %d %v %s", n, status, err, body)
			}
			if n == 0 {
				first = body
			} else if body != first {
				t.Errorf("replay %d: %s, want the first answer %s", n, body, first)
			}
		}
		// The same id signed at another time is the same interaction.
		if status, body, _ := send(oneShot(), url, k.priv, ts-60, interaction("10", "2", 2)); status != 200 || body != first {
			t.Errorf("re-signed replay: %d %s", status, body)
		}
		if status, _, _ := send(oneShot(), url, k.priv, ts, interaction("11", "2", 2)); status != 200 {
			t.Errorf("another id: %d", status)
		}
		if got := st.calls.Load(); got != 2 {
			t.Errorf("Respond called %d times for two interactions", got)
		}
	})

	t.Run("while the first is worked out", func(t *testing.T) {
		st := &stub{entered: make(chan string, 8), release: make(chan struct{})}
		seen := &announcingSeen{Seen: server.NewMemorySeen(100, 1<<20, clock), claims: make(chan string, 2)}
		_, url := startServer(t, server.Options{PublicKey: k.pub, Respond: st.respond, Now: clock, Seen: seen})
		bodies := make(chan string, 2)
		for range 2 {
			go func() {
				status, body, err := send(oneShot(), url, k.priv, ts, interaction("20", "2", 2))
				if err != nil || status != 200 {
					body = fmt.Sprintf("%d %v %s", status, err, body)
				}
				bodies <- body
			}()
		}
		recv(t, seen.claims, "first claim")
		recv(t, seen.claims, "second claim") // one is in Respond, the other waits
		recv(t, st.entered, "Respond")
		close(st.release)
		a, b := recv(t, bodies, "an answer"), recv(t, bodies, "the other answer")
		if a != b || !strings.Contains(a, "answer to 20") {
			t.Errorf("first and replay: %q, %q", a, b)
		}
		if got := st.calls.Load(); got != 1 {
			t.Errorf("Respond called %d times", got)
		}
	})

	t.Run("the wait is bounded", func(t *testing.T) {
		st := &stub{entered: make(chan string, 8), release: make(chan struct{})}
		_, url := startServer(t, server.Options{PublicKey: k.pub, Respond: st.respond, Now: clock, Limits: server.Limits{ReplayWait: time.Millisecond}})
		done := make(chan int, 1)
		go func() {
			status, _, _ := send(oneShot(), url, k.priv, ts, interaction("30", "2", 2))
			done <- status
		}()
		recv(t, st.entered, "Respond")
		if status, body, err := send(oneShot(), url, k.priv, ts, interaction("30", "2", 2)); err != nil || status != 409 {
			t.Errorf("replay while the first is held: %d %v %s", status, err, body)
		}
		close(st.release)
		if status := recv(t, done, "the first answer"); status != 200 {
			t.Errorf("first: %d", status)
		}
		if got := st.calls.Load(); got != 1 {
			t.Errorf("Respond called %d times", got)
		}
	})
}

// announcingSeen tells each Claim before making it.
type announcingSeen struct {
	server.Seen
	claims chan string
}

func (s *announcingSeen) Claim(ctx context.Context, id string, expires time.Time) (bool, []byte, error) {
	s.claims <- id
	return s.Seen.Claim(ctx, id, expires)
}

// TestOtherApplication: a validly signed interaction for another
// application is refused with 403 and never answered; without a known
// application id every one is taken.
func TestOtherApplication(t *testing.T) {
	k := newKeys(t)
	var want atomic.Value
	want.Store("2")
	st := &stub{}
	_, url := startServer(t, server.Options{PublicKey: k.pub, Respond: st.respond, AppID: func() string { return want.Load().(string) }})
	now := time.Now().Unix()
	for _, c := range []struct {
		id, app, known string
		status         int
	}{
		{"1", "2", "2", 200},
		{"2", "99", "2", 403},
		{"3", "", "2", 403},
		{"4", "99", "", 200}, // not known yet: cannot check
	} {
		want.Store(c.known)
		if status, body, err := send(oneShot(), url, k.priv, now, interaction(c.id, c.app, 2)); err != nil || status != c.status {
			t.Errorf("application %q, ours %q: %d %v %s", c.app, c.known, status, err, body)
		}
	}
	if got := st.calls.Load(); got != 2 {
		t.Errorf("Respond called %d times, want 2", got)
	}
}

// syncBuffer is a log sink shared with the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// jsonLog is a JSON logger into buf that tells each message on msgs.
func jsonLog(buf *syncBuffer, msgs chan<- string) *zap.Logger {
	core := zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(buf), zapcore.DebugLevel)
	return zap.New(core, zap.Hooks(func(e zapcore.Entry) error {
		select {
		case msgs <- e.Message: // nil msgs: never
		default: // nobody listening: never block the server
		}
		return nil
	}))
}

// logLine finds the JSON log line whose msg starts with prefix.
func logLine(t *testing.T, logs string, prefix string) map[string]any {
	t.Helper()
	for _, l := range strings.Split(strings.TrimSpace(logs), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Errorf("log line is not JSON: %v: %q", err, l)
			continue
		}
		if msg, _ := m["msg"].(string); strings.HasPrefix(msg, prefix) {
			return m
		}
	}
	t.Errorf("no log line %q in:\n%s", prefix, logs)
	return nil
}

// TestRespondPanics: a panic in Respond is logged with its stack and
// answered (a private apology, or no choices for autocomplete) instead of
// dropping the connection; a replay gets the same answer without another
// panic; a panic in the follow-up is logged, not a crash.
func TestRespondPanics(t *testing.T) {
	k := newKeys(t)
	logs := &syncBuffer{}
	msgs := make(chan string, 64)
	st := &stub{panics: true}
	_, url := startServer(t, server.Options{PublicKey: k.pub, Respond: st.respond, Log: jsonLog(logs, msgs)})
	now := time.Now().Unix()
	for _, c := range []struct {
		name   string
		typ    int
		status int
		want   string
	}{
		{"command", 2, 200, `{"type":4,"data":{"content":"Sorry, something went wrong answering that.","flags":64,"allowed_mentions":{"parse":[]}}}`},
		{"button", 3, 200, `"flags":64`},
		{"autocomplete", 4, 200, `{"type":8,"data":{"choices":[]}}`},
		{"ping", 1, 500, ""},
	} {
		status, body, err := send(oneShot(), url, k.priv, now, interaction(c.name, "2", c.typ))
		if err != nil || status != c.status || !strings.Contains(body, c.want) {
			t.Errorf("%s: %d %v %s", c.name, status, err, body)
		}
	}
	if status, body, _ := send(oneShot(), url, k.priv, now, interaction("command", "2", 2)); status != 200 || !strings.Contains(body, "Sorry") {
		t.Errorf("replay of the panicked one: %d %s", status, body)
	}
	if got := st.calls.Load(); got != 4 {
		t.Errorf("Respond called %d times, want 4 (not again for the replay)", got)
	}
	line := logLine(t, logs.String(), "interaction panic")
	if stack, _ := line["stack"].(string); !strings.Contains(stack, "server_test.(*stub).respond") || line["panic"] != "respond exploded" || line["level"] != "error" {
		t.Errorf("panic log line: %v", line)
	}

	// The follow-up (a deferred answer's edit) panics after the answer.
	st.panics, st.finish = false, func(error) { panic("finish exploded") }
	if status, _, err := send(oneShot(), url, k.priv, now, interaction("f", "2", 2)); err != nil || status != 200 {
		t.Errorf("with a panicking follow-up: %d %v", status, err)
	}
	for logged := false; !logged; {
		select {
		case msg := <-msgs:
			logged = msg == "interaction follow-up panic"
		case <-time.After(30 * time.Second): // "never", not a budget
			t.Fatalf("the follow-up's panic was never logged:\n%s", logs.String())
		}
	}
	if line := logLine(t, logs.String(), "interaction follow-up panic"); line["panic"] != "finish exploded" {
		t.Errorf("follow-up panic log line: %v", line)
	}
}

// TestServerErrorsLogJSON: what net/http itself logs (here a panic in
// /readyz's check) goes to the JSON log, not to stderr as plain text.
func TestServerErrorsLogJSON(t *testing.T) {
	logs := &syncBuffer{}
	_, url := startServer(t, server.Options{Log: jsonLog(logs, nil), Ready: func() error { panic("ready exploded") }})
	if resp, err := oneShot().Get(url + "/readyz"); err == nil {
		resp.Body.Close()
		t.Errorf("readyz answered %s despite the panic", resp.Status)
	}
	line := logLine(t, logs.String(), "http: panic serving")
	if msg, _ := line["msg"].(string); !strings.Contains(msg, "ready exploded") || line["level"] != "error" || line["source"] != "net/http" {
		t.Errorf("log line: %v", line)
	}
}

// BenchmarkStalledUploads opens 1,100 stalled uploads (the attack of
// issue 8: more than a 1,024 open-file limit) against the default limits,
// then times one signed interaction and one /healthz on fresh
// connections, and reports the server's open connections and the heap
// and stacks they hold (the client's side, in the same process, included).
func BenchmarkStalledUploads(b *testing.B) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	const stalled = 1100
	for range b.N {
		b.StopTimer()
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			b.Fatal(err)
		}
		s := server.New(server.Options{PublicKey: pub, Respond: (&stub{}).respond})
		go s.Serve(ln) //nolint:errcheck // ends with Close
		url := "http://" + ln.Addr().String()
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		conns := make([]net.Conn, 0, stalled)
		for n := range stalled {
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				b.Fatal(err)
			}
			conns = append(conns, c)
			if n%2 == 0 {
				io.WriteString(c, "POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Type: appl")
			} else {
				io.WriteString(c, "POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Length: 4096\r\n\r\n{\"id\":\"")
			}
		}
		b.StartTimer()
		status, _, err := send(oneShot(), url, priv, time.Now().Unix(), interaction("1", "2", 2))
		if err != nil || status != 200 {
			b.Fatalf("interaction: %d %v", status, err)
		}
		resp, err := oneShot().Get(url + "/healthz")
		if err != nil || resp.StatusCode != 200 {
			b.Fatalf("healthz: %v %v", resp, err)
		}
		resp.Body.Close()
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(s.Conns().Open), "open-conns")
		inuse := func(m runtime.MemStats) int64 { return int64(m.HeapInuse + m.StackInuse) }
		b.ReportMetric(float64(inuse(after)-inuse(before))/(1<<20), "heap+stack-MiB")
		for _, c := range conns {
			c.Close()
		}
		s.Close()
		b.StartTimer()
	}
}
