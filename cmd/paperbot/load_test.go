package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/internal/fakediscord"
)

var loadQuestions = []string{
	"When did the United States open its embassy in Dushanbe?",
	"how much aid did the US give Tajikistan between 1992 and 2010",
	"what did the SCO demand in July 2005",
	"why did the US give Tajikistan military equipment",
	"when did Tajikistan join the Partnership for Peace",
	"who led the opposition in the civil war",
	"what was the Northern Distribution Network",
	"did the US help with border security",
}

// BenchmarkBotLoad sends 200 /ask interactions from 50 users at once
// through the fake Discord and reports the latency from dispatch to the
// response call (p50, p99) and the process's peak resident memory (the
// bot and the fake together).
func BenchmarkBotLoad(b *testing.B) {
	srv, _, stop := startBotB(b)
	defer stop()
	// Arrival times of the response calls, by interaction token, taken
	// as they are recorded.
	var mu sync.Mutex
	sent := map[string]time.Time{}
	var all []time.Duration
	var wg sync.WaitGroup
	srv.OnCall(func(c fakediscord.Call) {
		parts := strings.Split(c.Path, "/") // /interactions/ID/TOKEN/callback
		if len(parts) != 5 || parts[1] != "interactions" {
			return
		}
		mu.Lock()
		if t0, ok := sent[parts[3]]; ok {
			all = append(all, time.Since(t0))
			delete(sent, parts[3])
			wg.Done()
		}
		mu.Unlock()
	})
	for n := 0; n < b.N; n++ {
		for k := 0; k < 200; k++ {
			i := askInteraction(loadQuestions[k%len(loadQuestions)])
			// 50 users a round, new ones each round: the per-user limit
			// (5 in 30 s) is not what this measures.
			i.Member = &discordgo.Member{User: &discordgo.User{ID: fmt.Sprintf("%d", 1000+n*50+k%50)}, GuildID: "700"}
			i.ID = fmt.Sprintf("%d", 5000000+n*1000+k)
			i.Token = "tok" + i.ID
			wg.Add(1)
			mu.Lock()
			sent[i.Token] = time.Now()
			mu.Unlock()
			go srv.Interaction(i)
		}
		done := make(chan struct{})
		go func() { wg.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			b.Fatalf("%d interactions unanswered after 20s", len(sent))
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	if len(all) > 0 {
		b.ReportMetric(float64(all[len(all)/2].Microseconds())/1e3, "p50-ms")
		b.ReportMetric(float64(all[len(all)*99/100].Microseconds())/1e3, "p99-ms")
	}
	if st, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(st), "\n") {
			if strings.HasPrefix(line, "VmHWM:") {
				var kb float64
				fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(line, "VmHWM:")), "%f", &kb)
				b.ReportMetric(kb/1024, "peak-rss-MB")
			}
		}
	}
	// Every interaction answered exactly once.
	if n := len(srv.CallsMatching(fakediscord.Match("POST", "/interactions/*/*/callback"))); n != 200*b.N {
		b.Errorf("%d responses for %d interactions", n, 200*b.N)
	}
}
