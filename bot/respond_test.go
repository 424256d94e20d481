package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/internal/fakediscord"
	"paperbot/metrics"
)

// testBot is a bot whose REST calls go to a fake Discord, with the given
// limits on a manual clock, that never defers (answers are compared as
// they are).
func testBot(t *testing.T, lim Limits) (*Bot, *fakediscord.Server, *clock) {
	t.Helper()
	srv := fakediscord.New(t)
	b, err := New(Config{Token: "x", APIURL: srv.APIURL(), Limits: lim, DeferAfter: time.Hour, Metrics: metrics.New()}, engine(t))
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{time.Unix(1000, 0)}
	for _, l := range []*limiter{b.limits.ask, b.limits.command, b.limits.autocomplete, b.limits.thread} {
		l.now = c.now
	}
	return b, srv, c
}

var nextID = 1

// slash makes a slash command interaction from user in a server.
func slash(user, channel, name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	nextID++
	return &discordgo.Interaction{ID: fmt.Sprint(nextID), Token: fmt.Sprint("tok", nextID), Type: discordgo.InteractionApplicationCommand,
		GuildID: "700", ChannelID: channel, Member: &discordgo.Member{User: &discordgo.User{ID: user}},
		Data: discordgo.ApplicationCommandInteractionData{Name: name, Options: opts}}
}

func str(name, v string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: v}
}

// respond runs an interaction through Respond and finishes it.
func respond(t *testing.T, b *Bot, i *discordgo.Interaction) *discordgo.InteractionResponse {
	t.Helper()
	resp, finish := b.Respond(i)
	if resp == nil {
		t.Fatalf("no response to %+v", i.Data)
	}
	finish(nil)
	return resp
}

func content(r *discordgo.InteractionResponse) string {
	if r.Data == nil {
		return ""
	}
	return r.Data.Content
}

// TestEveryCommandAndButtonIsRateLimited: every command, a button and
// autocomplete count against a per-user limit (issue 8: /discuss, buttons,
// /ref and /leaderboard were unlimited).
func TestEveryCommandAndButtonIsRateLimited(t *testing.T) {
	b, _, _ := testBot(t, Limits{Ask: Rate{1, time.Hour}, Command: Rate{2, time.Hour}, Autocomplete: Rate{1, time.Hour}, Thread: Rate{100, time.Hour}})
	args := map[string][]*discordgo.ApplicationCommandInteractionDataOption{
		"ask": {str("question", "when did the US open its embassy?")}, "ref": {str("query", "jonson")},
		"discuss": {str("topic", "drug trafficking")}, "glossary": {str("term", "SCO")},
	}
	for k, c := range Commands() {
		user := fmt.Sprint(5000 + k)
		n := 2
		if c.Name == "ask" {
			n = 1
		}
		for range n {
			if r := respond(t, b, slash(user, "800", c.Name, args[c.Name]...)); strings.Contains(content(r), "quickly") {
				t.Fatalf("/%s refused within its limit: %s", c.Name, content(r))
			}
		}
		r := respond(t, b, slash(user, "800", c.Name, args[c.Name]...))
		if !strings.Contains(content(r), "quickly") || r.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
			t.Errorf("/%s past its limit: %+v", c.Name, r.Data)
		}
	}
	click := func() *discordgo.InteractionResponse {
		i := slash("6000", "800", "")
		i.Type, i.Data = discordgo.InteractionMessageComponent, discordgo.MessageComponentInteractionData{CustomID: "pb1:src:4", ComponentType: discordgo.ButtonComponent}
		return respond(t, b, i)
	}
	click()
	click()
	if r := click(); !strings.Contains(content(r), "quickly") {
		t.Errorf("third click: %+v", r.Data)
	}
	auto := func() *discordgo.InteractionResponse {
		i := slash("6001", "800", "ref", &discordgo.ApplicationCommandInteractionDataOption{Name: "query", Type: discordgo.ApplicationCommandOptionString, Value: "jon", Focused: true})
		i.Type = discordgo.InteractionApplicationCommandAutocomplete
		return respond(t, b, i)
	}
	if r := auto(); len(r.Data.Choices) == 0 {
		t.Error("no choices within the limit")
	}
	if r := auto(); r.Type != discordgo.InteractionApplicationCommandAutocompleteResult || len(r.Data.Choices) != 0 {
		t.Errorf("autocomplete past its limit: %+v", r)
	}
}

