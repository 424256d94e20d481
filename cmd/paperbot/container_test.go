package main

// Tests for the container packaging (../../Dockerfile, ../../.dockerignore).
// No Docker engine runs in CI, so instead of `docker build`:
//
//   - TestDockerfilePromises parses the Dockerfile and checks what the final
//     image promises: distroless/scratch base, non-root user, /data volume,
//     exposed port, exec-form HEALTHCHECK/ENTRYPOINT/CMD (no shell there).
//   - TestContainerBuild copies the build context as filtered by
//     .dockerignore, runs the Dockerfile's own `go build` line in it (flags
//     read from the Dockerfile, not repeated here), checks the binary is
//     static and stripped, then runs it with an empty environment in an empty
//     directory, as the image would.

import (
	"bytes"
	"context"
	"debug/buildinfo"
	"debug/elf"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

const (
	ctrModuleRoot  = "../.."
	ctrTestVersion = "test-1.2.3"
	ctrQuestion    = "When did the United States open its embassy in Dushanbe?"
	ctrCitation    = "Political Relations · p. 3 · ¶4"
)

// ---------------------------------------------------------------------------
// A small Dockerfile reader: enough of the syntax for this project's file.

type ctrInstr struct {
	line int    // 1-based line of the instruction's start
	cmd  string // upper case: FROM, RUN, ...
	args string // the rest, continuation lines joined
}

type ctrStage struct {
	from   string // image reference
	name   string // AS name, "" if none
	instrs []ctrInstr
}

func (s *ctrStage) all(cmd string) []ctrInstr {
	var out []ctrInstr
	for _, in := range s.instrs {
		if in.cmd == cmd {
			out = append(out, in)
		}
	}
	return out
}

// ctrParseDockerfile splits the file into stages of instructions. Comments
// (including parser directives) are dropped, also inside continuations, as
// Docker does; a trailing backslash continues the instruction.
func ctrParseDockerfile(t *testing.T, path string) []*ctrStage {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read Dockerfile: %v", err)
	}
	var stages []*ctrStage
	var cur strings.Builder
	start := 0
	flush := func() {
		text := strings.TrimSpace(cur.String())
		cur.Reset()
		if text == "" {
			return
		}
		cmd, args, _ := strings.Cut(text, " ")
		in := ctrInstr{line: start, cmd: strings.ToUpper(cmd), args: strings.TrimSpace(args)}
		if in.cmd == "FROM" {
			f := strings.Fields(in.args)
			for len(f) > 0 && strings.HasPrefix(f[0], "--") { // --platform=...
				f = f[1:]
			}
			if len(f) == 0 {
				t.Fatalf("Dockerfile:%d: FROM without an image", in.line)
			}
			st := &ctrStage{from: f[0]}
			if len(f) == 3 && strings.EqualFold(f[1], "AS") {
				st.name = f[2]
			}
			stages = append(stages, st)
		}
		if len(stages) == 0 {
			if in.cmd != "ARG" {
				t.Fatalf("Dockerfile:%d: %s before the first FROM", in.line, in.cmd)
			}
			return
		}
		st := stages[len(stages)-1]
		st.instrs = append(st.instrs, in)
	}
	continuing := false
	for i, line := range strings.Split(string(raw), "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "#") || (trimmed == "" && continuing) {
			continue
		}
		if !continuing {
			start = i + 1
		}
		if strings.HasSuffix(trimmed, `\`) {
			cur.WriteString(strings.TrimSuffix(trimmed, `\`))
			cur.WriteString(" ")
			continuing = true
			continue
		}
		cur.WriteString(trimmed)
		continuing = false
		flush()
	}
	flush()
	if len(stages) == 0 {
		t.Fatal("Dockerfile has no FROM")
	}
	return stages
}

// ctrShellWords splits s into words the way sh would for the simple commands
// a Dockerfile has: whitespace separates, "..." and '...' quote, backslash
// escapes. Variables are not expanded ($ stays in the word).
func ctrShellWords(s string) ([]string, error) {
	var words []string
	var w strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		case c == '\\' && i+1 < len(s):
			i++
			w.WriteByte(s[i])
			inWord = true
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, fmt.Errorf("unterminated ' in %q", s)
			}
			w.WriteString(s[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case c == '"':
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\"\\$`", s[i+1]) >= 0 {
					i++
				}
				w.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, fmt.Errorf("unterminated \" in %q", s)
			}
			inWord = true
		default:
			w.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, w.String())
	}
	return words, nil
}

