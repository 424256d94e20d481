package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/bot"
	"paperbot/internal/fakediscord"
)

// syncBuffer is a bytes.Buffer safe for the logger and the test at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

const testToken = "test-token-SECRET"

// startBot runs the real program ("paperbot run") against a fake Discord
// on 127.0.0.1 and returns the fake, the log and a stop function that
// checks the program exited cleanly.
func startBot(t *testing.T, env map[string]string, opts ...fakediscord.Option) (*fakediscord.Server, *syncBuffer, func()) {
	t.Helper()
	srv, logs, stop := startBotTB(t, env, opts...)
	t.Cleanup(stop)
	return srv, logs, stop
}

// startBotB is startBot for benchmarks, with the rate limit out of the way
// of the load.
func startBotB(b *testing.B) (*fakediscord.Server, *syncBuffer, func()) {
	return startBotTB(b, nil)
}

func startBotTB(t testing.TB, env map[string]string, opts ...fakediscord.Option) (*fakediscord.Server, *syncBuffer, func()) {
	t.Helper()
	srv := fakediscord.New(t, opts...)
	logs := &syncBuffer{}
	full := map[string]string{"DISCORD_TOKEN": testToken, "DISCORD_API_URL": srv.APIURL(), "PAPERBOT_DB": filepath.Join(t.TempDir(), "paperbot.db"), "PAPERBOT_HTTP_ADDR": "127.0.0.1:0"}
	for k, v := range env {
		full[k] = v
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"run"}, func(k string) string { return full[k] }, strings.NewReader(""), &bytes.Buffer{}, logs)
	}()
	wctx, wcancel := context.WithTimeout(context.Background(), 60*time.Second) // start-up draws the classroom material: seconds under -race on a busy machine
	defer wcancel()
	if err := srv.WaitReady(wctx); err != nil {
		cancel()
		t.Fatalf("bot never became ready: %v\n%s", err, logs.String())
	}
	registered := func(c fakediscord.Call) bool { return c.Method == "PUT" && strings.HasSuffix(c.Path, "/commands") }
	if _, err := srv.WaitCall(wctx, registered); err != nil {
		cancel()
		t.Fatalf("commands never registered: %v\n%s", err, logs.String())
	}
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("run: %v", err)
			}
		case <-time.After(shutdownBound):
			t.Errorf("run did not return within %v of cancel", shutdownBound)
		}
		if strings.Contains(logs.String(), testToken) {
			t.Error("the token appears in the log")
		}
	}
	return srv, logs, stop
}

func wait(t *testing.T, srv *fakediscord.Server, pred func(fakediscord.Call) bool) fakediscord.Call {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second) // a deferred reply under -race on a busy machine can take seconds
	defer cancel()
	c, err := srv.WaitCall(ctx, pred)
	if err != nil {
		t.Fatalf("no such call: %v", err)
	}
	return c
}

func callback(i *discordgo.Interaction) func(fakediscord.Call) bool {
	return fakediscord.Match("POST", "/interactions/"+i.ID+"/"+i.Token+"/callback")
}

func askInteraction(q string) *discordgo.Interaction {
	return &discordgo.Interaction{
		Type: discordgo.InteractionApplicationCommand, GuildID: "700", ChannelID: "800",
		Data: discordgo.ApplicationCommandInteractionData{Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: q},
		}},
	}
}

// response is an interaction callback body as JSON.
type response struct {
	Type int `json:"type"`
	Data struct {
		Content         string                                     `json:"content"`
		Flags           int                                        `json:"flags"`
		Embeds          []discordgo.MessageEmbed                   `json:"embeds"`
		Components      []json.RawMessage                          `json:"components"`
		Choices         []discordgo.ApplicationCommandOptionChoice `json:"choices"`
		AllowedMentions *struct{ Parse []string }                  `json:"allowed_mentions"`
	} `json:"data"`
}

