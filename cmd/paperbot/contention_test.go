package main

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/internal/fakediscord"
	"paperbot/store"
)

// lockChildEnv names the database a TestLockChild process locks.
const lockChildEnv = "PAPERBOT_LOCK_CHILD_DB"

// TestLockChild is the body of the "other process" of
// BenchmarkAskUnderContention: it takes the database's write lock, says
// "locked", holds it for PAPERBOT_LOCK_CHILD_FOR, then commits.
func TestLockChild(t *testing.T) {
	path := os.Getenv(lockChildEnv)
	if path == "" {
		t.Skip("only runs as BenchmarkAskUnderContention's child process")
	}
	hold, err := time.ParseDuration(os.Getenv("PAPERBOT_LOCK_CHILD_FOR"))
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	fmt.Println("locked")
	time.Sleep(hold)
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		t.Fatal(err)
	}
}

// lockDatabase starts a process that holds path's write lock for hold and
// returns once it has it; wait waits for that process to end.
func lockDatabase(tb testing.TB, path string, hold time.Duration) (wait func()) {
	tb.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), lockChildEnv+"="+path, "PAPERBOT_LOCK_CHILD_FOR="+hold.String())
	out, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if sc.Text() == "locked" {
			break
		}
	}
	return func() {
		for sc.Scan() {
		}
		if err := cmd.Wait(); err != nil {
			tb.Errorf("lock child: %v", err)
		}
	}
}

// BenchmarkAskUnderContention measures /ask latency (dispatch to response,
// p50/p99) while one user sends /leaderboard ten times a second and
// another process holds the database's write lock for 4 s, on a database
// holding 300,000 quiz answers (issue 8: the target is p99 < 100 ms; before,
// 10 of 10 /help missed Discord's 3 s).
func BenchmarkAskUnderContention(b *testing.B) {
	dbPath := filepath.Join(b.TempDir(), "paperbot.db")
	st, err := store.Open(dbPath)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for k := range 300000 {
		if _, err := st.RecordAnswer(ctx, store.QuizAnswer{Guild: "700", QuizID: fmt.Sprint("q", k%500), User: fmt.Sprint(10000 + k/500), Choice: 0, Correct: k%3 == 0}); err != nil {
			b.Fatal(err)
		}
	}
	st.Close()
	srv, _, stop := startBotTB(b, map[string]string{"PAPERBOT_DB": dbPath})
	defer stop()

	var mu sync.Mutex
	sent := map[string]time.Time{}
	var asks []time.Duration
	srv.OnCall(func(c fakediscord.Call) {
		parts := strings.Split(c.Path, "/") // /interactions/ID/TOKEN/callback
		if len(parts) != 5 || parts[1] != "interactions" {
			return
		}
		mu.Lock()
		if t0, ok := sent[parts[3]]; ok {
			asks = append(asks, time.Since(t0))
			delete(sent, parts[3])
		}
		mu.Unlock()
	})
	// The server's settings are read once, before the measurement.
	warm := askInteraction(loadQuestions[0])
	srv.Interaction(warm)
	wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := srv.WaitCall(wctx, callback(warm)); err != nil {
		b.Fatal(err)
	}

	const users, hold = 40, 4 * time.Second
	round := 0
	for b.Loop() {
		round++
		release := lockDatabase(b, dbPath, hold)
		end := time.Now().Add(hold)
		var wg sync.WaitGroup
		wg.Add(1)
		go func() { // the /leaderboard hammer
			defer wg.Done()
			for time.Now().Before(end) {
				i := command("leaderboard")
				i.Member = &discordgo.Member{User: &discordgo.User{ID: "666"}, GuildID: "700"}
				srv.Interaction(i)
				time.Sleep(100 * time.Millisecond)
			}
		}()
		for u := range users {
			wg.Add(1)
			go func() { // each user asks once a second
				defer wg.Done()
				for k := 0; time.Now().Before(end); k++ {
					i := askInteraction(loadQuestions[(u+k)%len(loadQuestions)])
					i.Member = &discordgo.Member{User: &discordgo.User{ID: fmt.Sprint(round*1000 + u)}, GuildID: "700"}
					i.ID = fmt.Sprintf("%d%03d%03d", round, u, k)
					i.Token = "tok" + i.ID
					mu.Lock()
					sent[i.Token] = time.Now()
					mu.Unlock()
					srv.Interaction(i)
					time.Sleep(time.Second)
				}
			}()
		}
		wg.Wait()
		release()
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		mu.Lock()
		left := len(sent)
		mu.Unlock()
		if left == 0 || time.Now().After(deadline) {
			if left > 0 {
				b.Errorf("%d /ask unanswered 10 s after the lock was released", left)
			}
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	mu.Lock()
	defer mu.Unlock()
	sort.Slice(asks, func(i, j int) bool { return asks[i] < asks[j] })
	if len(asks) > 0 {
		b.ReportMetric(float64(asks[len(asks)/2].Microseconds())/1e3, "p50-ms")
		b.ReportMetric(float64(asks[len(asks)*99/100].Microseconds())/1e3, "p99-ms")
		b.ReportMetric(float64(len(asks)), "asks")
	}
}
