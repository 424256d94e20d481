package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"paperbot/metrics"
	"paperbot/server"
)

// version is stamped at build time: -ldflags "-X main.version=...".
var version = "dev"

// defaultHTTPAddr is where health, readiness and metrics (and, in serve
// mode, /interactions) are served: loopback, so that /metrics is not
// published by default. Discord needs HTTPS, which paperbot does not
// speak, so /interactions is always reached through a TLS proxy; one on
// the same host reaches loopback, and one elsewhere (or a container's
// port mapping) needs PAPERBOT_HTTP_ADDR=:8080. `paperbot health` asks
// loopback either way.
const defaultHTTPAddr = "127.0.0.1:8080"

// startHTTP serves o on addr ("off" serves nothing), with the server's
// timeouts and connection limits, and returns the address it listens on
// and a function that stops it.
func startHTTP(addr string, o server.Options, log *zap.Logger) (string, func(), error) {
	if addr == "off" {
		return "", func() {}, nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, usagef("PAPERBOT_HTTP_ADDR %q: %v", addr, err)
	}
	o.Log = log
	srv := server.New(o)
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("http server", zap.Error(err))
		}
	}()
	log.Info("http listening", zap.String("addr", ln.Addr().String()))
	stop := func() {
		sctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		srv.Shutdown(sctx) //nolint:errcheck // best effort at exit
	}
	return ln.Addr().String(), stop, nil
}

// cmdServe receives interactions over HTTP (Discord's Interactions
// Endpoint URL) instead of the Gateway, through the same command layer.
func cmdServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	return runBot(ctx, "serve", args, getenv, stdout, stderr)
}

// cmdHealth asks the running program's /healthz: exit 0 when it answers.
func cmdHealth(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var c common
	fs := newFlags("health", &c, getenv, stderr)
	addr := fs.String("addr", envOr(getenv, "PAPERBOT_HTTP_ADDR", defaultHTTPAddr), "the program's HTTP `address` (env PAPERBOT_HTTP_ADDR)")
	if err := c.parseFlags(fs, args); err != nil {
		return err
	}
	host, port, err := net.SplitHostPort(*addr)
	if err != nil {
		return usagef("health: PAPERBOT_HTTP_ADDR %q: %v", *addr, err)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	cl := &http.Client{Timeout: 3 * time.Second}
	resp, err := cl.Get("http://" + net.JoinHostPort(host, port) + "/healthz")
	if err != nil {
		return fmt.Errorf("health: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("health: %s", resp.Status)
	}
	fmt.Fprintln(stdout, "ok")
	return nil
}

// invitePermissions are the least the bot needs: send messages, embed
// links, create public threads, send messages in threads, read message
// history.
const invitePermissions = discordgo.PermissionSendMessages | discordgo.PermissionEmbedLinks |
	discordgo.PermissionCreatePublicThreads | discordgo.PermissionSendMessagesInThreads | discordgo.PermissionReadMessageHistory

// cmdInvite prints the OAuth2 URL that adds the bot to a server.
func cmdInvite(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var c common
	fs := newFlags("invite", &c, getenv, stderr)
	appID := fs.String("app-id", getenv("DISCORD_APP_ID"), "application `id` (env DISCORD_APP_ID)")
	if err := c.parseFlags(fs, args); err != nil {
		return err
	}
	if *appID == "" {
		return usagef("invite: DISCORD_APP_ID is not set (the application id from the developer portal)")
	}
	if !snowflake.MatchString(*appID) {
		return usagef("invite: DISCORD_APP_ID %q is not a Discord id (digits only)", *appID)
	}
	q := url.Values{}
	q.Set("client_id", *appID)
	q.Set("scope", "bot applications.commands")
	q.Set("permissions", strconv.FormatInt(invitePermissions, 10))
	fmt.Fprintln(stdout, "https://discord.com/oauth2/authorize?"+strings.ReplaceAll(q.Encode(), "+", "%20"))
	return nil
}

// newMetrics is split out so tests can see the registry.
func newMetrics() *metrics.Metrics { return metrics.New() }
