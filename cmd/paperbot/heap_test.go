package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/internal/fakediscord"
)

// BenchmarkHeapAcrossWaves sends three waves of 12,000 interactions
// (/help, /passage and autocompletes, from 50 users, 200 in flight)
// through the fake Discord to the real program and reports the live heap
// after each wave (the fake's own records dropped, then two GCs). It fails
// when the third wave's heap is more than 10% off the first's: the bot
// must keep nothing per interaction (discordgo v0.29 kept a rate-limit
// bucket per interaction callback URL, bwmarrin/discordgo#1333).
func BenchmarkHeapAcrossWaves(b *testing.B) {
	const (
		waves    = 3
		perWave  = 12000
		inFlight = 200
		users    = 50
	)
	// Errors only: the test keeps the log in memory.
	srv, _, stop := startBotTB(b, map[string]string{"PAPERBOT_LOG_LEVEL": "error"})
	defer stop()
	var answered sync.WaitGroup
	srv.OnCall(func(c fakediscord.Call) {
		if c.Method == "POST" && strings.HasPrefix(c.Path, "/interactions/") && c.Status < 300 {
			answered.Done()
		}
	})
	kinds := []func() *discordgo.Interaction{
		func() *discordgo.Interaction { return command("help") },
		func() *discordgo.Interaction { return command("passage", intOpt("number", 4)) },
		func() *discordgo.Interaction {
			return &discordgo.Interaction{Type: discordgo.InteractionApplicationCommandAutocomplete, GuildID: "700", ChannelID: "800",
				Data: discordgo.ApplicationCommandInteractionData{Name: "ref", Options: []*discordgo.ApplicationCommandInteractionDataOption{
					{Name: "query", Type: discordgo.ApplicationCommandOptionString, Value: "jon", Focused: true}}}}
		},
	}
	heap := func() float64 {
		srv.Forget()
		runtime.GC()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return float64(ms.HeapAlloc) / (1 << 20)
	}
	for n := 0; n < b.N; n++ {
		var mb [waves]float64
		for w := 0; w < waves; w++ {
			for k := 0; k < perWave; k += inFlight {
				answered.Add(inFlight)
				for j := 0; j < inFlight; j++ {
					i := kinds[(k+j)%len(kinds)]()
					i.Member = &discordgo.Member{User: &discordgo.User{ID: fmt.Sprint(40000 + (k+j)%users)}, GuildID: "700"}
					srv.Interaction(i)
				}
				done := make(chan struct{})
				go func() { answered.Wait(); close(done) }()
				select {
				case <-done:
				case <-time.After(60 * time.Second):
					b.Fatalf("wave %d: interactions unanswered after 60s", w+1)
				}
			}
			mb[w] = heap()
			b.ReportMetric(mb[w], fmt.Sprintf("heap-MB-wave%d", w+1))
		}
		growth := (mb[waves-1] - mb[0]) / mb[0] * 100
		b.ReportMetric(growth, "growth-%")
		if growth > 10 || growth < -10 {
			b.Errorf("live heap %.1f -> %.1f MB over %d waves of %d interactions (%+.0f%%): something is kept per interaction", mb[0], mb[waves-1], waves, perWave, growth)
		}
	}
}
