package fakediscord

import (
	"context"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"net/http"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// These tests use Retarget, which mutates discordgo's globals, so none of
// them may call t.Parallel.

const testToken = "Bot test-token"

// checkNoSessionGoroutines fails the test if a discordgo session is still
// running after Close: a reconnect that raced Close would otherwise keep
// dialling forever and read the Endpoint globals later tests Retarget.
// Valid only because these tests never run in parallel.
func checkNoSessionGoroutines(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for {
		buf := make([]byte, 1<<20)
		stacks := string(buf[:runtime.Stack(buf, true)])
		if !strings.Contains(stacks, "discordgo.(*Session).") {
			return
		}
		if time.Now().After(deadline) {
			t.Errorf("discordgo session goroutines outlive Close:\n%s", stacks)
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// maxBeatsLocked is the most heartbeats received on one open connection.
// The caller holds s.mu.
func (s *Server) maxBeatsLocked() int {
	n := 0
	for c := range s.conns {
		n = max(n, c.beats)
	}
	return n
}

func timeout(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// openSession opens a real discordgo session against srv and closes it
// before srv closes (cleanups run last-in first-out).
func openSession(t *testing.T, srv *Server, setup func(*discordgo.Session)) *discordgo.Session {
	t.Helper()
	dg, err := discordgo.New(testToken)
	if err != nil {
		t.Fatal(err)
	}
	if setup != nil {
		setup(dg)
	}
	if err := dg.Open(); err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		CloseSession(dg)
		checkNoSessionGoroutines(t)
	})
	if err := srv.WaitReady(timeout(t)); err != nil {
		t.Fatal(err)
	}
	return dg
}

// pong answers every interaction with "pong" and reports what it saw.
func pong(seen chan<- string) func(*discordgo.Session) {
	return func(dg *discordgo.Session) {
		dg.AddHandler(func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
			err := s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{Content: "pong"},
			})
			if err != nil {
				seen <- "error: " + err.Error()
				return
			}
			seen <- ic.ApplicationCommandData().Name
		})
	}
}

func ping(srv *Server) *discordgo.Interaction {
	i := &discordgo.Interaction{
		GuildID:   "700000000000000001",
		ChannelID: "700000000000000002",
		Data:      discordgo.ApplicationCommandInteractionData{Name: "ping"},
	}
	srv.Interaction(i)
	return i
}

func callbackOf(i *discordgo.Interaction) func(Call) bool {
	return Match("POST", "/interactions/"+i.ID+"/"+i.Token+"/callback")
}

func receive(t *testing.T, ctx context.Context, ch <-chan string) string {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-ctx.Done():
		t.Fatal("handler did not run")
		return ""
	}
}

func TestInteractionRoundTrip(t *testing.T) {
	srv := New(t)
	srv.Retarget()
	seen := make(chan string, 1)
	openSession(t, srv, pong(seen))
	ctx := timeout(t)

	i := ping(srv)
	if got := receive(t, ctx, seen); got != "ping" {
		t.Fatalf("handler saw %q, want command ping", got)
	}
	c, err := srv.WaitCall(ctx, callbackOf(i))
	if err != nil {
		t.Fatal(err)
	}
	var body struct {
		Type int `json:"type"`
		Data struct {
			Content string `json:"content"`
		} `json:"data"`
	}
	if err := c.Decode(&body); err != nil {
		t.Fatal(err)
	}
	if body.Type != 4 || body.Data.Content != "pong" || c.Status != http.StatusNoContent {
		t.Errorf("callback = type %d content %q status %d, want 4 pong 204", body.Type, body.Data.Content, c.Status)
	}
	if got := c.Header.Get("Authorization"); got != testToken {
		t.Errorf("Authorization = %q", got)
	}
	if len(srv.CallsMatching(Match("GET", "/gateway"))) != 1 {
		t.Errorf("want one GET /gateway in %v", srv.Calls())
	}
}

func TestIdentifyCarriesTokenAndIntents(t *testing.T) {
	srv := New(t)
	srv.Retarget()
	want := discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages | discordgo.IntentsMessageContent
	openSession(t, srv, func(dg *discordgo.Session) { dg.Identify.Intents = want })

	id, ok := srv.LastIdentify()
	if !ok || srv.Identifies() != 1 {
		t.Fatalf("identifies = %d", srv.Identifies())
	}
	if id.Token != testToken || id.Intents != want {
		t.Errorf("IDENTIFY token %q intents %d, want %q %d", id.Token, id.Intents, testToken, want)
	}
	if !id.Compress {
		t.Error("discordgo should ask for compression by default")
	}
}

