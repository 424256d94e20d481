package dashboard

import (
	"reflect"
	"testing"
)

func TestGroupWordings(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []Wording
		want [][]string // each group's wordings, groups most asked first
	}{
		{"empty", nil, nil},
		{
			"population, in several wordings, apart from GDP",
			[]Wording{
				{"What is the population of Tajikistan?", 5},
				{"What is Tajikistan's GDP?", 4},
				{"tajikistan population", 2},
				{"population of tajikistan today", 1},
				{"GDP of Tajikistan", 1},
			},
			[][]string{
				{"What is the population of Tajikistan?", "tajikistan population", "population of tajikistan today"},
				{"What is Tajikistan's GDP?", "GDP of Tajikistan"},
			},
		},
		{
			"filler around a question does not split it",
			[]Wording{
				{"Who is the president of Russia?", 3},
				{"quick question: who is the president of russia now", 2},
				{"hey, who is russia's president??", 1},
			},
			[][]string{{"Who is the president of Russia?", "quick question: who is the president of russia now", "hey, who is russia's president??"}},
		},
		{
			"one shared word is not enough",
			[]Wording{{"Is the paper peer reviewed?", 2}, {"When was the paper published?", 2}},
			[][]string{{"Is the paper peer reviewed?"}, {"When was the paper published?"}},
		},
		{
			"stop words alone stay apart",
			[]Wording{{"what?", 3}, {"why?", 2}, {"hello", 1}},
			[][]string{{"what?"}, {"why?"}, {"hello"}},
		},
		{
			"the order of the input does not matter",
			[]Wording{{"GDP of Tajikistan", 1}, {"tajikistan population", 2}, {"What is Tajikistan's GDP?", 4}, {"What is the population of Tajikistan?", 5}},
			[][]string{{"What is the population of Tajikistan?", "tajikistan population"}, {"What is Tajikistan's GDP?", "GDP of Tajikistan"}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			groups := GroupWordings(tc.in)
			var got [][]string
			for _, g := range groups {
				var ws []string
				n := 0
				for _, w := range g.Wordings {
					ws = append(ws, w.Question)
					n += w.Count
				}
				if g.Count != n || g.Question != ws[0] {
					t.Errorf("group %q: count %d, wordings sum to %d; first wording %q", g.Question, g.Count, n, ws[0])
				}
				got = append(got, ws)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("groups:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestContentTerms(t *testing.T) {
	for in, want := range map[string][]string{
		"What is the population of Tajikistan?": {"popul", "tajikistan"},
		"Tajikistan's POPULATION??":             {"popul", "tajikistan"},
		"hey, quick question: what's Dushanbe":  {"dushanb"},
		"":                                      nil,
	} {
		if got := contentTerms(in, map[string]string{}); !reflect.DeepEqual(got, want) {
			t.Errorf("contentTerms(%q) = %q, want %q", in, got, want)
		}
	}
}
