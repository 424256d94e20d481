package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"paperbot/bot"
	"paperbot/classroom"
	"paperbot/internal/fakediscord"
	"paperbot/paper"
)

func command(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	return &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, GuildID: "700", ChannelID: "800",
		Data: discordgo.ApplicationCommandInteractionData{Name: name, Options: opts}}
}

// botQuizzes are the quiz items the running bot serves: the embedded
// paper's, with the plain-English list as run loads it.
func botQuizzes(t testing.TB) []classroom.Quiz {
	t.Helper()
	p, err := paper.Default()
	if err != nil {
		t.Fatal(err)
	}
	plain, err := loadPlain("", false)
	if err != nil {
		t.Fatal(err)
	}
	return classroom.NewQuizzer(p, plain).All()
}

func click(customID, user string) *discordgo.Interaction {
	return &discordgo.Interaction{Type: discordgo.InteractionMessageComponent, GuildID: "700", ChannelID: "800",
		Member:  &discordgo.Member{User: &discordgo.User{ID: user}, GuildID: "700"},
		Message: &discordgo.Message{ID: "5" + user, ChannelID: "800"},
		Data:    discordgo.MessageComponentInteractionData{CustomID: customID, ComponentType: discordgo.ButtonComponent}}
}

func buttonsOf(t *testing.T, r response) []struct {
	CustomID string `json:"custom_id"`
	Label    string `json:"label"`
} {
	t.Helper()
	var row struct {
		Components []struct {
			CustomID string `json:"custom_id"`
			Label    string `json:"label"`
		} `json:"components"`
	}
	if len(r.Data.Components) == 0 || json.Unmarshal(r.Data.Components[0], &row) != nil {
		t.Fatalf("no buttons: %+v", r.Data)
	}
	return row.Components
}

// TestQuizLeaderboardSurvivesRestart: a quiz answered by three users (one
// twice), the scores on the leaderboard, the program restarted on the same
// database, the scores still there.
func TestQuizLeaderboardSurvivesRestart(t *testing.T) {
	db := filepath.Join(t.TempDir(), "class.db")
	srv, _, stop := startBot(t, map[string]string{"PAPERBOT_DB": db})
	q := command("quiz")
	srv.Interaction(q)
	qr := decode(t, wait(t, srv, callback(q)))
	if !strings.HasPrefix(qr.Data.Content, "**Quiz:** ") {
		t.Fatalf("quiz: %+v", qr.Data)
	}
	btns := buttonsOf(t, qr)
	if len(btns) != 4 {
		t.Fatalf("%d choices", len(btns))
	}
	// Find the right choice by asking as a throwaway user.
	probe := click(btns[0].CustomID, "9")
	srv.Interaction(probe)
	pr := decode(t, wait(t, srv, callback(probe)))
	right := 0
	if !strings.HasPrefix(pr.Data.Content, "Right!") {
		m := regexp.MustCompile(`The answer is \*\*(.+?)\*\*`).FindStringSubmatch(pr.Data.Content)
		if m == nil {
			t.Fatalf("verdict %q", pr.Data.Content)
		}
		// A label is "B. choice", cut to 80 characters with "…": the
		// right one is the label whose choice the verdict's answer
		// begins with (an act item's answer is longer than a button).
		for k, b := range btns {
			choice := strings.TrimSuffix(b.Label[strings.Index(b.Label, ". ")+2:], "…")
			if choice == m[1] || strings.HasSuffix(b.Label, "…") && strings.HasPrefix(m[1], choice) {
				right = k
			}
		}
	}
	wrong := (right + 1) % 4
	answer := func(user string, k int) string {
		i := click(btns[k].CustomID, user)
		srv.Interaction(i)
		r := decode(t, wait(t, srv, callback(i)))
		if r.Data.Flags&64 == 0 {
			t.Errorf("quiz verdict not private: %+v", r.Data)
		}
		return r.Data.Content
	}
	if v := answer("1", right); !strings.HasPrefix(v, "Right!") || !strings.Contains(v, "¶") {
		t.Errorf("user 1: %q", v)
	}
	if v := answer("2", wrong); !strings.HasPrefix(v, "Not quite.") {
		t.Errorf("user 2: %q", v)
	}
	if v := answer("2", right); !strings.Contains(v, "first answer counts") {
		t.Errorf("user 2 again: %q", v)
	}
	answer("3", right)
	board := func() string {
		l := command("leaderboard")
		l.Member = &discordgo.Member{User: &discordgo.User{ID: "2"}, GuildID: "700"}
		srv.Interaction(l)
		r := decode(t, wait(t, srv, callback(l)))
		if len(r.Data.Embeds) != 1 {
			t.Fatalf("leaderboard: %+v", r.Data)
		}
		e := r.Data.Embeds[0]
		return e.Description + "\n" + e.Footer.Text
	}
	before := board()
	if !strings.Contains(before, "<@1>: 1 right of 1") || !strings.Contains(before, "<@2>: 0 right of 1") || !strings.Contains(before, "You: #") {
		t.Errorf("leaderboard before restart:\n%s", before)
	}
	stop()

	srv, _, _ = startBot(t, map[string]string{"PAPERBOT_DB": db})
	if after := board(); after != before {
		t.Errorf("leaderboard after restart:\n%s\nbefore:\n%s", after, before)
	}
}

