package store

import "testing"

// TestThreads: a thread the bot created is remembered, across a restart;
// adding it twice is harmless; other channels are not threads of the bot.
func TestThreads(t *testing.T) { forEachEngine(t, testThreads) }

func testThreads(t *testing.T, dsn string) {
	ctx := testCtx(t)
	path := dsn
	s := openTest(t, path)
	for range 2 {
		if err := s.AddThread(ctx, "g", "900"); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.AddThread(ctx, "g", ""); err == nil {
		t.Fatal("empty channel id accepted")
	}
	s.Close()
	s = openTest(t, path)
	for channel, want := range map[string]bool{"900": true, "901": false, "": false} {
		if got, err := s.IsThread(ctx, channel); err != nil || got != want {
			t.Errorf("IsThread(%q) = %v %v, want %v", channel, got, err, want)
		}
	}
	if n := rowCount(t, s, "threads"); n != 1 {
		t.Fatalf("%d thread rows, want 1", n)
	}
}