// ctrEnvPairs parses ENV's and ARG's KEY=VALUE words (ENV also has the old
// "ENV KEY VALUE" form).
func ctrEnvPairs(cmd, args string) (map[string]string, error) {
	words, err := ctrShellWords(args)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	if cmd == "ENV" && len(words) >= 2 && !strings.Contains(words[0], "=") {
		out[words[0]] = strings.Join(words[1:], " ")
		return out, nil
	}
	for _, w := range words {
		k, v, ok := strings.Cut(w, "=")
		if !ok && cmd == "ENV" {
			return nil, fmt.Errorf("ENV word %q is not KEY=VALUE", w)
		}
		out[k] = v
	}
	return out, nil
}

// ctrExecForm reads the JSON (exec) form of CMD, ENTRYPOINT, HEALTHCHECK CMD.
func ctrExecForm(s string) ([]string, bool) {
	var v []string
	if err := json.Unmarshal([]byte(strings.TrimSpace(s)), &v); err != nil {
		return nil, false
	}
	return v, true
}

func ctrDockerfile(t *testing.T) (build, final *ctrStage) {
	t.Helper()
	stages := ctrParseDockerfile(t, filepath.Join(ctrModuleRoot, "Dockerfile"))
	final = stages[len(stages)-1]
	for _, st := range stages[:len(stages)-1] {
		for _, run := range st.all("RUN") {
			if strings.Contains(run.args, "go build") {
				if build != nil {
					t.Fatalf("Dockerfile:%d: a second `go build`; the test expects one", run.line)
				}
				build = st
			}
		}
	}
	if build == nil {
		t.Fatal("Dockerfile: no builder stage with a `go build` RUN (has the Dockerfile changed shape?)")
	}
	return build, final
}

// ---------------------------------------------------------------------------
// The build line.

type ctrBuildLine struct {
	line    int
	env     map[string]string // ENV of the stage, then VAR=VALUE before `go`
	flags   []string          // every word between `build` and the package, -o included
	out     string            // -o value, expanded
	pkg     string
	ldflags string // expanded
}

// ctrReadBuildLine finds the builder's `go build` and expands its build
// arguments with args (ARG defaults overridden by args).
func ctrReadBuildLine(t *testing.T, st *ctrStage, args map[string]string) ctrBuildLine {
	t.Helper()
	vars := map[string]string{}
	env := map[string]string{}
	var bl *ctrBuildLine
	for _, in := range st.instrs {
		switch in.cmd {
		case "ARG", "ENV":
			kv, err := ctrEnvPairs(in.cmd, in.args)
			if err != nil {
				t.Fatalf("Dockerfile:%d: %v", in.line, err)
			}
			for k, v := range kv {
				if a, ok := args[k]; ok && in.cmd == "ARG" {
					v = a
				}
				vars[k] = v
				if in.cmd == "ENV" {
					env[k] = v
				}
			}
		case "RUN":
			if !strings.Contains(in.args, "go build") {
				continue
			}
			words, err := ctrShellWords(in.args)
			if err != nil {
				t.Fatalf("Dockerfile:%d: %v", in.line, err)
			}
			for len(words) > 0 && strings.HasPrefix(words[0], "--") { // RUN --mount=...
				words = words[1:]
			}
			// The command of the list (&&, ;) that is the go build.
			var cmd []string
			for seg := range strings.SplitSeq(strings.Join(words, "\x00"), "\x00&&\x00") {
				for part := range strings.SplitSeq(seg, "\x00;\x00") {
					ws := strings.Split(part, "\x00")
					if i := slices.Index(ws, "go"); i >= 0 && i+1 < len(ws) && ws[i+1] == "build" {
						cmd = ws
					}
				}
			}
			if cmd == nil {
				t.Fatalf("Dockerfile:%d: cannot find the `go build` command in %q", in.line, in.args)
			}
			expand := func(s string) string {
				return os.Expand(s, func(k string) string {
					v, ok := vars[k]
					if !ok {
						t.Fatalf("Dockerfile:%d: $%s is neither an ARG nor an ENV of the builder stage", in.line, k)
					}
					return v
				})
			}
			b := ctrBuildLine{line: in.line, env: map[string]string{}}
			for k, v := range env {
				b.env[k] = v
			}
			i := 0
			for ; cmd[i] != "go"; i++ {
				k, v, ok := strings.Cut(cmd[i], "=")
				if !ok {
					t.Fatalf("Dockerfile:%d: %q before `go build` is not VAR=VALUE", in.line, cmd[i])
				}
				b.env[k] = expand(v)
			}
			rest := cmd[i+2:]
			if len(rest) == 0 || strings.HasPrefix(rest[len(rest)-1], "-") {
				t.Fatalf("Dockerfile:%d: `go build` has no package argument", in.line)
			}
			b.pkg = rest[len(rest)-1]
			for j := 0; j < len(rest)-1; j++ {
				f := expand(rest[j])
				b.flags = append(b.flags, f)
				name, val, hasVal := strings.Cut(f, "=")
				switch name {
				case "-o", "-ldflags":
					if !hasVal {
						if j+1 >= len(rest)-1 {
							t.Fatalf("Dockerfile:%d: %s without a value", in.line, name)
						}
						j++
						val = expand(rest[j])
						b.flags = append(b.flags, val)
					}
					if name == "-o" {
						b.out = val
					} else {
						b.ldflags = val
					}
				}
			}
			bl = &b
		}
	}
	if bl == nil {
		t.Fatal("Dockerfile: builder stage has no `go build` RUN")
	}
	return *bl
}

