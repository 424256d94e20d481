package bot

import (
	"context"
	"testing"
	"time"

	"paperbot/internal/fakediscord"
)

// TestReadyWhileHeartbeating reads Ready, as /readyz does, while
// discordgo's heartbeat goroutine writes DataReady every 100 ms: the race
// detector (go test -race) reports an unguarded read.
func TestReadyWhileHeartbeating(t *testing.T) {
	srv := fakediscord.New(t, fakediscord.WithHeartbeatInterval(100*time.Millisecond))
	b, err := New(Config{Token: "t", APIURL: srv.APIURL()}, engine(t))
	if err != nil {
		t.Fatal(err)
	}
	if b.Ready() {
		t.Error("ready before Open")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := b.Open(ctx); err != nil {
		t.Fatal(err)
	}
	// Not b.Close: with heartbeats under 1 s, discordgo's Close may be
	// followed by a reconnect (see fakediscord.CloseSession).
	defer fakediscord.CloseSession(b.sess)
	if err := srv.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	ready := false
	for srv.Heartbeats() < 5 {
		ready = ready || b.Ready()
		select {
		case <-ctx.Done():
			t.Fatalf("%d heartbeats: %v", srv.Heartbeats(), ctx.Err())
		case <-time.After(time.Millisecond):
		}
	}
	if !ready && !b.Ready() {
		t.Error("not ready after five heartbeats")
	}
}
