package retrieval

import "testing"

// TestActorMiss: a question whose subject is a third country is declined
// when the top hit's sentences name it only in a list of countries or not
// at all, and "was X ever finished" when they write no completion. Each
// declined case was answered with its rule off (the failure seen before
// the rule: authors 8, 10, 11 and 12 held out).
func TestActorMiss(t *testing.T) {
	ix := loadIndex(t)
	checkRuleCases(t, ix, []ruleCase{
		// "expanded relations with Iran, China, and Russia" lists Iran.
		{"what did iran give tajikistan in aid", ruleActor},
		{"what did iran think about the us being in tajikistan", ruleActor},
		{"does china have troops or a base in tajikistan", ruleActor},
		// "Afghanistan, China, Kyrgyzstan, Uzbekistan, and near to Pakistan".
		{"what did pakistan do to help the us after 9/11", ruleActor},
		// "US wanted to open a national preparing focus in Karatoga": a plan.
		{"was the karatog training center ever finished", ruleFinished},
		{"did the karatoga training center ever get finished", ruleFinished},
		// The paper's own parties need not be named ("It consented ..."),
		// and a third country the answer names on its own is its actor.
		{"what did tajikistan let us forces use right after 9/11", 0},
		{"what did uzbekistan offer the us after 9/11", 0},
		{"how did russia feel about us troops in central asia", 0},
		// Real questions the rule first declined (authors 1, 2, 5): the
		// paper's party in two words, a list of subjects, a country named
		// by another name of its class ("Uzbek authorities declined").
		{"when did the united states recognise tajikistan's independence", 0},
		{"do kazakhstan and kyrgyzstan share a border with afghanistan", 0},
		{"did uzbekistan allow combat aircraft to be based there openly", 0},
		{"did moscow agree to the us using tajik air bases", 0},
		// "Built by the U.S." writes the completion.
		{"how much did the us pay to build the bridge to afghanistan", 0},
	})
}

// TestSubjectCountry: the country a question names as its auxiliary's
// subject, canonical; none for a list of subjects or a country elsewhere.
func TestSubjectCountry(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct{ q, want string }{
		{"what did iran give tajikistan in aid", "iran"},
		{"does china have troops or a base in tajikistan", "china"},
		{"did moscow agree to the us using tajik air bases", "russia"},
		{"when did the united states recognise tajikistan's independence", "us"},
		{"do kazakhstan and kyrgyzstan share a border with afghanistan", ""},
		{"what aid did the us give", ""},
		{"why is china important to tajikistan", ""},
	} {
		if got := ix.subjectCountry(scan(c.q, nil)); got != c.want {
			t.Errorf("%q: subject %q, want %q", c.q, got, c.want)
		}
	}
}

// TestNamesAsActor: a sentence naming three third countries lists them;
// the paper's own parties are no list members, and any name of the
// country's class names it.
func TestNamesAsActor(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		text, country string
		want          bool
	}{
		{"Tajik leadership had expanded relations with Iran, China, and Russia.", "iran", false},
		{"Tajikistan borders Afghanistan, China, Kyrgyzstan, Uzbekistan, and near to Pakistan.", "pakistan", false},
		{"Uzbek authorities declined to permit combat aircraft.", "uzbekistan", true},
		{"In the wake of Russian views, Tajikistan opened its airspace to U.S. forces.", "russia", true},
		{"American troops could use the Khujand airbase.", "china", false},
	} {
		if got := ix.namesAsActor(c.text, c.country); got != c.want {
			t.Errorf("%q in %q: %v, want %v", c.country, c.text, got, c.want)
		}
	}
}
