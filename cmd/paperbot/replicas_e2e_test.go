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
	mrand "math/rand/v2"
	"net"
	"net/http"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"paperbot/answer"
	"paperbot/bot"
	"paperbot/classroom"
	"paperbot/internal/fakediscord"
	"paperbot/internal/pgtest"
	"paperbot/server"
	"paperbot/store"
)

// The end-to-end test of issue 11: several programs on one PostgreSQL.
//
// Three `serve` replicas and two Gateway shards are built in this process
// the way runbot.go builds them (store.Open on the same URL, each its own
// pool, bot.New, server.New with a store.Seen), against fake Discords. A
// script of interactions from many users (quiz answers, questions, votes,
// leaderboards, glossary and timeline look-ups) is sent: most over HTTP to
// the replicas in turn, some of them to two replicas at once (a replay),
// the rest through the Gateway to the shard that owns the guild (one fake
// Discord per shard: Discord routes a guild's events to one shard). One
// replica is killed mid-burst (its listener and connections closed at
// once, its store closed) and PostgreSQL is restarted once.
//
// The client behaves like Discord plus an impatient user: an HTTP
// attempt that fails at transport level, or with 503 (not acted on), or
// 409 (claimed by a replica that died, before its lease ran out), is
// sent again, same id, to the next live replica; an answer saying the
// write failed ("couldn't record") is a user clicking again: a new
// interaction. "Answered exactly once" then means:
//
//   - every interaction of the script got one response: all the 200
//     bodies received for one id (replays included) are the same bytes;
//     through the Gateway, exactly one callback per id;
//   - every write acknowledged to a user (a quiz answer's verdict, a vote's
//     thanks) is in the database once, and nothing else is: the quiz
//     answers are exactly the first (guild, quiz, user) triples, each
//     user's score equals that of a single process running the same
//     script on SQLite (points and answers; last_win is a time of day).
//
// A /settings change on one replica is seen by another within the
// settings cache's lifetime (bot's settingsTTL, 5 s): the test waits on
// the condition and checks the time it took.
func TestReplicasAndShardsOnePostgres(t *testing.T) {
	steps, users := 2000, 200
	if testing.Short() {
		steps, users = 400, 40
	}
	url, cluster := pgtest.Own(t)
	e, err := loadEngine("")
	if err != nil {
		t.Fatal(err)
	}
	sc := newScript(mrand.New(mrand.NewPCG(11, 7)), e, steps, users)

	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	rest := fakediscord.New(t)
	var reps []*replica
	for i := range 3 {
		r := startReplica(t, fmt.Sprint("replica", i), url, e, rest, pub)
		reps = append(reps, r)
	}
	var shards []*shard
	for i := range 2 {
		shards = append(shards, startShard(t, i, 2, url, e))
	}
	c := &client{t: t, priv: priv, reps: reps, shards: shards}

	// Settings: warm replica 2's cache for the settings guild, change the
	// settings through replica 1, wait for replica 2 to answer privately.
	settingsSeen := make(chan time.Duration, 1)
	go func() { settingsSeen <- c.settingsPropagate(reps[1], reps[2]) }()

	var killOnce, restartOnce sync.Once
	var sent atomic.Int64
	c.onStep = func() {
		n := sent.Add(1)
		if n == int64(len(sc.steps)*2/5) {
			killOnce.Do(func() {
				t.Logf("killing %s after %d steps", reps[0].name, n)
				reps[0].kill()
			})
		}
		if n == int64(len(sc.steps)*7/10) {
			restartOnce.Do(func() {
				t.Logf("restarting PostgreSQL after %d steps", n)
				if err := cluster.Restart(); err != nil {
					t.Errorf("restart PostgreSQL: %v", err)
				}
			})
		}
	}
	start := time.Now()
	c.run(sc)
	t.Logf("%d steps (%d interactions sent, %d HTTP attempts, %d replays, %d retried, %d user retries) in %v",
		len(sc.steps), c.interactions.Load(), c.attempts.Load(), c.replays.Load(), c.retried.Load(), c.userRetries.Load(), time.Since(start).Round(time.Millisecond))
	c.status.Range(func(k, v any) bool {
		t.Logf("attempts retried after HTTP status %v (0: transport error): %d", k, v.(*atomic.Int64).Load())
		return true
	})
	if d := <-settingsSeen; d > 0 {
		t.Logf("settings changed on replica1 seen by replica2 after %v (cache lifetime %v)", d.Round(time.Millisecond), 5*time.Second)
	}
	if t.Failed() {
		return
	}

	check := openCheck(t, url)
	c.verify(check)

	// The reference: one process, SQLite, the same script in order.
	ref := singleProcessScores(t, e, sc)
	for _, g := range sc.guilds {
		got := boardMap(t, check, g)
		if !equalBoards(got, ref[g]) {
			t.Errorf("guild %s: scores differ from a single-process run:\n got %v\nwant %v", g, got, ref[g])
		}
	}
}

