package bot

import (
	"bytes"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/internal/fakediscord"
)

// buckets is how many rate-limit buckets the session keeps.
func buckets(b *Bot) int {
	// The map is unexported; reflect may read its length.
	return reflect.ValueOf(b.sess.Ratelimiter).Elem().FieldByName("buckets").Len()
}

// TestNoBucketPerInteraction: answering an interaction, at once or after
// an acknowledgement, leaves no rate-limit bucket behind in the session
// (discordgo's InteractionRespond keeps one per callback URL forever).
func TestNoBucketPerInteraction(t *testing.T) {
	srv, b, ctx := fakeBot(t, time.Nanosecond)
	send := func() {
		t.Helper()
		i := &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: "7", ChannelID: "8",
			Data: discordgo.ApplicationCommandInteractionData{Name: "help"}}
		srv.Interaction(i)
		cb, err := srv.WaitCall(ctx, fakediscord.Match("POST", "/interactions/"+i.ID+"/"+i.Token+"/callback"))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.HasPrefix(cb.Body, []byte(`{"type":5`)) {
			if _, err := srv.WaitCall(ctx, fakediscord.Match("PATCH", "/webhooks/*/"+i.Token+"/messages/@original")); err != nil {
				t.Fatal(err)
			}
		}
	}
	send()
	before := buckets(b)
	for k := 0; k < 20; k++ {
		send()
	}
	if n := buckets(b); n != before {
		t.Errorf("%d rate-limit buckets after 20 more interactions, %d before", n, before)
	}
	if n := len(srv.CallsMatching(fakediscord.Match("PATCH", "/webhooks/*/*/messages/@original"))); n == 0 {
		t.Error("no deferred answer was edited in: the edits went untested")
	}
}

// BenchmarkDeferredEdits acknowledges 50 interactions at once and edits
// their answers in, against a fake Discord that takes 20 ms to answer an
// edit, and reports how long until the last edit arrived. discordgo sends
// every webhook edit through one shared bucket, locked for the whole
// request: the edits went one at a time, about 50 x 20 ms. Each edit has a
// bucket of its own now.
func BenchmarkDeferredEdits(b *testing.B) {
	const (
		n       = 50
		latency = 20 * time.Millisecond
	)
	srv, _, _ := fakeBot(b, time.Nanosecond)
	edit := fakediscord.Match("PATCH", "/webhooks/*/*/messages/@original")
	callback := fakediscord.Match("POST", "/interactions/*/*/callback")
	var edits sync.WaitGroup
	srv.OnCall(func(c fakediscord.Call) {
		switch {
		case edit(c):
			edits.Done()
			time.Sleep(latency) // Discord taking its time: the answer waits
		case callback(c) && bytes.HasPrefix(c.Body, []byte(`{"type":4,`)):
			edits.Done() // answered within a nanosecond after all: no edit
		}
	})
	var total time.Duration
	for k := 0; k < b.N; k++ {
		edits.Add(n)
		start := time.Now()
		for j := 0; j < n; j++ {
			srv.Interaction(&discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: "7", ChannelID: "8",
				Data: discordgo.ApplicationCommandInteractionData{Name: "help"}})
		}
		edits.Wait()
		total += time.Since(start)
	}
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms-to-last-edit")
}
