package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/bot"
	"paperbot/internal/apicheck"
	"paperbot/internal/fakediscord"
	"paperbot/server"
	"paperbot/store"
)

// payloads collects what the bot sent: every REST body the fake
// received, and the bodies of the HTTP interactions endpoint's answers.
type payloads struct {
	t  *testing.T
	ps []apicheck.Payload
}

// rest adds the bodies of srv's calls, each typed by its endpoint; a
// call with a body and no known type fails the test, so that a new kind
// of payload cannot go unchecked.
func (p *payloads) rest(srv *fakediscord.Server) {
	p.t.Helper()
	for _, c := range srv.Calls() {
		if len(c.Body) == 0 {
			continue
		}
		typ, ok := apicheck.RESTType(c.Method, c.Path)
		if !ok {
			p.t.Errorf("no discord-api-types type for %s %s: add it to apicheck's routes (body %.200s)", c.Method, c.Path, c.Body)
			continue
		}
		p.ps = append(p.ps, apicheck.Payload{Type: typ, JSON: c.Body, Where: c.Method + " " + c.Path})
	}
}

// driver sends interactions to the bot through the fake, one at a time,
// each from a user of its own unless it names one (the per-user limits
// are not what this test is about).
type driver struct {
	t    *testing.T
	srv  *fakediscord.Server
	user int
	sent map[string]bool // "ask", "ask.question", "ref.query:autocomplete": what was covered
	// settle: an acknowledgement (type 5 or 6) is followed by its edit,
	// read as the answer (type 4 or 7). The program acknowledges any
	// answer slower than its 1.5 s DeferAfter, which a loaded machine
	// under -race reaches: what the test does next must not depend on it.
	settle bool
}

func (d *driver) member(guild string) *discordgo.Member {
	d.user++
	return &discordgo.Member{User: &discordgo.User{ID: strconv.Itoa(20000 + d.user)}, GuildID: guild}
}

// send dispatches i and returns its callback.
func (d *driver) send(i *discordgo.Interaction) fakediscord.Call {
	d.t.Helper()
	if i.Member == nil && i.User == nil {
		if i.GuildID != "" {
			i.Member = d.member(i.GuildID)
		} else {
			d.user++
			i.User = &discordgo.User{ID: strconv.Itoa(20000 + d.user)}
		}
	}
	if data, ok := i.Data.(discordgo.ApplicationCommandInteractionData); ok {
		suffix := ""
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			suffix = ":autocomplete"
		}
		d.sent[data.Name] = true
		for _, o := range data.Options {
			d.sent[data.Name+"."+o.Name+suffix] = true
		}
	}
	d.srv.Interaction(i)
	c := wait(d.t, d.srv, callback(i))
	if !d.settle {
		return c
	}
	var r struct{ Type int }
	if json.Unmarshal(c.Body, &r) != nil || r.Type != 5 && r.Type != 6 {
		return c
	}
	e := wait(d.t, d.srv, deferredReply(i.Token))
	typ := 4
	if r.Type == 6 {
		typ = 7
	}
	c.Body = []byte(fmt.Sprintf(`{"type":%d,"data":%s}`, typ, e.Body))
	return c
}

func (d *driver) cmd(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) response {
	d.t.Helper()
	return decode(d.t, d.send(command(name, opts...)))
}

func (d *driver) click(customID, messageID string) response {
	d.t.Helper()
	i := click(customID, "")
	i.Member = d.member("700")
	i.Message.ID = messageID
	return decode(d.t, d.send(i))
}

func (d *driver) autocomplete(name, option, typed string) response {
	d.t.Helper()
	i := &discordgo.Interaction{Type: discordgo.InteractionApplicationCommandAutocomplete, GuildID: "700", ChannelID: "800",
		Data: discordgo.ApplicationCommandInteractionData{Name: name, Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: option, Type: discordgo.ApplicationCommandOptionString, Value: typed, Focused: true}}}}
	return decode(d.t, d.send(i))
}