// TestDiscussThreadsLimitedPerChannel: threads are limited per channel,
// whoever starts them (one user created 30 threads in seconds).
func TestDiscussThreadsLimitedPerChannel(t *testing.T) {
	b, srv, c := testBot(t, Limits{Thread: Rate{2, 10 * time.Minute}})
	for k := range 3 {
		r := respond(t, b, slash(fmt.Sprint(7000+k), "800", "discuss", str("topic", "drug trafficking")))
		if started := strings.Contains(content(r), "Discussion started"); started != (k < 2) {
			t.Errorf("discussion %d: %s", k+1, content(r))
		}
	}
	if r := respond(t, b, slash("7100", "801", "discuss", str("topic", "drug trafficking"))); !strings.Contains(content(r), "Discussion started") {
		t.Errorf("another channel: %s", content(r))
	}
	c.advance(5 * time.Minute)
	if r := respond(t, b, slash("7101", "800", "discuss", str("topic", "drug trafficking"))); !strings.Contains(content(r), "Discussion started") {
		t.Errorf("after the refill: %s", content(r))
	}
	if n := len(srv.CallsMatching(fakediscord.Match("POST", "/channels/*/threads"))); n != 4 {
		t.Errorf("%d threads created, want 4", n)
	}
}

// TestMetricLabelsBounded: command names a client makes up are counted as
// "unknown", so /metrics does not grow with them.
func TestMetricLabelsBounded(t *testing.T) {
	b, _, _ := testBot(t, Limits{Command: Rate{10000, time.Second}})
	for k := range 600 {
		respond(t, b, slash(fmt.Sprint(k), "800", fmt.Sprint("made-up-", k)))
		i := slash(fmt.Sprint(k), "800", fmt.Sprint("made-up-", k), str("q", "x"))
		i.Type = discordgo.InteractionApplicationCommandAutocomplete
		respond(t, b, i)
	}
	respond(t, b, slash("1", "800", "help"))
	mfs, err := b.cfg.Metrics.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	labels := map[string]bool{}
	for _, mf := range mfs {
		if !strings.HasPrefix(mf.GetName(), "paperbot_") {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "command" {
					labels[l.GetValue()] = true
				}
			}
		}
	}
	if len(labels) != 2 || !labels["unknown"] || !labels["help"] {
		t.Errorf("command labels: %v", labels)
	}
}

// TestWrongOptionTypesNeverPanic: every command and autocomplete with
// every option given a value of another type (a forged or broken client)
// gets an answer; discordgo's accessors would panic on them.
func TestWrongOptionTypesNeverPanic(t *testing.T) {
	b, _, _ := testBot(t, Limits{Ask: Rate{1000, time.Second}, Command: Rate{1000, time.Second}, Autocomplete: Rate{1000, time.Second}, Thread: Rate{1000, time.Second}})
	wrong := []any{float64(20), "x", true, nil, []any{1}, map[string]any{"a": 1}, 1.5, float64(1 << 60)}
	for _, c := range Commands() {
		for _, v := range wrong {
			var opts []*discordgo.ApplicationCommandInteractionDataOption
			for _, o := range c.Options {
				opts = append(opts, &discordgo.ApplicationCommandInteractionDataOption{Name: o.Name, Type: o.Type, Value: v, Focused: o.Autocomplete})
			}
			i := slash("1", "800", c.Name, opts...)
			i.Member.Permissions = discordgo.PermissionManageGuild
			if r := respond(t, b, i); r.Type != discordgo.InteractionResponseChannelMessageWithSource {
				t.Errorf("/%s with %v: %+v", c.Name, v, r)
			}
			i = slash("1", "800", c.Name, opts...)
			i.Type = discordgo.InteractionApplicationCommandAutocomplete
			if r := respond(t, b, i); r.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
				t.Errorf("/%s autocomplete with %v: %+v", c.Name, v, r)
			}
		}
	}
}

