package server_test

import (
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"paperbot/server"
)

// TestExtraHandlers: Options.Handlers are served next to /healthz, behind
// the server's limits (here: stalled headers are cut).
func TestExtraHandlers(t *testing.T) {
	page := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "page "+r.URL.Path) })
	_, url := startServer(t, server.Options{Handlers: map[string]http.Handler{"GET /report/": page},
		Limits: server.Limits{HeaderTimeout: 50 * time.Millisecond}})
	for path, want := range map[string]string{"/report/7": "page /report/7", "/healthz": "ok\n"} {
		resp, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || string(b) != want {
			t.Errorf("%s: %d %q, want %q", path, resp.StatusCode, b, want)
		}
	}
	if resp, err := http.Post(url+"/report/7", "text/plain", strings.NewReader("x")); err != nil || resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /report/7: %v %v, want 405", resp, err)
	}
	conn, err := net.Dial("tcp", strings.TrimPrefix(url, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	io.WriteString(conn, "GET /report/7 HTTP/1.1\r\nHost: x\r\nX-Sl")
	conn.SetReadDeadline(time.Now().Add(30 * time.Second))
	if _, err := io.ReadAll(conn); err != nil {
		t.Errorf("stalled headers on an extra route were not cut: %v", err)
	}
}
