package dashboard_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"paperbot/dashboard/dashboardtest"
)

// chromium finds Debian's Chromium. Without it the browser tests skip,
// unless PAPERBOT_REQUIRE_TOOLS=1 (as .ci/run sets), when they fail.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("PAPERBOT_REQUIRE_TOOLS") == "1" {
		t.Fatal("chromium is not installed and PAPERBOT_REQUIRE_TOOLS=1: apt-get install -y chromium")
	}
	t.Skip("chromium is not installed (apt-get install -y chromium); skipping the browser test")
	return ""
}

// browser starts a headless Chromium with the flags this machine needs (no
// sandbox as root, no background traffic to the closed network) and a
// fresh profile, and returns a tab's context.
func browser(t *testing.T) context.Context {
	exe := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // a guard against a hung browser, not a timing assumption
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	t.Cleanup(acancel)
	tctx, tcancel := chromedp.NewContext(actx)
	t.Cleanup(tcancel)
	return tctx
}

// consoleErrors subscribes to the tab's console; the returned func runs a
// marker through the console and returns the errors logged before it (the
// console keeps order, so everything logged earlier has arrived).
func consoleErrors(t *testing.T, ctx context.Context) func() []string {
	msgs := chromedp.Console(ctx)
	return func() []string {
		t.Helper()
		const marker = "paperbot-test: end of page"
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`console.info(`+fmt.Sprintf("%q", marker)+`)`)); err != nil {
			t.Fatalf("console marker: %v", err)
		}
		var errs []string
		for m, err := range msgs {
			if err != nil {
				t.Fatalf("console: %v", err)
			}
			if m.Text == marker {
				break
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				errs = append(errs, m.String())
			}
		}
		return errs
	}
}

// TestBrowserConsoleCheck shows the console check catches errors: a page
// that loads a missing image and breaks the CSP logs them.
func TestBrowserConsoleCheck(t *testing.T) {
	ctx := browser(t)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Security-Policy", "default-src 'none'; img-src 'self'")
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<!doctype html><title>t</title><img src="/missing.png" alt=""><style>p{color:red}</style>`)
	}))
	defer ts.Close()
	errs := consoleErrors(t, ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL)); err != nil {
		t.Fatal(err)
	}
	got := errs()
	if len(got) < 2 {
		t.Fatalf("console errors = %q, want the 404 and the CSP refusal", got)
	}
}

// TestBrowser loads the page in headless Chromium from a server on
// 127.0.0.1 with seeded data: one heat-map cell per ¶, a click (and Enter
// on a focused cell) shows the ¶'s questions, no console errors (the CSP
// included), and a screenshot at PAPERBOT_SCREENSHOT when set (plus a
// phone-sized one beside it).
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	f := dashboardtest.NewFixture(t)
	spec := dashboardtest.Spec{Guild: "555000111", Seed: 7, Questions: 1200, Votes: 300, QuizAnswers: 900, Students: 40, QuizIDs: f.QuizIDs()}
	src := dashboardtest.MemorySource(t, f, spec)
	ts := httptest.NewServer(f.Handler(src))
	defer ts.Close()
	if !strings.HasPrefix(ts.URL, "http://127.0.0.1:") {
		t.Fatalf("test server at %s, want 127.0.0.1", ts.URL)
	}
	want, err := src.ParagraphQuestions(context.Background(), spec.Guild, 10)
	if err != nil {
		t.Fatal(err)
	}
	questionsOf := func(n int) []string {
		var qs []string
		for _, q := range want {
			if q.Paragraph == n {
				qs = append(qs, q.Question)
			}
		}
		return qs
	}

	errs := consoleErrors(t, ctx)
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(ts.URL+f.Path(spec.Guild, "")),
		chromedp.WaitVisible(chromedp.CSS(".heat")),
	); err != nil {
		t.Fatal(err)
	}
	cells, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".heat details > summary").length`))
	if err != nil {
		t.Fatal(err)
	}
	if cells != len(f.Paper.Paragraphs) {
		t.Errorf("heat map has %d cells, want one per ¶: %d", cells, len(f.Paper.Paragraphs))
	}

	// Closed, a ¶'s questions are not shown; a click shows them.
	shown := func(n int) bool {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(`document.querySelector("#p%d .questions").checkVisibility()`, n)))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if shown(2) {
		t.Fatal("¶2's questions are shown before any click")
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#p2 > summary"))); err != nil {
		t.Fatal(err)
	}
	if !shown(2) {
		t.Fatal("a click on ¶2 did not show its questions")
	}
	text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#p2 .questions")))
	if err != nil {
		t.Fatal(err)
	}
	qs := questionsOf(2)
	if len(qs) == 0 {
		t.Fatal("the seed put no question on ¶2")
	}
	for _, q := range qs {
		if !strings.Contains(text, q) {
			t.Errorf("¶2's questions shown:\n%s\nlack %q", text, q)
		}
	}
	// The keyboard: Enter on a focused cell opens it too.
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS("#p4 > summary")), chromedp.KeyEvent(kb.Enter)); err != nil {
		t.Fatal(err)
	}
	if !shown(4) {
		t.Fatal("Enter on ¶4 did not show its questions")
	}

	if got := errs(); len(got) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(got, "\n"))
	}

	if path := os.Getenv("PAPERBOT_SCREENSHOT"); path != "" {
		shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, shot, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx,
			chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateScale(2)),
			chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`),
		); err != nil {
			t.Fatal(err)
		}
		phone, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		ext := filepath.Ext(path)
		if err := os.WriteFile(strings.TrimSuffix(path, ext)+"-phone"+ext, phone, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshots at %s and its -phone twin", path)
	}
}
