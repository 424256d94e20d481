package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"paperbot/store"
)

// TestReportScopes: `paperbot report` keeps DM questions out of the
// servers' report, shows them alone with --guild dm, refuses a guild that
// is not an id, and leaves the database file as it was.
func TestReportScopes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "paperbot.db")
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, q := range []store.Asked{
		{Guild: "700", User: "1", Question: "Who opened the embassy?", Answered: true, Paragraph: 4},
		{Guild: "701", User: "2", Question: "Who opened the embassy?", Answered: true, Paragraph: 4},
		{Guild: "", User: "3", Question: "What is in my DMs?"},
	} {
		if err := s.LogQuestion(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"PAPERBOT_DB": db}
	for _, tc := range []struct {
		args      []string
		questions int
		first     string
	}{
		{nil, 2, "Who opened the embassy?"},
		{[]string{"--guild", "700"}, 1, "Who opened the embassy?"},
		{[]string{"--guild", "dm"}, 1, "What is in my DMs?"},
		{[]string{"--guild", "DM"}, 1, "What is in my DMs?"},
	} {
		code, out, errOut := runCLI(t, env, append([]string{"report", "--json"}, tc.args...)...)
		if code != 0 {
			t.Fatalf("report %v: exit %d: %s", tc.args, code, errOut)
		}
		var r store.Report
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		if r.Questions != tc.questions || len(r.MostAsked) != 1 || r.MostAsked[0].Question != tc.first {
			t.Errorf("report %v: %s", tc.args, out)
		}
	}
	if code, out, _ := runCLI(t, env, "report", "--guild", "dm"); code != 0 || !strings.HasPrefix(out, "Direct messages: 1 questions asked") {
		t.Errorf("text report of DMs:\n%s", out)
	}
	if code, out, _ := runCLI(t, env, "report"); code != 0 || !strings.HasPrefix(out, "Every server (DMs apart): 2 questions asked") {
		t.Errorf("text report:\n%s", out)
	}
	if code, _, errOut := runCLI(t, env, "report", "--guild", "my server"); code != 2 || !strings.Contains(errOut, "want a server id") {
		t.Errorf("bad --guild: exit %d: %s", code, errOut)
	}
	if after, err := os.ReadFile(db); err != nil || string(after) != string(before) {
		t.Fatalf("report changed the database file (%v)", err)
	}
}
