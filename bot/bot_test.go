package bot

import (
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"paperbot/internal/fakediscord"
)

func TestHandlerPanicIsRecovered(t *testing.T) {
	srv := fakediscord.New(t)
	core, logs := observer.New(zap.InfoLevel)
	b, err := New(Config{Token: "x", Log: zap.New(core), APIURL: srv.APIURL()}, engine(t))
	if err != nil {
		t.Fatal(err)
	}
	// A handler that panics: the bot must survive it and still answer.
	b.handleHook = func(*discordgo.Interaction) { panic("boom") }
	i := &discordgo.Interaction{ID: "5", Token: "tok", Type: discordgo.InteractionApplicationCommand, GuildID: "1", ChannelID: "2",
		Data: discordgo.ApplicationCommandInteractionData{Name: "help"}}
	b.onInteraction(b.sess, &discordgo.InteractionCreate{Interaction: i})
	if logs.FilterMessage("handler panic").Len() != 1 {
		t.Errorf("logs: %v", logs.All())
	}
	cb := srv.CallsMatching(fakediscord.Match("POST", "/interactions/5/tok/callback"))
	if len(cb) != 1 || !strings.Contains(string(cb[0].Body), "Sorry, something went wrong") {
		t.Errorf("callbacks: %v", cb)
	}
}

func TestButtonIDsFitAndParse(t *testing.T) {
	b, err := New(Config{Token: "x"}, engine(t))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := b.engine.Ask("how much aid did the US give?", 3)
	for k := range a.Hits {
		for _, row := range b.answerButtons(a.Hits, k, "1234567890123456789") {
			for _, c := range row.(discordgo.ActionsRow).Components {
				id := c.(discordgo.Button).CustomID
				if len(id) > MaxCustomID {
					t.Errorf("custom_id %d bytes", len(id))
				}
				if strings.Contains(id, ":vote:") {
					continue // needs the store: see the end-to-end tests
				}
				r, _ := b.button(id, caller{guild: "1", user: "2"})
				if len(r.embeds) == 0 {
					t.Errorf("button %q gave %q", id, r.content)
				}
			}
		}
	}
	for _, forged := range []string{"", "pb1:", "pb1:next:", "pb1:next:0:", "pb1:next:5:4.2", "pb1:next:0:4.99", "pb1:src:-1", "pb1:src:x", "other:1", "pb1:next:0:" + string(make([]byte, 90))} {
		if r, update := b.button(forged, caller{}); update || len(r.embeds) != 0 || !r.private {
			t.Errorf("forged %q accepted", forged)
		}
	}
}