func TestDropConnectionResumes(t *testing.T) {
	srv := New(t)
	srv.Retarget()
	seen := make(chan string, 1)
	openSession(t, srv, pong(seen))
	ctx := timeout(t)

	srv.DropConnection()
	// Dispatched while discordgo reconnects: queued until RESUMED.
	i := ping(srv)
	if err := srv.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	if got := receive(t, ctx, seen); got != "ping" {
		t.Fatalf("after reconnect handler saw %q", got)
	}
	if _, err := srv.WaitCall(ctx, callbackOf(i)); err != nil {
		t.Fatal(err)
	}
	if srv.Resumes() != 1 || srv.Identifies() != 1 {
		t.Errorf("resumes %d identifies %d, want 1 and 1", srv.Resumes(), srv.Identifies())
	}
}

func TestRateLimitIsRetried(t *testing.T) {
	srv := New(t, WithRateLimit("POST /channels/*/messages", 1))
	srv.Retarget()
	dg, err := discordgo.New(testToken)
	if err != nil {
		t.Fatal(err)
	}
	var limited int
	dg.AddHandler(func(*discordgo.Session, *discordgo.RateLimit) { limited++ })
	dg.SyncEvents = true

	start := time.Now()
	m, err := dg.ChannelMessageSend("42", "hello")
	if err != nil {
		t.Fatal(err)
	}
	if elapsed := time.Since(start); elapsed < RateLimitRetryAfter {
		t.Errorf("retried after %v, before retry_after %v", elapsed, RateLimitRetryAfter)
	}
	if m.ID == "" || m.ChannelID != "42" || m.Content != "hello" || m.Author == nil || !m.Author.Bot {
		t.Errorf("message = %+v", m)
	}
	calls := srv.CallsMatching(Match("POST", "/channels/42/messages"))
	if len(calls) != 2 || calls[0].Status != http.StatusTooManyRequests || calls[1].Status != http.StatusOK {
		t.Fatalf("calls = %+v, want a 429 then a 200", calls)
	}
	if limited != 1 {
		t.Errorf("RateLimit events = %d, want 1", limited)
	}
}

func TestStatusFailsOnce(t *testing.T) {
	srv := New(t, WithStatus("GET /channels/*", http.StatusInternalServerError, 1))
	srv.Retarget()
	dg, _ := discordgo.New(testToken)

	_, err := dg.Channel("42")
	var rerr *discordgo.RESTError
	if !errors.As(err, &rerr) || rerr.Response.StatusCode != http.StatusInternalServerError {
		t.Fatalf("first call err = %v, want a 500 RESTError", err)
	}
	ch, err := dg.Channel("42")
	if err != nil || ch.ID != "42" {
		t.Fatalf("second call = %+v, %v", ch, err)
	}
}

func TestUnknownRouteIs404AndRecorded(t *testing.T) {
	srv := New(t)
	srv.Retarget()
	dg, _ := discordgo.New(testToken)

	_, err := dg.GuildRoles("1")
	var rerr *discordgo.RESTError
	if !errors.As(err, &rerr) || rerr.Response.StatusCode != http.StatusNotFound || rerr.Message == nil {
		t.Fatalf("err = %v, want a decoded 404", err)
	}
	if got := srv.CallsMatching(Match("GET", "/guilds/1/roles")); len(got) != 1 || got[0].Status != 404 {
		t.Errorf("calls = %+v", got)
	}
}

