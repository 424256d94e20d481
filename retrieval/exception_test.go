package retrieval

import "testing"

// TestExceptionSentence: a sentence naming the question's subject as its
// exception ("All the Central Asian republics with the exclusion of
// Tajikistan linked NATO's PFP by mid-1994") does not answer about it;
// a question about the others is answered by it.
func TestExceptionSentence(t *testing.T) {
	checkBold(t, []boldCase{
		// Bolded the exception before (fit on every author, in-sample).
		{"when did tajikistan link up with nato's pfp", "February 2002"},
		{"When did Tajikistan enter NATO's PfP?", "February 2002"},
		{"when did the other central asian states join PfP", "mid-1994"},
		{"by when were all central asian states except tajikistan in PfP", "mid-1994"},
		// Right before, kept.
		{"When did Tajikistan sign up to NATO's Partnership for Peace programme?", "February 2002"},
		{"when was tajikistan admitted to the partnership for peace", "February 2002"},
		{"When did the rest of Central Asia join NATO's Partnership for Peace?", "mid-1994"},
		{"when did the remaining central asian countries join nato's pfp", "mid-1994"},
	})
}

// TestExcluded: the word after an exclusion phrase is the exception.
func TestExcluded(t *testing.T) {
	ix := loadIndex(t)
	for _, c := range []struct {
		text, want string // want "" for no exception
	}{
		{"All the Central Asian republics with the exclusion of Tajikistan linked NATO's PFP by mid-1994.", "tajikistan"},
		{"Every state except Uzbekistan signed.", "uzbekistan"},
		{"Aid went to all of them, apart from Russia.", "russia"},
		{"Tajikistan formally joined, in February 2002, the PFP program.", ""},
		{"Except for the war, it grew.", "war"},
	} {
		toks := ix.an.analyze(c.text, nil, nil, false)
		got := ""
		if ex := ix.excluded(c.text, toks); len(ex) > 0 {
			got = ix.names[ex[0]]
		}
		if got != c.want {
			t.Errorf("%q: exception %q, want %q", c.text, got, c.want)
		}
	}
}
