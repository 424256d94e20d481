package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/internal/fakediscord"
)

// TestSlowAnswerIsDeferred: when the answer takes longer than DeferAfter,
// the interaction is acknowledged at once (type 5) and the answer edited
// in after.
func TestSlowAnswerIsDeferred(t *testing.T) {
	srv := fakediscord.New(t)
	b, err := New(Config{Token: "t", APIURL: srv.APIURL(), DeferAfter: time.Nanosecond}, engine(t))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := b.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer b.Close()
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
