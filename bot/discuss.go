package bot

import (
	"fmt"

	"github.com/bwmarrin/discordgo"

	"paperbot/answer"
)

// discuss starts a public thread named after topic, posts a discussion
// prompt and the three passages most relevant to it, each with its
// citation, and returns the reply to the command. Students continue in
// the thread by mentioning the bot.
func (b *Bot) discuss(guild, channelID, topic string) reply {
	topic = answer.Clean(topic)
	if topic == "" {
		return textReply(true, "Give a topic, e.g. `/discuss topic: US aid and democracy`.")
	}
	a, err := b.engine.Ask(topic, 3)
	if err != nil || len(a.Hits) == 0 {
		return textReply(true, "The paper has nothing on %s to discuss: try other words.", Escape(truncate(topic, 100)))
	}
	if !b.limits.thread.allow(channelID) {
		b.cfg.Metrics.RateLimited("discuss")
		return textReply(true, "Several discussions were started in this channel just now: continue in one of them, or try again in a few minutes.")
	}
	th, err := b.sess.ThreadStartComplex(channelID, &discordgo.ThreadStart{
		Name:                truncate("Discussion: "+topic, 100),
		Type:                discordgo.ChannelTypeGuildPublicThread,
		AutoArchiveDuration: 1440,
	})
	if err != nil {
		b.log.Warn("start thread: " + err.Error())
		return textReply(true, "I couldn't start a thread here (do I have the Create Public Threads permission?).")
	}
	b.rememberThread(guild, th.ID)
	prompt := fmt.Sprintf("**Discussion: %s**\nRead the passages below. What does the paper claim, and on what evidence? Which works does it lean on, and are they in its reference list? Mention me in this thread to ask the paper more.", Escape(truncate(topic, 200)))
	embeds := make([]*discordgo.MessageEmbed, 0, len(a.Hits))
	total := 0
	for _, h := range a.Hits {
		e := HitEmbed(h, b.src)
		if total+embedSize(e) > MaxEmbedTotal {
			break
		}
		total += embedSize(e)
		embeds = append(embeds, e)
	}
	if _, err := b.sess.ChannelMessageSendComplex(th.ID, &discordgo.MessageSend{Content: prompt, Embeds: embeds, AllowedMentions: noMentions()}); err != nil {
		b.log.Warn("post discussion: " + err.Error())
		return textReply(true, "I started the thread but couldn't post in it (do I have Send Messages in Threads?).")
	}
	return reply{content: fmt.Sprintf("Discussion started: <#%s>", th.ID)}
}
