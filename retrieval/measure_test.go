package retrieval

import "testing"

// TestMeasureMiss: a question asking a measure ("how long is"), a sum
// paid or what was had in return is declined by its rule when the
// answer's sentences give none; the same kinds of question the paper
// answers stay answered. Each declined case is answered with its rule
// off (the failure seen before the rule).
func TestMeasureMiss(t *testing.T) {
	ix := loadIndex(t)
	checkRuleCases(t, ix, []ruleCase{
		// The paper tells of the border and the bridge, never their length.
		{"how long is the frontier between tajikistan and afghanistan", ruleMeasure},
		{"how long was the bridge over the pyanj", ruleMeasure},
		// "a two-year period" is a duration.
		{"for how long was the individual partnership programme with nato agreed", 0},
		{"how big was tajikistan's military", ruleMeasure},
		// The French used Kulyab; no sum is written beside it.
		{"how much did the french military pay for using kulyab", rulePay},
		{"how much did america pay to construct the pyanj bridge", 0},
		{"what did moscow receive in exchange for the american bases", ruleReturn},
	})
}

// TestMeasureAsked: "how long is X" asks a measure of a thing; "how long
// did it last" and "how many" do not.
func TestMeasureAsked(t *testing.T) {
	for _, c := range []struct {
		q, want string
	}{
		{"how long is the border", "long"},
		{"how big was the army", "big"},
		{"how old is the president", "old"},
		{"how long did the ban last", ""},
		{"how many bases were there", ""},
	} {
		if got := measureAsked(scan(c.q, nil)); got != c.want {
			t.Errorf("%q: %q, want %q", c.q, got, c.want)
		}
	}
}

// TestHasWordFrom: a word's beginning, not its middle, matches.
func TestHasWordFrom(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"for a two-year period", true},
		{"an eight-year-old ban", true},
		{"subsidized $36 million", true},
		{"Today, the ministry", false},  // "day" inside a word
		{"the parameters of it", false}, // "meter" inside a word
	} {
		if got := hasWordFrom(c.text, []string{"$", "year", "day", "meter"}); got != c.want {
			t.Errorf("hasWordFrom(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
