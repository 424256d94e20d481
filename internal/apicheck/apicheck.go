// Package apicheck type-checks the JSON payloads paperbot sends to Discord
// against the community-maintained discord-api-types (API v10), with the
// TypeScript compiler: each payload becomes an object literal of its
// documented type, `const pN: TYPE = <json>;`, so a null where Discord
// wants a value, a field the type does not have or a wrong type is a
// compile error. The npm project beside this file pins both packages
// (package.json, package-lock.json); Typecheck installs them with npm ci
// when node_modules is missing or stale.
package apicheck

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Payload is one JSON body and the discord-api-types v10 type it must be.
type Payload struct {
	Type  string // an exported type of discord-api-types/v10, e.g. "RESTPostAPIChannelMessageJSONBody"
	JSON  []byte
	Where string // what sent it, for the failure message, e.g. "POST /channels/800/messages"
}

// Failure is a payload tsc rejected, with its errors.
type Failure struct {
	Payload
	Errors []string
}

// RequireEnv names the variable that turns a missing node or npm into a
// failure instead of a skip (CI sets it).
const RequireEnv = "PAPERBOT_REQUIRE_TOOLS"

// routes maps the REST calls the bot makes to the types of their bodies.
// Patterns use path.Match syntax on the path after /api/vN; the first
// match wins.
var routes = []struct{ method, pattern, typ string }{
	{"POST", "/interactions/*/*/callback", "RESTPostAPIInteractionCallbackJSONBody"},
	{"PATCH", "/webhooks/*/*/messages/@original", "RESTPatchAPIInteractionOriginalResponseJSONBody"},
	{"PATCH", "/webhooks/*/*/messages/*", "RESTPatchAPIInteractionFollowupJSONBody"},
	{"POST", "/webhooks/*/*", "RESTPostAPIInteractionFollowupJSONBody"},
	{"POST", "/channels/*/messages", "RESTPostAPIChannelMessageJSONBody"},
	{"PATCH", "/channels/*/messages/*", "RESTPatchAPIChannelMessageJSONBody"},
	{"POST", "/channels/*/threads", "RESTPostAPIChannelThreadsJSONBody"},
	{"POST", "/channels/*/messages/*/threads", "RESTPostAPIChannelMessagesThreadsJSONBody"},
	{"PUT", "/applications/*/commands", "RESTPutAPIApplicationCommandsJSONBody"},
	{"PUT", "/applications/*/guilds/*/commands", "RESTPutAPIApplicationGuildCommandsJSONBody"},
	{"POST", "/users/@me/channels", "RESTPostAPICurrentUserCreateDMChannelJSONBody"},
}

// RESTType is the discord-api-types type of the body of a REST call, by
// method and path (after the /api/vN prefix); ok is false for a call it
// does not know, which a test must treat as a failure so that a new kind
// of payload cannot go unchecked.
func RESTType(method, p string) (typ string, ok bool) {
	for _, r := range routes {
		if r.method != method {
			continue
		}
		if m, _ := path.Match(r.pattern, p); m {
			return r.typ, true
		}
	}
	return "", false
}

// InteractionResponse is the type of the body of an HTTP interactions
// endpoint's answer.
const InteractionResponse = "APIInteractionResponse"

