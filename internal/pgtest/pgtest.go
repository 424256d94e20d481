// Package pgtest starts throwaway PostgreSQL servers for tests, from
// Debian's binaries (apt-get install postgresql): initdb into a fresh
// folder, a server listening on 127.0.0.1 on a free port with its unix
// socket in that folder, removed after. initdb refuses to run as root, so
// as root the folder is handed to the postgres user and the binaries run
// as it (runuser).
//
// Starting a cluster takes about a second, so a test package shares one:
// Start gives each test a fresh database on it, and Main, called from the
// package's TestMain, removes it at the end. Tests that stop the server
// take their own (NewCluster).
//
// When PostgreSQL cannot start (not installed, say) the test is skipped
// with the reason, unless PAPERBOT_REQUIRE_TOOLS=1 (as .ci/run sets): then
// it fails.
package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver, for CREATE DATABASE
)

// RequireEnv makes a cluster that cannot start a test failure instead of a
// skip.
const RequireEnv = "PAPERBOT_REQUIRE_TOOLS"

// Cluster is one PostgreSQL server in a temporary folder.
type Cluster struct {
	dir  string // the folder: data/, the socket, the log
	bin  string // the folder of initdb, pg_ctl
	port int
	as   string // the user the binaries run as; "" for this process's

	mu      sync.Mutex
	running bool
	dbs     atomic.Int64
}

// Bin finds the folder of Debian's PostgreSQL binaries, the newest
// version's when several are installed; PATH is tried last.
func Bin() (string, error) {
	if m, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb"); len(m) > 0 {
		sort.Slice(m, func(i, j int) bool { return version(m[i]) > version(m[j]) })
		return filepath.Dir(m[0]), nil
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p), nil
	}
	return "", errors.New("initdb not found in /usr/lib/postgresql/*/bin or PATH (apt-get install postgresql)")
}

func version(initdb string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(initdb))))
	return n
}

// NewCluster initialises and starts a cluster in a new temporary folder.
// Remove stops it and deletes the folder.
func NewCluster() (*Cluster, error) {
	bin, err := Bin()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "paperbot-pg-")
	if err != nil {
		return nil, err
	}
	c := &Cluster{dir: dir, bin: bin}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("running as root and no postgres user to run initdb as: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chmod(dir, 0o755); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
		if err := os.Chown(dir, uid, gid); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
		c.as = "postgres"
	}
	if out, err := c.run("initdb", "-D", c.data(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %w: %s", err, out)
	}
	for try := 0; ; try++ {
		c.port, err = freePort()
		if err == nil {
			err = c.Start()
		}
		if err == nil {
			return c, nil
		}
		if try == 2 {
			os.RemoveAll(dir)
			return nil, err
		}
	}
}

func (c *Cluster) data() string { return filepath.Join(c.dir, "data") }

// run runs one of the PostgreSQL binaries, as the postgres user when this
// process is root.
func (c *Cluster) run(name string, args ...string) ([]byte, error) {
	bin := filepath.Join(c.bin, name)
	cmd := exec.Command(bin, args...)
	if c.as != "" {
		cmd = exec.Command("runuser", append([]string{"-u", c.as, "--", bin}, args...)...)
	}
	cmd.Dir = c.dir
	return cmd.CombinedOutput()
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Start starts the server (again), on the same port, and waits until it
// accepts connections. synchronous_commit=off is the counterpart of the
// SQLite store's synchronous=NORMAL (a crash may lose the last commits,
// never corrupt: no fsync per commit), so benchmarks compare like with
// like; fsync=off makes CREATE DATABASE and checkpoints cheap for tests on
// a shared machine (a throwaway cluster need not survive a power cut).
func (c *Cluster) Start() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.running {
		return nil
	}
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c max_connections=200 -c synchronous_commit=off -c fsync=off", c.port, c.dir)
	out, err := c.run("pg_ctl", "-D", c.data(), "-l", filepath.Join(c.dir, "log"), "-o", opts, "-w", "-t", "30", "start")
	if err != nil {
		log, _ := os.ReadFile(filepath.Join(c.dir, "log"))
		return fmt.Errorf("pg_ctl start: %w: %s\n%s", err, out, tail(log, 2000))
	}
	c.running = true
	return nil
}

