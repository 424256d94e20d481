package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/chromedp/chromedp"

	"paperbot/dashboard"
	"paperbot/dashboard/dashboardtest"
	"paperbot/store"
)

// reportSecret is PAPERBOT_SECRET in these tests, so they can compute
// pseudonyms.
const reportSecret = "8f1e6a0c4b2d7e9f3a5c1b7d9e2f4a6c8b0d2e4f6a8c0e2b4d6f8a1c3e5b7d9f"

// storeRecorder seeds a database through the store's own writes.
type storeRecorder struct {
	ctx     context.Context
	s       *store.Store
	n       int
	answers map[string]string // question and ¶ -> answer id
}

func (r *storeRecorder) Ask(q dashboard.Asked) error {
	r.n++
	id := fmt.Sprintf("seed%d", r.n)
	var paras []int
	if q.Answered {
		paras = []int{q.Paragraph}
		r.answers[fmt.Sprint(q.Question, q.Paragraph)] = id
	}
	return r.s.LogQuestion(r.ctx, store.Asked{AnswerID: id, Guild: q.Guild, User: q.User, Question: q.Question, Answered: q.Answered,
		Paragraph: q.Paragraph, Paragraphs: paras, At: q.At})
}

func (r *storeRecorder) Vote(v dashboard.Vote) error {
	_, err := r.s.Vote(r.ctx, store.Vote{AnswerID: r.answers[fmt.Sprint(v.Question, v.Paragraph)], Guild: v.Guild, User: v.User,
		Paragraph: v.Paragraph, Helpful: v.Helpful})
	return err
}

func (r *storeRecorder) Answer(a dashboard.QuizAnswer) error {
	_, err := r.s.RecordAnswer(r.ctx, store.QuizAnswer{Guild: a.Guild, QuizID: a.QuizID, User: a.User, Correct: a.Correct})
	return err
}

// seededBot starts the real program (run) on a database seeded with a
// class's activity on server 700, with PAPERBOT_PUBLIC_URL set, and
// returns the fake Discord and the program's HTTP base URL.
func seededBot(t *testing.T, spec dashboardtest.Spec) (d *driver, base string) {
	t.Helper()
	f := dashboardtest.NewFixture(t)
	path := filepath.Join(t.TempDir(), "seeded.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if spec.QuizIDs == nil {
		spec.QuizIDs = f.QuizIDs()
	}
	if err := dashboardtest.Seed(&storeRecorder{ctx: context.Background(), s: db, answers: map[string]string{}}, f.Paper, spec); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	fake, logs, _ := startBot(t, map[string]string{"PAPERBOT_DB": path, "PAPERBOT_SECRET": reportSecret,
		"PAPERBOT_PUBLIC_URL": "https://class.example.edu/paperbot/"})
	m := regexp.MustCompile(`"http listening","addr":"(127\.0\.0\.1:[0-9]+)"`).FindStringSubmatch(logs.String())
	if m == nil {
		t.Fatalf("no http address in the log:\n%s", logs.String())
	}
	return &driver{t: t, srv: fake, sent: map[string]bool{}}, "http://" + m[1]
}

// reportLink sends /report as a manager of server 700 and returns the
// link's path and query, to be fetched from the program's own address.
func reportLink(t *testing.T, d *driver) string {
	t.Helper()
	i := command("report")
	i.Member = &discordgo.Member{User: &discordgo.User{ID: "1"}, GuildID: "700", Permissions: discordgo.PermissionManageGuild}
	r := decode(t, d.send(i))
	if r.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 {
		t.Errorf("/report's reply is not private: %+v", r.Data)
	}
	m := regexp.MustCompile(`<(https://class\.example\.edu/paperbot/report/700\?token=[^>]+)>`).FindStringSubmatch(r.Data.Content)
	if m == nil {
		t.Fatalf("/report gave no link under PAPERBOT_PUBLIC_URL: %q", r.Data.Content)
	}
	u, err := url.Parse(m[1])
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimPrefix(u.Path, "/paperbot") + "?" + u.RawQuery
}