// step is one user action of the script.
type step struct {
	user, guild string
	kind        string // quiz, ask, vote, leaderboard, glossary, timeline
	quiz        classroom.Quiz
	choice      int
	question    string
	gateway     bool // sent through the guild's shard, not HTTP
	replay      bool // sent to two replicas at once
}

type script struct {
	steps  []step
	guilds []string
}

// Guild ids whose shard (id >> 22 % 2) is 0 and 1.
var scriptGuilds = []string{strconv.FormatInt(700<<22, 10), strconv.FormatInt(701<<22, 10)}

const settingsGuild = "702000000000000000"

func newScript(r *mrand.Rand, e *answer.Engine, n, users int) *script {
	quizzes := classroom.NewQuizzer(e.Paper, nil).All() // the bots below get no plain-English list either
	questions := []string{
		"When did the United States open its embassy in Dushanbe?",
		"What was the Northern Distribution Network?",
		"Why did the US care about Tajikistan after 2001?",
		"What role did Russia play?",
		"How much aid did the US give?",
	}
	sc := &script{guilds: scriptGuilds}
	for range n {
		u := r.IntN(users)
		st := step{user: strconv.Itoa(100000 + u), guild: scriptGuilds[u%2]}
		switch p := r.IntN(100); {
		case p < 55:
			st.kind = "quiz"
			st.quiz = quizzes[r.IntN(min(len(quizzes), 12))] // a few quizzes: users answer the same ones again
			st.choice = r.IntN(len(st.quiz.Choices))
		case p < 72:
			st.kind, st.question = "ask", questions[r.IntN(len(questions))]
		case p < 82:
			st.kind = "vote"
		case p < 90:
			st.kind = "leaderboard"
		case p < 95:
			st.kind = "glossary"
		default:
			st.kind = "timeline"
		}
		st.gateway = r.IntN(100) < 20
		st.replay = !st.gateway && r.IntN(100) < 5
		sc.steps = append(sc.steps, st)
	}
	return sc
}

// interaction builds the step's interaction; a vote names the user's
// latest answered question's first vote button (none yet: a leaderboard).
func (st step) interaction(id string, lastVote string) *discordgo.Interaction {
	i := &discordgo.Interaction{
		ID: id, AppID: fakediscord.DefaultApplicationID, Token: "tok" + id, Version: 1,
		GuildID: st.guild, ChannelID: "800000000000000000",
		Member: &discordgo.Member{User: &discordgo.User{ID: st.user, Username: "u" + st.user}, GuildID: st.guild},
	}
	cmd := func(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) {
		i.Type = discordgo.InteractionApplicationCommand
		i.Data = discordgo.ApplicationCommandInteractionData{ID: "1", Name: name, CommandType: discordgo.ChatApplicationCommand, Options: opts}
	}
	button := func(custom string) {
		i.Type = discordgo.InteractionMessageComponent
		i.Data = discordgo.MessageComponentInteractionData{CustomID: custom, ComponentType: discordgo.ButtonComponent}
		i.Message = &discordgo.Message{ID: "900000000000000000", ChannelID: i.ChannelID}
	}
	switch st.kind {
	case "quiz":
		button(fmt.Sprintf("pb1:quiz:%s:%d", st.quiz.ID, st.choice))
	case "ask":
		cmd("ask", &discordgo.ApplicationCommandInteractionDataOption{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: st.question})
	case "vote":
		if lastVote == "" {
			cmd("leaderboard")
		} else {
			button(lastVote)
		}
	case "glossary":
		cmd("glossary", &discordgo.ApplicationCommandInteractionDataOption{Name: "term", Type: discordgo.ApplicationCommandOptionString, Value: "NDN"})
	case "timeline":
		cmd("timeline")
	default:
		cmd("leaderboard")
	}
	return i
}