// TestHostileEchoesEscaped: what a user typed comes back escaped in every
// "no match" reply: no links, spoilers or code blocks of theirs.
func TestHostileEchoesEscaped(t *testing.T) {
	b, _, _ := testBot(t, Limits{Command: Rate{1000, time.Second}})
	const hostile = "[x](https://evil) ||spoiler|| ```code``` *em*"
	for _, c := range []struct{ name, opt string }{{"ref", "query"}, {"glossary", "term"}, {"quiz", "section"}, {"discuss", "topic"}} {
		r := respond(t, b, slash("1", "800", c.name, str(c.opt, hostile)))
		got := content(r)
		for _, raw := range []string{"[x](https://evil)", "||spoiler||", "```", "*em*"} {
			if strings.Contains(got, raw) {
				t.Errorf("/%s echoes %q unescaped: %s", c.name, raw, got)
			}
		}
		if !strings.Contains(got, "evil") {
			t.Errorf("/%s: %s (want the no-match reply quoting the input)", c.name, got)
		}
	}
}

// TestRefTypedNumberIsText: typing "20" searches for "20"; only a choice
// picked from autocomplete names reference 20.
func TestRefTypedNumberIsText(t *testing.T) {
	b, _, _ := testBot(t, Limits{})
	picked := b.ref(refChoice + "20")
	typed := b.ref("20")
	if len(picked.embeds) != 1 {
		t.Fatalf("picked: %+v", picked)
	}
	if len(typed.embeds) < 2 || !strings.Contains(typed.content, "references match") {
		t.Errorf("typed 20: %q, %d embeds", typed.content, len(typed.embeds))
	}
	auto := b.choices(discordgo.ApplicationCommandInteractionData{Name: "ref", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("query", "jonson")}})
	if len(auto) == 0 || !strings.HasPrefix(auto[0].Value.(string), refChoice) {
		t.Errorf("choices: %+v", auto)
	}
}

// TestDrainWaitsForInFlight: Drain returns only when the interactions
// being handled are finished, or when its context ends.
func TestDrainWaitsForInFlight(t *testing.T) {
	b, _, _ := testBot(t, Limits{})
	started, release := make(chan struct{}), make(chan struct{})
	b.handleHook = func(*discordgo.Interaction) {
		close(started)
		<-release
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		respond(t, b, slash("1", "800", "help"))
	}()
	<-started
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := b.Drain(ctx); err == nil || !strings.Contains(err.Error(), "1 still in flight") {
		t.Errorf("drain with work in flight: %v", err)
	}
	close(release)
	<-done
	if err := b.Drain(context.Background()); err != nil {
		t.Errorf("drain after: %v", err)
	}
}

// TestDiscussFooterForTeacherOnly: the passages a class sees say only that
// they are in plain English; the pointer to the paper's own words
// ("/passage N") is in the teacher's private preview alone.
func TestDiscussFooterForTeacherOnly(t *testing.T) {
	b, _, _ := testBot(t, Limits{})
	for _, preview := range []bool{false, true} {
		_, embeds, _, ok := b.discussion("drug trafficking", preview)
		if !ok || len(embeds) == 0 {
			t.Fatalf("preview %v: no passages", preview)
		}
		for _, e := range embeds {
			pointer := strings.Contains(e.Footer.Text, "/passage")
			if pointer != preview || strings.Contains(e.Footer.Text, "paperbot passage") {
				t.Errorf("preview %v: footer %q", preview, e.Footer.Text)
			}
		}
	}
}

// TestDiscussCautionShown: a passage the paper itself muddles (¶15's
// Uzbekistan and the Tajik airbases, in "military bases") leads with its
// caution in the embed the class sees, in italics, never cut.
func TestDiscussCautionShown(t *testing.T) {
	b, _, _ := testBot(t, Limits{})
	_, embeds, _, ok := b.discussion("military bases", false)
	if !ok {
		t.Fatal("no discussion")
	}
	found := false
	for _, e := range embeds {
		if strings.HasSuffix(e.Title, "¶15") {
			found = true
			if !strings.HasPrefix(e.Description, "_Read with care:") || !strings.Contains(e.Description, "Kurgan") {
				t.Errorf("¶15 without its caution first: %q", e.Description)
			}
		}
	}
	if !found {
		t.Error("military bases: ¶15 not among the embeds")
	}
}