// mention posts a message mentioning the bot (any message, in a DM) and
// waits for the reply: one that references it, or the first message in
// the thread started on it.
func (d *driver) mention(channel, guild, text string) {
	d.t.Helper()
	m := &discordgo.Message{ChannelID: channel, GuildID: guild, Content: text}
	if guild != "" {
		m.Content = "<@" + fakediscord.DefaultApplicationID + "> " + text
		m.Mentions = []*discordgo.User{{ID: fakediscord.DefaultApplicationID}}
	}
	d.user++
	m.Author = &discordgo.User{ID: strconv.Itoa(20000 + d.user)}
	d.srv.Message(m)
	wait(d.t, d.srv, func(c fakediscord.Call) bool {
		return c.Method == "POST" && (c.Path == "/channels/"+m.ID+"/messages" ||
			strings.HasPrefix(c.Path, "/channels/") && strings.HasSuffix(c.Path, "/messages") && bytes.Contains(c.Body, []byte(`"message_id":"`+m.ID+`"`)))
	})
}

func strOpt(name, v string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: v}
}

func intOpt(name string, v int) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionInteger, Value: float64(v)}
}

func boolOpt(name string, v bool) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionBoolean, Value: v}
}

// originalMessage reads the message an interaction's response made, as
// Discord holds it, through the fake's webhook API.
func originalMessage(t *testing.T, srv *fakediscord.Server, i *discordgo.Interaction) discordgo.Message {
	t.Helper()
	resp, err := http.Get(srv.APIURL() + "webhooks/" + fakediscord.DefaultApplicationID + "/" + i.Token + "/messages/@original")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m discordgo.Message
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil || resp.StatusCode != 200 {
		t.Fatalf("original message of %s: %d %v", i.Token, resp.StatusCode, err)
	}
	return m
}

// TestEveryPayloadTypeChecks drives the real program through the fake
// Discord through every command, option, button, autocomplete, mention,
// DM, thread, deferral, paging update and registration, and serve mode's
// HTTP answers, and type-checks every body the bot sent against
// discord-api-types v10 (tsc --noEmit --strict; see internal/apicheck).
func TestEveryPayloadTypeChecks(t *testing.T) {
	apicheck.Tools(t) // skip (or fail) before any work without node and npm
	col := &payloads{t: t}
	sent := map[string]bool{}

	// The Gateway program: global registration and every command.
	srv, _, stop := startBot(t, nil)
	gatewayCommands(t, &driver{t: t, srv: srv, sent: sent, settle: true})
	stop()
	col.rest(srv)

	// Registration on one server, and the server's mentions in threads.
	srv, _, stop = startBot(t, map[string]string{"DISCORD_GUILD_ID": "700", "DISCORD_APP_ID": fakediscord.DefaultApplicationID})
	d := &driver{t: t, srv: srv, sent: sent, settle: true}
	set := command("settings", boolOpt("threads", true))
	set.Member = &discordgo.Member{User: &discordgo.User{ID: "1"}, GuildID: "700", Permissions: discordgo.PermissionManageGuild}
	d.send(set)
	d.mention("800", "700", "when did the US open its embassy in Dushanbe?")
	wait(t, srv, fakediscord.Match("POST", "/channels/800/messages/*/threads"))
	stop()
	col.rest(srv)

	// Deferrals: a bot that acknowledges first and edits the answer in.
	srv, b := deferringBot(t)
	deferrals(t, &driver{t: t, srv: srv, sent: sent}, b)

	// serve mode: the HTTP endpoint's answers, immediate and deferred.
	col.ps = append(col.ps, served(t)...)
	col.ps = append(col.ps, servedDeferred(t, srv, b)...)
	col.rest(srv)

	covered(t, sent, col.ps)
	distinct := apicheck.Distinct(col.ps)
	fails := apicheck.Typecheck(t, distinct)
	t.Logf("%d of %d distinct payloads (%d sent) fail to type-check", len(fails), len(distinct), len(col.ps))
}