// replica is one `serve` process.
type replica struct {
	name string
	db   *store.Store
	bot  *bot.Bot
	srv  *server.Server
	addr string
	logs *syncBuffer
	dead atomic.Bool
}

// generous limits: the script's users click faster than people.
var generous = bot.Limits{Ask: bot.Rate{N: 1 << 20, Per: time.Second}, Command: bot.Rate{N: 1 << 20, Per: time.Second},
	Autocomplete: bot.Rate{N: 1 << 20, Per: time.Second}, Thread: bot.Rate{N: 1 << 20, Per: time.Second}}

func testLogger(w io.Writer) *zap.Logger {
	ec := zap.NewProductionEncoderConfig()
	return zap.New(zapcore.NewCore(zapcore.NewJSONEncoder(ec), zapcore.AddSync(w), zapcore.InfoLevel))
}

// startReplica builds a serve replica as runbot.go does, with a short
// Seen lease so that a retry takes over from the killed replica quickly.
func startReplica(t *testing.T, name, url string, e *answer.Engine, rest *fakediscord.Server, pub ed25519.PublicKey) *replica {
	t.Helper()
	db, err := store.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	r := &replica{name: name, db: db, logs: &syncBuffer{}}
	log := testLogger(r.logs)
	m := newMetrics()
	r.bot, err = bot.New(bot.Config{Token: testToken, AppID: fakediscord.DefaultApplicationID, APIURL: rest.APIURL(), Store: db, Metrics: m, Log: log, Limits: generous}, e)
	if err != nil {
		t.Fatal(err)
	}
	r.srv = server.New(server.Options{Metrics: m, Log: log, PublicKey: pub, Respond: r.bot.Respond, AppID: r.bot.AppID, Marshal: bot.MarshalResponse,
		Seen: db.NewSeen(store.SeenOptions{Lease: 300 * time.Millisecond})})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	r.addr = ln.Addr().String()
	go r.srv.Serve(ln) //nolint:errcheck // ends with Close
	t.Cleanup(func() {
		if r.dead.Load() {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		r.srv.Shutdown(ctx) //nolint:errcheck // best effort
		r.bot.Drain(ctx)    //nolint:errcheck // best effort
		r.db.Close()
	})
	return r
}

// kill stops the replica at once: listener and connections closed (the
// requests under way fail at HTTP level), its database pool closed (its
// handlers' writes from now on fail, as a dead process makes none).
func (r *replica) kill() {
	r.dead.Store(true)
	r.srv.Close()
	r.db.Close()
}

// shard is one Gateway process, with the fake Discord of its guilds.
type shard struct {
	fake *fakediscord.Server
	bot  *bot.Bot
	db   *store.Store
}

func startShard(t *testing.T, id, count int, url string, e *answer.Engine) *shard {
	t.Helper()
	fake := fakediscord.New(t)
	db, err := store.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	b, err := bot.New(bot.Config{Token: testToken, APIURL: fake.APIURL(), Store: db, Metrics: newMetrics(), Log: testLogger(io.Discard), Limits: generous,
		ShardID: id, ShardCount: count}, e)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := b.Open(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		b.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		b.Drain(ctx) //nolint:errcheck // best effort
		db.Close()
	})
	return &shard{fake: fake, bot: b, db: db}
}

// client sends the script and keeps what came back.
type client struct {
	t      *testing.T
	priv   ed25519.PrivateKey
	reps   []*replica
	shards []*shard
	onStep func()
	next   atomic.Int64 // round robin over the replicas
	ids    atomic.Int64

	interactions, attempts, replays, retried, userRetries atomic.Int64
	status                                                sync.Map // HTTP status (0: transport error) -> *atomic.Int64

	mu      sync.Mutex
	bodies  map[string][][]byte // interaction id -> the 200 bodies received
	gateway map[string]*shard   // interaction id -> the shard it went through
	acked   map[ack]bool        // writes acknowledged to users
}

// ack is a write a user was told was made.
type ack struct {
	kind, guild, user, quiz, answer string
	paragraph                       int
	helpful                         bool
}

var httpClient = &http.Client{Timeout: 20 * time.Second}

// newID makes an interaction id as Discord does: a snowflake holding the
// time it was made (the bot reads an answer's age from it).
func (c *client) newID() string {
	return strconv.FormatInt((time.Now().UnixMilli()-1420070400000)<<22+c.ids.Add(1)%(1<<22), 10)
}