// answered is the answer to i whose callback was r: r itself, or, when the
// bot deferred (a busy machine, the race detector), the edit that followed.
func answered(t *testing.T, srv *fakediscord.Server, i *discordgo.Interaction, r response) response {
	t.Helper()
	if r.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) {
		return r
	}
	edit := wait(t, srv, deferredReply(i.Token))
	if err := edit.Decode(&r.Data); err != nil {
		t.Fatalf("%v: %s", err, edit.Body)
	}
	return r
}

// deferredReply matches the reply to a deferred interaction: the edit of
// its acknowledgement, or the private follow-up that replaces a public
// acknowledgement when the reply is private.
func deferredReply(token string) func(fakediscord.Call) bool {
	edited, followed := fakediscord.Match("PATCH", "/webhooks/*/"+token+"/messages/@original"), fakediscord.Match("POST", "/webhooks/*/"+token)
	return func(c fakediscord.Call) bool { return edited(c) || followed(c) }
}

func decode(t *testing.T, c fakediscord.Call) response {
	t.Helper()
	var r response
	if err := c.Decode(&r); err != nil {
		t.Fatalf("%v: %s", err, c.Body)
	}
	return r
}

func TestBotEndToEnd(t *testing.T) {
	srv, logs, stop := startBot(t, nil)

	// Registration: every command by bulk overwrite, globally.
	reg := wait(t, srv, fakediscord.Match("PUT", "/applications/*/commands"))
	var cmds []discordgo.ApplicationCommand
	if err := reg.Decode(&cmds); err != nil || len(cmds) != len(bot.Commands()) {
		t.Fatalf("registered %d commands (%v): %s", len(cmds), err, reg.Body)
	}
	if id, ok := srv.LastIdentify(); !ok || id.Intents&discordgo.IntentMessageContent != 0 || id.Token != "Bot "+testToken {
		t.Errorf("identify intents %d, ok %v", id.Intents, ok)
	}

	// /ask: the answer embed, buttons, and no mentions parsed.
	ask := askInteraction("When did the United States open its embassy in Dushanbe? @everyone")
	srv.Interaction(ask)
	c := wait(t, srv, callback(ask))
	if !bytes.Contains(c.Body, []byte(`"allowed_mentions":{"parse":[]`)) {
		t.Errorf("allowed_mentions not empty: %s", c.Body)
	}
	r := decode(t, c)
	if r.Type != 4 || len(r.Data.Embeds) != 1 || r.Data.Embeds[0].Title != "Political Relations · p. 3 · ¶4" {
		t.Fatalf("ask response: %s", c.Body)
	}
	if !strings.Contains(r.Data.Embeds[0].Description, "**It was the second state who opened its Embassy in Dushanbe") {
		t.Errorf("sentence not in bold: %q", r.Data.Embeds[0].Description)
	}
	var row struct {
		Components []struct {
			CustomID string `json:"custom_id"`
			Label    string `json:"label"`
		} `json:"components"`
	}
	if len(r.Data.Components) != 1 || json.Unmarshal(r.Data.Components[0], &row) != nil || len(row.Components) != 4 ||
		row.Components[2].Label != "Helpful" || row.Components[3].Label != "Not helpful" {
		t.Fatalf("buttons: %s", c.Body)
	}

	// "Next passage" updates the message with hit 2, from the custom_id alone.
	next := &discordgo.Interaction{Type: discordgo.InteractionMessageComponent, GuildID: "700", ChannelID: "800",
		Message: &discordgo.Message{ID: "555", ChannelID: "800"},
		Data:    discordgo.MessageComponentInteractionData{CustomID: row.Components[0].CustomID, ComponentType: discordgo.ButtonComponent}}
	srv.Interaction(next)
	nr := decode(t, wait(t, srv, callback(next)))
	if nr.Type != 7 || len(nr.Data.Embeds) != 1 || nr.Data.Embeds[0].Title == r.Data.Embeds[0].Title {
		t.Errorf("next passage: type %d embeds %+v", nr.Type, nr.Data.Embeds)
	}

	// "Sources" answers privately.
	src := &discordgo.Interaction{Type: discordgo.InteractionMessageComponent, GuildID: "700", ChannelID: "800",
		Message: &discordgo.Message{ID: "556", ChannelID: "800"},
		Data:    discordgo.MessageComponentInteractionData{CustomID: row.Components[1].CustomID, ComponentType: discordgo.ButtonComponent}}
	srv.Interaction(src)
	sr := decode(t, wait(t, srv, callback(src)))
	if sr.Data.Flags&64 == 0 || len(sr.Data.Embeds) != 1 || !strings.Contains(sr.Data.Embeds[0].Fields[0].Value, "Historical Dictionary of Tajikistan") {
		t.Errorf("sources: %+v", sr.Data)
	}

	// /ref autocomplete: at most 25 choices from the typed prefix.
	ac := &discordgo.Interaction{Type: discordgo.InteractionApplicationCommandAutocomplete, GuildID: "700", ChannelID: "800",
		Data: discordgo.ApplicationCommandInteractionData{Name: "ref", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "query", Type: discordgo.ApplicationCommandOptionString, Value: "jon", Focused: true}}}}
	srv.Interaction(ac)
	ar := decode(t, wait(t, srv, callback(ac)))
	if ar.Type != 8 || len(ar.Data.Choices) != 3 || !strings.HasPrefix(ar.Data.Choices[0].Name, "Jonson") {
		t.Errorf("autocomplete: %+v", ar)
	}

	// A mention is answered as a reply.
	srv.Message(&discordgo.Message{ChannelID: "800", GuildID: "700", Content: "<@" + fakediscord.DefaultApplicationID + "> how much aid did the US give Tajikistan from 1992 to 2010?",
		Mentions: []*discordgo.User{{ID: fakediscord.DefaultApplicationID}}})
	mc := wait(t, srv, fakediscord.Match("POST", "/channels/800/messages"))
	var msg struct {
		Embeds    []discordgo.MessageEmbed `json:"embeds"`
		Reference *struct {
			MessageID string `json:"message_id"`
		} `json:"message_reference"`
	}
	if err := mc.Decode(&msg); err != nil || msg.Reference == nil || len(msg.Embeds) != 1 || !bytes.Contains(mc.Body, []byte(`"parse":[]`)) {
		t.Errorf("mention reply: %s", mc.Body)
	}

	// A dropped Gateway connection resumes, and the next question is answered.
	srv.DropConnection()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for srv.Resumes() == 0 && ctx.Err() == nil {
		time.Sleep(20 * time.Millisecond)
	}
	again := askInteraction("who led the opposition in the civil war?")
	srv.Interaction(again)
	if ag := decode(t, wait(t, srv, callback(again))); len(ag.Data.Embeds) != 1 {
		t.Errorf("after resume: %+v", ag.Data)
	}

	stop()
	if !strings.Contains(logs.String(), `"command":"ask"`) || !strings.Contains(logs.String(), `"paragraph":4`) {
		t.Errorf("log lacks the handled events:\n%s", logs.String())
	}
}

