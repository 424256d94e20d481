package server_test

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

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
	b := bot.Offline(e).WithMetrics(m)
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