// run sends the script: each user's steps in order (so that "first answer
// counts" picks the same answer as the reference), users in parallel.
func (c *client) run(sc *script) {
	c.bodies, c.gateway, c.acked = map[string][][]byte{}, map[string]*shard{}, map[ack]bool{}
	const workers = 16
	queues := make([][]step, workers)
	for _, st := range sc.steps {
		u, _ := strconv.Atoi(st.user)
		queues[u%workers] = append(queues[u%workers], st)
	}
	var wg sync.WaitGroup
	for _, q := range queues {
		wg.Go(func() {
			lastVote := map[string]string{}
			for _, st := range q {
				c.onStep()
				c.do(st, lastVote)
				if c.t.Failed() {
					return
				}
			}
		})
	}
	wg.Wait()
}

// do performs one step until the user has an answer that did not fail to
// record (a new interaction each time the bot says it could not).
func (c *client) do(st step, lastVote map[string]string) {
	backoff := 20 * time.Millisecond // a user clicking again, a little later each time
	for try := 0; ; try++ {
		if try == 60 {
			c.t.Errorf("step %+v: still failing after 60 tries", st)
			return
		}
		if try > 0 {
			time.Sleep(backoff)
			backoff = min(2*backoff, 500*time.Millisecond)
		}
		id := c.newID()
		i := st.interaction(id, lastVote[st.user])
		c.interactions.Add(1)
		var r response
		var ok bool
		if st.gateway {
			r, ok = c.viaGateway(i)
		} else {
			r, ok = c.viaHTTP(i, st.replay)
		}
		if !ok {
			return
		}
		text := r.Data.Content
		if strings.Contains(text, "something went wrong") {
			c.t.Errorf("step %+v: %q", st, text)
			return
		}
		if (st.kind == "quiz" || st.kind == "vote") && strings.Contains(text, "couldn't record") {
			c.userRetries.Add(1)
			continue
		}
		c.acknowledge(st, i, r, lastVote)
		return
	}
}

// acknowledge notes the writes the response told the user about, and the
// vote buttons an answer offered. "You already answered" and "already
// voted" acknowledge the earlier write too: it may be one whose response
// was lost (the replica died, or the database went away after the
// commit), which the user learns only now. Acks are a set.
func (c *client) acknowledge(st step, i *discordgo.Interaction, r response, lastVote map[string]string) {
	text := r.Data.Content
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case st.kind == "quiz":
		if !strings.HasPrefix(text, "Right!") && !strings.HasPrefix(text, "Not quite.") && !strings.HasPrefix(text, "You already answered") {
			c.t.Errorf("quiz answer: %q", text)
			return
		}
		c.acked[ack{kind: "quiz", guild: st.guild, user: st.user, quiz: st.quiz.ID}] = true
	case st.kind == "ask":
		for _, raw := range r.Data.Components {
			if id := firstVoteButton(raw); id != "" {
				lastVote[st.user] = id
				break
			}
		}
	case st.kind == "vote" && i.Type == discordgo.InteractionMessageComponent:
		custom := i.Data.(discordgo.MessageComponentInteractionData).CustomID
		parts := strings.Split(strings.TrimPrefix(custom, "pb1:vote:"), ":")
		n, _ := strconv.Atoi(parts[1])
		if !strings.Contains(text, "no longer works") {
			c.acked[ack{kind: "vote", guild: st.guild, user: st.user, answer: parts[0], paragraph: n, helpful: parts[2] == "y"}] = true
		}
	}
}

func firstVoteButton(raw json.RawMessage) string {
	var row struct {
		Components []struct {
			CustomID string `json:"custom_id"`
		} `json:"components"`
	}
	if json.Unmarshal(raw, &row) != nil {
		return ""
	}
	for _, b := range row.Components {
		if strings.HasPrefix(b.CustomID, "pb1:vote:") {
			return b.CustomID
		}
	}
	return ""
}