// Stop stops the server (fast shutdown: sessions are ended, nothing
// committed is lost).
func (c *Cluster) Stop() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.running {
		return nil
	}
	if out, err := c.run("pg_ctl", "-D", c.data(), "-m", "fast", "-w", "-t", "30", "stop"); err != nil {
		return fmt.Errorf("pg_ctl stop: %w: %s", err, out)
	}
	c.running = false
	return nil
}

// Restart stops and starts the server.
func (c *Cluster) Restart() error {
	if err := c.Stop(); err != nil {
		return err
	}
	return c.Start()
}

// Remove stops the server and deletes its folder.
func (c *Cluster) Remove() error {
	err := c.Stop()
	return errors.Join(err, os.RemoveAll(c.dir))
}

// URL is the URL of database db on the cluster.
func (c *Cluster) URL(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", c.port, db)
}

// Port is the port the server listens on.
func (c *Cluster) Port() int { return c.port }

// NewDatabase creates an empty database and returns its URL.
func (c *Cluster) NewDatabase(ctx context.Context) (string, error) {
	name := fmt.Sprintf("t%d_%d", os.Getpid(), c.dbs.Add(1))
	db, err := sql.Open("pgx", c.URL("postgres"))
	if err != nil {
		return "", err
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		return "", fmt.Errorf("create database %s: %w", name, err)
	}
	return c.URL(name), nil
}

// Log is the tail of the server's log, for a failing test's message.
func (c *Cluster) Log() string {
	b, _ := os.ReadFile(filepath.Join(c.dir, "log"))
	return tail(b, 4000)
}

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return strings.TrimSpace(string(b))
}

// shared is the package's cluster, started by the first Start and removed
// by Main: test helpers' state, the one package-level variable, because
// the test binary's tests share it by design.
var shared struct {
	once sync.Once
	c    *Cluster
	err  error
}

// Start returns the URL of a new, empty database on the package's shared
// cluster, and the cluster. It skips the test when no cluster can start
// (fails under PAPERBOT_REQUIRE_TOOLS=1). Do not stop the shared cluster:
// take your own with Own.
func Start(t testing.TB) (string, *Cluster) {
	t.Helper()
	shared.once.Do(func() { shared.c, shared.err = NewCluster() })
	if shared.err != nil {
		unavailable(t, shared.err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	url, err := shared.c.NewDatabase(ctx)
	if err != nil {
		t.Fatalf("pgtest: %v\n%s", err, shared.c.Log())
	}
	return url, shared.c
}

// Own starts a cluster for this test alone (to stop and restart it) and
// removes it when the test ends; the URL is of its database "postgres".
func Own(t testing.TB) (string, *Cluster) {
	t.Helper()
	c, err := NewCluster()
	if err != nil {
		unavailable(t, err)
	}
	t.Cleanup(func() {
		if err := c.Remove(); err != nil {
			t.Errorf("pgtest: remove cluster: %v", err)
		}
	})
	return c.URL("postgres"), c
}

func unavailable(t testing.TB, err error) {
	t.Helper()
	if os.Getenv(RequireEnv) == "1" {
		t.Fatalf("PostgreSQL cannot start and %s=1: %v", RequireEnv, err)
	}
	t.Skipf("PostgreSQL cannot start, skipping (apt-get install postgresql; set %s=1 to fail instead): %v", RequireEnv, err)
}

// Main runs the package's tests and removes the shared cluster, if one was
// started: call it from TestMain as os.Exit(pgtest.Main(m)).
func Main(m *testing.M) int {
	code := m.Run()
	if shared.c != nil {
		if err := shared.c.Remove(); err != nil {
			fmt.Fprintln(os.Stderr, "pgtest: remove cluster:", err)
		}
	}
	return code
}
