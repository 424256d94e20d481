package fakediscord

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// TestRandomFaults: about the asked share of calls fail, the same request
// gets the same verdict whatever the order of arrival, retries draw anew,
// and start-up routes are exempt.
func TestRandomFaults(t *testing.T) {
	get := func(srv *Server, p string) int {
		t.Helper()
		resp, err := srv.Client().Get(srv.APIURL() + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	const n = 2000
	a := New(t, WithRandomFaults(7, 0.2, 0.1))
	b := New(t, WithRandomFaults(7, 0.2, 0.1))
	verdicts := map[string]int{}
	counts := map[int]int{}
	for k := 0; k < n; k++ {
		p := fmt.Sprintf("channels/%d", k)
		verdicts[p] = get(a, p)
		counts[verdicts[p]]++
	}
	for k := n - 1; k >= 0; k-- { // reverse order: same verdicts
		p := fmt.Sprintf("channels/%d", k)
		if got := get(b, p); got != verdicts[p] {
			t.Fatalf("%s: %d on one server, %d on the other", p, verdicts[p], got)
		}
	}
	if c := counts[429]; c < n*15/100 || c > n*25/100 {
		t.Errorf("%d of %d calls got 429, want about 20%%", c, n)
	}
	if c := counts[500]; c < n*6/100 || c > n*14/100 {
		t.Errorf("%d of %d calls got 500, want about 10%%", c, n)
	}
	if counts[200]+counts[429]+counts[500] != n {
		t.Errorf("statuses %v", counts)
	}
	// Repeating one request draws a new verdict each time.
	seen := map[int]bool{}
	for k := 0; k < 50; k++ {
		seen[get(a, "channels/42")] = true
	}
	if !seen[200] || !seen[429] {
		t.Errorf("50 identical calls got only %v", seen)
	}
	// Recorded with their status; start-up routes never fail.
	for k := 0; k < 200; k++ {
		if s := get(a, "gateway"); s != 200 {
			t.Fatalf("GET gateway got %d", s)
		}
		if s := get(a, "applications/1/guilds/2/commands"); s != 200 {
			t.Fatalf("GET commands got %d", s)
		}
	}
	if got := len(a.CallsMatching(func(c Call) bool { return c.Status == 429 })); got < counts[429] {
		t.Errorf("%d 429s recorded, want at least %d", got, counts[429])
	}
}

// rawGateway is a hand-driven Gateway client, to control exactly which
// frames are read before a connection drops.
type rawGateway struct {
	t  *testing.T
	ws *websocket.Conn
}

func dialRaw(t *testing.T, srv *Server) *rawGateway {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial(srv.GatewayURL(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	g := &rawGateway{t, ws}
	if f := g.read(); f.Op != opHello {
		t.Fatalf("first frame op %d", f.Op)
	}
	return g
}

type rawFrame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  int64           `json:"s"`
	T  string          `json:"t"`
}

func (g *rawGateway) read() rawFrame {
	g.t.Helper()
	g.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	var f rawFrame
	if err := g.ws.ReadJSON(&f); err != nil {
		g.t.Fatalf("read: %v", err)
	}
	return f
}

func (g *rawGateway) send(op int, d any) {
	g.t.Helper()
	if err := g.ws.WriteJSON(map[string]any{"op": op, "d": d}); err != nil {
		g.t.Fatal(err)
	}
}

// TestResumeReplay: an event the client never read before its connection
// dropped comes again on RESUME, with its sequence number, before RESUMED;
// events the client had are not repeated. Without the option, nothing is
// replayed.
func TestResumeReplay(t *testing.T) {
	for _, replay := range []bool{true, false} {
		t.Run(fmt.Sprint("replay=", replay), func(t *testing.T) {
			var opts []Option
			if replay {
				opts = append(opts, WithResumeReplay())
			}
			srv := New(t, opts...)
			g := dialRaw(t, srv)
			g.send(opIdentify, map[string]any{"token": "Bot x", "intents": 0, "properties": map[string]string{}})
			ready := g.read()
			var r struct {
				SessionID string `json:"session_id"`
			}
			json.Unmarshal(ready.D, &r)
			if ready.T != "READY" || ready.S != 1 || r.SessionID == "" {
				t.Fatalf("READY: %+v", ready)
			}
			srv.Dispatch("A", map[string]int{"n": 1})
			if f := g.read(); f.T != "A" || f.S != 2 {
				t.Fatalf("A: %+v", f)
			}
			srv.Dispatch("B", map[string]int{"n": 2}) // written, never read
			srv.DropConnection()
			srv.Dispatch("C", map[string]int{"n": 3}) // no connection: queued

			g2 := dialRaw(t, srv)
			g2.send(opResume, map[string]any{"token": "Bot x", "session_id": r.SessionID, "seq": 2})
			var got []string
			for {
				f := g2.read()
				got = append(got, fmt.Sprintf("%s@%d", f.T, f.S))
				if f.T == "C" {
					break
				}
			}
			want := "B@3 RESUMED@4 C@5"
			if !replay {
				want = "RESUMED@4 C@5"
			}
			if s := strings.Join(got, " "); s != want {
				t.Errorf("after RESUME: %s, want %s", s, want)
			}
			if n := srv.Replayed(); (n == 1) != replay {
				t.Errorf("Replayed() = %d", n)
			}
		})
	}
}