// viaHTTP posts the interaction to the next live replica (and, for a
// replay, to another one at the same moment), retrying the same id on
// another replica while no attempt got a 200.
func (c *client) viaHTTP(i *discordgo.Interaction, replay bool) (response, bool) {
	body, err := json.Marshal(i)
	if err != nil {
		c.t.Fatal(err)
	}
	send := func() (int, []byte) {
		c.attempts.Add(1)
		r := c.pick()
		stamp := strconv.FormatInt(time.Now().Unix(), 10)
		req, _ := http.NewRequest("POST", "http://"+r.addr+"/interactions", bytes.NewReader(body))
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(c.priv, []byte(stamp+string(body)))))
		req.Header.Set("X-Signature-Timestamp", stamp)
		resp, err := httpClient.Do(req)
		if err != nil {
			return 0, nil // transport: the replica died under it
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return 0, nil
		}
		if resp.StatusCode == 200 {
			c.mu.Lock()
			c.bodies[i.ID] = append(c.bodies[i.ID], b)
			c.mu.Unlock()
		}
		return resp.StatusCode, b
	}
	if replay {
		c.replays.Add(1)
		var wg sync.WaitGroup
		wg.Go(func() { send() })
		defer wg.Wait()
	}
	// A client's backoff between attempts (PostgreSQL takes a moment to
	// restart): 10 ms doubling to 500 ms, for up to about 30 s.
	backoff := 10 * time.Millisecond
	for try := 0; try < 70; try++ {
		if try > 0 {
			c.retried.Add(1)
			time.Sleep(backoff)
			backoff = min(2*backoff, 500*time.Millisecond)
		}
		code, b := send()
		switch code {
		case 200:
			var r response
			if err := json.Unmarshal(b, &r); err != nil {
				c.t.Errorf("interaction %s: %v: %s", i.ID, err, b)
				return response{}, false
			}
			return r, true
		case 0, 409, 503:
			n, _ := c.status.LoadOrStore(code, new(atomic.Int64))
			n.(*atomic.Int64).Add(1)
			continue
		default:
			c.t.Errorf("interaction %s: HTTP %d: %s", i.ID, code, b)
			return response{}, false
		}
	}
	c.t.Errorf("interaction %s: no replica answered in 70 tries", i.ID)
	return response{}, false
}

// pick returns the next live replica.
func (c *client) pick() *replica {
	for {
		r := c.reps[int(c.next.Add(1))%len(c.reps)]
		if !r.dead.Load() {
			return r
		}
	}
}

// viaGateway dispatches the interaction to the shard of its guild and
// waits for the callback.
func (c *client) viaGateway(i *discordgo.Interaction) (response, bool) {
	gid, _ := strconv.ParseInt(i.GuildID, 10, 64)
	sh := c.shards[int((gid>>22)%int64(len(c.shards)))]
	c.mu.Lock()
	c.gateway[i.ID] = sh
	c.mu.Unlock()
	sh.fake.Interaction(i)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	call, err := sh.fake.WaitCall(ctx, fakediscord.Match("POST", "/interactions/"+i.ID+"/"+i.Token+"/callback"))
	if err != nil {
		c.t.Errorf("gateway interaction %s: no callback: %v", i.ID, err)
		return response{}, false
	}
	var r response
	if err := call.Decode(&r); err != nil {
		c.t.Errorf("gateway interaction %s: %v", i.ID, err)
		return response{}, false
	}
	if r.Type == 5 || r.Type == 6 { // deferred: the answer is the edit that follows
		edit, err := sh.fake.WaitCall(ctx, deferredReply(i.Token)) // the edit, or a private follow-up
		if err != nil {
			c.t.Errorf("gateway interaction %s: deferred, never edited: %v", i.ID, err)
			return response{}, false
		}
		if err := edit.Decode(&r.Data); err != nil {
			c.t.Errorf("gateway interaction %s: %v", i.ID, err)
			return response{}, false
		}
	}
	return r, true
}

