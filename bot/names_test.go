package bot

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/internal/fakediscord"
	"paperbot/store"
)

// countingNames counts the display-name writes that reach the store.
type countingNames struct {
	inner nameWriter
	mu    sync.Mutex
	n     int
}

func (c *countingNames) RememberName(ctx context.Context, guild, user, name string) error {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	return c.inner.RememberName(ctx, guild, user, name)
}

func (c *countingNames) writes() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

// TestDisplayNameWrittenOnlyWhenNewOrChanged: with show_names on, a
// user's display name is written on their first interaction and when it
// changes, not on every interaction; after show_names is turned off and on
// again (which deleted the server's names), after /forget, or after a
// while (another replica or `paperbot forget` may have deleted it), it is
// written again.
func TestDisplayNameWrittenOnlyWhenNewOrChanged(t *testing.T) {
	srv := fakediscord.New(t)
	db := openStore(t)
	ctx := context.Background()
	if err := db.SaveSettings(ctx, "700", store.Settings{ShowNames: true}); err != nil {
		t.Fatal(err)
	}
	b := storeBot(t, srv, db)
	now := time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)
	b.names.now = func() time.Time { return now }
	w := &countingNames{inner: db}
	b.nameStore = w
	as := func(user, name string) *discordgo.Interaction {
		i := slash(user, "c1", "help")
		i.Member.Nick = name
		return i
	}
	step := func(what string, i *discordgo.Interaction, want int) {
		t.Helper()
		respond(t, b, i)
		if got := w.writes(); got != want {
			t.Fatalf("%s: %d name writes, want %d", what, got, want)
		}
	}
	step("first interaction", as("1", "Ada"), 1)
	step("the same name again", as("1", "Ada"), 1)
	step("and again", as("1", "Ada"), 1)
	step("another user", as("2", "Grace"), 2)
	step("a new name", as("1", "Ada L."), 3)
	step("the new name again", as("1", "Ada L."), 3)

	// Off and on again: the server's names were deleted, so it is new.
	settings := func(on bool) {
		i := slash("9", "c1", "settings", boolOpt("show_names", on))
		i.Member.Permissions = discordgo.PermissionManageGuild
		respond(t, b, i)
	}
	settings(false)
	step("show_names off", as("1", "Ada L."), 3)
	settings(true)
	step("show_names on again", as("1", "Ada L."), 4)

	now = now.Add(nameRefresh)
	step("after nameRefresh", as("1", "Ada L."), 5)
	step("and not again soon after", as("1", "Ada L."), 5)

	// /forget deleted the name: it is new again.
	respond(t, b, click("1", "c1", forgetYes))
	step("after /forget", as("1", "Ada L."), 6)
}

func boolOpt(name string, v bool) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionBoolean, Value: v}
}
