package bot

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// nulls lists the paths of the JSON nulls in raw.
func nulls(t *testing.T, raw []byte) []string {
	t.Helper()
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("%v: %s", err, raw)
	}
	var out []string
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case nil:
			out = append(out, path)
		case map[string]any:
			for k, e := range x {
				walk(path+"."+k, e)
			}
		case []any:
			for k, e := range x {
				walk(fmt.Sprintf("%s[%d]", path, k), e)
			}
		}
	}
	walk("", v)
	return out
}

func keys(t *testing.T, raw json.RawMessage) []string {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%v: %s", err, raw)
	}
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// TestMarshalResponse: each response type carries the fields Discord
// documents for it, and no null.
func TestMarshalResponse(t *testing.T) {
	btn := []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "Next", Style: discordgo.SecondaryButton, CustomID: "pb1:next:1"},
		&discordgo.Button{Label: "Sources", CustomID: "pb1:src:4", Disabled: true},
	}}}
	embed := []*discordgo.MessageEmbed{{Type: discordgo.EmbedTypeRich, Title: "¶4", Description: "text", Footer: &discordgo.MessageEmbedFooter{Text: "Javaid"},
		Fields: []*discordgo.MessageEmbedField{{Name: "Cited in", Value: "¶4"}}}}
	for _, c := range []struct {
		name string
		resp *discordgo.InteractionResponse
		want string
	}{
		{"pong", &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}, `{"type":1}`},
		{"private text", reply{content: "hi", private: true}.response(discordgo.InteractionResponseChannelMessageWithSource),
			`{"type":4,"data":{"content":"hi","allowed_mentions":{"parse":[]},"flags":64}}`},
		{"answer", reply{content: "**Q:** x", embeds: embed, components: btn}.response(discordgo.InteractionResponseChannelMessageWithSource),
			`{"type":4,"data":{"content":"**Q:** x","embeds":[{"title":"¶4","description":"text","footer":{"text":"Javaid"},"fields":[{"name":"Cited in","value":"¶4"}]}],` +
				`"allowed_mentions":{"parse":[]},"components":[{"type":1,"components":[{"type":2,"style":2,"label":"Next","custom_id":"pb1:next:1"},{"type":2,"style":1,"label":"Sources","custom_id":"pb1:src:4","disabled":true}]}]}}`},
		// The update of a paged answer has no content: the message keeps its "**Q:**" line.
		{"update without content", reply{embeds: embed}.response(discordgo.InteractionResponseUpdateMessage),
			`{"type":7,"data":{"embeds":[{"title":"¶4","description":"text","footer":{"text":"Javaid"},"fields":[{"name":"Cited in","value":"¶4"}]}],"allowed_mentions":{"parse":[]}}}`},
		{"deferred private", &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource, Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}},
			`{"type":5,"data":{"flags":64}}`},
		{"deferred public", &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource, Data: &discordgo.InteractionResponseData{}}, `{"type":5}`},
		{"deferred update", &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate, Data: &discordgo.InteractionResponseData{}}, `{"type":6}`},
		{"autocomplete", &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult, Data: &discordgo.InteractionResponseData{
			Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "Jonson (2006)", Value: "12"}}}}, `{"type":8,"data":{"choices":[{"name":"Jonson (2006)","value":"12"}]}}`},
		// No match: an empty list, not a missing one.
		{"autocomplete, no match", &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult, Data: &discordgo.InteractionResponseData{
			Choices: []*discordgo.ApplicationCommandOptionChoice{}}}, `{"type":8,"data":{"choices":[]}}`},
		{"autocomplete, nil choices", &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult, Data: &discordgo.InteractionResponseData{}},
			`{"type":8,"data":{"choices":[]}}`},
	} {
		got, err := MarshalResponse(c.resp)
		if err != nil || string(got) != c.want {
			t.Errorf("%s:\n got %s (%v)\nwant %s", c.name, got, err, c.want)
		}
	}
	for _, bad := range []*discordgo.InteractionResponse{nil, {Type: discordgo.InteractionResponseModal}, {Type: discordgo.InteractionResponseChannelMessageWithSource},
		{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &discordgo.InteractionResponseData{Components: []discordgo.MessageComponent{discordgo.Button{}}}}} {
		if got, err := MarshalResponse(bad); err == nil {
			t.Errorf("%+v: %s, want an error", bad, got)
		}
	}
}