// settingsPropagate: replica b answers the settings guild publicly and
// caches its settings; replica a saves private answers; the time until b
// answers privately is returned (0 after a failure, reported).
func (c *client) settingsPropagate(a, b *replica) time.Duration {
	ask := func(r *replica) (response, bool) {
		st := step{user: "555", guild: settingsGuild, kind: "ask", question: "What was the Northern Distribution Network?"}
		return c.post(r, st.interaction(c.newID(), ""))
	}
	if r, ok := ask(b); !ok || r.Data.Flags&64 != 0 {
		c.t.Errorf("settings guild before the change: %+v %v", r, ok)
		return 0
	}
	i := &discordgo.Interaction{ID: c.newID(), AppID: fakediscord.DefaultApplicationID, Token: "tset", Version: 1, Type: discordgo.InteractionApplicationCommand,
		GuildID: settingsGuild, ChannelID: "800000000000000000",
		Member: &discordgo.Member{User: &discordgo.User{ID: "555"}, GuildID: settingsGuild, Permissions: discordgo.PermissionManageGuild},
		Data: discordgo.ApplicationCommandInteractionData{ID: "1", Name: "settings", CommandType: discordgo.ChatApplicationCommand,
			Options: []*discordgo.ApplicationCommandInteractionDataOption{{Name: "private", Type: discordgo.ApplicationCommandOptionBoolean, Value: true}}}}
	if r, ok := c.post(a, i); !ok || !strings.Contains(strings.ToLower(r.Data.Content), "private") {
		c.t.Errorf("/settings: %+v %v", r, ok)
		return 0
	}
	changed := time.Now()
	// Wait on the condition: b answers privately. The bound is generous
	// (the point is that it happens, measured below, without a restart).
	for time.Since(changed) < 30*time.Second {
		if r, ok := ask(b); ok && r.Data.Flags&64 != 0 {
			d := time.Since(changed)
			if d > 2*5*time.Second {
				c.t.Errorf("settings took %v to reach another replica, want about the cache lifetime (5 s)", d)
			}
			return d
		}
		time.Sleep(50 * time.Millisecond) // polling a condition, not racing a timer
	}
	c.t.Errorf("replica %s never saw the settings saved through %s", b.name, a.name)
	return 0
}

// post sends one signed interaction to r: the response, and whether it
// was a 200 with a body that decodes.
func (c *client) post(r *replica, i *discordgo.Interaction) (response, bool) {
	body, err := json.Marshal(i)
	if err != nil {
		c.t.Error(err)
		return response{}, false
	}
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest("POST", "http://"+r.addr+"/interactions", bytes.NewReader(body))
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(c.priv, []byte(stamp+string(body)))))
	req.Header.Set("X-Signature-Timestamp", stamp)
	resp, err := httpClient.Do(req)
	if err != nil {
		return response{}, false
	}
	defer resp.Body.Close()
	var out response
	if resp.StatusCode != 200 || json.NewDecoder(resp.Body).Decode(&out) != nil {
		return response{}, false
	}
	return out, true
}

