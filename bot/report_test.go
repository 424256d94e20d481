package bot

import (
	"errors"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/dashboard"
)

func TestReportReply(t *testing.T) {
	key := []byte("a report key of thirty-two bytes")
	now := time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)
	in := func(guild string, perms int64) *discordgo.Interaction {
		i := slash("42", "c1", "report")
		i.GuildID = guild
		i.Member.Permissions = perms
		if guild == "" {
			i.Member, i.User = nil, &discordgo.User{ID: "42"}
		}
		return i
	}
	for _, tc := range []struct {
		name    string
		i       *discordgo.Interaction
		base    string
		key     []byte
		link    bool
		says    string
		wantErr bool
	}{
		{"manage server", in("700", discordgo.PermissionManageGuild), "https://bot.example.edu", key, true, "for you only", false},
		{"administrator", in("700", discordgo.PermissionAdministrator), "https://bot.example.edu/", key, true, "for you only", false},
		{"behind a path", in("700", discordgo.PermissionManageGuild), "https://example.edu/paperbot", key, true, "for you only", false},
		{"a member without the permission", in("700", discordgo.PermissionSendMessages), "https://bot.example.edu", key, false, "Manage Server", false},
		{"in a DM", in("", 0), "https://bot.example.edu", key, false, "in a server", false},
		{"no public URL", in("700", discordgo.PermissionManageGuild), "", key, false, "PAPERBOT_PUBLIC_URL", true},
		{"no key", in("700", discordgo.PermissionManageGuild), "https://bot.example.edu", nil, false, "PAPERBOT_PUBLIC_URL", true},
		{"a public URL without a scheme", in("700", discordgo.PermissionManageGuild), "bot.example.edu", key, false, "PAPERBOT_PUBLIC_URL", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := reportReply(tc.i, tc.base, tc.key, false, now)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err %v, want an error: %v", err, tc.wantErr)
			}
			if !r.private {
				t.Error("the reply is public")
			}
			if !strings.Contains(r.content, tc.says) || len(r.content) > MaxContent {
				t.Errorf("content %q does not say %q (or is too long)", r.content, tc.says)
			}
			m := regexp.MustCompile(`<(https?://[^>]+)>`).FindStringSubmatch(r.content)
			if !tc.link {
				if m != nil || strings.Contains(r.content, "token=") {
					t.Fatalf("a link was given: %q", r.content)
				}
				return
			}
			if m == nil {
				t.Fatalf("no <link> (angle brackets: no preview) in %q", r.content)
			}
			u, err := url.Parse(m[1])
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(m[1], strings.TrimRight(tc.base, "/")+"/report/700?") {
				t.Errorf("link %s is not under %s/report/700", m[1], tc.base)
			}
			token := u.Query().Get("token")
			if err := dashboard.Verify(key, token, "700", now.Add(dashboard.TokenTTL-time.Second)); err != nil {
				t.Errorf("the token does not open the server's page within its day: %v", err)
			}
			if err := dashboard.Verify(key, token, "700", now.Add(dashboard.TokenTTL)); !errors.Is(err, dashboard.ErrExpired) {
				t.Errorf("the token still works after its day: %v", err)
			}
			if err := dashboard.Verify(key, token, "701", now); !errors.Is(err, dashboard.ErrOtherServer) {
				t.Errorf("the token opens another server's page: %v", err)
			}
			if !strings.Contains(r.content, "<t:"+strconv.FormatInt(now.Add(dashboard.TokenTTL).Unix(), 10)+":f>") {
				t.Errorf("the expiry is not given as a Discord timestamp: %q", r.content)
			}
		})
	}
}

// TestReportReplySaysHowStudentsAreNamed: the link's reply says what the
// page shows of students on this server: pseudonyms, or display names when
// its show_names setting is on.
func TestReportReplySaysHowStudentsAreNamed(t *testing.T) {
	i := slash("42", "c1", "report")
	i.GuildID, i.Member.Permissions = "700", discordgo.PermissionManageGuild
	for _, tc := range []struct {
		showNames        bool
		says, mustNotSay string
	}{
		{false, "appear under pseudonyms", "appear under their"},
		{true, "appear under their Discord display names", "appear under pseudonyms"},
	} {
		r, err := reportReply(i, "https://bot.example.edu", []byte("a report key of thirty-two bytes"), tc.showNames, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.content, tc.says) || strings.Contains(r.content, tc.mustNotSay) {
			t.Errorf("show_names %v: %q should say %q, not %q", tc.showNames, r.content, tc.says, tc.mustNotSay)
		}
	}
}

func TestReportCommand(t *testing.T) {
	c := reportCommand()
	if c.Name != "report" || c.DefaultMemberPermissions == nil || *c.DefaultMemberPermissions != discordgo.PermissionManageGuild ||
		c.Contexts == nil || len(*c.Contexts) != 1 || (*c.Contexts)[0] != discordgo.InteractionContextGuild {
		t.Fatalf("/report: %+v, want Manage Server only, no DMs", c)
	}
	if len(c.Description) > 100 {
		t.Errorf("description is %d characters, Discord takes 100", len(c.Description))
	}
}