// TestResponsesOfEveryHandler: whatever a command, button or autocomplete
// answers, the response has no null and only its type's fields.
func TestResponsesOfEveryHandler(t *testing.T) {
	b := Offline(engine(t))
	opt := func(name string, typ discordgo.ApplicationCommandOptionType, v any, focused bool) *discordgo.ApplicationCommandInteractionDataOption {
		return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: typ, Value: v, Focused: focused}
	}
	str := discordgo.ApplicationCommandOptionString
	cmd := func(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
		return &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, ChannelID: "8", User: &discordgo.User{ID: "9"},
			Data: discordgo.ApplicationCommandInteractionData{Name: name, Options: opts}}
	}
	auto := func(name, option, typed string) *discordgo.Interaction {
		i := cmd(name, opt(option, str, typed, true))
		i.Type = discordgo.InteractionApplicationCommandAutocomplete
		return i
	}
	click := func(id string) *discordgo.Interaction {
		return &discordgo.Interaction{Type: discordgo.InteractionMessageComponent, ChannelID: "8", User: &discordgo.User{ID: "9"},
			Message: &discordgo.Message{ID: "5"}, Data: discordgo.MessageComponentInteractionData{CustomID: id, ComponentType: discordgo.ButtonComponent}}
	}
	ask, _ := b.ask("When did the United States open its embassy in Dushanbe?", false, caller{answerID: "1"})
	var ids []string
	for _, c := range ask.components[0].(discordgo.ActionsRow).Components {
		ids = append(ids, c.(discordgo.Button).CustomID)
	}
	is := []*discordgo.Interaction{
		{Type: discordgo.InteractionPing},
		cmd("ask", opt("question", str, "When did the United States open its embassy in Dushanbe?", false)),
		cmd("ask", opt("question", str, "What year did the Titanic sink?", false)),
		cmd("ref", opt("query", str, "crosston", false)), cmd("ref", opt("query", str, "zzzzqx", false)),
		cmd("passage", opt("page", discordgo.ApplicationCommandOptionInteger, 3.0, false)),
		cmd("quiz"), cmd("timeline"), cmd("glossary"), cmd("help"), cmd("leaderboard"), cmd("nope"),
		auto("ref", "query", "jon"), auto("ref", "query", "zzzzqx"), auto("glossary", "term", "zzzz"), auto("quiz", "section", "pol"),
		click("pb1:tl:0:0:1:n"), click("pb1:zz"),
	}
	for _, id := range ids {
		is = append(is, click(id))
	}
	allowed := map[discordgo.InteractionResponseType][]string{
		discordgo.InteractionResponseChannelMessageWithSource:     {"allowed_mentions", "components", "content", "embeds", "flags"},
		discordgo.InteractionResponseUpdateMessage:                {"allowed_mentions", "components", "content", "embeds"},
		discordgo.InteractionApplicationCommandAutocompleteResult: {"choices"},
	}
	seen := map[discordgo.InteractionResponseType]bool{}
	for _, i := range is {
		resp, _ := b.Respond(i)
		if resp == nil {
			t.Fatalf("no response to %+v", i.Data)
		}
		raw, err := MarshalResponse(resp)
		if err != nil {
			t.Fatalf("%+v: %v", i.Data, err)
		}
		if n := nulls(t, raw); len(n) > 0 {
			t.Errorf("nulls at %v: %s", n, raw)
		}
		var w struct {
			Type discordgo.InteractionResponseType `json:"type"`
			Data json.RawMessage                   `json:"data"`
		}
		json.Unmarshal(raw, &w) //nolint:errcheck // nulls decoded it
		seen[w.Type] = true
		if w.Data == nil {
			if w.Type != discordgo.InteractionResponsePong {
				t.Errorf("no data: %s", raw)
			}
			continue
		}
		for _, k := range keys(t, w.Data) {
			if !slices.Contains(allowed[w.Type], k) {
				t.Errorf("type %d has %q: %s", w.Type, k, raw)
			}
		}
		if w.Type == discordgo.InteractionApplicationCommandAutocompleteResult && !strings.Contains(string(w.Data), `"choices":[`) {
			t.Errorf("autocomplete without a list of choices: %s", raw)
		}
		if w.Type == discordgo.InteractionResponseUpdateMessage && strings.Contains(string(w.Data), `"content":""`) {
			t.Errorf("update blanks the content: %s", raw)
		}
	}
	if len(seen) != 4 {
		t.Errorf("response types seen: %v", seen)
	}
}

func TestEdit(t *testing.T) {
	empty, text := "", "**Q:** x"
	var noEmbeds []*discordgo.MessageEmbed
	clear := []*discordgo.MessageEmbed{}
	var noComponents []discordgo.MessageComponent
	for _, c := range []struct {
		name string
		e    *discordgo.WebhookEdit
		want string
	}{
		// As Respond edits a deferred answer that has no content or embeds.
		{"nothing to change", &discordgo.WebhookEdit{Content: &empty, Embeds: &noEmbeds, Components: &noComponents, AllowedMentions: noMentions()}, `{"allowed_mentions":{"parse":[]}}`},
		{"content, clear embeds", &discordgo.WebhookEdit{Content: &text, Embeds: &clear}, `{"content":"**Q:** x","embeds":[]}`},
	} {
		w, err := toWireEdit(c.e)
		got, _ := json.Marshal(w)
		if err != nil || string(got) != c.want {
			t.Errorf("%s: %s (%v), want %s", c.name, got, err, c.want)
		}
	}
}

