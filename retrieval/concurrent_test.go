package retrieval

import (
	"sync"
	"testing"
)

// TestConcurrentSearch: searches from many goroutines (the bot answers
// users at once) give what one goroutine gives, while the per-index word
// caches fill. Run with -race.
func TestConcurrentSearch(t *testing.T) {
	ix := loadIndex(t)
	qs := []string{"when did tajikistan get its own embassy in DC", "what is the population of tajikistan",
		"who wrote this paper", "summarize the economic relations section", "how much aid did the us give",
		"aardvarkish zyzzyva quokkas", "who is the current us ambassador"}
	want := make([]Result, len(qs))
	fresh := loadIndex(t)
	for i, q := range qs {
		want[i] = fresh.Search(q, 3)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(qs))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, q := range qs {
				got := ix.Search(q, 3)
				if got.Answered != want[i].Answered || got.About != want[i].About || len(got.Hits) != len(want[i].Hits) ||
					len(got.Hits) > 0 && (got.Hits[0].Paragraph.N != want[i].Hits[0].Paragraph.N || got.Hits[0].Sentence != want[i].Hits[0].Sentence) {
					errs <- q
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for q := range errs {
		t.Errorf("%q: concurrent result differs", q)
	}
}
