package bot

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/internal/fakediscord"
)

// fakeBot is a bot connected to a fake Discord that answers within
// deferAfter, else acknowledges first.
func fakeBot(t testing.TB, deferAfter time.Duration) (*fakediscord.Server, *Bot, context.Context) {
	t.Helper()
	srv := fakediscord.New(t)
	b, err := New(Config{Token: "t", APIURL: srv.APIURL(), DeferAfter: deferAfter}, engine(t))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	t.Cleanup(cancel)
	if err := b.Open(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return srv, b, ctx
}

// original reads the message an interaction's response made, as the fake
// Discord holds it.
func original(t *testing.T, srv *fakediscord.Server, i *discordgo.Interaction) discordgo.Message {
	t.Helper()
	resp, err := http.Get(srv.APIURL() + "webhooks/" + i.AppID + "/" + i.Token + "/messages/@original")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m discordgo.Message
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("original message: %d %v", resp.StatusCode, err)
	}
	return m
}

// nextButton is the "Next passage" button of a message.
func nextButton(t *testing.T, m discordgo.Message) string {
	t.Helper()
	for _, row := range m.Components {
		for _, c := range row.(*discordgo.ActionsRow).Components {
			if b := c.(*discordgo.Button); strings.HasPrefix(b.Label, "Next passage") {
				return b.CustomID
			}
		}
	}
	t.Fatalf("no Next passage button on %+v", m)
	return ""
}

// TestNextPassageKeepsTheQuestion: paging an answer, at once (an update,
// type 7) or after an acknowledgement (type 6 and an edit), replaces the
// passage and keeps the public "**Q:** ..." line of the message. The
// deferred case uses slowBot, whose handlers wait for the acknowledgement:
// a one-nanosecond timer alone could lose the race to a fast answer.
func TestNextPassageKeepsTheQuestion(t *testing.T) {
	for _, c := range []struct {
		name string
		bot  func(*testing.T) (*fakediscord.Server, *Bot, context.Context)
		ack  int // the callback type of the click
	}{
		{"update", func(t *testing.T) (*fakediscord.Server, *Bot, context.Context) { return fakeBot(t, time.Minute) }, 7},
		{"deferred update", slowBot, 6},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv, _, ctx := c.bot(t)
			ask := &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: "7", ChannelID: "8",
				Data: discordgo.ApplicationCommandInteractionData{Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{
					{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: "When did the United States open its embassy in Dushanbe?"}}}}
			srv.Interaction(ask)
			if _, err := srv.WaitCall(ctx, fakediscord.Match("POST", "/interactions/"+ask.ID+"/"+ask.Token+"/callback")); err != nil {
				t.Fatal(err)
			}
			if c.ack == 6 { // the answer itself comes as an edit
				if _, err := srv.WaitCall(ctx, fakediscord.Match("PATCH", "/webhooks/*/"+ask.Token+"/messages/@original")); err != nil {
					t.Fatal(err)
				}
			}
			before := original(t, srv, ask)
			if !strings.HasPrefix(before.Content, "**Q:** When did the United States") || len(before.Embeds) != 1 {
				t.Fatalf("answer: %q, %d embeds", before.Content, len(before.Embeds))
			}
			click := &discordgo.Interaction{Type: discordgo.InteractionMessageComponent, GuildID: "7", ChannelID: "8",
				Message: &discordgo.Message{ID: before.ID, ChannelID: "8"},
				Data:    discordgo.MessageComponentInteractionData{CustomID: nextButton(t, before), ComponentType: discordgo.ButtonComponent}}
			srv.Interaction(click)
			cb, err := srv.WaitCall(ctx, fakediscord.Match("POST", "/interactions/"+click.ID+"/"+click.Token+"/callback"))
			if err != nil {
				t.Fatal(err)
			}
			var r struct{ Type int }
			if err := json.Unmarshal(cb.Body, &r); err != nil || r.Type != c.ack {
				t.Fatalf("click answered with %s (%v), want type %d", cb.Body, err, c.ack)
			}
			if c.ack == 6 {
				if _, err := srv.WaitCall(ctx, fakediscord.Match("PATCH", "/webhooks/*/"+click.Token+"/messages/@original")); err != nil {
					t.Fatal(err)
				}
			}
			after := original(t, srv, ask)
			if after.Content != before.Content {
				t.Errorf("content after Next passage: %q, want %q", after.Content, before.Content)
			}
			if len(after.Embeds) != 1 || after.Embeds[0].Title == before.Embeds[0].Title {
				t.Errorf("passage not replaced: %+v", after.Embeds)
			}
		})
	}
}

// TestAutocompleteWithoutMatchSendsEmptyChoices: Discord wants the list,
// empty, when nothing matches what the user typed.
func TestAutocompleteWithoutMatchSendsEmptyChoices(t *testing.T) {
	srv, _, ctx := fakeBot(t, time.Minute)
	for _, c := range []struct{ command, option string }{{"ref", "query"}, {"glossary", "term"}, {"quiz", "section"}} {
		i := &discordgo.Interaction{Type: discordgo.InteractionApplicationCommandAutocomplete, GuildID: "7", ChannelID: "8",
			Data: discordgo.ApplicationCommandInteractionData{Name: c.command, Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: c.option, Type: discordgo.ApplicationCommandOptionString, Value: "zzzzqx", Focused: true}}}}
		srv.Interaction(i)
		cb, err := srv.WaitCall(ctx, fakediscord.Match("POST", "/interactions/"+i.ID+"/"+i.Token+"/callback"))
		if err != nil {
			t.Fatal(err)
		}
		if string(cb.Body) != `{"type":8,"data":{"choices":[]}}` {
			t.Errorf("%s autocomplete without a match: %s", c.command, cb.Body)
		}
	}
}
