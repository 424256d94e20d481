package bot

import (
	"context"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"
)

// nameWriter keeps display names: the store, or a test's stand-in.
type nameWriter interface {
	RememberName(ctx context.Context, guild, user, name string) error
}

// nameRefresh is how long a display name written is taken to be still
// stored. Names can go without this process knowing (show_names turned off
// on another replica, `paperbot forget` run beside the bot): after this
// long a user's next interaction writes their name again.
const nameRefresh = time.Hour

// maxNames bounds the names remembered as written; past it the memory
// starts again (every user's next interaction writes once more).
const maxNames = 100_000

// nameCache remembers the display name last written per server and user,
// so that an interaction writes a name only when it is new or changed
// rather than on every click.
type nameCache struct {
	now func() time.Time

	mu sync.Mutex
	m  map[string]map[string]writtenName // guild -> user -> name
	n  int
}

type writtenName struct {
	name string
	at   time.Time
}

func newNameCache() *nameCache {
	return &nameCache{now: time.Now, m: map[string]map[string]writtenName{}}
}

// stored reports whether name was written for user on guild less than
// nameRefresh ago.
func (c *nameCache) stored(guild, user, name string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	w, ok := c.m[guild][user]
	return ok && w.name == name && c.now().Sub(w.at) < nameRefresh
}

// wrote records that name was written for user on guild.
func (c *nameCache) wrote(guild, user, name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n >= maxNames {
		clear(c.m)
		c.n = 0
	}
	users := c.m[guild]
	if users == nil {
		users = map[string]writtenName{}
		c.m[guild] = users
	}
	if _, ok := users[user]; !ok {
		c.n++
	}
	users[user] = writtenName{name: name, at: c.now()}
}

// dropGuild forgets what was written on guild: its names are deleted when
// show_names is turned off.
func (c *nameCache) dropGuild(guild string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n -= len(c.m[guild])
	delete(c.m, guild)
}

// dropUser forgets what was written for user on every server (/forget).
func (c *nameCache) dropUser(user string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, users := range c.m {
		if _, ok := users[user]; ok {
			delete(users, user)
			c.n--
		}
	}
}

// rememberName keeps the caller's display name for the teacher's page,
// only on a server whose show_names setting is on (the store refuses it
// otherwise too), and only when it is new or changed since this process
// wrote it (or nameRefresh ago). It waits on the database only then, in
// the handler.
func (b *Bot) rememberName(i *discordgo.Interaction, user string) {
	if b.cfg.Store == nil || i.GuildID == "" || i.Member == nil || i.Member.User == nil {
		return
	}
	if !b.guildSettings(i.GuildID).ShowNames {
		// The server keeps no names: when it shows them again, they
		// are new.
		b.names.dropGuild(i.GuildID)
		return
	}
	name := i.Member.DisplayName()
	if name == "" || b.names.stored(i.GuildID, user, name) {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
	defer cancel()
	if err := b.nameStore.RememberName(ctx, i.GuildID, user, name); err != nil {
		b.log.Warn("remember name", zap.String("guild_id", i.GuildID), zap.Error(err))
		return
	}
	b.names.wrote(i.GuildID, user, name)
}