func TestBotBadInput(t *testing.T) {
	srv, _, _ := startBot(t, map[string]string{"PAPERBOT_CHANNELS": "800"})
	private := func(name string, i *discordgo.Interaction, want string) {
		t.Helper()
		srv.Interaction(i)
		r := decode(t, wait(t, srv, callback(i)))
		if r.Data.Flags&64 == 0 || !strings.Contains(r.Data.Content, want) {
			t.Errorf("%s: flags %d content %q", name, r.Data.Flags, r.Data.Content)
		}
	}
	private("empty", askInteraction("  \u200b "), "Ask me something")
	private("forged button", &discordgo.Interaction{Type: discordgo.InteractionMessageComponent, GuildID: "700", ChannelID: "800",
		Message: &discordgo.Message{ID: "557", ChannelID: "800"},
		Data:    discordgo.MessageComponentInteractionData{CustomID: "pb1:next:7:99.99,x", ComponentType: discordgo.ButtonComponent}}, "no longer works")
	private("unknown command", &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: "700", ChannelID: "800",
		Data: discordgo.ApplicationCommandInteractionData{Name: "frobnicate"}}, "don't know that command")
	other := askInteraction("when did the us open its embassy?")
	other.ChannelID = "801"
	private("channel not allowed", other, "don't answer in this channel")
	for _, q := range []string{strings.Repeat("aid ", 1000), "🎉🎉🎉", "\u202eright to left\u202c", "ctl\x00\x07"} {
		i := askInteraction(q)
		srv.Interaction(i)
		c := wait(t, srv, callback(i))
		if r := decode(t, c); r.Type != 4 || len([]rune(r.Data.Content)) > 2000 {
			t.Errorf("hostile %q: %s", q[:min(len(q), 20)], c.Body)
		}
	}
	// Past the per-user limit, a private "slow down".
	var last response
	for k := 0; k < 6; k++ {
		i := askInteraction("what did the SCO demand in 2005?")
		srv.Interaction(i)
		last = decode(t, wait(t, srv, callback(i)))
	}
	if last.Data.Flags&64 == 0 || !strings.Contains(last.Data.Content, "asking quickly") {
		t.Errorf("rate limit: %+v", last.Data)
	}
}

