package bot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"paperbot/store"
)

// settingsTTL is how long a server's cached settings are used before they
// are read again (in the background: a stale entry is still served). It
// bounds how long another replica's /settings takes to show here; this
// replica's own /settings replaces its entry at once.
const settingsTTL = 5 * time.Second

// settingsCache keeps servers' settings in memory, so that answering never
// waits on the database for them once a server has been seen.
type settingsCache struct {
	now func() time.Time

	mu         sync.Mutex
	m          map[string]cachedSettings
	refreshing map[string]bool
}

type cachedSettings struct {
	st store.Settings
	at time.Time
}

func newSettingsCache() *settingsCache {
	return &settingsCache{now: time.Now, m: map[string]cachedSettings{}, refreshing: map[string]bool{}}
}

// cached returns a server's settings when they are in memory, however old.
func (c *settingsCache) cached(guild string) (store.Settings, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[guild]
	return e.st, ok
}

// lookup returns the cached settings and whether they need reading again;
// when they do, it marks a refresh as started, so that one runs at a time.
func (c *settingsCache) lookup(guild string) (st store.Settings, ok, refresh bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[guild]
	if !ok || c.now().Sub(e.at) < settingsTTL || c.refreshing[guild] {
		return e.st, ok, false
	}
	c.refreshing[guild] = true
	return e.st, true, true
}

func (c *settingsCache) put(guild string, st store.Settings) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[guild] = cachedSettings{st: st, at: c.now()}
	delete(c.refreshing, guild)
}

func (c *settingsCache) refreshFailed(guild string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.refreshing, guild)
}

// guildSettings are a server's settings; without a store or saved settings,
// the defaults (the configured allow-list, public answers, no threads).
// A server seen before is answered from memory; a new one is read from the
// database, so call it only where waiting is allowed (a handler racing the
// deferral timer, never before it).
func (b *Bot) guildSettings(guild string) store.Settings {
	if b.cfg.Store == nil || guild == "" {
		return store.Settings{}
	}
	st, ok, refresh := b.cache.lookup(guild)
	if refresh {
		go b.loadSettings(guild) //nolint:errcheck // logged inside; the stale entry stays
	}
	if ok {
		return st
	}
	st, _ = b.loadSettings(guild)
	return st
}

// loadSettings reads a server's settings into the cache.
func (b *Bot) loadSettings(guild string) (store.Settings, error) {
	st, _, err := b.cfg.Store.LoadSettings(context.Background(), guild)
	if err != nil {
		b.cache.refreshFailed(guild)
		b.log.Warn("load settings", zap.String("guild_id", guild), zap.Error(err))
		return store.Settings{}, err
	}
	b.cache.put(guild, st)
	return st, nil
}

// storeTimeout bounds a read or write of the store made while handling
// one event: the reply is deferred meanwhile, never lost.
const storeTimeout = 5 * time.Second

// allowed reports whether the bot answers in channel (DMs always): the
// server's /settings channels when it saved some, else the configured
// allow-list, and the threads the bot started.
func (b *Bot) allowed(channelID, guildID string) bool {
	if guildID == "" {
		return true
	}
	if b.allowedBy(b.guildSettings(guildID), channelID) {
		return true
	}
	return b.startedThread(channelID)
}

