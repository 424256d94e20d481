package retrieval

import "testing"

// TestIsList: a sentence enumerating items answers "what areas", "which
// countries"; a clause between commas is no item.
func TestIsList(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Tajikistan had no large-scale resources of oil or gas; it was rich in coal, marble, gold, silver, tungsten, lead, uranium and zinc.", true},
		{"US exports to Tajikistan were mainly poultry, pharmaceutical preparations, and meat, imports from Tajikistan being precious, semiprecious, and imitation gems, fruits and household goods.", true},
		{"Tajik leadership had expanded relations with Iran, China, and Russia, with which it had friendly and growing ties.", true},
		{"America energized the Central Asians joins with the OSCE, the EU, and NATO.", true},
		{"As the U.S. started bombing Afghanistan after 9/11, its interest in the adjacent countries, including Tajikistan, augmented.", false},
		{"Tajikistan's foreign policy was activated, its relations with Western and Asian countries expanded.", false},
		{"After color revolutions Tajik govt. had several concerns about American activities and after that, their relations were strained.", false},
		{"United States had put over $1 billion in Tajikistan. (US Embassy in Tajikistan, 2006, p. 3, 4)", false},
		{"", false},
	} {
		if got := isList(c.s); got != c.want {
			t.Errorf("isList(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestAsksItems: the items asked for stand after adjectives ("what
// natural resources"), "kind of" ("what kind of agreements") and "list"
// or "name" at the start ("list the areas"); a question asking for one
// thing, or ending early, asks for none.
func TestAsksItems(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"what natural resources is tajikistan rich in", true},
		{"list the areas the consultations cover", true},
		{"name the bodies that directed the support", true},
		{"what kind of agreements were signed", true},
		{"which countries border tajikistan", true},
		{"what are the main areas of cooperation", true},
		{"main areas of NATO-Tajik cooperation?", true},
		{"what is the capital", false},
		{"when did tajikistan join", false},
		{"what kind", false},
		{"list", false},
		{"the", false},
	} {
		if got := ix.asksItems(scan(c.q, nil)); got != c.want {
			t.Errorf("asksItems(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}