func TestSendAndThreads(t *testing.T) {
	w, err := toWireSend(&discordgo.MessageSend{Content: "hi", Embeds: []*discordgo.MessageEmbed{{Type: discordgo.EmbedTypeRich, Title: "t"}},
		Reference: &discordgo.MessageReference{MessageID: "5", ChannelID: "8", GuildID: "7"}, AllowedMentions: noMentions()})
	got, _ := json.Marshal(w)
	if want := `{"content":"hi","embeds":[{"title":"t"}],"allowed_mentions":{"parse":[]},"message_reference":{"message_id":"5","channel_id":"8","guild_id":"7"}}`; err != nil || string(got) != want {
		t.Errorf("message: %s (%v), want %s", got, err, want)
	}
	if _, err := toWireSend(&discordgo.MessageSend{Files: []*discordgo.File{{Name: "x"}}}); err == nil {
		t.Error("files accepted")
	}
	for _, c := range []struct {
		t         discordgo.ThreadStart
		onMessage bool
		want      string
	}{
		{discordgo.ThreadStart{Name: "Q: aid", AutoArchiveDuration: 1440}, true, `{"name":"Q: aid","auto_archive_duration":1440}`},
		{discordgo.ThreadStart{Name: "Q: aid", Type: discordgo.ChannelTypeGuildPublicThread, Invitable: true}, true, `{"name":"Q: aid"}`},
		{discordgo.ThreadStart{Name: "D", Type: discordgo.ChannelTypeGuildPublicThread, AutoArchiveDuration: 1440}, false, `{"name":"D","auto_archive_duration":1440,"type":11}`},
		{discordgo.ThreadStart{Name: "D", Type: discordgo.ChannelTypeGuildPrivateThread}, false, `{"name":"D","type":12,"invitable":false}`},
	} {
		w, err := toWireThread(&c.t, c.onMessage)
		got, _ := json.Marshal(w)
		if err != nil || string(got) != c.want {
			t.Errorf("%+v: %s (%v), want %s", c.t, got, err, c.want)
		}
	}
	if _, err := toWireThread(&discordgo.ThreadStart{}, false); err == nil {
		t.Error("thread without a name accepted")
	}
}

// TestCommandsWire: the registration has no null, no deprecated
// dm_permission, contexts and integration types on every command
// (/settings in servers only), and only the fields of each option's type.
func TestCommandsWire(t *testing.T) {
	w, err := toWireCommands(Commands())
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(w)
	if n := nulls(t, raw); len(n) > 0 {
		t.Errorf("nulls at %v", n)
	}
	if strings.Contains(string(raw), "dm_permission") {
		t.Error("dm_permission is deprecated")
	}
	var cmds []struct {
		Name             string            `json:"name"`
		Contexts         []int             `json:"contexts"`
		IntegrationTypes []int             `json:"integration_types"`
		Options          []json.RawMessage `json:"options"`
	}
	json.Unmarshal(raw, &cmds) //nolint:errcheck // nulls decoded it
	optionKeys := map[int][]string{
		3: {"autocomplete", "choices", "description", "max_length", "min_length", "name", "required", "type"},
		4: {"autocomplete", "choices", "description", "max_value", "min_value", "name", "required", "type"},
		5: {"description", "name", "required", "type"},
	}
	for _, c := range cmds {
		if len(c.Contexts) == 0 || (c.Name == "settings" && !slices.Equal(c.Contexts, []int{0})) || !slices.Equal(c.IntegrationTypes, []int{0}) {
			t.Errorf("%s: contexts %v, integration types %v", c.Name, c.Contexts, c.IntegrationTypes)
		}
		for _, o := range c.Options {
			var typ struct{ Type int }
			json.Unmarshal(o, &typ) //nolint:errcheck // nulls decoded it
			for _, k := range keys(t, o) {
				if !slices.Contains(optionKeys[typ.Type], k) {
					t.Errorf("%s: option of type %d has %q: %s", c.Name, typ.Type, k, o)
				}
			}
		}
	}
	no := false
	if _, err := toWireCommands([]*discordgo.ApplicationCommand{{Name: "x", Description: "x", DMPermission: &no}}); err == nil {
		t.Error("dm_permission accepted")
	}
}