// TestInteractionLifecycle walks the REST calls a slash command handler
// makes: defer, edit the original, follow up, and a rejected second ack.
func TestInteractionLifecycle(t *testing.T) {
	srv := New(t)
	srv.Retarget()
	dg, _ := discordgo.New(testToken)
	i := ping(srv) // no session connected: queued, only the token matters here

	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	if _, err := dg.InteractionResponseEdit(i, &discordgo.WebhookEdit{}); err == nil {
		t.Error("editing before acknowledging should fail")
	}
	must(dg.InteractionRespond(i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}))
	err := dg.InteractionRespond(i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
	var rerr *discordgo.RESTError
	if !errors.As(err, &rerr) || rerr.Message == nil || rerr.Message.Code != 40060 {
		t.Errorf("second ack err = %v, want code 40060", err)
	}
	content := "answer"
	edited, err := dg.InteractionResponseEdit(i, &discordgo.WebhookEdit{Content: &content})
	must(err)
	orig, err := dg.InteractionResponse(i)
	must(err)
	if edited.Content != "answer" || orig.ID != edited.ID || orig.Content != "answer" || orig.ChannelID != i.ChannelID {
		t.Errorf("edited %+v, original %+v", edited, orig)
	}
	f, err := dg.FollowupMessageCreate(i, true, &discordgo.WebhookParams{
		Content: "more",
		Files:   []*discordgo.File{{Name: "a.txt", ContentType: "text/plain", Reader: strings.NewReader("hi")}},
	})
	must(err)
	if f.Content != "more" || len(f.Attachments) != 1 || f.Attachments[0].Filename != "a.txt" {
		t.Errorf("followup = %+v", f)
	}
	c, err := srv.WaitCall(timeout(t), Match("POST", "/webhooks/*/"+i.Token))
	must(err)
	files, err := c.Files()
	must(err)
	var params discordgo.WebhookParams
	must(c.Decode(&params))
	if len(files) != 1 || string(files[0].Data) != "hi" || params.Content != "more" {
		t.Errorf("multipart followup: files %+v params %+v", files, params)
	}
	must(dg.InteractionResponseDelete(i))
}

func TestRESTRoutes(t *testing.T) {
	srv := New(t, WithApplicationID("55"), WithBotUser(discordgo.User{ID: "66", Username: "paperbot"}),
		WithChannel(&discordgo.Channel{ID: "10", GuildID: "9", Name: "general", Type: discordgo.ChannelTypeGuildText}))
	srv.Retarget()
	dg, _ := discordgo.New(testToken)

	me, err := dg.User("@me")
	if err != nil || me.ID != "66" || !me.Bot {
		t.Fatalf("users/@me = %+v, %v", me, err)
	}
	cmds, err := dg.ApplicationCommandBulkOverwrite("55", "9", []*discordgo.ApplicationCommand{{Name: "ask", Description: "Ask"}})
	if err != nil || len(cmds) != 1 || cmds[0].ID == "" || cmds[0].GuildID != "9" || cmds[0].ApplicationID != "55" {
		t.Fatalf("bulk overwrite = %+v, %v", cmds, err)
	}
	if cmds, err = dg.ApplicationCommandBulkOverwrite("55", "", nil); err != nil || len(cmds) != 0 {
		t.Fatalf("global overwrite = %+v, %v", cmds, err)
	}
	m, err := dg.ChannelMessageSend("10", "q")
	if err != nil {
		t.Fatal(err)
	}
	th, err := dg.MessageThreadStart("10", m.ID, "discussion", 60)
	if err != nil || th.ID != m.ID || th.ParentID != "10" || th.GuildID != "9" || !th.IsThread() {
		t.Fatalf("message thread = %+v, %v", th, err)
	}
	th2, err := dg.ThreadStart("10", "other", discordgo.ChannelTypeGuildPublicThread, 60)
	if err != nil || th2.Name != "other" {
		t.Fatalf("thread = %+v, %v", th2, err)
	}
	if got, err := dg.Channel(th2.ID); err != nil || got.Name != "other" {
		t.Fatalf("GET thread = %+v, %v", got, err)
	}
	dm, err := dg.UserChannelCreate("77")
	if err != nil || dm.Type != discordgo.ChannelTypeDM || len(dm.Recipients) != 1 || dm.Recipients[0].ID != "77" {
		t.Fatalf("DM = %+v, %v", dm, err)
	}
}

// TestAttachIsolated drives a session through Attach alone: discordgo's
// globals still name discord.com, yet everything reaches the fake, zlib
// frames included.
func TestAttachIsolated(t *testing.T) {
	if !strings.HasPrefix(discordgo.EndpointAPI, "https://discord.com/") {
		t.Fatalf("EndpointAPI = %q: a Retarget was not restored", discordgo.EndpointAPI)
	}
	srv := New(t, WithZlib(), WithHeartbeatInterval(100*time.Millisecond))
	seen := make(chan string, 1)
	openSession(t, srv, func(dg *discordgo.Session) {
		srv.Attach(dg)
		pong(seen)(dg)
	})
	ctx := timeout(t)
	i := ping(srv)
	if got := receive(t, ctx, seen); got != "ping" {
		t.Fatalf("handler saw %q", got)
	}
	if _, err := srv.WaitCall(ctx, callbackOf(i)); err != nil {
		t.Fatal(err)
	}
	// Heartbeats keep coming and are acknowledged: discordgo drops a
	// connection when it sends a heartbeat more than 5 intervals after the
	// last ACK (or HELLO), so without ACKs the 7th heartbeat is the last on
	// a connection, and 8 on one connection prove the ACKs arrive.
	if err := srv.waitFor(ctx, func() bool { return srv.maxBeatsLocked() >= 8 }); err != nil {
		t.Fatalf("heartbeats: %d, %v", srv.Heartbeats(), err)
	}
	if srv.Identifies() != 1 || srv.Resumes() != 0 {
		t.Errorf("identifies %d resumes %d", srv.Identifies(), srv.Resumes())
	}
}