// covered fails the test unless every command and option (and
// autocomplete) was sent, and every kind of payload the bot makes was
// seen: a new command or response type must be added here.
func covered(t *testing.T, sent map[string]bool, ps []apicheck.Payload) {
	t.Helper()
	for _, c := range bot.Commands() {
		want := []string{c.Name}
		for _, o := range c.Options {
			want = append(want, c.Name+"."+o.Name)
			if o.Autocomplete {
				want = append(want, c.Name+"."+o.Name+":autocomplete")
			}
		}
		for _, w := range want {
			if !sent[w] {
				t.Errorf("the test never sent %s", w)
			}
		}
	}
	types := map[string]bool{}
	for _, p := range ps {
		types[p.Type] = true
		if p.Type == "RESTPostAPIInteractionCallbackJSONBody" || p.Type == apicheck.InteractionResponse {
			var r struct{ Type int }
			json.Unmarshal(p.JSON, &r) //nolint:errcheck // type-checked after
			types[fmt.Sprintf("%s type %d", p.Type, r.Type)] = true
		}
	}
	for _, w := range []string{"RESTPutAPIApplicationCommandsJSONBody", "RESTPutAPIApplicationGuildCommandsJSONBody", "RESTPostAPIChannelMessageJSONBody",
		"RESTPostAPIChannelThreadsJSONBody", "RESTPostAPIChannelMessagesThreadsJSONBody", "RESTPatchAPIInteractionOriginalResponseJSONBody",
		"RESTPostAPIInteractionCallbackJSONBody type 4", "RESTPostAPIInteractionCallbackJSONBody type 5", "RESTPostAPIInteractionCallbackJSONBody type 6",
		"RESTPostAPIInteractionCallbackJSONBody type 7", "RESTPostAPIInteractionCallbackJSONBody type 8",
		"APIInteractionResponse type 1", "APIInteractionResponse type 4", "APIInteractionResponse type 5", "APIInteractionResponse type 6", "APIInteractionResponse type 7", "APIInteractionResponse type 8"} {
		if !types[w] {
			t.Errorf("no %s among the payloads", w)
		}
	}
}

