package retrieval

import "testing"

// TestWhatAboutSentence: "what did X and Y talk about" is shown the
// sentence holding the verb asked about ("Discussions focused on ..."),
// after the one that names the meeting.
func TestWhatAboutSentence(t *testing.T) {
	checkBold(t, []boldCase{
		{"what did rahmon and bush talk about", "Discussions focused on"},
		{"What did Rahmon and the American officials talk about in Washington?", "Discussions focused on"},
		{"what did the presidents talk abt in december 2002", "Discussions focused on"},
	})
}
