package main

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/internal/fakediscord"
)

// TestShutdownAnswersInFlight: the program is stopped (as SIGTERM stops
// it) while Discord makes every answer wait (429, retry after 2 s): each
// interaction received before the stop is answered before run returns,
// quiz verdicts included (issue 8: 65-229 were never answered).
func TestShutdownAnswersInFlight(t *testing.T) {
	const asks, quizzes = 20, 10
	srv, logs, stop := startBotTB(t, nil, fakediscord.WithRetryAfter(2*time.Second),
		fakediscord.WithRateLimit("POST /interactions/*/*/callback", asks+quizzes))
	t.Cleanup(stop)
	qs := botQuizzes(t)
	var sent []*discordgo.Interaction
	for k := range asks {
		i := askInteraction("When did the US open its embassy in Dushanbe?")
		i.Member = &discordgo.Member{User: &discordgo.User{ID: fmt.Sprint(100 + k)}, GuildID: "700"}
		sent = append(sent, i)
	}
	for k := range quizzes {
		q := qs[k%len(qs)]
		sent = append(sent, click(fmt.Sprintf("pb1:quiz:%s:%d", q.ID, q.Answer), fmt.Sprint(200+k)))
	}
	for _, i := range sent {
		srv.Interaction(i)
	}
	// Every interaction has reached the bot and met a 429 before the stop.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	limited := func(c fakediscord.Call) bool {
		return c.Status == 429 && fakediscord.Match("POST", "/interactions/*/*/callback")(c)
	}
	if _, err := srv.WaitCalls(ctx, limited, len(sent)); err != nil {
		t.Fatal(err)
	}
	stop() // returns when run has returned
	for _, i := range sent {
		answered := false
		for _, c := range srv.CallsMatching(callback(i)) {
			answered = answered || c.Status/100 == 2
		}
		if !answered {
			t.Errorf("interaction %s was never answered", i.ID)
		}
	}
	if t.Failed() {
		t.Log(logs.String())
	}
}