func TestBotRetries429(t *testing.T) {
	srv, _, _ := startBot(t, nil, fakediscord.WithRateLimit("POST /interactions/*/*/callback", 1))
	i := askInteraction("When did Rahmon attend a NATO summit for the first time?")
	srv.Interaction(i)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for len(srv.CallsMatching(callback(i))) < 2 && ctx.Err() == nil {
		time.Sleep(20 * time.Millisecond)
	}
	calls := srv.CallsMatching(callback(i))
	if len(calls) != 2 || calls[0].Status != 429 || calls[1].Status >= 300 {
		t.Errorf("calls %d, statuses %v", len(calls), func() []int {
			var s []int
			for _, c := range calls {
				s = append(s, c.Status)
			}
			return s
		}())
	}
}

func TestRunConfigErrors(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{}, "DISCORD_TOKEN is not set"},
		{map[string]string{"DISCORD_TOKEN": testToken, "DISCORD_GUILD_ID": "abc"}, `DISCORD_GUILD_ID "abc" is not a Discord id`},
		{map[string]string{"DISCORD_TOKEN": testToken, "PAPERBOT_CHANNELS": "1,x"}, `PAPERBOT_CHANNELS: "x"`},
		{map[string]string{"DISCORD_TOKEN": testToken, "PAPERBOT_LOG": "xml"}, `PAPERBOT_LOG "xml"`},
		{map[string]string{"DISCORD_TOKEN": testToken, "PAPERBOT_LOG_LEVEL": "loud"}, `PAPERBOT_LOG_LEVEL "loud"`},
		{map[string]string{"DISCORD_TOKEN": testToken, "DISCORD_API_URL": "ftp://x"}, "DISCORD_API_URL"},
		{map[string]string{"DISCORD_TOKEN": testToken, "PAPERBOT_SHARD_ID": "2", "PAPERBOT_SHARD_COUNT": "2"}, "PAPERBOT_SHARD_ID"},
		{map[string]string{"DISCORD_TOKEN": testToken, "PAPERBOT_SHARD_ID": "1"}, "PAPERBOT_SHARD_COUNT"},
	}
	for _, c := range cases {
		c.env["PAPERBOT_DB"] = filepath.Join(t.TempDir(), "x.db")
		c.env["PAPERBOT_HTTP_ADDR"] = "127.0.0.1:0"
		code, _, errOut := runCLI(t, c.env, "run")
		if code != 2 || !strings.Contains(errOut, c.want) || strings.Contains(errOut, testToken) {
			t.Errorf("env %v: exit %d, %q", c.env, code, errOut)
		}
	}
}

