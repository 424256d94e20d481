package bot

import (
	"context"
	"regexp"
	"strings"

	"github.com/bwmarrin/discordgo"

	"paperbot/store"
)

// guildSettings are a server's saved settings; without a store or saved
// settings, the defaults (the configured allow-list, public answers, no
// threads).
func (b *Bot) guildSettings(guild string) store.Settings {
	if b.cfg.Store == nil || guild == "" {
		return store.Settings{}
	}
	st, _, err := b.cfg.Store.LoadSettings(context.Background(), guild)
	if err != nil {
		b.log.Warn("load settings: " + err.Error())
	}
	return st
}

var channelRef = regexp.MustCompile(`^(?:<#)?([0-9]{1,20})>?$`)

// settings shows or changes the server's settings; only members with the
// Manage Server permission may change them.
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
	st := b.guildSettings(i.GuildID)
	changed := false
	for _, o := range opts {
		switch o.Name {
		case "channels":
			var chans []string
			v := strings.TrimSpace(o.StringValue())
			if v != "all" && v != "" {
				for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
					m := channelRef.FindStringSubmatch(f)
					if m == nil {
						return textReply(true, "%q is not a channel: give #channel mentions or ids, or `all`.", truncate(f, 40))
					}
					chans = append(chans, m[1])
				}
			}
			st.Channels, changed = chans, true
		case "private":
			st.Private, changed = o.BoolValue(), true
		case "threads":
			st.Threads, changed = o.BoolValue(), true
		}
	}
	if changed {
		if err := b.cfg.Store.SaveSettings(context.Background(), i.GuildID, st); err != nil {
			b.log.Error("save settings: " + err.Error())
			return textReply(true, "Sorry, I couldn't save the settings.")
		}
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
	return textReply(true, "%s: I answer in %s; answers are %s by default; mentions are answered %s.", head, where,
		map[bool]string{true: "private", false: "public"}[st.Private], map[bool]string{true: "in a thread", false: "as a reply"}[st.Threads])
}