// gatewayCommands sends every command, option, button and autocomplete,
// and mentions in a channel, a discussion thread and a DM.
func gatewayCommands(t *testing.T, d *driver) {
	// /ask: answered, private, not answered, empty, hostile, rate-limited.
	ask := askInteraction("When did the United States open its embassy in Dushanbe?")
	ar := decode(t, d.send(ask))
	msg := originalMessage(t, d.srv, ask)
	d.cmd("ask", strOpt("question", "what did the SCO demand in 2005?"), boolOpt("private", true))
	d.cmd("ask", strOpt("question", "What year did the Titanic sink?"))
	d.cmd("ask", strOpt("question", "  \u200b "))
	d.cmd("ask", strOpt("question", strings.Repeat("aid @everyone ", 300)))
	limited := &discordgo.Member{User: &discordgo.User{ID: "30001"}, GuildID: "700"}
	for k := 0; k < 6; k++ {
		i := askInteraction("who led the opposition in the civil war?")
		i.Member = limited
		d.send(i)
	}
	// Its buttons: next passage (an update), sources, votes, forged ones.
	for _, btn := range buttonsOf(t, ar) {
		d.click(btn.CustomID, msg.ID)
	}
	d.click("pb1:next:7:99.99,x", msg.ID)
	d.click("other:1", msg.ID)
	d.click("pb1:src:1", msg.ID)

	d.cmd("ref", strOpt("query", "crosston"))
	d.cmd("ref", strOpt("query", "6"))
	d.cmd("ref", strOpt("query", "the"))
	d.cmd("ref", strOpt("query", "zzzzqx"))
	d.cmd("passage", intOpt("number", 8))
	d.cmd("passage", intOpt("page", 3))
	d.cmd("passage", intOpt("page", 2))
	d.cmd("passage", intOpt("number", 99))
	d.cmd("passage")

	// /discuss starts a thread and posts in it; students mention the bot there.
	dr := d.cmd("discuss", strOpt("topic", "US military aid and the war on terror"))
	thread := strings.TrimSuffix(strings.TrimPrefix(dr.Data.Content, "Discussion started: <#"), ">")
	d.mention(thread, "700", "when did the US lift the arms embargo?")
	d.cmd("discuss", strOpt("topic", "xyzzy qwertz"))
	d.cmd("discuss", strOpt("topic", "drug trafficking"), boolOpt("private", true)) // the preview: no thread

	qr := d.cmd("quiz")
	for k, btn := range buttonsOf(t, qr) {
		if k < 2 {
			d.click(btn.CustomID, "4000")
		}
	}
	d.cmd("quiz", strOpt("section", "Political"))
	d.cmd("quiz", strOpt("section", "zzzz"))
	d.cmd("leaderboard")
	empty := command("leaderboard")
	empty.GuildID = "701"
	d.send(empty)

	tr := d.cmd("timeline")
	d.click(buttonsOf(t, tr)[1].CustomID, "4001")
	d.cmd("timeline", intOpt("from", 1991), intOpt("to", 1992))
	d.cmd("timeline", intOpt("from", 2050))

	d.cmd("glossary")
	d.cmd("glossary", strOpt("term", "ABC"))
	d.cmd("glossary", strOpt("term", "zzzz"))

	for _, ac := range [][3]string{{"ref", "query", "jon"}, {"ref", "query", "zzzzqx"}, {"glossary", "term", "ab"}, {"glossary", "term", "zzzz"},
		{"quiz", "section", "pol"}, {"quiz", "section", "zzzz"}, {"quiz", "section", ""}} {
		d.autocomplete(ac[0], ac[1], ac[2])
	}

	d.cmd("help")
	d.cmd("frobnicate")

	// Mentions: in a channel, empty, and a DM.
	d.mention("800", "700", "how much aid did the US give Tajikistan from 1992 to 2010?")
	d.mention("800", "700", "")
	d.mention("900", "", "why did the US give Tajikistan military equipment in 2002?")

	// /settings: refused, shown, saved, wrong; then a channel outside the list.
	set := func(opts ...*discordgo.ApplicationCommandInteractionDataOption) {
		i := command("settings", opts...)
		i.Member = &discordgo.Member{User: &discordgo.User{ID: "1"}, GuildID: "700", Permissions: discordgo.PermissionManageGuild}
		d.send(i)
	}
	d.cmd("settings", strOpt("channels", "<#800>"))
	set()
	set(strOpt("channels", "x"))
	set(strOpt("channels", "<#800>"), boolOpt("private", true))
	set(boolOpt("show_names", true))
	// /report (no PAPERBOT_PUBLIC_URL here: "not set up") and /forget
	// with both of its buttons.
	rep := command("report")
	rep.Member = &discordgo.Member{User: &discordgo.User{ID: "1"}, GuildID: "700", Permissions: discordgo.PermissionManageGuild}
	d.send(rep)
	fr := d.cmd("forget")
	for _, btn := range buttonsOf(t, fr) {
		d.click(btn.CustomID, "4002")
	}
	outside := askInteraction("when did the US open its embassy?")
	outside.ChannelID = "801"
	d.send(outside)
	dm := askInteraction("when did the US open its embassy?")
	dm.GuildID = ""
	d.send(dm)
}

