package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// runCLI runs the program in-process and returns its exit code and output.
func runCLI(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	getenv := func(k string) string { return env[k] }
	err := run(context.Background(), args, getenv, strings.NewReader(""), &stdout, &stderr)
	code := exitCode(err, &stderr)
	return code, stdout.String(), stderr.String()
}

func keys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func TestAskText(t *testing.T) {
	code, out, errOut := runCLI(t, nil, "ask", "When did the United States open its embassy in Dushanbe?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"1. Political Relations · p. 3 · ¶4",
		"» It was the second state who opened its Embassy in Dushanbe in March 1992",
		"(Abdullaev, & Akbarzaheh, 2010, p.363): Abdullaev & Akbarzaheh (2010). Historical Dictionary of Tajikistan, p.363",
		"(Crosston, 2013, p.84): probably Crosston (2016)",
		"Source: Dr. Faisal Javaid",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestAskJSON(t *testing.T) {
	code, out, errOut := runCLI(t, nil, "ask", "--k", "2", "--json", "how", "much", "aid", "did", "the", "US", "budget", "for", "Tajikistan", "from", "1992", "to", "2010?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var a map[string]any
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got := strings.Join(keys(a), ","); got != "answered,hits,question" {
		t.Errorf("answer keys %s", got)
	}
	if a["answered"] != true {
		t.Errorf("answered = %v", a["answered"])
	}
	hits := a["hits"].([]any)
	if len(hits) != 2 {
		t.Fatalf("%d hits, want 2", len(hits))
	}
	h := hits[0].(map[string]any)
	for _, k := range []string{"rank", "score", "section", "page", "paragraph", "sentence", "text", "citations"} {
		if _, ok := h[k]; !ok {
			t.Errorf("hit lacks %q: %v", k, keys(h))
		}
	}
	if h["rank"].(float64) != 1 || !strings.Contains(h["text"].(string), h["sentence"].(string)) {
		t.Errorf("bad first hit %v", h)
	}
	if !strings.Contains(h["sentence"].(string), "$988.57 million") {
		t.Errorf("sentence %q lacks $988.57 million", h["sentence"])
	}
	cs := h["citations"].([]any)
	if len(cs) == 0 {
		t.Fatal("no citations")
	}
	c := cs[0].(map[string]any)
	if got := strings.Join(keys(c), ","); got != "for_sentence,match,note,page_locator,reference,text" {
		t.Errorf("citation keys %s", got)
	}
}

func TestAskUnresolvedCitationIsNull(t *testing.T) {
	// ¶7 cites "(Shoemaker, 2014, p.282)" and the reference list has it;
	// find any hit whose citation has match none and check reference is null.
	code, out, _ := runCLI(t, nil, "passage", "--json", "12")
	if code != 0 {
		t.Fatal(out)
	}
	var ps struct {
		Citations []struct {
			Match     string `json:"match"`
			Reference *int   `json:"reference"`
		} `json:"citations"`
	}
	if err := json.Unmarshal([]byte(out), &ps); err != nil {
		t.Fatal(err)
	}
	for _, c := range ps.Citations {
		if (c.Match == "none") != (c.Reference == nil) {
			t.Errorf("match %s with reference %v", c.Match, c.Reference)
		}
	}
}

func TestPassage(t *testing.T) {
	code, out, _ := runCLI(t, nil, "passage", "--json", "4")
	if code != 0 {
		t.Fatal(out)
	}
	var ps map[string]any
	if err := json.Unmarshal([]byte(out), &ps); err != nil {
		t.Fatal(err)
	}
	if ps["paragraph"].(float64) != 4 || ps["page"].(float64) != 3 || ps["section"] != "Political Relations" {
		t.Errorf("passage 4: %v", ps)
	}
	if n := len(ps["sentences"].([]any)); n < 5 {
		t.Errorf("%d sentences", n)
	}
	if !strings.HasPrefix(ps["text"].(string), "The US was one of the main nations") {
		t.Errorf("text %q", ps["text"])
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	binary := filepath.Join(dir, "bin.txt")
	os.WriteFile(binary, []byte("abc\x00\x01\x02def"), 0o644)
	cases := []struct {
		name string
		env  map[string]string
		args []string
		code int
		want string
	}{
		{"unknown command", nil, []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"ask nothing", nil, []string{"ask"}, 2, "no question"},
		{"ask blank", nil, []string{"ask", "  \t "}, 2, "no question"},
		{"ask bad k", nil, []string{"ask", "--k", "0", "hi"}, 2, "--k must be between 1 and 10"},
		{"ask bad flag", nil, []string{"ask", "--bogus", "hi"}, 2, "flag provided but not defined"},
		{"passage range", nil, []string{"passage", "99"}, 2, "no paragraph 99: the paper has paragraphs 1 to 23"},
		{"passage zero", nil, []string{"passage", "0"}, 2, "no paragraph 0"},
		{"passage word", nil, []string{"passage", "four"}, 2, `"four" is not a paragraph number`},
		{"missing paper", nil, []string{"ask", "--paper", filepath.Join(dir, "nope.txt"), "hi"}, 1, "nope.txt"},
		{"missing paper env", map[string]string{"PAPERBOT_PAPER": filepath.Join(dir, "nope.txt")}, []string{"refs"}, 1, "nope.txt"},
		{"empty paper", nil, []string{"refs", "--paper", empty}, 1, "empty.txt"},
		{"binary paper", nil, []string{"passage", "--paper", binary, "1"}, 1, "bin.txt"},
		{"eval missing file", nil, []string{"eval", filepath.Join(dir, "none.jsonl")}, 1, "none.jsonl"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, c.env, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d (%s)", code, c.code, errOut)
			}
			if !strings.Contains(errOut, c.want) {
				t.Errorf("stderr %q lacks %q", errOut, c.want)
			}
			if c.code != 0 && strings.Count(strings.TrimSpace(errOut), "\n") > 3 {
				t.Errorf("error is not short: %q", errOut)
			}
		})
	}
}

func TestNoArgsPrintsHelp(t *testing.T) {
	code, out, _ := runCLI(t, nil)
	if code != 0 || !strings.Contains(out, "paperbot ask") || !strings.Contains(out, "DISCORD_TOKEN") {
		t.Errorf("exit %d, help:\n%s", code, out)
	}
}

func TestRefs(t *testing.T) {
	code, out, _ := runCLI(t, nil, "refs", "--json", "crosston")
	if code != 0 {
		t.Fatal(out)
	}
	var refs []map[string]any
	if err := json.Unmarshal([]byte(out), &refs); err != nil {
		t.Fatal(err)
	}
	if len(refs) != 1 {
		t.Fatalf("%d refs for crosston", len(refs))
	}
	r := refs[0]
	for _, k := range []string{"id", "entry", "authors", "year", "title", "url", "cited_in"} {
		if _, ok := r[k]; !ok {
			t.Errorf("ref lacks %q", k)
		}
	}
	if r["year"].(float64) != 2016 || len(r["cited_in"].([]any)) < 2 {
		t.Errorf("crosston: %v", r)
	}
	code, out, _ = runCLI(t, nil, "refs")
	if code != 0 || strings.Count(out, "\n[") != 33 {
		t.Errorf("refs listed %d entries, want 34", strings.Count(out, "\n[")+1)
	}
}

func TestPaperFlagLoadsAnotherPaper(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "other.txt")
	text := "\n\nA SHORT PAPER ON BEES\n\nA. Author\n\nAbstract\n\nBees make honey in hives during the summer months.\n\nIntroduction\n\nThe queen lays eggs. Workers gather nectar from flowers (Smith, 2001, p.4).\n\nReferences\n\n- Smith, J. (2001). *Bees*. London: Hive Press.\n"
	os.WriteFile(path, []byte(text), 0o644)
	code, out, errOut := runCLI(t, map[string]string{"PAPERBOT_PAPER": path}, "ask", "--json", "who gathers nectar?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "Workers gather nectar") || !strings.Contains(out, `"match": "exact"`) {
		t.Errorf("other paper answer:\n%s", out)
	}
}

func TestEvalJSON(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "q.jsonl")
	os.WriteFile(path, []byte(`{"q": "When did the US open its embassy in Dushanbe?", "gold": "opened its Embassy in Dushanbe in March 1992"}
{"q": "What is the weather like in London today?"}
`), 0o644)
	code, out, errOut := runCLI(t, nil, "eval", "--json", "--passes", "2", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r map[string]any
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"n", "p_at_1", "recall_at_3", "mrr", "s_at_1", "answered_rate", "latency_us", "build_ms", "misses"} {
		if _, ok := r[k]; !ok {
			t.Errorf("eval lacks %q", k)
		}
	}
	if r["n"].(float64) != 1 || r["p_at_1"].(float64) != 1 {
		t.Errorf("eval %v", r)
	}
	lat := r["latency_us"].(map[string]any)
	if lat["p50"].(float64) <= 0 {
		t.Errorf("latency %v", lat)
	}
}
