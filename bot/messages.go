package bot

import (
	"context"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"paperbot/answer"
)

// onMessage answers a message that mentions the bot, or a DM, like /ask,
// as a reply to it (or in a thread on it, when the server wants that).
func (b *Bot) onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	b.inflight.add()
	defer b.inflight.done()
	defer b.recovered("message")
	if m.Author == nil || m.Author.Bot {
		return
	}
	b.mu.Lock()
	botID := b.botID
	b.mu.Unlock()
	mentioned := false
	for _, u := range m.Mentions {
		if u != nil && u.ID == botID {
			mentioned = true
		}
	}
	if m.GuildID != "" && (!mentioned || !b.allowed(m.ChannelID, m.GuildID)) {
		return
	}
	start := time.Now()
	fields := []zap.Field{zap.String("event", "message"), zap.String("command", "mention"), zap.String("user_id", m.Author.ID), zap.String("guild_id", m.GuildID)}
	q := strings.NewReplacer("<@"+botID+">", " ", "<@!"+botID+">", " ").Replace(m.Content)
	var r reply
	answered := false
	if !b.limits.ask.allow(m.Author.ID) {
		b.cfg.Metrics.RateLimited("mention")
		r = textReply(false, "You're asking quickly: please wait a few seconds and try again.")
	} else {
		var a answer.Answer
		r, a = b.ask(q, false, caller{guild: m.GuildID, user: m.Author.ID, answerID: m.ID})
		answered = a.Answered
		if len(a.Hits) > 0 {
			fields = append(fields, zap.Int("paragraph", a.Hits[0].Paragraph), zap.Int("page", a.Hits[0].Page))
		}
	}
	channel, ref := m.ChannelID, m.Reference()
	// The server may want mentions answered in a thread on the message;
	// past the channel's thread limit, the answer is a plain reply.
	if m.GuildID != "" && b.guildSettings(m.GuildID).Threads && b.limits.thread.allow(m.ChannelID) {
		th, err := b.startThreadOnMessage(m.ChannelID, m.ID, &discordgo.ThreadStart{Name: truncate("Q: "+answer.Clean(q), 100), AutoArchiveDuration: 1440})
		if err == nil {
			channel, ref = th.ID, nil
			b.rememberThread(m.GuildID, th.ID)
		} else {
			b.restError(err)
			b.log.Warn("start thread", zap.Error(err))
		}
	}
	send := &discordgo.MessageSend{
		Content:         truncate(r.content, MaxContent),
		Embeds:          r.embeds,
		Components:      r.components,
		Reference:       ref,
		AllowedMentions: noMentions(),
	}
	_, err := b.sendMessage(channel, send)
	if serverError(err) {
		// One more try on a 5xx (discordgo retries 429s and 502s only).
		b.restError(err)
		time.Sleep(200 * time.Millisecond)
		_, err = b.sendMessage(channel, send)
	}
	fields = append(fields, zap.Bool("answered", answered), zap.Duration("latency", time.Since(start)))
	b.restError(err)
	if err != nil {
		b.log.Error("reply", append(fields, zap.Error(err))...)
		return
	}
	b.cfg.Metrics.Question("mention", answered, time.Since(start))
	b.log.Info("handled", fields...)
}

// rememberThread records a thread the bot started, so that mentions in it
// are answered even when the channel allow-list names only its parent: in
// memory and in the store, so it is still answered after a restart.
func (b *Bot) rememberThread(guild, id string) {
	b.mu.Lock()
	if b.threads == nil {
		b.threads = map[string]bool{}
	}
	b.threads[id] = true
	b.mu.Unlock()
	if b.cfg.Store == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
	defer cancel()
	if err := b.cfg.Store.AddThread(ctx, guild, id); err != nil {
		b.log.Warn("remember thread", zap.String("channel_id", id), zap.Error(err))
	}
}
