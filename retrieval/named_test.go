package retrieval

import "testing"

// TestLacksForm: a question asking what the paper cannot hold by its form
// is declined: the name of a thing the answer does not name, a measure in
// a unit the paper never writes, a thing ("the unemployment rate", "the
// biggest city") the paper never writes, "how much" of a thing with no
// number beside it, whether something "still" holds today.
// Questions of the same shapes that the paper does answer stay answered.
func TestLacksForm(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		q    string
		want bool // answered
	}{
		{"what was the name of the american air base in kyrgyzstan", false},
		{"what was the american operation in afghanistan after 9/11 called", false},
		{"what is the name of the russian airbase in tajikistan", false},
		{"what's the name of russia's military base in tajikistan", false},
		{"what is the russian army base in tajikistan called", false},
		{"what is the name of tajikistan's biggest aluminium plant", false},
		{"how long is the tajik afghan border in km", false},
		{"how many tons of aluminium does tajikistan export", false},
		{"what is the infant mortality rate in tajikistan", false},
		{"what is the biggest city in tajikistan", false},
		{"how much cotton does tajikistan grow each year", false},
		{"how much electricity does tajikistan sell to afghanistan", false},
		{"is the karatoga training center still open", false},
		{"does the US still use the Kulyab airbase", false},
		// The same shapes, answered by the paper.
		{"what is the name of the airbase the French military could use", true},
		{"how long is the IPP agreed for", true},
		{"what was the total trade volume between the US and tajikistan", true},
		{"what time span does the study cover", true},
		{"how much money did the US put into the bridge over the pyanj", true},
		{"how much aid did the US give for economic growth", true},
		{"was the human rights situation in tajikistan still bad in 2012", true},
		{"why did tajikistan build ties with the US while still keeping russia close", true},
	} {
		if got := ix.Search(c.q, 1).Answered; got != c.want {
			t.Errorf("%q: answered %v, want %v", c.q, got, c.want)
		}
	}
}

// TestNameHead: the thing whose name is asked, and none where no name is.
func TestNameHead(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"what is the name of the russian military base in tajikistan", "base"},
		{"what's the name of tajikistan's big aluminium plant?", "plant"},
		{"what was the US military operation in Afghanistan called?", "operation"},
		{"what is the karatoga centre called", "centre"},
		{"who called tajikistan a reliable partner", ""},
		{"what is the population of tajikistan", ""},
	} {
		raw := scan(c.q, nil)
		got := ""
		if _, h := nameHead(raw); h >= 0 {
			got = raw[h].text
		}
		if got != c.want {
			t.Errorf("%q: head %q, want %q", c.q, got, c.want)
		}
	}
}

// TestAsksStill: "still" in the present tense asks about today; in the
// past, or with a year, it does not.
func TestAsksStill(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"is the karatoga training center still open", true},
		{"are there still american troops in tajikistan", true},
		{"does russia still keep soldiers there", true},
		{"was the human rights situation still bad in 2012", false},
		{"is the situation still bad in 2012", false},
		{"why did tajikistan build ties with the US while still keeping russia close", false},
		{"is the IPP a NATO program", false},
	} {
		if got := asksStill(scan(c.q, nil)); got != c.want {
			t.Errorf("%q: still %v, want %v", c.q, got, c.want)
		}
	}
}
