package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/internal/fakediscord"
)

// slowBot is a bot connected to a fake Discord that defers every answer.
func slowBot(t *testing.T) (*fakediscord.Server, *Bot, context.Context) {
	t.Helper()
	srv := fakediscord.New(t)
	b, err := New(Config{Token: "t", APIURL: srv.APIURL(), DeferAfter: time.Nanosecond}, engine(t))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	t.Cleanup(cancel)
	// Each handler waits until the deferral reached Discord, so the answer
	// is always later than the acknowledgement: no race with the timer.
	b.handleHook = func(i *discordgo.Interaction) {
		srv.WaitCall(ctx, fakediscord.Match("POST", "/interactions/"+i.ID+"/"+i.Token+"/callback")) //nolint:errcheck // the test's own wait reports a timeout
	}
	if err := b.Open(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return srv, b, ctx
}

// TestSlowAnswerIsDeferred: when the answer takes longer than DeferAfter,
// the interaction is acknowledged at once (type 5) and the answer edited
// in after.
func TestSlowAnswerIsDeferred(t *testing.T) {
	srv, _, ctx := slowBot(t)
	i := &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: "7", ChannelID: "8",
		Data: discordgo.ApplicationCommandInteractionData{Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: "When did Rahmon attend a NATO summit?"},
			{Name: "private", Type: discordgo.ApplicationCommandOptionBoolean, Value: true},
		}}}
	srv.Interaction(i)
	cb, err := srv.WaitCall(ctx, fakediscord.Match("POST", "/interactions/"+i.ID+"/"+i.Token+"/callback"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(cb.Body), `"type":5`) || !strings.Contains(string(cb.Body), `"flags":64`) {
		t.Errorf("deferral: %s", cb.Body)
	}
	edit, err := srv.WaitCall(ctx, fakediscord.Match("PATCH", "/webhooks/*/"+i.Token+"/messages/@original"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(edit.Body), "NATO summit") || !strings.Contains(string(edit.Body), `"parse":[]`) {
		t.Errorf("edit: %s", edit.Body)
	}
}

// TestSlowButtonDefersAsNewPrivateMessage: a slow quiz click is deferred as
// a new private message, never as an update of the public quiz.
func TestSlowButtonDefersAsNewPrivateMessage(t *testing.T) {
	srv, b, ctx := slowBot(t)
	q := b.quizzer.All()[0]
	for _, c := range []struct {
		id   string
		want string
	}{
		{fmt.Sprintf("pb1:quiz:%s:%d", q.ID, q.Answer), `"type":5`},
		{"pb1:src:4", `"type":5`},
		{"pb1:tl:0:0:1:n", `"type":6`},
	} {
		i := &discordgo.Interaction{Type: discordgo.InteractionMessageComponent, GuildID: "7", ChannelID: "8",
			Message: &discordgo.Message{ID: "99", ChannelID: "8"},
			Data:    discordgo.MessageComponentInteractionData{CustomID: c.id, ComponentType: discordgo.ButtonComponent}}
		srv.Interaction(i)
		cb, err := srv.WaitCall(ctx, fakediscord.Match("POST", "/interactions/"+i.ID+"/"+i.Token+"/callback"))
		if err != nil {
			t.Fatal(err)
		}
		private := strings.Contains(string(cb.Body), `"flags":64`)
		if !strings.Contains(string(cb.Body), c.want) || private != (c.want == `"type":5`) {
			t.Errorf("%s deferred as %s, want %s", c.id, cb.Body, c.want)
		}
	}
}

// TestSlowPrivateReplyAfterPublicDeferral: a reply meant for the asker
// alone (/discuss of a topic the paper names only in passing) that comes
// after a public acknowledgement is sent as a private follow-up and the
// public acknowledgement deleted; an edit would show it to the channel.
func TestSlowPrivateReplyAfterPublicDeferral(t *testing.T) {
	srv, _, ctx := slowBot(t)
	i := &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: "7", ChannelID: "8",
		Data: discordgo.ApplicationCommandInteractionData{Name: "discuss", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "topic", Type: discordgo.ApplicationCommandOptionString, Value: "China"},
			{Name: "private", Type: discordgo.ApplicationCommandOptionBoolean, Value: false},
		}}}
	srv.Interaction(i)
	cb, err := srv.WaitCall(ctx, fakediscord.Match("POST", "/interactions/"+i.ID+"/"+i.Token+"/callback"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(cb.Body), `"type":5`) || strings.Contains(string(cb.Body), `"flags":64`) {
		t.Fatalf("deferral: %s, want a public one", cb.Body)
	}
	fu, err := srv.WaitCall(ctx, fakediscord.Match("POST", "/webhooks/*/"+i.Token))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(fu.Body), "only in passing") || !strings.Contains(string(fu.Body), `"flags":64`) {
		t.Errorf("follow-up: %s", fu.Body)
	}
	if _, err := srv.WaitCall(ctx, fakediscord.Match("DELETE", "/webhooks/*/"+i.Token+"/messages/@original")); err != nil {
		t.Fatal(err)
	}
	if n := len(srv.CallsMatching(fakediscord.Match("PATCH", "/webhooks/*/"+i.Token+"/messages/@original"))); n != 0 {
		t.Errorf("%d edits of the public acknowledgement", n)
	}
}
