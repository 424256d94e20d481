package retrieval

import "testing"

// TestWhyConsequenceSentence: "why did X do it", when the sentence telling
// it follows from the one before ("Tajikistan then dedicated to joining
// NATO's Partnership for Peace"), is shown that one: it gives the reason.
func TestWhyConsequenceSentence(t *testing.T) {
	checkBold(t, []boldCase{
		// Shown the consequence before.
		{"why did tajikistan decide to join PfP", "With consolation from the U.S"},
		{"Why did Tajikistan commit itself to NATO's Partnership for Peace?", "With consolation from the U.S"},
	})
}

func TestIsConsequence(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Tajikistan then dedicated to joining NATO's Partnership for Peace Program.", true},
		{"As a result, its partnership with Russia was reduced.", true},
		{"Thus the border stayed open.", true},
		{"Tajikistan formally joined, in February 2002, the PFP program.", false},
	} {
		if got := isConsequence(c.s); got != c.want {
			t.Errorf("isConsequence(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
