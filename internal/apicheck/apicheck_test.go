package apicheck

import (
	"strings"
	"testing"
)

// TestCheckFindsEachBadPayload: tsc's errors land on the payload they are
// about, and valid payloads pass.
func TestCheckFindsEachBadPayload(t *testing.T) {
	ps := []Payload{
		{Type: "RESTPostAPIInteractionCallbackJSONBody", Where: "good message", JSON: []byte(`{"type":4,"data":{"content":"hi","allowed_mentions":{"parse":[]},"flags":64}}`)},
		{Type: "RESTPostAPIInteractionCallbackJSONBody", Where: "null embeds", JSON: []byte(`{"type":4,"data":{"content":"hi","embeds":null}}`)},
		{Type: "RESTPostAPIInteractionCallbackJSONBody", Where: "tts in autocomplete", JSON: []byte(`{"type":8,"data":{"choices":[],"tts":false}}`)},
		{Type: "RESTPostAPIChannelMessagesThreadsJSONBody", Where: "good thread", JSON: []byte(`{"name":"Q: aid","auto_archive_duration":1440}`)},
		{Type: "RESTPostAPIChannelMessagesThreadsJSONBody", Where: "invitable on a message thread", JSON: []byte(`{"name":"Q: aid","invitable":false}`)},
		{Type: "NoSuchType", Where: "unknown type", JSON: []byte(`{}`)},
		{Type: "APIInteractionResponse", Where: "not JSON", JSON: []byte(`{"type":`)},
	}
	fails, err := check(t, ps)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range fails {
		got[f.Where] = strings.Join(f.Errors, "\n")
	}
	want := map[string]string{
		"null embeds":                   "'null' is not assignable",
		"tts in autocomplete":           `'"tts"' does not exist`,
		"invitable on a message thread": `'"invitable"' does not exist`,
		"unknown type":                  "NoSuchType",
		"not JSON":                      "not JSON",
	}
	for where, msg := range want {
		if !strings.Contains(got[where], msg) {
			t.Errorf("%s: errors %q, want one containing %q", where, got[where], msg)
		}
	}
	if len(got) != len(want) {
		t.Errorf("failed: %v, want only %d", got, len(want))
	}
}

func TestRESTType(t *testing.T) {
	for _, c := range []struct{ method, path, want string }{
		{"POST", "/interactions/1/tok/callback", "RESTPostAPIInteractionCallbackJSONBody"},
		{"PATCH", "/webhooks/9/tok/messages/@original", "RESTPatchAPIInteractionOriginalResponseJSONBody"},
		{"POST", "/channels/8/messages", "RESTPostAPIChannelMessageJSONBody"},
		{"POST", "/channels/8/threads", "RESTPostAPIChannelThreadsJSONBody"},
		{"POST", "/channels/8/messages/5/threads", "RESTPostAPIChannelMessagesThreadsJSONBody"},
		{"PUT", "/applications/9/commands", "RESTPutAPIApplicationCommandsJSONBody"},
		{"PUT", "/applications/9/guilds/7/commands", "RESTPutAPIApplicationGuildCommandsJSONBody"},
		{"POST", "/channels/8/pins", ""},
		{"DELETE", "/channels/8/messages", ""},
	} {
		got, ok := RESTType(c.method, c.path)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("%s %s: %q %v, want %q", c.method, c.path, got, ok, c.want)
		}
	}
}
