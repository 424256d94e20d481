package classroom

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestDiscussPassages(t *testing.T) {
	p := loadPaper(t)
	tests := []struct {
		topic string
		want  []int // must be among the passages
	}{
		{"drug trafficking", []int{16, 20}}, // counter-narcotics training
		{"Rice and the colour revolutions", []int{8}},
		{"human rights", []int{9}},
		{"the Northern Distribution Network", []int{20}},
		{"Hillary Clinton's visits", []int{9, 16}}, // the paper spells her "Hilary"
		{"military bases", []int{15}},
	}
	for _, tt := range tests {
		d := Discuss(p, tt.topic, nil)
		if len(d.Paragraphs) == 0 || len(d.Paragraphs) > MaxPassages {
			t.Errorf("%s: %d passages", tt.topic, len(d.Paragraphs))
		}
		for _, n := range tt.want {
			if !containsInt(d.Paragraphs, n) {
				t.Errorf("%s: ¶%d missing from %v", tt.topic, n, d.Paragraphs)
			}
		}
	}
	// a search's ranking is used when the topic's words are nowhere
	if d := Discuss(p, "zzz", []Ranked{{Paragraph: 3, Score: 2}, {Paragraph: 7, Score: 1}}); len(d.Paragraphs) != 1 || d.Paragraphs[0] != 3 {
		t.Errorf("ranking fallback: %v", d.Paragraphs)
	}
	if d := Discuss(p, "zzz", nil); len(d.Paragraphs) != 0 || len(d.Prompts) != 0 {
		t.Errorf("nothing on the topic, yet %+v", d)
	}
}

// TestDiscussPrompts: the prompts come from the passages (they quote them
// and cite their ¶), differ from topic to topic, and include a claim with
// its evidence, a tension between two passages and a position to take.
func TestDiscussPrompts(t *testing.T) {
	p := loadPaper(t)
	seen := map[string]string{}
	reCite := regexp.MustCompile(`¶(\d+)`)
	for _, topic := range []string{"drug trafficking", "US aid and democracy", "military bases", "human rights", "Russia and China",
		"the civil war", "9/11 cooperation", "the Northern Distribution Network", "Hillary Clinton's visits", "water and energy"} {
		d := Discuss(p, topic, nil)
		kinds := map[string]bool{}
		for _, pr := range d.Prompts {
			kinds[pr.Kind] = true
			if strings.Contains(pr.Text, "What does the paper claim, and on what evidence?") {
				t.Errorf("%s: the generic prompt", topic)
			}
			if other, dup := seen[pr.Text]; dup {
				t.Errorf("%s: the same prompt as %s: %q", topic, other, pr.Text)
			}
			seen[pr.Text] = topic
			for _, m := range reCite.FindAllStringSubmatch(pr.Text, -1) {
				n, _ := strconv.Atoi(m[1])
				if !containsInt(d.Paragraphs, n) {
					t.Errorf("%s: prompt cites ¶%d, not a passage (%v): %q", topic, n, d.Paragraphs, pr.Text)
				}
			}
			if pr.Kind != "position" && !strings.Contains(pr.Text, "“") {
				t.Errorf("%s: %s prompt quotes nothing: %q", topic, pr.Kind, pr.Text)
			}
		}
		if !kinds["claim"] || !kinds["position"] {
			t.Errorf("%s: prompts %v", topic, kinds)
		}
	}
	d := Discuss(p, "US aid and democracy", nil)
	var tension string
	for _, pr := range d.Prompts {
		if pr.Kind == "tension" {
			tension = pr.Text
		}
	}
	if tension == "" {
		t.Fatalf("no tension for aid and democracy: %+v", d.Prompts)
	}
	t.Logf("%v\n%s", d.Paragraphs, tension)
}
