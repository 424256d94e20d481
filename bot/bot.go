package bot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"paperbot/answer"
	"paperbot/classroom"
	"paperbot/metrics"
	"paperbot/store"
)

// Config is what the bot needs from its environment.
type Config struct {
	Token    string           // bot token, without the "Bot " prefix
	AppID    string           // application id; taken from READY when empty
	GuildID  string           // register commands on this server only; globally when empty
	APIURL   string           // alternate REST base, e.g. http://127.0.0.1:PORT/api/v10/; Discord's when empty
	Channels map[string]bool  // answer only in these channels (and DMs); everywhere when empty, unless a server's /settings say otherwise
	Store    *store.Store     // quiz answers, votes, questions, settings; nil leaves those features off
	Metrics  *metrics.Metrics // nil: none
	Log      *zap.Logger
	// Plain is the paper's plain-English list (classroom.LoadPlain from
	// its folder) for quiz stems, timeline entries and discussions; nil
	// keeps the paper's words.
	Plain *classroom.Plain
	// Quizzer is the paper's quiz (classroom.NewQuizzer(paper, Plain)),
	// when the caller built it already for something else (the teacher's
	// page): nil builds it.
	Quizzer *classroom.Quizzer
	// Limits are the rate limits per user and per channel; zero fields
	// take the defaults (see Limits).
	Limits Limits
	// DeferAfter is how long a reply may take before the bot acknowledges
	// the interaction and edits the answer in later (Discord allows 3 s).
	DeferAfter time.Duration
	// Sharding for large deployments: this process is shard ShardID of
	// ShardCount (0 of 1 when unset).
	ShardID, ShardCount int
	// PublicURL (PAPERBOT_PUBLIC_URL) and ReportKey are what /report's
	// links need; without them /report says the page is not set up.
	PublicURL string
	ReportKey []byte
}

// Bot answers a class's questions about one paper on Discord.
type Bot struct {
	cfg    Config
	engine *answer.Engine
	src    Source

	// Classroom material, drawn from the paper once.
	quizzer *classroom.Quizzer
	events  []classroom.Event
	terms   []classroom.Term

	log    *zap.Logger
	sess   *discordgo.Session
	limits *limits
	cache  *settingsCache
	known  map[string]bool // the commands' names, for metric labels
	// inflight counts interactions and messages being handled, for Drain.
	inflight tracker
	qlog     *questionLog // nil without a store
	// nameStore keeps display names (cfg.Store; nil without one), names
	// those this process wrote.
	nameStore nameWriter
	names     *nameCache
	// handleHook, when set (tests), runs at the start of each handler.
	handleHook func(*discordgo.Interaction)

	mu    sync.Mutex
	appID string
	botID string
	ready chan struct{}
	once  sync.Once
	// threads the bot started (discussions): answered even when the
	// channel allow-list names only their parent.
	threads map[string]bool
	// lastQuiz holds the console's current quiz choices (console only).
	lastQuiz []string
}

// New makes a bot for engine; Open connects it.
func New(cfg Config, engine *answer.Engine) (*Bot, error) {
	if cfg.Token == "" {
		return nil, errors.New("no bot token")
	}
	if cfg.Log == nil {
		cfg.Log = zap.NewNop()
	}
	if cfg.DeferAfter <= 0 {
		cfg.DeferAfter = 1500 * time.Millisecond
	}
	sess, err := discordgo.New("Bot " + cfg.Token)
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	if cfg.APIURL != "" {
		base, err := url.Parse(cfg.APIURL)
		if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
			return nil, fmt.Errorf("DISCORD_API_URL %q: want an http(s) URL like http://127.0.0.1:8080/api/v10/", cfg.APIURL)
		}
		sess.Client = &http.Client{Timeout: 20 * time.Second, Transport: &apiRewriter{base: base, rt: &http.Transport{
			Proxy:               http.ProxyFromEnvironment,
			MaxIdleConnsPerHost: 64, // answers go out in bursts: reuse connections
			IdleConnTimeout:     90 * time.Second,
		}}}
	}
	// No privileged intent: slash commands need none; messages that mention
	// the bot and DMs carry their content without Message Content.
	sess.Identify.Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	sess.ShouldReconnectOnError = true
	if cfg.ShardCount > 1 {
		sess.ShardID, sess.ShardCount = cfg.ShardID, cfg.ShardCount
	}
	p := engine.Paper
	b := &Bot{
		cfg:    cfg,
		engine: engine,
		src:    Source{Author: p.Author, Title: p.Title, Year: p.Year},
		log:    cfg.Log,
		sess:   sess,
		limits: newLimits(cfg.Limits),
		cache:  newSettingsCache(),
		names:  newNameCache(),
		known:  commandNames(),
		appID:  cfg.AppID,
		ready:  make(chan struct{}),
	}
	if cfg.Store != nil {
		b.qlog = newQuestionLog(cfg.Store, cfg.Log)
		b.nameStore = cfg.Store
	}
	b.loadClassroom()
	sess.AddHandler(b.onReady)
	sess.AddHandler(func(_ *discordgo.Session, _ *discordgo.Resumed) {
		b.cfg.Metrics.Reconnect()
		b.log.Info("resumed")
	})
	sess.AddHandler(b.onInteraction)
	sess.AddHandler(b.onMessage)
	return b, nil
}

// apiRewriter sends the REST calls discordgo addresses to Discord's API to
// another base URL (a rate-limit proxy, or a fake Discord in tests).
type apiRewriter struct {
	base *url.URL
	rt   http.RoundTripper
}

