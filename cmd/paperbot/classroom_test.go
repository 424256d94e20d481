package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestClassroomCLI: the commands that print the material a reader judges.
func TestClassroomCLI(t *testing.T) {
	contentCheck(t)
	code, out, errOut := runCLI(t, nil, "quiz", "--all", "--json")
	if code != 0 {
		t.Fatalf("quiz --all --json: %d %s", code, errOut)
	}
	var items []quizItem
	// 27 since the second review's rules (one recall item a topic, at
	// most three dates a year, solid why-items only): fewer, better items
	if err := json.Unmarshal([]byte(out), &items); err != nil || len(items) < 27 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	_, sheet, _ := runCLI(t, nil, "quiz", "--all")
	_, key, _ := runCLI(t, nil, "quiz", "--all", "--key")
	if strings.Count(sheet, "\n   A. ") != len(items) || strings.Contains(sheet, "Complete:") {
		t.Errorf("question sheet:\n%s", sheet[:min(len(sheet), 500)])
	}
	first := items[0]
	if !strings.HasPrefix(key, "1. "+string(rune('A'+first.Answer))+". "+first.Choices[first.Answer]) || !strings.Contains(key, "¶") {
		t.Errorf("key starts %q, want the answer to %q", key[:min(len(key), 120)], first.Question)
	}
	if strings.Contains(sheet, first.Sentence) {
		t.Error("the question sheet gives the source sentences away")
	}
	if code, one, _ := runCLI(t, nil, "quiz"); code != 0 || strings.Count(one, "   A. ") != 1 {
		t.Errorf("one quiz: %d %q", code, one)
	}
	if code, _, errOut := runCLI(t, nil, "quiz", "--section", "nowhere"); code != 2 || !strings.Contains(errOut, "no quiz") {
		t.Errorf("quiz in no section: %d %q", code, errOut)
	}

	code, tl, _ := runCLI(t, nil, "timeline")
	if code != 0 || strings.Count(tl, "\n1992-1997: ") != 1 || !strings.Contains(tl, "¶23)") {
		t.Errorf("timeline:\n%s", tl)
	}
	_, tj, _ := runCLI(t, nil, "timeline", "--json", "--from", "2002", "--to", "2002")
	var evs []struct {
		When       string `json:"when"`
		Paragraphs []int  `json:"paragraphs"`
	}
	if err := json.Unmarshal([]byte(tj), &evs); err != nil || len(evs) == 0 {
		t.Errorf("timeline json: %v %s", err, tj)
	}

	code, d, _ := runCLI(t, nil, "discuss", "drug", "trafficking")
	if code != 0 || !strings.Contains(d, "Claim and evidence: ¶") || !strings.Contains(d, "Passages (in plain English") || strings.Contains(d, "approximate") {
		t.Errorf("discuss:\n%s", d)
	}
	if code, _, errOut := runCLI(t, nil, "discuss"); code != 2 || !strings.Contains(errOut, "no topic") {
		t.Errorf("discuss without a topic: %d %q", code, errOut)
	}
	if code, out, _ := runCLI(t, nil, "discuss", "zzzz", "qqqq"); code != 0 || !strings.Contains(out, "nothing on") {
		t.Errorf("discuss off the paper: %d %q", code, out)
	}
	// ¶15, which the paper muddles, is shown with its caution above it
	_, mb, _ := runCLI(t, nil, "discuss", "military", "bases")
	if i := strings.Index(mb, "· ¶15\n\nRead with care:"); i < 0 {
		t.Errorf("military bases: ¶15 without its caution:\n%s", mb)
	}
}

// contentCheck skips a test of what the CLI prints in the race pass
// (`go test -race -short`): it runs the one-shot commands one after another,
// with no concurrency to check, and drawing the quiz and timeline is ~25x
// slower under -race (40 s of the race pass for these tests); the full pass
// (`go test ./...`) runs them.
func contentCheck(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("content check: run by go test ./cmd/paperbot without -short")
	}
}