func TestBotGuildRegistrationAndDM(t *testing.T) {
	srv, _, _ := startBot(t, map[string]string{"DISCORD_GUILD_ID": "700", "DISCORD_APP_ID": fakediscord.DefaultApplicationID})
	wait(t, srv, fakediscord.Match("PUT", "/applications/"+fakediscord.DefaultApplicationID+"/guilds/700/commands"))
	if n := len(srv.CallsMatching(fakediscord.Match("PUT", "/applications/*/commands"))); n != 0 {
		t.Errorf("%d global registrations with DISCORD_GUILD_ID set", n)
	}
	// A DM (no guild) is answered without a mention.
	srv.Message(&discordgo.Message{ChannelID: "900", Content: "why did the US give Tajikistan military equipment in 2002?"})
	mc := wait(t, srv, fakediscord.Match("POST", "/channels/900/messages"))
	if !bytes.Contains(mc.Body, []byte("prize")) {
		t.Errorf("DM answer: %s", mc.Body)
	}
	// A guild message without a mention is ignored.
	srv.Message(&discordgo.Message{ChannelID: "801", GuildID: "700", Content: "when did the war end"})
	time.Sleep(200 * time.Millisecond)
	if n := len(srv.CallsMatching(fakediscord.Match("POST", "/channels/801/messages"))); n != 0 {
		t.Errorf("answered an unmentioned message")
	}
}

func TestBotPassageRefHelpPrivate(t *testing.T) {
	srv, _, _ := startBot(t, nil)
	cmd := func(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) response {
		t.Helper()
		i := &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: "700", ChannelID: "800",
			Data: discordgo.ApplicationCommandInteractionData{Name: name, Options: opts}}
		srv.Interaction(i)
		return decode(t, wait(t, srv, callback(i)))
	}
	intOpt := func(name string, v int) *discordgo.ApplicationCommandInteractionDataOption {
		return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionInteger, Value: float64(v)}
	}
	// The longest paragraph, whole.
	if r := cmd("passage", intOpt("number", 8)); len(r.Data.Embeds) != 1 || !strings.HasSuffix(r.Data.Embeds[0].Title, "¶8") || len([]rune(r.Data.Embeds[0].Description)) < 1600 {
		t.Errorf("passage 8: %+v", r.Data)
	}
	if r := cmd("passage", intOpt("page", 3)); len(r.Data.Embeds) < 2 {
		t.Errorf("page 3: %d embeds", len(r.Data.Embeds))
	}
	if r := cmd("passage", intOpt("number", 99)); r.Data.Flags&64 == 0 || !strings.Contains(r.Data.Content, "1 to 23") {
		t.Errorf("passage 99: %+v", r.Data)
	}
	if r := cmd("help"); r.Data.Flags&64 == 0 || !strings.Contains(r.Data.Content, "/ask") {
		t.Errorf("help: %+v", r.Data)
	}
	ref := cmd("ref", &discordgo.ApplicationCommandInteractionDataOption{Name: "query", Type: discordgo.ApplicationCommandOptionString, Value: "ref#6"})
	if len(ref.Data.Embeds) != 1 || !strings.Contains(ref.Data.Embeds[0].Title, "Crosston") || !strings.Contains(ref.Data.Embeds[0].Fields[0].Value, "¶4") {
		t.Errorf("ref 6: %+v", ref.Data.Embeds)
	}
	private := cmd("ask",
		&discordgo.ApplicationCommandInteractionDataOption{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: "what did the SCO demand in 2005?"},
		&discordgo.ApplicationCommandInteractionDataOption{Name: "private", Type: discordgo.ApplicationCommandOptionBoolean, Value: true})
	if private.Data.Flags&64 == 0 || len(private.Data.Embeds) != 1 {
		t.Errorf("private ask: %+v", private.Data)
	}
	off := cmd("ask", &discordgo.ApplicationCommandInteractionDataOption{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: "What year did the Titanic sink?"})
	if !strings.Contains(off.Data.Content, "does not seem to answer") {
		t.Errorf("off-topic: %+v", off.Data)
	}
}