// deferringBot is a bot, with a database, that acknowledges every
// interaction before answering it (DeferAfter of a nanosecond).
func deferringBot(t *testing.T) (*fakediscord.Server, *bot.Bot) {
	t.Helper()
	srv := fakediscord.New(t)
	db, err := store.Open(filepath.Join(t.TempDir(), "d.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e, err := loadEngine("")
	if err != nil {
		t.Fatal(err)
	}
	b, err := bot.New(bot.Config{Token: "t", APIURL: srv.APIURL(), Store: db, DeferAfter: time.Nanosecond}, e)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := b.Open(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return srv, b
}

// deferrals sends interactions until each kind of deferral was seen
// (the answer may rarely beat a nanosecond): type 5 public and private,
// type 6 for the paging buttons, and the edits after them.
func deferrals(t *testing.T, d *driver, b *bot.Bot) {
	// the edit of the acknowledgement, or, for a private reply after a
	// public one (/help here), the private follow-up that replaces it
	editOf := func(i *discordgo.Interaction) fakediscord.Call {
		return wait(t, d.srv, deferredReply(i.Token))
	}
	deferred := func(make func() *discordgo.Interaction, typ int) *discordgo.Interaction {
		t.Helper()
		for try := 0; try < 20; try++ {
			i := make()
			if decode(t, d.send(i)).Type == typ {
				editOf(i)
				return i
			}
		}
		t.Fatalf("never deferred as type %d", typ)
		return nil
	}
	ask := deferred(func() *discordgo.Interaction {
		return askInteraction("When did the United States open its embassy in Dushanbe?")
	}, 5)
	var r response
	if err := editOf(ask).Decode(&r.Data); err != nil {
		t.Fatal(err)
	}
	msg := originalMessage(t, d.srv, ask)
	deferred(func() *discordgo.Interaction {
		return command("ask", strOpt("question", "what did the SCO demand in 2005?"), boolOpt("private", true))
	}, 5)
	deferred(func() *discordgo.Interaction { return command("help") }, 5)
	deferred(func() *discordgo.Interaction { return command("quiz") }, 5)
	for _, btn := range buttonsOf(t, r) {
		typ := 5
		if strings.Contains(btn.CustomID, ":next:") {
			typ = 6
		}
		deferred(func() *discordgo.Interaction {
			i := click(btn.CustomID, "")
			i.Member = d.member("700")
			i.Message.ID = msg.ID
			return i
		}, typ)
	}
	deferred(func() *discordgo.Interaction {
		i := click("pb1:tl:0:0:1:n", "")
		i.Member = d.member("700")
		i.Message.ID = msg.ID
		return i
	}, 6)
}

// signer signs interaction bodies as Discord does for an HTTP endpoint.
type signer struct {
	pub  ed25519.PublicKey
	priv ed25519.PrivateKey
}

func newSigner(t *testing.T) signer {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return signer{pub, priv}
}

// post sends a signed interaction to url and returns the answer's body.
func (s signer) post(t *testing.T, url, body string) []byte {
	t.Helper()
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	req, err := http.NewRequest("POST", url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(s.priv, []byte(stamp+body))))
	req.Header.Set("X-Signature-Timestamp", stamp)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("POST %s: %d %v %s", url, resp.StatusCode, err, b)
	}
	return b
}

// servedInteractions are interactions as Discord posts them to an HTTP
// endpoint: a ping, a command, an autocomplete and the paging buttons.
func servedInteractions() []string {
	app := fakediscord.DefaultApplicationID
	head := func(id, typ string) string {
		return `{"id":"` + id + `","application_id":"` + app + `","type":` + typ + `,"token":"t` + id + `","version":1,"guild_id":"7","channel_id":"8","member":{"user":{"id":"9` + id + `"}},`
	}
	return []string{
		`{"id":"1","application_id":"` + app + `","type":1,"token":"t1","version":1}`,
		head("2", "2") + `"data":{"id":"4","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"When did the United States open its embassy in Dushanbe?"}]}}`,
		head("3", "4") + `"data":{"id":"4","name":"ref","type":1,"options":[{"name":"query","type":3,"value":"jon","focused":true}]}}`,
		head("4", "4") + `"data":{"id":"4","name":"ref","type":1,"options":[{"name":"query","type":3,"value":"zzzzqx","focused":true}]}}`,
		head("5", "3") + `"message":{"id":"55","channel_id":"8"},"data":{"custom_id":"pb1:tl:0:0:1:n","component_type":2}}`,
		head("6", "3") + `"message":{"id":"56","channel_id":"8"},"data":{"custom_id":"pb1:src:4","component_type":2}}`,
		head("7", "2") + `"data":{"id":"4","name":"help","type":1}}`,
	}
}

// served runs "paperbot serve" and returns its answers to signed
// interactions.
func served(t *testing.T) []apicheck.Payload {
	t.Helper()
	s := newSigner(t)
	srv := fakediscord.New(t)
	logs := &syncBuffer{}
	env := map[string]string{"DISCORD_TOKEN": testToken, "DISCORD_API_URL": srv.APIURL(), "DISCORD_PUBLIC_KEY": hex.EncodeToString(s.pub),
		"PAPERBOT_DB": filepath.Join(t.TempDir(), "s.db"), "PAPERBOT_HTTP_ADDR": "127.0.0.1:0"}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), &bytes.Buffer{}, logs)
	}()
	defer func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("serve did not stop within 5s")
		}
	}()
	addr := httpAddr(t, logs)
	var ps []apicheck.Payload
	for k, body := range servedInteractions() {
		ps = append(ps, apicheck.Payload{Type: apicheck.InteractionResponse, JSON: s.post(t, "http://"+addr+"/interactions", body), Where: fmt.Sprintf("serve: HTTP answer to interaction %d", k)})
	}
	return ps
}

