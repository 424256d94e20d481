package bot

import (
	"errors"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/dashboard"
)

// reportCommand is /report: a link to the teacher's page. Only members
// with Manage Server see it by default, and not in DMs (the page is a
// server's).
func reportCommand() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name: "report", Description: "A private link to this server's class report (Manage Server only)",
		DefaultMemberPermissions: &manageGuild,
		Contexts:                 &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild},
	}
}

// errReportNotSetUp says the bot lacks what a report link needs.
var errReportNotSetUp = errors.New("report: PAPERBOT_PUBLIC_URL or the key is not set")

// reportReply answers /report with a private link to the server's page,
// signed with key to expire dashboard.TokenTTL after now. publicURL is
// PAPERBOT_PUBLIC_URL; showNames is the server's show_names setting, so
// the reply says how the page names students. Discord's default permission
// can be overridden by a server, so Manage Server (or Administrator) is
// checked here too. The
// error, when not nil, is for the log: the reply already says what to do.
func reportReply(i *discordgo.Interaction, publicURL string, key []byte, showNames bool, now time.Time) (reply, error) {
	if i.GuildID == "" {
		return textReply(true, "The report is per server: use `/report` in a server."), nil
	}
	if i.Member == nil || i.Member.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) == 0 {
		return textReply(true, "Only members with the Manage Server permission can see the class report."), nil
	}
	if publicURL == "" || len(key) < dashboard.KeySize {
		return textReply(true, "The class report is not set up on this bot: its operator must set `PAPERBOT_PUBLIC_URL`."), errReportNotSetUp
	}
	expiry := now.Add(dashboard.TokenTTL)
	link, err := dashboard.Link(publicURL, i.GuildID, dashboard.Sign(key, i.GuildID, expiry))
	if err != nil {
		return textReply(true, "The class report's address is misconfigured: its operator must check `PAPERBOT_PUBLIC_URL`."), err
	}
	named := "Students appear under pseudonyms (`/settings show_names:` can show their display names)."
	if showNames {
		named = "Students appear under their Discord display names, as this server's `show_names` setting asks " +
			"(a pseudonym for those the bot has not seen since it was turned on)."
	}
	// <link> keeps Discord from fetching the page for a preview, which
	// would hand the token to its crawler.
	return textReply(true, "This server's class report, for you only: <%s>\n"+
		"The link works until <t:%d:f> (%d hours); anyone who has it can open the report until then, so keep it to yourself. "+
		"%s `/report` again gives a new link.",
		link, expiry.Unix(), int(dashboard.TokenTTL.Hours()), named), nil
}