// ---------------------------------------------------------------------------
// .dockerignore, with Docker's pattern rules: paths relative to the context
// root, leading / ignored, * and ? within one path element, ** across any,
// !pattern re-includes, the last matching pattern wins, and a pattern that
// matches a directory excludes everything under it.

type ctrIgnorePattern struct {
	re      *regexp.Regexp
	exclude bool
}

func ctrReadDockerignore(t *testing.T, file string) []ctrIgnorePattern {
	t.Helper()
	raw, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var pats []ctrIgnorePattern
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := ctrIgnorePattern{exclude: true}
		if strings.HasPrefix(line, "!") {
			p.exclude = false
			line = strings.TrimSpace(line[1:])
		}
		line = strings.TrimPrefix(path.Clean(filepath.ToSlash(line)), "/")
		var re strings.Builder
		re.WriteString("^")
		for i := 0; i < len(line); i++ {
			switch c := line[i]; c {
			case '*':
				if i+1 < len(line) && line[i+1] == '*' {
					i++
					if i+1 < len(line) && line[i+1] == '/' {
						i++
						re.WriteString("(.*/)?")
					} else {
						re.WriteString(".*")
					}
				} else {
					re.WriteString("[^/]*")
				}
			case '?':
				re.WriteString("[^/]")
			case '[':
				j := strings.IndexByte(line[i:], ']')
				if j < 0 {
					t.Fatalf(".dockerignore: unterminated [ in %q", line)
				}
				re.WriteString(strings.Replace(line[i:i+j+1], "[!", "[^", 1))
				i += j
			case '\\':
				if i+1 < len(line) {
					i++
					re.WriteString(regexp.QuoteMeta(line[i : i+1]))
				}
			default:
				re.WriteString(regexp.QuoteMeta(string(c)))
			}
		}
		re.WriteString("$")
		p.re, err = regexp.Compile(re.String())
		if err != nil {
			t.Fatalf(".dockerignore: pattern %q: %v", line, err)
		}
		pats = append(pats, p)
	}
	return pats
}

// ctrIgnored reports whether the slash-separated context path rel is left
// out of the build context.
func ctrIgnored(pats []ctrIgnorePattern, rel string) bool {
	ignored := false
	for _, p := range pats {
		m := false
		// The path itself or any of its parents.
		for q := rel; ; {
			if p.re.MatchString(q) {
				m = true
				break
			}
			i := strings.LastIndexByte(q, '/')
			if i < 0 {
				break
			}
			q = q[:i]
		}
		if m {
			ignored = p.exclude
		}
	}
	return ignored
}

