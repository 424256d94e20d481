package bot

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"paperbot/classroom"
)

// TestQuizLongChoicesListed: a button holds 80 characters; a choice longer
// than that (the act items: "Signed the establishment of Annual Bilateral
// Consultation with each Central Asian state") is cut on its button, so the
// message lists every choice whole. Short choices are not repeated.
func TestQuizLongChoicesListed(t *testing.T) {
	long := "Signed the establishment of Annual Bilateral Consultation with each Central Asian state"
	r := quizMessage(classroom.Quiz{ID: "x", Question: "What did the United States do in 2009?",
		Choices: [4]string{"Lifted an arms embargo", long, "Opened an embassy", "Raised human rights"}})
	if !strings.Contains(r.content, "**B.** "+long) || !strings.Contains(r.content, "**A.** Lifted an arms embargo") {
		t.Errorf("long choice not listed whole: %q", r.content)
	}
	row := r.components[0].(discordgo.ActionsRow)
	if l := row.Components[1].(discordgo.Button).Label; utf8.RuneCountInString(l) > 80 || !strings.HasSuffix(l, "…") {
		t.Errorf("button label %q", l)
	}
	short := quizMessage(classroom.Quiz{ID: "y", Question: "Which?", Choices: [4]string{"Russia", "China", "Iran", "India"}})
	if strings.Contains(short.content, "**A.**") {
		t.Errorf("short choices listed in the message: %q", short.content)
	}
}

// TestQuizNoteShown: an item's note (how the paper spells a name the stem
// writes another way) is in the message, under the stem; an item without
// one adds no empty line.
func TestQuizNoteShown(t *testing.T) {
	q := classroom.Quiz{ID: "x", Question: "What did President Rahmon call participation in the programme?",
		Choices: [4]string{"A", "B", "C", "D"}, Note: `The paper writes Rahmon as "Rakhmonov" here.`}
	r := quizMessage(q)
	if !strings.HasPrefix(r.content, "**Quiz:** "+q.Question+"\n*The paper writes Rahmon as \"Rakhmonov\" here.*\n") {
		t.Errorf("note not under the stem: %q", r.content)
	}
	q.Note = ""
	if r := quizMessage(q); strings.Contains(r.content, "\n**\n") || strings.Contains(r.content, "\n\n") {
		t.Errorf("empty note line: %q", r.content)
	}
}
