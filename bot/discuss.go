package bot

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"paperbot/answer"
	"paperbot/classroom"
)

// discuss starts a public thread named after topic and posts prompts drawn
// from the passages on it (a claim and its evidence, a tension between two
// passages, a position to take, each only where the passages hold one)
// with up to five passages in plain English, each cited. A topic the
// paper names only in passing gets a short private note instead.
// Students continue in the thread by mentioning the bot. With preview, the
// same prompts and passages go to the caller alone and no thread starts: a
// teacher looks before the class sees it.
func (b *Bot) discuss(guild, channelID, topic string, preview bool) reply {
	topic = answer.Clean(topic)
	if topic == "" {
		return textReply(true, "Give a topic, e.g. `/discuss topic: US aid and democracy`.")
	}
	content, embeds, note, ok := b.discussion(topic, preview)
	if !ok {
		return textReply(true, "The paper has nothing on %s to discuss: try other words.", Escape(truncate(topic, 100)))
	}
	if note != "" {
		// a passing mention: no thread, no debate made up from a list
		return textReply(true, "%s Ask about it with `/ask`, or discuss a topic the paper treats at length.", Escape(note))
	}
	if preview {
		return reply{content: truncate("*Preview: only you see this, and no thread was started. Run `/discuss` without `private` to start it.*\n"+content, MaxContent), embeds: embeds, private: true}
	}
	if !b.limits.thread.allow(channelID) {
		b.cfg.Metrics.RateLimited("discuss")
		return textReply(true, "Several discussions were started in this channel just now: continue in one of them, or try again in a few minutes.")
	}
	th, err := b.startThread(channelID, &discordgo.ThreadStart{
		Name:                truncate("Discussion: "+topic, 100),
		Type:                discordgo.ChannelTypeGuildPublicThread,
		AutoArchiveDuration: 1440,
	})
	if err != nil {
		b.log.Warn("start thread: " + err.Error())
		return textReply(true, "I couldn't start a thread here (do I have the Create Public Threads permission?).")
	}
	b.rememberThread(guild, th.ID)
	post := truncate(content+"\n*Mention me in this thread to ask the paper more.*", MaxContent)
	if _, err := b.sendMessage(th.ID, &discordgo.MessageSend{Content: post, Embeds: embeds, AllowedMentions: noMentions()}); err != nil {
		b.log.Warn("post discussion: " + err.Error())
		return textReply(true, "I started the thread but couldn't post in it (do I have Send Messages in Threads?).")
	}
	return reply{content: fmt.Sprintf("Discussion started: <#%s>", th.ID)}
}

// discussion draws the prompts and passages for topic: the message text
// (title and numbered prompts) and one embed per passage in plain English,
// cut so all fit one message. note is set instead when the paper only
// mentions the topic in passing. Only the teacher's preview points to
// "/passage N" for the paper's own words: students read the plain text.
func (b *Bot) discussion(topic string, preview bool) (content string, embeds []*discordgo.MessageEmbed, note string, ok bool) {
	a, err := b.engine.Ask(topic, answer.MaxK)
	if err != nil {
		return "", nil, "", false
	}
	ranked := make([]classroom.Ranked, 0, len(a.Hits))
	for _, h := range a.Hits {
		ranked = append(ranked, classroom.Ranked{Paragraph: h.Paragraph, Score: h.Score})
	}
	d := classroom.Discuss(b.engine.Paper, b.cfg.Plain, topic, ranked)
	if len(d.Paragraphs) == 0 {
		return "", nil, "", false
	}
	if d.Passing {
		return "", nil, d.Note, true
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "**Discussion: %s**\n", Escape(truncate(topic, 200)))
	for k, p := range d.Prompts {
		fmt.Fprintf(&sb, "%d. %s\n", k+1, Escape(p.Text))
	}
	if d.Note != "" {
		fmt.Fprintf(&sb, "%s\n", Escape(d.Note)) // facts only: no debate made up
	}
	budget := (MaxEmbedTotal - 200*len(d.Passages)) / max(1, len(d.Passages))
	total := 0
	for _, ps := range d.Passages {
		e := &discordgo.MessageEmbed{
			Title:       truncate(ps.Where(), MaxTitle),
			Description: cautioned(ps, min(descriptionBudget, budget)),
			Footer:      &discordgo.MessageEmbedFooter{Text: truncate(b.src.String()+" · in plain English", MaxFooter)},
			Color:       0x2b6cb0,
		}
		if preview {
			e.Footer.Text = truncate(fmt.Sprintf("%s · in plain English: /passage %d shows the paper's own words", b.src.String(), ps.Paragraph), MaxFooter)
		}
		fit(e)
		if total+embedSize(e) > MaxEmbedTotal {
			break
		}
		total += embedSize(e)
		embeds = append(embeds, e)
	}
	return strings.TrimRight(sb.String(), "\n"), embeds, "", true
}

// discussPreview reads the /discuss "private" option: a preview for the
// caller alone. The server's private-by-default setting does not apply:
// a discussion is for the class.
func discussPreview(opts []*discordgo.ApplicationCommandInteractionDataOption) bool {
	v, _ := optionBool(opts, "private")
	return v
}

// cautioned is a passage's text cut to budget runes and escaped, led by
// its notes (its caution and reading, in italics), which are never the
// part cut: the reader must see them before arguing from the passage.
func cautioned(ps classroom.Passage, budget int) string {
	if ps.Notes() == "" {
		return Escape(cutRunes(ps.Text, budget))
	}
	head := "_" + Escape(ps.Notes()) + "_\n\n"
	return head + Escape(cutRunes(ps.Text, max(0, budget-utf8.RuneCountInString(head))))
}
