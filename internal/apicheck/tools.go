package apicheck

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Tools returns the directory of the npm project with its node_modules
// installed as package-lock.json pins them, running npm ci when they are
// missing or differ. Without node or npm it skips the test, or fails it
// when PAPERBOT_REQUIRE_TOOLS=1.
func Tools(t testing.TB) string {
	t.Helper()
	for _, tool := range []string{"node", "npm"} {
		if _, err := exec.LookPath(tool); err != nil {
			msg := fmt.Sprintf("apicheck: %s is not installed: the type-check of Discord payloads against discord-api-types needs Node.js and npm", tool)
			if os.Getenv(RequireEnv) == "1" {
				t.Fatal(msg + " (" + RequireEnv + "=1)")
			}
			t.Skip(msg + " (set " + RequireEnv + "=1 to fail instead of skipping)")
		}
	}
	dir, err := projectDir()
	if err != nil {
		t.Fatalf("apicheck: %v", err)
	}
	if err := install(dir); err != nil {
		t.Fatalf("apicheck: %v", err)
	}
	return dir
}

// projectDir finds this package's directory: from the source path the
// binary was built from, else from the module root above the working
// directory (go test runs in the package under test).
func projectDir() (string, error) {
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		dir := filepath.Dir(file)
		if _, err := os.Stat(filepath.Join(dir, "package-lock.json")); err == nil {
			return dir, nil
		}
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "internal", "apicheck"), nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("no go.mod above " + wd)
		}
	}
}

// install runs npm ci in dir unless node_modules already holds every
// package at the version package-lock.json pins. A lock file keeps two
// test binaries (go test runs packages in parallel) from installing at
// once.
func install(dir string) error {
	unlock, err := lock(filepath.Join(dir, ".npm-ci.lock"))
	if err != nil {
		return fmt.Errorf("lock %s: %w", dir, err)
	}
	defer unlock()
	stale, err := staleModules(dir)
	if err != nil {
		return err
	}
	if stale == "" {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("npm ci in %s (%s): %w\n%s", dir, stale, err, out)
	}
	if stale, err := staleModules(dir); err != nil || stale != "" {
		return fmt.Errorf("npm ci in %s left %s (%v)", dir, stale, err)
	}
	return nil
}

// staleModules names a package of package-lock.json that node_modules
// lacks or holds at another version; "" when all are in place.
func staleModules(dir string) (string, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "package-lock.json"))
	if err != nil {
		return "", fmt.Errorf("read the lock file: %w", err)
	}
	var lockFile struct {
		Packages map[string]struct {
			Version string `json:"version"`
		} `json:"packages"`
	}
	if err := json.Unmarshal(raw, &lockFile); err != nil {
		return "", fmt.Errorf("package-lock.json: %w", err)
	}
	for p, v := range lockFile.Packages {
		if !strings.HasPrefix(p, "node_modules/") {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p), "package.json"))
		if err != nil {
			return p + " missing", nil
		}
		var got struct {
			Version string `json:"version"`
		}
		if json.Unmarshal(raw, &got) != nil || got.Version != v.Version {
			return fmt.Sprintf("%s at %q, want %q", p, got.Version, v.Version), nil
		}
	}
	return "", nil
}