// openCheck opens the database to check it, retrying while PostgreSQL
// finishes its restart.
func openCheck(t *testing.T, url string) *store.Store {
	t.Helper()
	s, err := store.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// verify checks the responses and the database against what users were
// told (see the test's comment).
func (c *client) verify(db *store.Store) {
	t := c.t
	for id, bodies := range c.bodies {
		for _, b := range bodies[1:] {
			if !bytes.Equal(b, bodies[0]) {
				t.Errorf("interaction %s answered differently: %s and %s", id, bodies[0], b)
			}
		}
	}
	for id, sh := range c.gateway {
		if n := len(sh.fake.CallsMatching(func(call fakediscord.Call) bool {
			return call.Method == "POST" && strings.HasPrefix(call.Path, "/interactions/"+id+"/")
		})); n != 1 {
			t.Errorf("gateway interaction %s: %d callbacks, want 1", id, n)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	// Every acknowledged first answer is in the scores, each once: the
	// users' answered counts are exactly the acknowledged first answers.
	type key struct{ guild, user string }
	firsts := map[key]int{}
	votes := 0
	for a := range c.acked {
		switch a.kind {
		case "quiz":
			firsts[key{a.guild, a.user}]++
		case "vote":
			votes++
		}
	}
	for _, g := range scriptGuilds {
		board, err := db.Leaderboard(ctx, g, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range board {
			if n := firsts[key{g, s.User}]; s.Answered != n {
				t.Errorf("guild %s user %s: %d answers stored, %d acknowledged", g, s.User, s.Answered, n)
			}
			delete(firsts, key{g, s.User})
		}
	}
	for k, n := range firsts {
		t.Errorf("guild %s user %s: %d acknowledged answers, none stored", k.guild, k.user, n)
	}
	rep, err := db.Report(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Votes != votes {
		t.Errorf("%d votes stored, %d acknowledged", rep.Votes, votes)
	}
	t.Logf("verified: %d HTTP interactions, %d through the Gateway, %d first answers and %d votes acknowledged",
		len(c.bodies), len(c.gateway), len(c.acked)-votes, votes)
}

// singleProcessScores runs the script's quiz steps, in order, through one
// replica on a SQLite file, and returns each guild's scores.
func singleProcessScores(t *testing.T, e *answer.Engine, sc *script) map[string]map[string][2]int {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "ref.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	b, err := bot.New(bot.Config{Token: testToken, AppID: fakediscord.DefaultApplicationID, APIURL: "http://127.0.0.1:1/api/v10/", Store: db, Log: zap.NewNop(), Limits: generous}, e)
	if err != nil {
		t.Fatal(err)
	}
	for n, st := range sc.steps {
		if st.kind != "quiz" {
			continue
		}
		resp, _ := b.Respond(st.interaction(strconv.Itoa(n+1), ""))
		if resp == nil || resp.Data == nil || strings.Contains(resp.Data.Content, "Sorry") {
			t.Fatalf("reference step %d: %+v", n, resp)
		}
	}
	out := map[string]map[string][2]int{}
	for _, g := range sc.guilds {
		out[g] = boardMap(t, db, g)
	}
	return out
}

// boardMap is a guild's scores by user: points and answers.
func boardMap(t *testing.T, db *store.Store, guild string) map[string][2]int {
	t.Helper()
	var board []store.Score
	var err error
	for try := 0; try < 50; try++ { // PostgreSQL may still be coming back
		if board, err = db.Leaderboard(context.Background(), guild, 0); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	m := map[string][2]int{}
	for _, s := range board {
		m[s.User] = [2]int{s.Points, s.Answered}
	}
	return m
}

func equalBoards(a, b map[string][2]int) bool {
	if len(a) != len(b) {
		return false
	}
	keys := make([]string, 0, len(a))
	for k := range a {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

// TestServeProgramsShareInteractions runs the real program twice
// ("paperbot serve" with PAPERBOT_DB a PostgreSQL URL, as runbot.go wires
// it) and sends the same interaction to both: one handles it, the other
// answers with the same bytes. With the in-memory Seen each would handle
// it.
func TestServeProgramsShareInteractions(t *testing.T) {
	url, _ := pgtest.Own(t)
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	srv := fakediscord.New(t)
	var addrs []string
	var logs []*syncBuffer
	for range 2 {
		l := &syncBuffer{}
		env := map[string]string{"DISCORD_TOKEN": testToken, "DISCORD_API_URL": srv.APIURL(), "DISCORD_PUBLIC_KEY": hex.EncodeToString(pub),
			"PAPERBOT_DB": url, "PAPERBOT_HTTP_ADDR": "127.0.0.1:0", "DISCORD_APP_ID": fakediscord.DefaultApplicationID}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() {
			done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), &bytes.Buffer{}, l)
		}()
		t.Cleanup(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("serve: %v", err)
				}
			case <-time.After(10 * time.Second):
				t.Error("serve did not stop within 10s")
			}
		})
		addrs = append(addrs, httpAddr(t, l))
		logs = append(logs, l)
	}
	c := &client{t: t, priv: priv}
	st := step{user: "42", guild: scriptGuilds[0], kind: "ask", question: "When did the United States open its embassy in Dushanbe?"}
	i := st.interaction(c.newID(), "")
	var bodies [2][]byte
	var wg sync.WaitGroup
	for k := range 2 {
		wg.Go(func() {
			r := &replica{addr: addrs[k]}
			body, _ := json.Marshal(i)
			stamp := strconv.FormatInt(time.Now().Unix(), 10)
			req, _ := http.NewRequest("POST", "http://"+r.addr+"/interactions", bytes.NewReader(body))
			req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, []byte(stamp+string(body)))))
			req.Header.Set("X-Signature-Timestamp", stamp)
			resp, err := httpClient.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != 200 {
				t.Errorf("serve %d: HTTP %d %s", k, resp.StatusCode, b)
			}
			bodies[k] = b
		})
	}
	wg.Wait()
	if !bytes.Equal(bodies[0], bodies[1]) || len(bodies[0]) == 0 {
		t.Errorf("the same interaction answered differently:\n%s\n%s", bodies[0], bodies[1])
	}
	if n := strings.Count(logs[0].String(), `"msg":"handled"`) + strings.Count(logs[1].String(), `"msg":"handled"`); n != 1 {
		t.Errorf("handled %d times by the two programs, want once", n)
	}
}
