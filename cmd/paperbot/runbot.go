package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"paperbot/bot"
	"paperbot/server"
	"paperbot/store"
)

// snowflake is the form of a Discord id.
var snowflake = regexp.MustCompile(`^[0-9]{1,20}$`)

// cmdRun runs the Discord bot on the Gateway until ctx ends.
func cmdRun(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	return runBot(ctx, "run", args, getenv, stdout, stderr)
}

// runBot runs the bot until ctx ends: on the Gateway (mode "run") or as an
// HTTP interactions endpoint (mode "serve"). Settings come from the
// environment, and flags of the same meaning override them.
func runBot(ctx context.Context, mode string, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var c common
	fs := newFlags(mode, &c, getenv, stderr)
	token := fs.String("token", getenv("DISCORD_TOKEN"), "bot `token` (env DISCORD_TOKEN; prefer the environment: flags show in process lists)")
	appID := fs.String("app-id", getenv("DISCORD_APP_ID"), "application `id` (env DISCORD_APP_ID; else taken from READY)")
	guildID := fs.String("guild-id", getenv("DISCORD_GUILD_ID"), "register commands on this server `id` only (env DISCORD_GUILD_ID; else globally)")
	apiURL := fs.String("api-url", getenv("DISCORD_API_URL"), "alternate REST base `url` (env DISCORD_API_URL)")
	channels := fs.String("channels", getenv("PAPERBOT_CHANNELS"), "comma-separated channel `ids` to answer in (env PAPERBOT_CHANNELS; else all)")
	logFormat := fs.String("log", envOr(getenv, "PAPERBOT_LOG", "json"), "log `format`: json or console (env PAPERBOT_LOG)")
	logLevel := fs.String("log-level", envOr(getenv, "PAPERBOT_LOG_LEVEL", "info"), "log `level`: debug, info, warn, error (env PAPERBOT_LOG_LEVEL)")
	dbPath := fs.String("db", envOr(getenv, "PAPERBOT_DB", "paperbot.db"), "database for quizzes, votes, questions and settings: a SQLite `file`, or a postgres:// URL shared by replicas (env PAPERBOT_DB)")
	httpAddr := fs.String("http", envOr(getenv, "PAPERBOT_HTTP_ADDR", defaultHTTPAddr), "`address` for /healthz, /readyz, /metrics (and /interactions in serve mode): loopback by default, :8080 for every interface, or off (env PAPERBOT_HTTP_ADDR)")
	publicKey := fs.String("public-key", getenv("DISCORD_PUBLIC_KEY"), "application public `key`, hex, for serve mode (env DISCORD_PUBLIC_KEY)")
	shardID := fs.String("shard-id", getenv("PAPERBOT_SHARD_ID"), "this process's shard `number` (env PAPERBOT_SHARD_ID)")
	shardCount := fs.String("shard-count", getenv("PAPERBOT_SHARD_COUNT"), "`number` of shards (env PAPERBOT_SHARD_COUNT)")
	publicURL := fs.String("public-url", getenv("PAPERBOT_PUBLIC_URL"), "the `URL` under which PAPERBOT_HTTP_ADDR is reached, for /report's links (env PAPERBOT_PUBLIC_URL)")
	if err := c.parseFlags(fs, args); err != nil {
		return err
	}
	if strings.TrimSpace(*token) == "" {
		return usagef("%s: DISCORD_TOKEN is not set (the bot token from the Discord developer portal)", mode)
	}
	var pub []byte
	if mode == "serve" {
		k, err := server.ParsePublicKey(*publicKey)
		if err != nil {
			return usagef("serve: DISCORD_PUBLIC_KEY: %v", err)
		}
		if *httpAddr == "off" {
			return usagef("serve: PAPERBOT_HTTP_ADDR is off, but serve needs it for /interactions")
		}
		pub = k
	}
	shard, shards := 0, 1
	if *shardID != "" || *shardCount != "" {
		var err1, err2 error
		shard, err1 = strconv.Atoi(*shardID)
		shards, err2 = strconv.Atoi(*shardCount)
		if err1 != nil || err2 != nil || shards < 1 || shard < 0 || shard >= shards {
			return usagef("%s: PAPERBOT_SHARD_ID %q / PAPERBOT_SHARD_COUNT %q: want 0 <= id < count, both set", mode, *shardID, *shardCount)
		}
	}
	for name, v := range map[string]string{"DISCORD_APP_ID": *appID, "DISCORD_GUILD_ID": *guildID} {
		if v != "" && !snowflake.MatchString(v) {
			return usagef("%s: %s %q is not a Discord id (digits only)", mode, name, v)
		}
	}
	allow := map[string]bool{}
	for _, ch := range strings.Split(*channels, ",") {
		ch = strings.TrimSpace(ch)
		if ch == "" {
			continue
		}
		if !snowflake.MatchString(ch) {
			return usagef("%s: PAPERBOT_CHANNELS: %q is not a channel id (digits only)", mode, ch)
		}
		allow[ch] = true
	}
	if *apiURL != "" {
		if u, err := url.Parse(*apiURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return usagef("%s: DISCORD_API_URL %q: want an http(s) URL like http://127.0.0.1:8080/api/v10/", mode, *apiURL)
		}
	}
	log, err := newLogger(*logFormat, *logLevel, stderr)
	if err != nil {
		return err
	}
	defer log.Sync() //nolint:errcheck // stderr may not sync; nothing to do about it
	e, err := loadEngineWith(c.paperPath, c.generic)
	if err != nil {
		return err
	}
	plain, err := loadPlain(c.paperPath, c.generic)
	if err != nil {
		return err
	}
	db, err := store.Open(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	key, err := reportKey(ctx, mode, getenv("PAPERBOT_SECRET"), *publicURL, db)
	if err != nil {
		return err
	}
	m := newMetrics()
	m.WriteFailures(db.WriteFailures)
	b, err := bot.New(bot.Config{Token: *token, AppID: *appID, GuildID: *guildID, APIURL: *apiURL, Channels: allow, Store: db, Metrics: m, Log: log, Plain: plain,
		ShardID: shard, ShardCount: shards, PublicURL: *publicURL, ReportKey: key}, e)
	if err != nil {
		return usagef("%s: %v", mode, err)
	}
	opts := server.Options{Metrics: m, Log: log, Handlers: map[string]http.Handler{"GET /report/": reportPage(db, e.Paper, b.Quizzer(), key, log)}, Ready: func() error {
		// Reads answer and the last write succeeded (a full disk is not
		// ready); bounded, so a locked database makes /readyz fail, not hang.
		ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		if err := db.Check(ctx); err != nil {
			return fmt.Errorf("database: %w", err)
		}
		if mode == "run" && !b.Ready() {
			return errors.New("gateway not connected")
		}
		return nil
	}}
	if mode == "serve" {
		// The application id: DISCORD_APP_ID, else the one Register learns.
		opts.PublicKey, opts.Respond, opts.AppID, opts.Marshal = pub, b.Respond, b.AppID, bot.MarshalResponse
		if db.Engine() == "postgres" {
			// Replicas share the database: a replay reaching another
			// replica must find the first one's claim there.
			opts.Seen = db.NewSeen(store.SeenOptions{})
		}
	}
	addr, stopHTTP, err := startHTTP(*httpAddr, opts, log)
	if err != nil {
		return err
	}
	defer stopHTTP()
	if mode == "serve" {
		if err := b.Register(ctx); err != nil {
			return err
		}
	} else if err := b.Open(ctx); err != nil {
		b.Close()
		return err
	}
	log.Info("paperbot running", zap.String("mode", mode), zap.String("version", version), zap.String("http", addr),
		zap.Int("paragraphs", len(e.Paper.Paragraphs)), zap.Int("channels", len(allow)), zap.Int("shard", shard), zap.Int("shards", shards))
	<-ctx.Done()
	log.Info("shutting down")
	// Stop taking new events, then let what was received finish: the
	// answers (even those Discord makes wait with a 429) and their writes.
	if mode == "serve" {
		stopHTTP()
	} else {
		done := make(chan error, 1)
		go func() { done <- b.Close() }()
		select {
		case err := <-done:
			if err != nil {
				log.Warn("close gateway", zap.Error(err))
			}
		case <-time.After(5 * time.Second):
			log.Warn("close gateway: gave up after 5s")
		}
	}
	dctx, cancel := context.WithTimeout(context.Background(), drainTimeout)
	defer cancel()
	if err := b.Drain(dctx); err != nil {
		log.Error("shutdown: unfinished work dropped", zap.Error(err))
	}
	return nil
}

// drainTimeout bounds how long a stopping program waits for the answers
// under way (a container runtime's SIGKILL usually follows SIGTERM by 10 s
// or more: see the README).
const drainTimeout = 10 * time.Second

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}

// newLogger makes the structured logger: one JSON line an event by
// default, or human-readable console lines.
func newLogger(format, level string, w io.Writer) (*zap.Logger, error) {
	var lvl zapcore.Level
	if err := lvl.UnmarshalText([]byte(level)); err != nil {
		return nil, usagef("run: PAPERBOT_LOG_LEVEL %q: want debug, info, warn or error", level)
	}
	ec := zap.NewProductionEncoderConfig()
	ec.EncodeTime = zapcore.ISO8601TimeEncoder
	var enc zapcore.Encoder
	switch format {
	case "json":
		enc = zapcore.NewJSONEncoder(ec)
	case "console":
		enc = zapcore.NewConsoleEncoder(ec)
	default:
		return nil, usagef("run: PAPERBOT_LOG %q: want json or console", format)
	}
	return zap.New(zapcore.NewCore(enc, zapcore.AddSync(w), lvl)), nil
}