func (a *apiRewriter) RoundTrip(req *http.Request) (*http.Response, error) {
	out := req.Clone(req.Context())
	p := req.URL.Path
	// discordgo's paths start /api/v9/; keep what follows the version.
	if rest, ok := strings.CutPrefix(p, "/api/"); ok {
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			p = rest[i+1:]
		} else {
			p = ""
		}
	}
	out.URL.Scheme = a.base.Scheme
	out.URL.Host = a.base.Host
	out.URL.Path = strings.TrimSuffix(a.base.Path, "/") + "/" + strings.TrimPrefix(p, "/")
	out.URL.RawPath = ""
	out.Host = ""
	return a.rt.RoundTrip(out)
}

// Open connects to the Gateway, waits for READY and registers the
// commands (shard 0 only: they are per application, not per shard).
func (b *Bot) Open(ctx context.Context) error {
	if err := b.sess.Open(); err != nil {
		return fmt.Errorf("connect to Discord: %w", err)
	}
	select {
	case <-b.ready:
	case <-ctx.Done():
		return fmt.Errorf("connect to Discord: %w", ctx.Err())
	case <-time.After(30 * time.Second):
		return errors.New("connect to Discord: no READY within 30s")
	}
	if b.cfg.ShardID != 0 {
		return nil
	}
	return b.Register(ctx)
}

// Register overwrites the application's commands with Commands() (a bulk
// overwrite: registering twice changes nothing), on the configured server
// only or globally. Without an application id from the configuration or
// READY, it asks the API for it.
func (b *Bot) Register(ctx context.Context) error {
	b.mu.Lock()
	appID := b.appID
	b.mu.Unlock()
	if appID == "" {
		app, err := b.sess.Application("@me")
		if err != nil {
			return fmt.Errorf("find the application id (set DISCORD_APP_ID): %w", err)
		}
		appID = app.ID
		b.mu.Lock()
		b.appID = appID
		b.mu.Unlock()
	}
	cmds, err := b.overwriteCommands(appID, b.cfg.GuildID, Commands())
	if err != nil {
		return fmt.Errorf("register commands: %w", err)
	}
	b.log.Info("commands registered", zap.Int("count", len(cmds)), zap.String("guild_id", b.cfg.GuildID))
	return nil
}

// AppID is the application's id: the configured one, else the one READY
// or Register learned; "" until then.
func (b *Bot) AppID() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.appID
}

// Ready reports whether the Gateway session is up. discordgo's heartbeat
// goroutine writes DataReady under the session's lock, so it is read under
// that lock; but Ready never waits for it: Open holds it while dialling and
// Close through a 1 s sleep, and a session being opened or closed is not
// ready.
func (b *Bot) Ready() bool {
	select {
	case <-b.ready:
	default:
		return false
	}
	if !b.sess.TryRLock() {
		return false
	}
	defer b.sess.RUnlock()
	return b.sess.DataReady
}

// Close closes the Gateway session: no new events arrive. Work already
// under way goes on: see Drain.
//
// Reconnecting is turned off first: otherwise a heartbeat that fails
// during discordgo's close (it sleeps 1 s holding the session) starts a
// new connection after Close returned.
func (b *Bot) Close() error {
	b.sess.Lock()
	b.sess.ShouldReconnectOnError = false
	b.sess.Unlock()
	return b.sess.Close()
}

// Drain waits, until ctx ends, for the interactions and messages being
// handled and the REST calls that answer them, then for the questions
// waiting to be written to the store. Stop new events first: Close the
// Gateway, or stop the HTTP endpoint.
func (b *Bot) Drain(ctx context.Context) error {
	err := b.inflight.wait(ctx)
	if b.qlog != nil {
		if cerr := b.qlog.close(ctx); cerr != nil {
			err = errors.Join(err, fmt.Errorf("write questions: %w", cerr))
		}
	}
	return err
}

func (b *Bot) onReady(s *discordgo.Session, r *discordgo.Ready) {
	b.mu.Lock()
	if b.appID == "" && r.Application != nil {
		b.appID = r.Application.ID
	}
	if r.User != nil {
		b.botID = r.User.ID
	}
	b.mu.Unlock()
	b.log.Info("ready", zap.String("session", r.SessionID), zap.Int("guilds", len(r.Guilds)))
	select {
	case <-b.ready:
		b.cfg.Metrics.Reconnect() // a READY after the first: a new session
	default:
	}
	b.once.Do(func() { close(b.ready) })
}

// loadClassroom draws the quizzes, timeline and glossary from the paper.
// The three are independent and take most of a start-up (the quiz most):
// they are drawn at once.
func (b *Bot) loadClassroom() {
	p := b.engine.Paper
	var wg sync.WaitGroup
	b.quizzer = b.cfg.Quizzer
	if b.quizzer == nil {
		wg.Go(func() { b.quizzer = classroom.NewQuizzer(p, b.cfg.Plain) })
	}
	wg.Go(func() { b.events = classroom.Timeline(p, b.cfg.Plain) })
	b.terms = classroom.Glossary(p)
	wg.Wait()
}

// Quizzer is the quiz the bot draws from its paper, for the teacher's page
// to name the items (drawn once).
func (b *Bot) Quizzer() *classroom.Quizzer { return b.quizzer }

// recovered logs a panic in a handler instead of dying with it.
func (b *Bot) recovered(kind string) {
	if r := recover(); r != nil {
		b.log.Error("handler panic", zap.String("event", kind), zap.Any("panic", r), zap.Stack("stack"))
	}
}
