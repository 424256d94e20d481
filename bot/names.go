package bot

import (
	"context"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"
)

// rememberName keeps the caller's display name for the teacher's page,
// only on a server whose show_names setting is on (the store refuses it
// otherwise too). It waits on the database only there, in the handler.
func (b *Bot) rememberName(i *discordgo.Interaction, user string) {
	if b.cfg.Store == nil || i.GuildID == "" || i.Member == nil || i.Member.User == nil || !b.guildSettings(i.GuildID).ShowNames {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
	defer cancel()
	if err := b.cfg.Store.RememberName(ctx, i.GuildID, user, i.Member.DisplayName()); err != nil {
		b.log.Warn("remember name", zap.String("guild_id", i.GuildID), zap.Error(err))
	}
}