// Distinct drops payloads whose type and JSON repeat an earlier one.
func Distinct(ps []Payload) []Payload {
	seen := map[string]bool{}
	var out []Payload
	for _, p := range ps {
		k := p.Type + "\x00" + string(p.JSON)
		if !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return out
}

// Typecheck runs tsc --noEmit --strict over ps and reports each payload
// tsc rejects as a test error, with tsc's messages; it returns them too.
// It skips the test when node or npm is not installed, unless
// PAPERBOT_REQUIRE_TOOLS=1, when it fails instead.
func Typecheck(t testing.TB, ps []Payload) []Failure {
	t.Helper()
	fails, err := check(t, ps)
	if err != nil {
		t.Fatalf("apicheck: %v", err)
	}
	for _, f := range fails {
		t.Errorf("apicheck: %s is not a valid %s:\n\t%s\n%s", f.Where, f.Type, strings.Join(f.Errors, "\n\t"), indent(f.JSON))
	}
	return fails
}

func check(t testing.TB, ps []Payload) ([]Failure, error) {
	t.Helper()
	dir := Tools(t)
	work := t.TempDir()
	// tsc resolves discord-api-types from the file's directory upwards.
	if err := os.Symlink(filepath.Join(dir, "node_modules"), filepath.Join(work, "node_modules")); err != nil {
		return nil, fmt.Errorf("link node_modules: %w", err)
	}
	// JSON that does not parse would throw tsc's parser off the payloads
	// after it: report it here.
	var invalid []Failure
	var valid []Payload
	for _, p := range ps {
		var v any
		if err := json.Unmarshal(p.JSON, &v); err != nil {
			invalid = append(invalid, Failure{Payload: p, Errors: []string{"not JSON: " + err.Error()}})
			continue
		}
		valid = append(valid, p)
	}
	ps = valid
	src, spans := source(ps)
	file := filepath.Join(work, "payloads.ts")
	if err := os.WriteFile(file, src, 0o644); err != nil {
		return nil, fmt.Errorf("write payloads: %w", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", filepath.Join(dir, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "--strict", "--pretty", "false", "payloads.ts")
	cmd.Dir = work
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		return nil, fmt.Errorf("run tsc: %w", err)
	}
	fails, stray := attribute(out, ps, spans)
	if len(stray) > 0 || (err != nil && len(fails) == 0) {
		return nil, fmt.Errorf("tsc failed outside the payloads (%v):\n%s", err, out)
	}
	return append(invalid, fails...), nil
}

// span is the first and last line (from 1) of a payload in the source.
type span struct{ first, last int }

// source writes one typed constant per payload, its JSON indented so that
// tsc's line numbers point at the offending field.
func source(ps []Payload) ([]byte, []span) {
	var b bytes.Buffer
	b.WriteString("import type * as D from \"discord-api-types/v10\";\n")
	line := 2
	spans := make([]span, len(ps))
	for k, p := range ps {
		var body bytes.Buffer
		json.Indent(&body, p.JSON, "", "  ") //nolint:errcheck // checked valid by the caller
		text := fmt.Sprintf("// %s\nconst p%d: D.%s = %s;\n", strings.ReplaceAll(p.Where, "\n", " "), k, p.Type, body.Bytes())
		b.WriteString(text)
		n := strings.Count(text, "\n")
		spans[k] = span{line, line + n - 1}
		line += n
	}
	return b.Bytes(), spans
}

var tscError = regexp.MustCompile(`^payloads\.ts\((\d+),(\d+)\): (.*)$`)

// attribute gives each tsc error (with its continuation lines) to the
// payload whose lines it points into; stray holds the rest.
func attribute(out []byte, ps []Payload, spans []span) (fails []Failure, stray []string) {
	byPayload := map[int][]string{}
	last := -1
	for _, l := range strings.Split(string(out), "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		m := tscError.FindStringSubmatch(l)
		if m == nil {
			if strings.HasPrefix(l, " ") && last >= 0 {
				byPayload[last] = append(byPayload[last], strings.TrimSpace(l))
			} else {
				stray = append(stray, l)
			}
			continue
		}
		n, _ := strconv.Atoi(m[1])
		last = sort.Search(len(spans), func(i int) bool { return spans[i].last >= n })
		if last == len(spans) || spans[last].first > n {
			last = -1
			stray = append(stray, l)
			continue
		}
		byPayload[last] = append(byPayload[last], fmt.Sprintf("line %d: %s", n-spans[last].first, m[3]))
	}
	for k := range ps {
		if errs := byPayload[k]; len(errs) > 0 {
			fails = append(fails, Failure{Payload: ps[k], Errors: errs})
		}
	}
	return fails, stray
}

func indent(j []byte) string {
	var b bytes.Buffer
	if json.Indent(&b, j, "\t", "  ") != nil {
		return "\t" + string(j)
	}
	return "\t" + b.String()
}