// ctrCopyContext copies the module root into dst as `docker build` would
// send it, and returns the copied files' relative paths.
func ctrCopyContext(t *testing.T, root, dst string) []string {
	t.Helper()
	pats := ctrReadDockerignore(t, filepath.Join(root, ".dockerignore"))
	reincludes := slices.ContainsFunc(pats, func(p ctrIgnorePattern) bool { return !p.exclude })
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		if rel == "." {
			return nil
		}
		rel = filepath.ToSlash(rel)
		if ctrIgnored(pats, rel) {
			if d.IsDir() && !reincludes {
				return filepath.SkipDir
			}
			return nil
		}
		target := filepath.Join(dst, filepath.FromSlash(rel))
		switch {
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case d.Type().IsRegular():
			files = append(files, rel)
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				return err
			}
			in, err := os.Open(p)
			if err != nil {
				return err
			}
			defer in.Close()
			info, err := in.Stat()
			if err != nil {
				return err
			}
			out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, info.Mode().Perm())
			if err != nil {
				return err
			}
			if _, err := io.Copy(out, in); err != nil {
				out.Close()
				return err
			}
			return out.Close()
		}
		return nil // sockets, symlinks: not part of this project's sources
	})
	if err != nil {
		t.Fatalf("copy build context: %v", err)
	}
	return files
}

// ---------------------------------------------------------------------------

// TestDockerfilePromises checks, by reading the Dockerfile, what the image
// promises at run time. It is quick, so it runs in -short mode too.
func TestDockerfilePromises(t *testing.T) {
	build, final := ctrDockerfile(t)

	// The final stage: distroless static (nonroot) or scratch; it has no shell.
	img := final.from
	if i := strings.IndexByte(img, '@'); i >= 0 { // a digest pin
		img = img[:i]
	}
	if !(img == "scratch" || (strings.HasPrefix(img, "gcr.io/distroless/static") && strings.HasSuffix(img, ":nonroot"))) {
		t.Errorf("final stage FROM %s: want gcr.io/distroless/static*:nonroot or scratch", final.from)
	}
	if build.name == "" {
		t.Errorf("builder stage FROM %s has no AS name for COPY --from", build.from)
	}
	if !strings.HasPrefix(build.from, "golang:") {
		t.Errorf("builder stage FROM %s: want a golang image", build.from)
	}

	// The binary and /data come from the builder; /data owned by nonroot.
	bl := ctrReadBuildLine(t, build, nil)
	var gotBinary, gotData bool
	for _, in := range final.all("COPY") {
		words := strings.Fields(in.args)
		var from, chown string
		var paths []string
		for _, w := range words {
			switch {
			case strings.HasPrefix(w, "--from="):
				from = strings.TrimPrefix(w, "--from=")
			case strings.HasPrefix(w, "--chown="):
				chown = strings.TrimPrefix(w, "--chown=")
			case strings.HasPrefix(w, "--"):
			default:
				paths = append(paths, w)
			}
		}
		if len(paths) != 2 || from != build.name {
			continue
		}
		switch {
		case paths[1] == "/paperbot" && paths[0] == bl.out:
			gotBinary = true
		case path.Clean(paths[1]) == "/data":
			gotData = true
			if chown != "65532:65532" && chown != "nonroot:nonroot" {
				t.Errorf("Dockerfile:%d: /data copied with --chown=%q; want 65532:65532 (nonroot)", in.line, chown)
			}
		}
	}
	if !gotBinary {
		t.Errorf("final stage: no COPY --from=%s %s /paperbot (the go build -o output)", build.name, bl.out)
	}
	if !gotData {
		t.Errorf("final stage: no COPY --from=%s --chown=65532:65532 ... /data", build.name)
	}

	// ENV: the database on the volume, and the HTTP address whose port is exposed.
	env := map[string]string{}
	for _, in := range final.all("ENV") {
		kv, err := ctrEnvPairs("ENV", in.args)
		if err != nil {
			t.Fatalf("Dockerfile:%d: %v", in.line, err)
		}
		for k, v := range kv {
			env[k] = v
		}
	}
	if db := env["PAPERBOT_DB"]; !strings.HasPrefix(db, "/data/") {
		t.Errorf("ENV PAPERBOT_DB=%q: want a file under the /data volume", db)
	}
	_, port, err := net.SplitHostPort(env["PAPERBOT_HTTP_ADDR"])
	if err != nil || port == "" {
		t.Errorf("ENV PAPERBOT_HTTP_ADDR=%q: want host:port (e.g. :8080): %v", env["PAPERBOT_HTTP_ADDR"], err)
	}

	var volumes, exposed []string
	for _, in := range final.all("VOLUME") {
		if v, ok := ctrExecForm(in.args); ok {
			volumes = append(volumes, v...)
		} else {
			volumes = append(volumes, strings.Fields(in.args)...)
		}
	}
	if !slices.Contains(volumes, "/data") {
		t.Errorf("final stage VOLUMEs %q: want /data", volumes)
	}
	for _, in := range final.all("EXPOSE") {
		for _, p := range strings.Fields(in.args) {
			exposed = append(exposed, strings.TrimSuffix(p, "/tcp"))
		}
	}
	if port != "" && !slices.Contains(exposed, port) {
		t.Errorf("final stage EXPOSEs %q: want %s, the port of PAPERBOT_HTTP_ADDR", exposed, port)
	}

	// A non-root user.
	users := final.all("USER")
	if len(users) == 0 {
		t.Error("final stage has no USER: the process would run as root")
	} else {
		u := users[len(users)-1].args
		name, _, _ := strings.Cut(u, ":")
		if name == "" || name == "root" || name == "0" {
			t.Errorf("final stage USER %s: want a non-root user", u)
		}
	}

	// Exec forms: the image has no shell for the shell form.
	hcs := final.all("HEALTHCHECK")
	if len(hcs) != 1 {
		t.Errorf("final stage has %d HEALTHCHECKs, want 1", len(hcs))
	} else {
		_, cmd, ok := strings.Cut(hcs[0].args, "CMD ")
		argv, isExec := ctrExecForm(cmd)
		if !ok || !isExec || !slices.Equal(argv, []string{"/paperbot", "health"}) {
			t.Errorf("Dockerfile:%d: HEALTHCHECK %s: want CMD [\"/paperbot\", \"health\"]", hcs[0].line, hcs[0].args)
		}
	}
	last := func(cmd string) []string {
		ins := final.all(cmd)
		if len(ins) == 0 {
			t.Errorf("final stage has no %s", cmd)
			return nil
		}
		in := ins[len(ins)-1]
		argv, ok := ctrExecForm(in.args)
		if !ok {
			t.Errorf("Dockerfile:%d: %s %s is not the exec (JSON) form; the image has no shell", in.line, cmd, in.args)
		}
		return argv
	}
	if ep := last("ENTRYPOINT"); ep != nil && !slices.Equal(ep, []string{"/paperbot"}) {
		t.Errorf("ENTRYPOINT %q, want [\"/paperbot\"]", ep)
	}
	if cmd := last("CMD"); cmd != nil && !slices.Equal(cmd, []string{"run"}) {
		t.Errorf("CMD %q, want [\"run\"]", cmd)
	}
}