func TestTimelineGlossaryVotesReportSettings(t *testing.T) {
	db := filepath.Join(t.TempDir(), "class.db")
	srv, _, stop := startBot(t, map[string]string{"PAPERBOT_DB": db})

	// Timeline in order, paged with buttons.
	tl := command("timeline")
	srv.Interaction(tl)
	tr := decode(t, wait(t, srv, callback(tl)))
	if len(tr.Data.Embeds) != 1 || !strings.Contains(tr.Data.Embeds[0].Description, "25 December 1991") {
		t.Fatalf("timeline: %+v", tr.Data)
	}
	years := regexp.MustCompile(`\*\*[^*]*?(1[89]\d\d|20\d\d)[^*]*\*\*`).FindAllStringSubmatch(tr.Data.Embeds[0].Description, -1)
	for k := 1; k < len(years); k++ {
		if years[k][1] < years[k-1][1] {
			t.Errorf("timeline out of order: %s before %s", years[k-1][1], years[k][1])
		}
	}
	next := buttonsOf(t, tr)[1]
	ni := click(next.CustomID, "1")
	srv.Interaction(ni)
	if nr := decode(t, wait(t, srv, callback(ni))); nr.Type != 7 || !strings.Contains(nr.Data.Embeds[0].Footer.Text, "Page 2") {
		t.Errorf("timeline page 2: %+v", nr.Data)
	}

	// Glossary with autocomplete.
	ac := &discordgo.Interaction{Type: discordgo.InteractionApplicationCommandAutocomplete, GuildID: "700", ChannelID: "800",
		Data: discordgo.ApplicationCommandInteractionData{Name: "glossary", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "term", Type: discordgo.ApplicationCommandOptionString, Value: "ab", Focused: true}}}}
	srv.Interaction(ac)
	if ar := decode(t, wait(t, srv, callback(ac))); len(ar.Data.Choices) == 0 || ar.Data.Choices[0].Value != "ABC" {
		t.Errorf("glossary autocomplete: %+v", ar.Data.Choices)
	}
	g := command("glossary", &discordgo.ApplicationCommandInteractionDataOption{Name: "term", Type: discordgo.ApplicationCommandOptionString, Value: "ABC"})
	srv.Interaction(g)
	if gr := decode(t, wait(t, srv, callback(g))); len(gr.Data.Embeds) != 1 || !strings.Contains(gr.Data.Embeds[0].Description, "Annual Bilateral Consultation") {
		t.Errorf("glossary: %+v", gr.Data)
	}

	// Votes: one per user per answer, shown in the report.
	ask := askInteraction("What did the SCO demand in July 2005?")
	srv.Interaction(ask)
	btns := buttonsOf(t, decode(t, wait(t, srv, callback(ask))))
	var notHelpful string
	for _, b := range btns {
		if b.Label == "Not helpful" {
			notHelpful = b.CustomID
		}
	}
	for _, u := range []string{"1", "2", "2"} {
		i := click(notHelpful, u)
		srv.Interaction(i)
		wait(t, srv, callback(i))
	}
	off := askInteraction("What year did the Titanic sink?")
	srv.Interaction(off)
	wait(t, srv, callback(off))
	stop()

	code, out, errOut := runCLI(t, map[string]string{"PAPERBOT_DB": db}, "report", "--json")
	if code != 0 {
		t.Fatalf("report: %s", errOut)
	}
	var rep struct {
		Questions  int `json:"questions"`
		Votes      int `json:"votes"`
		Unanswered []struct {
			Question string `json:"question"`
			Count    int    `json:"count"`
		} `json:"unanswered"`
		NotHelpful []struct {
			Question  string `json:"question"`
			Paragraph int    `json:"paragraph"`
			Count     int    `json:"count"`
		} `json:"not_helpful"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Questions != 2 || rep.Votes != 2 || len(rep.NotHelpful) != 1 || rep.NotHelpful[0].Count != 2 ||
		!strings.Contains(rep.NotHelpful[0].Question, "SCO") || len(rep.Unanswered) != 1 || !strings.Contains(rep.Unanswered[0].Question, "Titanic") {
		t.Errorf("report: %s", out)
	}
	if code, text, _ := runCLI(t, map[string]string{"PAPERBOT_DB": db}, "report"); code != 0 || !strings.Contains(text, "Answers voted not helpful") {
		t.Errorf("report text:\n%s", text)
	}

	// Settings: only for Manage Server; only channels of the server; a
	// channel outside the list gets no answer, but /settings works there.
	srv, _, _ = startBot(t, map[string]string{"PAPERBOT_DB": db}, fakediscord.WithChannel(&discordgo.Channel{ID: "800", GuildID: "700", Type: discordgo.ChannelTypeGuildText}),
		fakediscord.WithChannel(&discordgo.Channel{ID: "900", GuildID: "999", Type: discordgo.ChannelTypeGuildText}))
	for _, bad := range []string{"<#900>", "<#800> 12345"} {
		set := command("settings", &discordgo.ApplicationCommandInteractionDataOption{Name: "channels", Type: discordgo.ApplicationCommandOptionString, Value: bad})
		set.Member = &discordgo.Member{User: &discordgo.User{ID: "1"}, GuildID: "700", Permissions: discordgo.PermissionManageGuild}
		srv.Interaction(set)
		if r := decode(t, wait(t, srv, callback(set))); !strings.Contains(r.Data.Content, "not a channel of this server: nothing changed") {
			t.Errorf("settings %s: %+v", bad, r.Data)
		}
	}
	set := command("settings", &discordgo.ApplicationCommandInteractionDataOption{Name: "channels", Type: discordgo.ApplicationCommandOptionString, Value: "<#800>"})
	set.Member = &discordgo.Member{User: &discordgo.User{ID: "1"}, GuildID: "700"}
	srv.Interaction(set)
	if r := decode(t, wait(t, srv, callback(set))); !strings.Contains(r.Data.Content, "Manage Server") {
		t.Errorf("settings without permission: %+v", r.Data)
	}
	set = command("settings", &discordgo.ApplicationCommandInteractionDataOption{Name: "channels", Type: discordgo.ApplicationCommandOptionString, Value: "<#800>"})
	set.Member = &discordgo.Member{User: &discordgo.User{ID: "1"}, GuildID: "700", Permissions: discordgo.PermissionManageGuild}
	srv.Interaction(set)
	if r := decode(t, wait(t, srv, callback(set))); !strings.Contains(r.Data.Content, "Settings saved") || !strings.Contains(r.Data.Content, "<#800>") {
		t.Errorf("settings: %+v", r.Data)
	}
	outside := askInteraction("when did the US open its embassy?")
	outside.ChannelID = "801"
	srv.Interaction(outside)
	if r := decode(t, wait(t, srv, callback(outside))); !strings.Contains(r.Data.Content, "don't answer in this channel") {
		t.Errorf("outside the allow-list: %+v", r.Data)
	}
	// A manager can always mend the list, even from a channel left out.
	set = command("settings", &discordgo.ApplicationCommandInteractionDataOption{Name: "private", Type: discordgo.ApplicationCommandOptionBoolean, Value: false})
	set.ChannelID = "801"
	set.Member = &discordgo.Member{User: &discordgo.User{ID: "1"}, GuildID: "700", Permissions: discordgo.PermissionManageGuild}
	srv.Interaction(set)
	if r := decode(t, wait(t, srv, callback(set))); !strings.Contains(r.Data.Content, "Settings saved") {
		t.Errorf("settings outside the allow-list: %+v", r.Data)
	}
	srv.Message(&discordgo.Message{ChannelID: "801", GuildID: "700", Content: "<@" + fakediscord.DefaultApplicationID + "> hi", Mentions: []*discordgo.User{{ID: fakediscord.DefaultApplicationID}}})
	inside := askInteraction("when did the US open its embassy?")
	srv.Interaction(inside)
	wait(t, srv, callback(inside))
	if n := len(srv.CallsMatching(fakediscord.Match("POST", "/channels/801/messages"))); n != 0 {
		t.Errorf("answered a mention outside the allow-list")
	}
}

// TestClassroomMaterialEndToEnd drives the new classroom material through
// the fake Discord: a why-item answered by its button, the merged timeline,
// topic-specific discussion prompts with up to five passages in plain
// English, a private preview that starts no thread, a passing mention
// answered with a note, and the glossary's note on NDN.
func TestClassroomMaterialEndToEnd(t *testing.T) {
	srv, _, _ := startBot(t, map[string]string{"PAPERBOT_DB": filepath.Join(t.TempDir(), "class.db")})

	// A why-item: its button answers with the stated cause and its source.
	var why *classroom.Quiz
	for _, q := range botQuizzes(t) {
		if q.Kind == "why" {
			why = &q
			break
		}
	}
	if why == nil || !strings.HasPrefix(why.Question, "Why ") {
		t.Fatalf("no why-item: %+v", why)
	}
	ci := click(fmt.Sprintf("pb1:quiz:%s:%d", why.ID, why.Answer), "11")
	srv.Interaction(ci)
	if r := decode(t, wait(t, srv, callback(ci))); !strings.HasPrefix(r.Data.Content, "Right!") || !strings.Contains(r.Data.Content, fmt.Sprintf("¶%d", why.Paragraph)) {
		t.Errorf("why-item verdict: %q", r.Data.Content)
	}

	// The timeline: the civil war once, citing the three paragraphs that tell it.
	tl := command("timeline", &discordgo.ApplicationCommandInteractionDataOption{Name: "to", Type: discordgo.ApplicationCommandOptionInteger, Value: float64(1997)})
	srv.Interaction(tl)
	tr := decode(t, wait(t, srv, callback(tl)))
	if len(tr.Data.Embeds) != 1 {
		t.Fatalf("timeline: %+v", tr.Data)
	}
	desc := tr.Data.Embeds[0].Description
	if n := strings.Count(desc, "**1992-1997**"); n != 1 {
		t.Errorf("1992-1997 listed %d times:\n%s", n, desc)
	}
	for _, line := range strings.Split(desc, "\n") {
		if strings.HasPrefix(line, "**1992-1997**") && !(strings.Contains(line, "¶2;") && strings.Contains(line, "¶4;") && strings.Contains(line, "¶23")) {
			t.Errorf("merged entry does not cite every source: %s", line)
		}
	}

	// Discussions: prompts drawn from the passages, different per topic.
	discuss := func(topic string, private bool) response {
		opts := []*discordgo.ApplicationCommandInteractionDataOption{{Name: "topic", Type: discordgo.ApplicationCommandOptionString, Value: topic}}
		if private {
			opts = append(opts, &discordgo.ApplicationCommandInteractionDataOption{Name: "private", Type: discordgo.ApplicationCommandOptionBoolean, Value: true})
		}
		i := command("discuss", opts...)
		srv.Interaction(i)
		// under -race /discuss may defer: its reply is then the edit
		return answered(t, srv, i, decode(t, wait(t, srv, callback(i))))
	}
	type post struct {
		Content string                   `json:"content"`
		Embeds  []discordgo.MessageEmbed `json:"embeds"`
	}
	threadPost := func(r response) post {
		t.Helper()
		id := strings.TrimSuffix(strings.TrimPrefix(r.Data.Content, "Discussion started: <#"), ">")
		var m post
		if err := wait(t, srv, fakediscord.Match("POST", "/channels/"+id+"/messages")).Decode(&m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	drugs := threadPost(discuss("drug trafficking", false))
	rice := threadPost(discuss("Rice and the colour revolutions", false))
	for _, m := range []post{drugs, rice} {
		if !strings.Contains(m.Content, "Claim and evidence: ¶") || strings.Contains(m.Content, "agree or disagree") || strings.Contains(m.Content, "What does the paper claim, and on what evidence?") {
			t.Errorf("prompts not drawn from the passages:\n%s", m.Content)
		}
		for _, e := range m.Embeds { // passages in plain English, no internal notes
			if strings.Contains(e.Description, "approximate") || strings.Contains(e.Description, "counter-opiates") || !strings.Contains(e.Footer.Text, "plain English") {
				t.Errorf("passage not in plain English: %+v", e)
			}
		}
		if len(m.Embeds) < 1 || len(m.Embeds) > 5 {
			t.Errorf("%d passages", len(m.Embeds))
		}
	}
	if drugs.Content[strings.Index(drugs.Content, "\n"):] == rice.Content[strings.Index(rice.Content, "\n"):] {
		t.Error("the same prompts for two topics")
	}
	titles := func(m post) string {
		var ts []string
		for _, e := range m.Embeds {
			ts = append(ts, e.Title)
		}
		return strings.Join(ts, " | ")
	}
	for _, want := range []string{"¶16", "¶20"} {
		if !strings.Contains(titles(drugs), want+" ") && !strings.HasSuffix(titles(drugs), want) {
			t.Errorf("drug trafficking lacks %s: %s", want, titles(drugs))
		}
	}
	if !strings.Contains(titles(rice), "¶8") {
		t.Errorf("Rice and the colour revolutions lacks ¶8: %s", titles(rice))
	}

	// A private preview: the prompts and passages to the teacher alone, no thread.
	threads := len(srv.CallsMatching(fakediscord.Match("POST", "/channels/800/threads")))
	pv := discuss("human rights", true)
	if pv.Data.Flags&64 == 0 || !strings.Contains(pv.Data.Content, "Preview") || !strings.Contains(pv.Data.Content, "¶") || len(pv.Data.Embeds) == 0 {
		t.Errorf("preview: %+v", pv.Data)
	}
	// two passages on opposite sides: Clinton warns on rights, Clinton thanks a partner
	// ("¶9 says that “...”" for the paper's own words, "¶9, citing X, says, in plain words, that ..." otherwise)
	if !regexp.MustCompile(`Tension: ¶9(,| says)`).MatchString(pv.Data.Content) || !regexp.MustCompile(`But ¶16(,| says)`).MatchString(pv.Data.Content) || !strings.Contains(pv.Data.Content, "Take a position") {
		t.Errorf("human rights: no tension between ¶9 and ¶16:\n%s", pv.Data.Content)
	}
	// a topic the paper names only in a list: a short note, no thread, no debate
	if cn := discuss("China", false); cn.Data.Flags&64 == 0 || !strings.Contains(cn.Data.Content, "only in passing (¶1, ¶2, ¶8)") || strings.Contains(cn.Data.Content, "Claim") {
		t.Errorf("China: %+v", cn.Data)
	}
	if n := len(srv.CallsMatching(fakediscord.Match("POST", "/channels/800/threads"))); n != threads {
		t.Errorf("a preview started a thread (%d → %d)", threads, n)
	}

	// The glossary says where the paper writes NDN's full name.
	g := command("glossary", &discordgo.ApplicationCommandInteractionDataOption{Name: "term", Type: discordgo.ApplicationCommandOptionString, Value: "NDN"})
	srv.Interaction(g)
	if gr := decode(t, wait(t, srv, callback(g))); len(gr.Data.Embeds) != 1 || !strings.Contains(gr.Data.Embeds[0].Description, "writes the full name (¶20) but not the acronym") {
		t.Errorf("glossary NDN: %+v", gr.Data)
	}
}

// TestEveryQuizKindEndToEnd: one item of each kind the quiz makes (the
// restriction, sequence, area, message, speech and trade items of the later
// passes among them) answered through the fake Discord by its buttons:
// the keyed choice is "Right!" and quotes the item's source, another
// choice is "Not quite." with the same answer, each privately.
func TestEveryQuizKindEndToEnd(t *testing.T) {
	srv, _, _ := startBot(t, map[string]string{"PAPERBOT_DB": filepath.Join(t.TempDir(), "kinds.db")})
	byKind := map[string]classroom.Quiz{}
	var kinds []string
	for _, q := range botQuizzes(t) {
		if _, ok := byKind[q.Kind]; !ok {
			byKind[q.Kind] = q
			kinds = append(kinds, q.Kind)
		}
	}
	// (the i10act pass: the act rule's deed on this paper, the embargo's
	// lifting, is asked as a restriction item)
	for _, want := range []string{"why", "restriction", "sequence", "area", "settlement", "before", "accusation", "since", "framework", "event"} {
		if _, ok := byKind[want]; !ok {
			t.Errorf("no %q item among the kinds %q", want, kinds)
		}
	}
	for n, kind := range kinds {
		q := byKind[kind]
		wrong := (q.Answer + 1) % len(q.Choices)
		for _, c := range []struct {
			choice int
			user   string
			prefix string
		}{{q.Answer, fmt.Sprintf("2%d", n), "Right!"}, {wrong, fmt.Sprintf("3%d", n), "Not quite."}} {
			ci := click(fmt.Sprintf("pb1:quiz:%s:%d", q.ID, c.choice), c.user)
			srv.Interaction(ci)
			r := answered(t, srv, ci, decode(t, wait(t, srv, callback(ci))))
			if !strings.HasPrefix(r.Data.Content, c.prefix) || !strings.Contains(r.Data.Content, fmt.Sprintf("¶%d", q.Paragraph)) ||
				!strings.Contains(r.Data.Content, "**"+bot.Escape(q.Choices[q.Answer])+"**") || r.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 {
				t.Errorf("%s item %q, choice %d: %q (flags %d)", kind, q.Question, c.choice, r.Data.Content, r.Data.Flags)
			}
		}
	}
}
