package bot

import (
	"bytes"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/internal/fakediscord"
)

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
	srv, _ := fakeBot(b, time.Nanosecond)
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