// TestContainerBuild builds the binary exactly as the Dockerfile does, from
// the build context .dockerignore lets through, and runs it as the image
// would: static, no environment, an empty working directory.
func TestContainerBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode (the race run): builds the container binary with go build, seconds with a warm build cache but ~2 min cold, and -race does not reach that binary")
	}
	if runtime.GOOS != "linux" {
		t.Skipf("the image is linux; this is %s", runtime.GOOS)
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command to build with: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	build, _ := ctrDockerfile(t)
	bl := ctrReadBuildLine(t, build, map[string]string{"VERSION": ctrTestVersion})

	// The line must still be the static, stripped, versioned build.
	if bl.env["CGO_ENABLED"] != "0" {
		t.Errorf("Dockerfile:%d: go build without CGO_ENABLED=0 (env %v)", bl.line, bl.env)
	}
	if !slices.Contains(bl.flags, "-trimpath") {
		t.Errorf("Dockerfile:%d: go build without -trimpath: %q", bl.line, bl.flags)
	}
	ld := strings.Fields(bl.ldflags)
	for _, want := range []string{"-s", "-w"} {
		if !slices.Contains(ld, want) {
			t.Errorf("Dockerfile:%d: -ldflags %q lacks %s", bl.line, bl.ldflags, want)
		}
	}
	if !strings.Contains(bl.ldflags, "-X main.version="+ctrTestVersion) {
		t.Errorf("Dockerfile:%d: -ldflags %q does not stamp main.version from ARG VERSION", bl.line, bl.ldflags)
	}
	if bl.pkg != "./cmd/paperbot" || bl.out == "" {
		t.Errorf("Dockerfile:%d: go build -o %q %s; want -o PATH ./cmd/paperbot", bl.line, bl.out, bl.pkg)
	}
	if t.Failed() {
		t.FailNow()
	}

	// The build context, as docker build would send it.
	ctxDir := filepath.Join(t.TempDir(), "src")
	files := ctrCopyContext(t, ctrModuleRoot, ctxDir)
	for _, f := range files {
		if f == ".git" || strings.HasPrefix(f, ".git/") || strings.HasSuffix(f, ".test") ||
			strings.Contains(f, ".db") || strings.Contains("/"+f, "/testdata/") {
			t.Errorf(".dockerignore lets %s into the build context", f)
		}
	}
	for _, need := range []string{"go.mod", "go.sum", "cmd/paperbot/main.go"} {
		if !slices.Contains(files, need) {
			t.Errorf(".dockerignore leaves %s out of the build context", need)
		}
	}

	bin := filepath.Join(t.TempDir(), "paperbot")
	args := []string{"build"}
	for i := 0; i < len(bl.flags); i++ {
		f := bl.flags[i]
		switch {
		case f == "-o":
			i++
			f = "-o=" + bin
		case strings.HasPrefix(f, "-o="):
			f = "-o=" + bin
		}
		args = append(args, f)
	}
	args = append(args, bl.pkg)
	cmd := exec.CommandContext(ctx, goBin, args...)
	cmd.Dir = ctxDir
	// The caller's environment (GOFLAGS, caches) plus the line's own
	// variables, which win; native GOOS/GOARCH as in the builder image.
	cmd.Env = append(os.Environ(), "GOOS="+runtime.GOOS, "GOARCH="+runtime.GOARCH)
	for k, v := range bl.env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	started := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %q (in the .dockerignore-filtered context): %v\n%s", args, err, out)
	}
	t.Logf("go %q: %v", args, time.Since(started).Round(time.Millisecond))

	t.Run("static", func(t *testing.T) {
		f, err := elf.Open(bin)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		for _, p := range f.Progs {
			if p.Type == elf.PT_INTERP {
				t.Error("binary has a PT_INTERP program header: it is dynamically linked")
			}
		}
		libs, err := f.ImportedLibraries()
		if err != nil {
			t.Fatal(err)
		}
		if len(libs) > 0 {
			t.Errorf("binary needs shared libraries (DT_NEEDED): %q", libs)
		}
		if f.Section(".symtab") != nil {
			t.Error("binary has a .symtab section: not stripped despite -s")
		}
		for _, s := range f.Sections {
			if strings.HasPrefix(s.Name, ".debug_") || strings.HasPrefix(s.Name, ".zdebug_") {
				t.Errorf("binary has DWARF section %s despite -w", s.Name)
			}
		}

		// What the toolchain recorded agrees with the Dockerfile's line.
		info, err := buildinfo.ReadFile(bin)
		if err != nil {
			t.Fatal(err)
		}
		settings := map[string]string{}
		for _, s := range info.Settings {
			settings[s.Key] = s.Value
		}
		for k, want := range map[string]string{"CGO_ENABLED": "0", "-trimpath": "true"} {
			if settings[k] != want {
				t.Errorf("build setting %s = %q, want %q", k, settings[k], want)
			}
		}
		// With -trimpath the go command does not record -ldflags (go.dev/issue/52372).
		if got, ok := settings["-ldflags"]; ok && got != bl.ldflags {
			t.Errorf("build setting -ldflags = %q, want %q", got, bl.ldflags)
		}
		if info.Path != "paperbot/cmd/paperbot" {
			t.Errorf("binary's main package %q, want paperbot/cmd/paperbot", info.Path)
		}
	})

	// As in the image: nothing in the environment, a directory holding only
	// the (empty) data volume.
	runDir := t.TempDir()
	if err := os.Mkdir(filepath.Join(runDir, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	runBin := func(env []string, args ...string) (int, string, string) {
		t.Helper()
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Env = env
		if cmd.Env == nil {
			cmd.Env = []string{} // empty, not the test's environment
		}
		cmd.Dir = runDir
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		var exit *exec.ExitError
		switch {
		case err == nil:
			return 0, stdout.String(), stderr.String()
		case errors.As(err, &exit):
			return exit.ExitCode(), stdout.String(), stderr.String()
		}
		t.Fatalf("run paperbot %q: %v", args, err)
		return 0, "", ""
	}
	unknown := func(stderr string) bool { return strings.Contains(stderr, "unknown command") }

	t.Run("ask", func(t *testing.T) {
		code, out, errOut := runBin(nil, "ask", ctrQuestion)
		if code != 0 {
			t.Fatalf("paperbot ask: exit %d\nstderr: %s", code, errOut)
		}
		if !strings.Contains(out, ctrCitation) {
			t.Errorf("paperbot ask: no %q in:\n%s", ctrCitation, out)
		}
		entries, _ := os.ReadDir(runDir)
		for _, e := range entries {
			if e.Name() != "data" {
				t.Logf("paperbot ask left %s in its working directory", e.Name())
			}
		}
	})

	t.Run("version", func(t *testing.T) {
		code, out, errOut := runBin(nil, "version")
		if unknown(errOut) {
			t.Skipf("paperbot has no version subcommand yet (%s); not checked", strings.TrimSpace(errOut))
		}
		if code != 0 || !strings.Contains(out, ctrTestVersion) {
			t.Errorf("paperbot version: exit %d, stdout %q, stderr %q; want %s from -X main.version", code, out, errOut, ctrTestVersion)
		}
	})

	// The HEALTHCHECK's command: 0 when /healthz answers 200 on the port of
	// PAPERBOT_HTTP_ADDR, 1 when nothing answers there.
	t.Run("health", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != "/healthz" {
				http.NotFound(w, r)
				return
			}
			fmt.Fprintln(w, "ok")
		})}
		go srv.Serve(ln)
		defer srv.Close()
		_, port, _ := net.SplitHostPort(ln.Addr().String())

		code, _, errOut := runBin([]string{"PAPERBOT_HTTP_ADDR=:" + port}, "health")
		if unknown(errOut) {
			t.Skipf("paperbot has no health subcommand yet (%s); not checked", strings.TrimSpace(errOut))
		}
		if code != 0 {
			t.Errorf("paperbot health against a 200 /healthz: exit %d, stderr %q; want 0", code, errOut)
		}

		srv.Close() // now nothing listens on the port
		code, _, errOut = runBin([]string{"PAPERBOT_HTTP_ADDR=:" + port}, "health")
		if code != 1 {
			t.Errorf("paperbot health with nothing listening: exit %d, stderr %q; want 1", code, errOut)
		}
	})
}

