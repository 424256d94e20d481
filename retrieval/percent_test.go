package retrieval

import "testing"

// TestPercentSign: a percent sign standing alone ("what % of the aid")
// reads "percent" and finds what the word finds; after a number ("18%",
// "100 %") it stays the number's mark (fourteenth pass; the "%" question
// below found ¶16 before, the word ¶22).
func TestPercentSign(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool // a "percent" token
	}{
		{"what % of the aid", true},
		{"% of the aid", true},
		{"18% of the aid", false},
		{"100 % of it", false},
		{"fsu%3A1", false},
	} {
		got := false
		for _, tk := range scan(c.in, nil) {
			got = got || tk.text == "percent"
		}
		if got != c.want {
			t.Errorf("scan(%q): percent %v, want %v", c.in, got, c.want)
		}
	}
	ix := loadIndex(t)
	a := ix.Search("what % of american help to tajikistan was about security", 1)
	b := ix.Search("what percent of american help to tajikistan was about security", 1)
	if len(a.Hits) == 0 || len(b.Hits) == 0 || a.Hits[0].Paragraph.N != b.Hits[0].Paragraph.N {
		t.Errorf("%% and percent find different paragraphs")
	}
}
