package retrieval

import "testing"

// TestHowVerbSentence: "how did X respond", "how were X perceived" is
// answered by the sentence holding the verb asked about ("It condemned
// those attacks", "These were widely perceived as ..."), not by its
// neighbour holding the rest of the question.
func TestHowVerbSentence(t *testing.T) {
	checkBold(t, []boldCase{
		// Bolded the neighbour before (fit on every author, in-sample).
		{"How did Tajikistan respond to the September 11 attacks?", "It condemned those attacks"},
		{"how were the colour revolutions perceived in central asia", "These were widely perceived"},
		// Right before, kept.
		{"how did tajikistan react to 9/11", "It condemned those attacks"},
		{"how did dushanbe respond to september 11", "It condemned those attacks"},
	})
}