// TestDockerignorePatterns pins the .dockerignore rules the build-context
// copy above follows (Docker's: moby/patternmatcher).
func TestDockerignorePatterns(t *testing.T) {
	file := filepath.Join(t.TempDir(), ".dockerignore")
	rules := "# comment\n/paperbot\n**/*.test\n**/testdata\n*.db\n.git\ndocs/*.md\n!docs/keep.md\n"
	if err := os.WriteFile(file, []byte(rules), 0o644); err != nil {
		t.Fatal(err)
	}
	pats := ctrReadDockerignore(t, file)
	for rel, want := range map[string]bool{
		"paperbot":                  true,
		"cmd/paperbot":              false, // /paperbot is the root's only
		"cmd/paperbot/main.go":      false,
		"paperbot.test":             true,
		"retrieval/retrieval.test":  true,
		"retrieval/testdata":        true,
		"retrieval/testdata/a.json": true, // under an ignored directory
		"testdata/x":                true, // ** matches no directory too
		"bot.db":                    true,
		"store/bot.db":              false, // *.db is the root's only
		".git/HEAD":                 true,
		".gitignore":                false,
		"docs/a.md":                 true,
		"docs/keep.md":              false, // re-included: the last match wins
		"docs/sub/a.md":             false, // * stays within one element
		"data/paper.txt":            false,
	} {
		if got := ctrIgnored(pats, rel); got != want {
			t.Errorf("ignored(%s) = %v, want %v", rel, got, want)
		}
	}
}