func TestConsole(t *testing.T) {
	in := "/help\nwhen did the us open its embassy in dushanbe\n/ref crosston\n/passage 99\n/page 3\n/bogus\n\n/quiz\n/answer a\n/timeline 1991 1992\n/glossary IRP\n/quit\nnot reached\n"
	var out bytes.Buffer
	err := run(context.Background(), []string{"console"}, func(string) string { return "" }, strings.NewReader(in), &out, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Commands: /ask", "== Political Relations · p. 3 · ¶4 ==", "== Crosston (2016). Fostering Fundamentalism", "no paragraph 99", "I don't know /bogus",
		"**Quiz:**", "The answer is", "25 December 1991", "Islamic Renaissance Party"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("console output lacks %q", want)
		}
	}
	if strings.Contains(out.String(), "not reached") {
		t.Error("read past /quit")
	}
}

func TestBotDiscussThread(t *testing.T) {
	srv, _, _ := startBot(t, map[string]string{"PAPERBOT_CHANNELS": "800"})
	i := &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: "700", ChannelID: "800",
		Data: discordgo.ApplicationCommandInteractionData{Name: "discuss", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "topic", Type: discordgo.ApplicationCommandOptionString, Value: "US military aid and the war on terror"}}}}
	srv.Interaction(i)
	r := answered(t, srv, i, decode(t, wait(t, srv, callback(i))))
	tc := wait(t, srv, fakediscord.Match("POST", "/channels/800/threads"))
	var th struct {
		Name string `json:"name"`
	}
	if err := tc.Decode(&th); err != nil || !strings.Contains(th.Name, "US military aid") {
		t.Errorf("thread %s", tc.Body)
	}
	if !strings.HasPrefix(r.Data.Content, "Discussion started: <#") {
		t.Fatalf("discuss reply %+v", r.Data)
	}
	threadID := strings.TrimSuffix(strings.TrimPrefix(r.Data.Content, "Discussion started: <#"), ">")
	post := wait(t, srv, fakediscord.Match("POST", "/channels/"+threadID+"/messages"))
	var msg struct {
		Content string                   `json:"content"`
		Embeds  []discordgo.MessageEmbed `json:"embeds"`
	}
	if err := post.Decode(&msg); err != nil || len(msg.Embeds) < 1 || len(msg.Embeds) > 5 || !strings.Contains(msg.Content, "Discussion") {
		t.Errorf("thread post: %d embeds: %s", len(msg.Embeds), post.Body)
	}
	for _, e := range msg.Embeds {
		if !strings.Contains(e.Title, "¶") || e.Footer == nil {
			t.Errorf("passage without citation: %+v", e)
		}
	}
	// Students continue in the thread by mentioning the bot.
	srv.Message(&discordgo.Message{ChannelID: threadID, GuildID: "700", Content: "<@" + fakediscord.DefaultApplicationID + "> when did the US lift the arms embargo?",
		Mentions: []*discordgo.User{{ID: fakediscord.DefaultApplicationID}}})
	wait(t, srv, func(c fakediscord.Call) bool {
		return c.Method == "POST" && c.Path == "/channels/"+threadID+"/messages" && strings.Contains(string(c.Body), "message_reference")
	})
}

// shutdownBound is how long a stopping program may take by its own design
// (up to 5 s closing the Gateway, then drainTimeout for the answers under
// way), with room for a loaded machine under -race: a hang detector, not a
// speed target (8 s failed once in CI while the answers drained).
const shutdownBound = 5*time.Second + drainTimeout + 15*time.Second
