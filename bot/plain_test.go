package bot

import (
	"strings"
	"testing"

	"paperbot/classroom"
	"paperbot/data"
)

// TestClassroomPlainList: the bot's timeline is in plain English with the
// paper's list (Config.Plain) and in the paper's own words without it.
func TestClassroomPlainList(t *testing.T) {
	plain, err := classroom.LoadPlain(data.Knowledge())
	if err != nil {
		t.Fatal(err)
	}
	e := engine(t)
	with, without := Offline(e, plain).Text("/timeline"), Offline(e, nil).Text("/timeline")
	if !strings.Contains(with, "devastating civil war") || strings.Contains(with, "common clash") {
		t.Errorf("with the list, the timeline keeps spun words:\n%s", with)
	}
	if !strings.Contains(without, "common clash") {
		t.Errorf("without the list, the timeline was rewritten:\n%s", without)
	}
}
