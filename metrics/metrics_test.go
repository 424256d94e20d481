package metrics

import (
	"strings"
	"sync/atomic"
	"testing"

	"github.com/prometheus/client_golang/prometheus/testutil"
)

// TestWriteFailures: the store's failed writes are scraped as a counter,
// read at each scrape (issue 8: a full disk was invisible).
func TestWriteFailures(t *testing.T) {
	m := New()
	var n atomic.Uint64
	m.WriteFailures(n.Load)
	n.Add(3)
	want := "# HELP paperbot_store_write_failures_total Database writes that failed (questions, quiz answers, votes, settings, threads).\n" +
		"# TYPE paperbot_store_write_failures_total counter\npaperbot_store_write_failures_total 3\n"
	if err := testutil.GatherAndCompare(m.Registry, strings.NewReader(want), "paperbot_store_write_failures_total"); err != nil {
		t.Fatal(err)
	}
	var none *Metrics
	none.WriteFailures(n.Load) // a nil *Metrics takes every call
}