// servedDeferred returns the HTTP endpoint's acknowledgements by the
// deferring bot b, once b edited its answers in (through srv, b's fake).
func servedDeferred(t *testing.T, srv *fakediscord.Server, b *bot.Bot) []apicheck.Payload {
	t.Helper()
	s := newSigner(t)
	h := httptest.NewServer(server.Handler(server.Options{PublicKey: s.pub, Respond: b.Respond, Marshal: bot.MarshalResponse}))
	defer h.Close()
	var ps []apicheck.Payload
	for k, body := range servedInteractions() {
		// The answer may rarely beat a nanosecond's deferral (a busy
		// machine under -race): send the same interaction again, under a
		// new id and token, until it is deferred, as deferrals does.
		for try := 0; ; try++ {
			b := retag(body, try)
			out := s.post(t, h.URL+"/interactions", b)
			ps = append(ps, apicheck.Payload{Type: apicheck.InteractionResponse, JSON: out, Where: fmt.Sprintf("serve: deferred HTTP answer to interaction %d", k)})
			var r struct{ Type int }
			if err := json.Unmarshal(out, &r); err != nil {
				t.Fatalf("interaction %d: %v in %s", k, err, out)
			}
			if r.Type == 5 || r.Type == 6 {
				var i struct{ Token string }
				json.Unmarshal([]byte(b), &i) //nolint:errcheck // our own JSON
				wait(t, srv, deferredReply(i.Token))
			}
			if (r.Type != 4 && r.Type != 7) || try == 20 {
				break
			}
		}
	}
	return ps
}

// retag gives a served interaction a new id and token for its try'th
// resend, so that it is not taken for a replay.
func retag(body string, try int) string {
	if try == 0 {
		return body
	}
	var i struct{ ID, Token string }
	json.Unmarshal([]byte(body), &i) //nolint:errcheck // our own JSON
	body = strings.Replace(body, `"id":"`+i.ID+`"`, fmt.Sprintf(`"id":"%s%03d"`, i.ID, try), 1)
	return strings.Replace(body, `"token":"`+i.Token+`"`, fmt.Sprintf(`"token":"%s-%d"`, i.Token, try), 1)
}
