package paper

import (
	"math/rand"
	"os"
	"testing"
	"time"

	"paperbot/data"
)

func TestHunt(t *testing.T) {
	if os.Getenv("HUNT") == "" {
		t.Skip()
	}
	rng := rand.New(rand.NewSource(1))
	seeds := fuzzSeeds()
	for iter := 0; iter < 200000; iter++ {
		b := []byte(seeds[rng.Intn(len(seeds))])
		if rng.Intn(3) == 0 {
			b = []byte(data.Paper)
		}
		for m := rng.Intn(8) + 1; m > 0; m-- {
			if len(b) == 0 {
				b = append(b, 'a')
			}
			switch rng.Intn(5) {
			case 0:
				b[rng.Intn(len(b))] = byte(rng.Intn(128))
			case 1:
				i := rng.Intn(len(b))
				b = append(b[:i], append([]byte{"(). \n*-,"[rng.Intn(8)]}, b[i:]...)...)
			case 2:
				i := rng.Intn(len(b))
				j := i + rng.Intn(len(b)-i)
				b = append(b[:i], b[j:]...)
			case 3:
				i := rng.Intn(len(b))
				j := i + rng.Intn(min(len(b)-i, 200))
				k := rng.Intn(len(b))
				chunk := append([]byte{}, b[i:j]...)
				b = append(b[:k], append(chunk, b[k:]...)...)
			case 4:
				i := rng.Intn(len(b))
				b = append(b[:i], append([]byte("\n\n\n\n"), b[i:]...)...)
			}
		}
		done := make(chan bool, 1)
		in := string(b)
		go func() { Parse(in); FindCitations(in); done <- true }()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			os.WriteFile("/tmp/dump/hang.txt", b, 0o644)
			t.Fatalf("hang at iter %d, len %d", iter, len(b))
		}
	}
}
