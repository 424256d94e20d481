package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"
)

func TestHandlerPanicIsRecovered(t *testing.T) {
	core, logs := observer.New(zap.InfoLevel)
	b, err := New(Config{Token: "x", Log: zap.New(core)}, engine(t))
	if err != nil {
		t.Fatal(err)
	}
	// An application command without data makes discordgo's accessor
	// panic: the handler must survive it and still try to answer (here the
	// session is not connected, so the answer fails and is logged).
	b.onInteraction(b.sess, &discordgo.InteractionCreate{Interaction: &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: "1", ChannelID: "2"}})
	if logs.FilterMessage("handler panic").Len() != 1 || logs.FilterMessage("respond").Len() != 1 {
		t.Errorf("logs: %v", logs.All())
	}
}

func TestLimiter(t *testing.T) {
	l := newLimiter(2, time.Minute)
	now := time.Unix(1000, 0)
	l.now = func() time.Time { return now }
	if !l.allow("a") || !l.allow("a") || l.allow("a") || !l.allow("b") {
		t.Fatal("limit of 2 per user not kept")
	}
	now = now.Add(time.Minute)
	if !l.allow("a") {
		t.Error("window did not slide")
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