// allowedNow is allowed from memory only, for autocomplete, which must
// answer at once: a server whose settings are not cached yet is allowed
// (autocomplete only offers names from the paper) and its settings are
// read in the background.
func (b *Bot) allowedNow(channelID, guildID string) bool {
	if guildID == "" || b.cfg.Store == nil {
		return b.allowed(channelID, guildID)
	}
	st, ok := b.cache.cached(guildID)
	if !ok {
		go b.guildSettings(guildID)
		return true
	}
	if b.allowedBy(st, channelID) {
		return true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.threads[channelID] // from memory only: a thread learnt after a restart counts once a command there read it
}

func (b *Bot) allowedBy(st store.Settings, channelID string) bool {
	if len(st.Channels) > 0 {
		for _, c := range st.Channels {
			if c == channelID {
				return true
			}
		}
	} else if len(b.cfg.Channels) == 0 || b.cfg.Channels[channelID] {
		return true
	}
	return false
}

// startedThread reports whether channelID is a thread the bot started:
// from memory, else from the store (threads outlive a restart), which is
// then remembered.
func (b *Bot) startedThread(channelID string) bool {
	b.mu.Lock()
	known := b.threads[channelID]
	b.mu.Unlock()
	if known || b.cfg.Store == nil || channelID == "" {
		return known
	}
	ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
	defer cancel()
	ok, err := b.cfg.Store.IsThread(ctx, channelID)
	if err != nil {
		b.log.Warn("is thread", zap.String("channel_id", channelID), zap.Error(err))
		return false
	}
	if ok {
		b.mu.Lock()
		if b.threads == nil {
			b.threads = map[string]bool{}
		}
		b.threads[channelID] = true
		b.mu.Unlock()
	}
	return ok
}

var channelRef = regexp.MustCompile(`^(?:<#)?([0-9]{1,20})>?$`)

// errNotHere marks a channel id that is not a channel of the server.
var errNotHere = errors.New("not a channel of this server")

// settings shows or changes the server's settings; only members with the
// Manage Server permission may change them. It works in every channel,
// whatever the allow-list says, so a mistaken list can always be mended.
func (b *Bot) settings(i *discordgo.Interaction, opts []*discordgo.ApplicationCommandInteractionDataOption) reply {
	if b.cfg.Store == nil {
		return textReply(true, noStore)
	}
	if i.GuildID == "" {
		return textReply(true, "Settings are per server: use `/settings` in a server.")
	}
	if i.Member == nil || i.Member.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) == 0 {
		return textReply(true, "Only members with the Manage Server permission can change my settings.")
	}
	ctx := context.Background()
	st, _, err := b.cfg.Store.LoadSettings(ctx, i.GuildID)
	if err != nil {
		b.log.Error("load settings", zap.String("guild_id", i.GuildID), zap.Error(err))
		return textReply(true, "Sorry, I couldn't read the settings.")
	}
	changed := false
	if v, set := optionValue(opts, "channels", discordgo.ApplicationCommandOptionString).(string); set {
		chans, r, ok := b.parseChannels(i.GuildID, v)
		if !ok {
			return r
		}
		st.Channels, changed = chans, true
	}
	if v, set := optionBool(opts, "private"); set {
		st.Private, changed = v, true
	}
	if v, set := optionBool(opts, "threads"); set {
		st.Threads, changed = v, true
	}
	if v, set := optionBool(opts, "show_names"); set {
		st.ShowNames, changed = v, true
	}
	if changed {
		if err := b.cfg.Store.SaveSettings(ctx, i.GuildID, st); err != nil {
			b.log.Error("save settings", zap.String("guild_id", i.GuildID), zap.Error(err))
			return textReply(true, "Sorry, I couldn't save the settings; nothing changed.")
		}
	}
	b.cache.put(i.GuildID, st)
	if !st.ShowNames {
		b.names.dropGuild(i.GuildID)
	}
	where := "every channel"
	if len(st.Channels) > 0 {
		var cs []string
		for _, c := range st.Channels {
			cs = append(cs, "<#"+c+">")
		}
		where = strings.Join(cs, ", ")
	}
	head := "Settings"
	if changed {
		head = "Settings saved"
	}
	return textReply(true, "%s: I answer in %s; answers are %s by default; mentions are answered %s; the class report shows %s. `/settings` itself works in every channel.", head, where,
		map[bool]string{true: "private", false: "public"}[st.Private], map[bool]string{true: "in a thread", false: "as a reply"}[st.Threads],
		map[bool]string{true: "display names", false: "pseudonyms only (no display names are kept)"}[st.ShowNames])
}

// parseChannels reads the channels option: #channel mentions or ids, or
// "all" (or nothing) for every channel. Each must be a channel of guild;
// otherwise ok is false and r says which is not, and nothing is saved.
func (b *Bot) parseChannels(guild, v string) (chans []string, r reply, ok bool) {
	v = strings.TrimSpace(v)
	if v == "" || strings.EqualFold(v, "all") {
		return nil, reply{}, true
	}
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
		m := channelRef.FindStringSubmatch(f)
		if m == nil {
			return nil, textReply(true, "%s is not a channel: give #channel mentions or ids, or `all`. Nothing changed.", Escape(truncate(f, 40))), false
		}
		switch err := b.checkChannel(guild, m[1]); {
		case errors.Is(err, errNotHere):
			return nil, textReply(true, "%s is not a channel of this server: nothing changed.", m[1]), false
		case err != nil:
			b.log.Warn("check channel", zap.String("channel_id", m[1]), zap.Error(err))
			return nil, textReply(true, "I couldn't check channel %s (try again in a moment): nothing changed.", m[1]), false
		}
		chans = append(chans, m[1])
	}
	return chans, reply{}, true
}

// checkChannel returns nil when id is a channel of guild: from the
// Gateway's cache when it knows the channel, else from the REST API.
func (b *Bot) checkChannel(guild, id string) error {
	if b.sess == nil {
		return errors.New("not connected to Discord")
	}
	if b.sess.State != nil {
		if ch, err := b.sess.State.Channel(id); err == nil {
			if ch.GuildID != guild {
				return errNotHere
			}
			return nil
		}
	}
	ch, err := b.sess.Channel(id)
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		switch re.Response.StatusCode {
		case http.StatusNotFound, http.StatusForbidden, http.StatusBadRequest:
			return errNotHere // unknown, or not a channel the bot can see
		}
	}
	if err != nil {
		return fmt.Errorf("get channel %s: %w", id, err)
	}
	if ch.GuildID != guild {
		return errNotHere
	}
	return nil
}