func TestMessageCreate(t *testing.T) {
	srv := New(t)
	srv.Retarget()
	got := make(chan string, 1)
	openSession(t, srv, func(dg *discordgo.Session) {
		dg.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { got <- m.Content + "/" + m.Author.ID })
	})
	srv.Message(&discordgo.Message{ChannelID: "5", Content: "hello"})
	if v := receive(t, timeout(t), got); v != "hello/"+TestUserID {
		t.Errorf("handler saw %q", v)
	}
}

// TestRetargetCoversEndpoints parses discordgo's endpoints.go and checks
// that every string-valued Endpoint* variable is retargeted and restored,
// so an upgrade that adds one cannot silently leak traffic to discord.com.
func TestRetargetCoversEndpoints(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/bwmarrin/discordgo").Output()
	if err != nil {
		t.Skipf("cannot locate discordgo source: %v", err)
	}
	file := filepath.Join(strings.TrimSpace(string(out)), "endpoints.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	inits := map[string]ast.Expr{}
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
			for _, spec := range g.Specs {
				vs := spec.(*ast.ValueSpec)
				for k, n := range vs.Names {
					inits[n.Name] = vs.Values[k]
				}
			}
		}
	}
	// isFunc follows aliases such as EndpointGuildEmbed = EndpointGuildWidget.
	var isFunc func(ast.Expr) bool
	isFunc = func(e ast.Expr) bool {
		switch e := e.(type) {
		case *ast.FuncLit:
			return true
		case *ast.Ident:
			if init, ok := inits[e.Name]; ok {
				return isFunc(init)
			}
		}
		return false
	}
	vars := endpointVars()
	for name, init := range inits {
		if strings.HasPrefix(name, "Endpoint") && !isFunc(init) {
			if _, ok := vars[name]; !ok {
				t.Errorf("discordgo.%s is not retargeted", name)
			}
		}
	}

	before := map[string]string{}
	for name, p := range vars {
		before[name] = *p
	}
	srv := New(t)
	restore := srv.Retarget()
	for name, p := range vars {
		if !strings.HasPrefix(*p, srv.URL()+"/") {
			t.Errorf("%s = %q after Retarget", name, *p)
		}
	}
	for _, u := range []string{
		discordgo.EndpointInteractionResponse("1", "t"),
		discordgo.EndpointApplicationGuildCommands("1", "2"),
		discordgo.EndpointUserAvatar("1", "2"),
		discordgo.EndpointOauth2Application("1"),
		discordgo.EndpointGuildEmbed("1"),
	} {
		if !strings.HasPrefix(u, srv.URL()+"/") {
			t.Errorf("func endpoint gives %q after Retarget", u)
		}
	}
	if discordgo.EndpointGateway != srv.APIURL()+"gateway" {
		t.Errorf("EndpointGateway = %q", discordgo.EndpointGateway)
	}
	restore()
	for name, p := range vars {
		if *p != before[name] {
			t.Errorf("%s = %q after restore, want %q", name, *p, before[name])
		}
	}
}

func TestForget(t *testing.T) {
	srv := New(t)
	resp, err := srv.Client().Post(srv.APIURL()+"channels/8/messages", "application/json", strings.NewReader(`{"content":"hi"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	srv.Interaction(&discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, ChannelID: "8"})
	srv.mu.Lock()
	before := [3]int{len(srv.calls), len(srv.messages), len(srv.tokens)}
	srv.mu.Unlock()
	if before != [3]int{1, 1, 1} {
		t.Fatalf("before Forget: calls, messages, tokens %v", before)
	}
	srv.Forget()
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if len(srv.calls) != 0 || len(srv.messages) != 0 || len(srv.tokens) != 0 {
		t.Errorf("after Forget: %d calls, %d messages, %d tokens", len(srv.calls), len(srv.messages), len(srv.tokens))
	}
}