func get(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestReportEndToEnd: through the fake Discord, /report gives a manager a
// private link that opens the server's page on the program's HTTP
// address; a tampered link, another server's and a member without Manage
// Server are refused; /forget asks first, deletes on confirmation, and
// the page then no longer counts the user.
func TestReportEndToEnd(t *testing.T) {
	spec := dashboardtest.Spec{Guild: "700", Seed: 3, Questions: 300, Votes: 80, QuizAnswers: 200, Students: 10}
	d, base := seededBot(t, spec)
	link := reportLink(t, d)
	if code, body := get(t, base+link); code != 200 || !strings.Contains(body, `class="heat"`) {
		t.Fatalf("the link: %d %.300s", code, body)
	}
	// Tampered: one character of the token changed.
	tampered := link[:len(link)-3] + map[bool]string{true: "A", false: "B"}[link[len(link)-3] != 'A'] + link[len(link)-2:]
	if code, body := get(t, base+tampered); code != http.StatusUnauthorized || strings.Contains(body, `class="heat"`) {
		t.Errorf("tampered link: %d, want 401 and no page", code)
	}
	if code, _ := get(t, base+strings.Replace(link, "/report/700?", "/report/701?", 1)); code != http.StatusForbidden {
		t.Errorf("the link on another server's page: %d, want 403", code)
	}
	if code, _ := get(t, base+"/report/700"); code != http.StatusUnauthorized {
		t.Errorf("no token: %d, want 401", code)
	}
	if r := d.cmd("report"); strings.Contains(r.Data.Content, "token=") {
		t.Errorf("a member without Manage Server got a link: %q", r.Data.Content)
	}

	key, _ := hex.DecodeString(reportSecret)
	student := dashboardtest.User(2)
	pseudonym := dashboard.Pseudonym(key, "700", student)
	students := func() (n int, listed bool) {
		t.Helper()
		code, body := get(t, base+strings.Replace(link, "/report/700?", "/report/700/report.json?", 1))
		if code != 200 {
			t.Fatalf("report.json: %d %.200s", code, body)
		}
		var rep dashboard.Report
		if err := json.Unmarshal([]byte(body), &rep); err != nil {
			t.Fatal(err)
		}
		for _, s := range rep.Students {
			listed = listed || s.Student == pseudonym
		}
		return rep.Participation.Students, listed
	}
	before, listed := students()
	if !listed {
		t.Fatalf("student %s (%s) is not on the page before /forget", student, pseudonym)
	}

	// /forget: a question first; Cancel deletes nothing.
	ask := command("forget")
	ask.Member = &discordgo.Member{User: &discordgo.User{ID: student}, GuildID: "700"}
	r := decode(t, d.send(ask))
	btns := buttonsOf(t, r)
	if r.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 || len(btns) != 2 {
		t.Fatalf("/forget: %+v, want a private question with two buttons", r.Data)
	}
	cancel := decode(t, d.send(click(btns[1].CustomID, student)))
	if !strings.Contains(cancel.Data.Content, "Nothing was deleted") {
		t.Errorf("Cancel: %q", cancel.Data.Content)
	}
	if n, listed := students(); n != before || !listed {
		t.Fatalf("Cancel deleted something: %d students (was %d), listed %v", n, before, listed)
	}
	yes := decode(t, d.send(click(btns[0].CustomID, student)))
	if yes.Type != int(discordgo.InteractionResponseUpdateMessage) || !strings.Contains(yes.Data.Content, "Deleted:") {
		t.Errorf("confirmation: type %d %q, want an update saying what was deleted", yes.Type, yes.Data.Content)
	}
	if n, listed := students(); n != before-1 || listed {
		t.Errorf("after /forget: %d students (was %d), the user listed: %v", n, before, listed)
	}
}

// TestBrowserRealProgram loads the teacher's page in headless Chromium
// from the running program (run, with a seeded SQLite database) through
// the link /report gave: one heat-map cell per ¶, a click shows the ¶'s
// questions, no console errors; a screenshot at PAPERBOT_SCREENSHOT when
// set.
func TestBrowserRealProgram(t *testing.T) {
	exe := ""
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			exe = p
			break
		}
	}
	if exe == "" {
		if os.Getenv("PAPERBOT_REQUIRE_TOOLS") == "1" {
			t.Fatal("chromium is not installed and PAPERBOT_REQUIRE_TOOLS=1: apt-get install -y chromium")
		}
		t.Skip("chromium is not installed (apt-get install -y chromium)")
	}
	f := dashboardtest.NewFixture(t)
	spec := dashboardtest.Spec{Guild: "700", Seed: 7, Questions: 1200, Votes: 300, QuizAnswers: 900, Students: 40}
	d, base := seededBot(t, spec)
	link := reportLink(t, d)

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // a guard against a hung browser
	defer cancel()
	actx, acancel := chromedp.NewExecAllocator(ctx, chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()))
	defer acancel()
	tctx, tcancel := chromedp.NewContext(actx)
	defer tcancel()
	msgs := chromedp.Console(tctx)
	if err := chromedp.Do(tctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(base+link), chromedp.WaitVisible(chromedp.CSS(".heat"))); err != nil {
		t.Fatal(err)
	}
	cells, err := chromedp.Run(tctx, chromedp.Evaluate[int](`document.querySelectorAll(".heat details > summary").length`))
	if err != nil || cells != len(f.Paper.Paragraphs) {
		t.Errorf("heat map has %d cells (%v), want one per ¶: %d", cells, err, len(f.Paper.Paragraphs))
	}
	shown := func(n int) bool {
		v, err := chromedp.Run(tctx, chromedp.Evaluate[bool](fmt.Sprintf(`document.querySelector("#p%d .questions").checkVisibility()`, n)))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if shown(2) {
		t.Fatal("¶2's questions are shown before any click")
	}
	if err := chromedp.Do(tctx, chromedp.Click(chromedp.CSS("#p2 > summary"))); err != nil {
		t.Fatal(err)
	}
	text, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#p2 .questions")))
	if err != nil || !shown(2) || strings.TrimSpace(text) == "" {
		t.Errorf("a click on ¶2 did not show its questions: shown %v, %q %v", shown(2), text, err)
	}
	const marker = "paperbot-test: end of page"
	if err := chromedp.Do(tctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf("console.info(%q)", marker))); err != nil {
		t.Fatal(err)
	}
	for m, err := range msgs {
		if err != nil {
			t.Fatalf("console: %v", err)
		}
		if m.Text == marker {
			break
		}
		if m.Type == chromedp.ConsoleError || m.IsException() {
			t.Errorf("console error: %s", m.String())
		}
	}
	if path := os.Getenv("PAPERBOT_SCREENSHOT"); path != "" {
		shot, err := chromedp.Run(tctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, shot, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot at %s", path)
	}
}
