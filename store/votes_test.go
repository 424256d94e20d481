package store

import (
	"errors"
	"testing"
)

// TestVoteOnlyOnRealAnswers: a vote counts only on an answer that was
// logged, in the guild it was given in, for one of the paragraphs it
// offered; forged ids (made-up answers, ¶99999, another server's answer)
// fail with ErrUnknownAnswer and leave nothing behind. A refused vote is
// not a failed write.
func TestVoteOnlyOnRealAnswers(t *testing.T) { forEachEngine(t, testVoteOnlyOnRealAnswers) }

func testVoteOnlyOnRealAnswers(t *testing.T, dsn string) {
	ctx := testCtx(t)
	s := openTest(t, dsn)
	for _, q := range []Asked{
		{AnswerID: "a1", Guild: "g", User: "asker", Question: "Who opened the embassy?", Answered: true, Paragraph: 4, Paragraphs: []int{4, 9, 12}},
		{AnswerID: "old", Guild: "g", User: "asker", Question: "When?", Answered: true, Paragraph: 7}, // logged before paragraphs were
		{AnswerID: "dm1", Guild: "", User: "asker", Question: "Why?", Answered: true, Paragraph: 2, Paragraphs: []int{2, 3}},
		{AnswerID: "none", Guild: "g", User: "asker", Question: "Cheese?"}, // not answered
	} {
		if err := s.LogQuestion(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name string
		v    Vote
		ok   bool // recorded; false with refused means ErrUnknownAnswer
	}{
		{"top passage", Vote{AnswerID: "a1", Guild: "g", User: "u1", Paragraph: 4}, true},
		{"third passage", Vote{AnswerID: "a1", Guild: "g", User: "u2", Paragraph: 12}, true},
		{"passage not offered", Vote{AnswerID: "a1", Guild: "g", User: "u3", Paragraph: 5}, false},
		{"paragraph 99999", Vote{AnswerID: "a1", Guild: "g", User: "u3", Paragraph: 99999}, false},
		{"made-up answer id", Vote{AnswerID: "1234567890", Guild: "g", User: "u3", Paragraph: 4}, false},
		{"another server's answer", Vote{AnswerID: "a1", Guild: "h", User: "u3", Paragraph: 4}, false},
		{"a server's answer from a DM", Vote{AnswerID: "a1", Guild: "", User: "u3", Paragraph: 4}, false},
		{"old row: its top paragraph", Vote{AnswerID: "old", Guild: "g", User: "u1", Paragraph: 7}, true},
		{"old row: another paragraph", Vote{AnswerID: "old", Guild: "g", User: "u2", Paragraph: 8}, false},
		{"unanswered question", Vote{AnswerID: "none", Guild: "g", User: "u1", Paragraph: 0}, false},
		{"DM answer", Vote{AnswerID: "dm1", Guild: "", User: "u1", Paragraph: 3}, true},
		{"DM answer from a server", Vote{AnswerID: "dm1", Guild: "g", User: "u2", Paragraph: 3}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.v.Helpful = false
			ok, err := s.Vote(ctx, tc.v)
			switch {
			case tc.ok && (err != nil || !ok):
				t.Fatalf("Vote(%+v) = %v %v, want recorded", tc.v, ok, err)
			case !tc.ok && (ok || !errors.Is(err, ErrUnknownAnswer)):
				t.Fatalf("Vote(%+v) = %v %v, want ErrUnknownAnswer", tc.v, ok, err)
			}
		})
	}
	// One vote per user per answer: the first counts, even on another of
	// its passages.
	if ok, err := s.Vote(ctx, Vote{AnswerID: "a1", Guild: "g", User: "u1", Paragraph: 9, Helpful: true}); err != nil || ok {
		t.Fatalf("second vote on a1: %v %v", ok, err)
	}
	rep, err := s.Report(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Votes != 3 || rep.Helpful != 0 {
		t.Fatalf("server votes %d (helpful %d), want the 3 recorded", rep.Votes, rep.Helpful)
	}
	// The question is the logged one when the vote carries none.
	if want := []Count{{"When?", 7, 1}, {"Who opened the embassy?", 4, 1}, {"Who opened the embassy?", 12, 1}}; len(rep.NotHelpful) != 3 ||
		rep.NotHelpful[0] != want[0] || rep.NotHelpful[1] != want[1] || rep.NotHelpful[2] != want[2] {
		t.Fatalf("not helpful %+v, want %+v", rep.NotHelpful, want)
	}
	if dm, err := s.ReportGuild(ctx, DirectMessages, 0); err != nil || dm.Votes != 1 {
		t.Fatalf("DM votes: %+v %v", dm, err)
	}
	if n := s.WriteFailures(); n != 0 {
		t.Fatalf("refused votes counted as %d failed writes", n)
	}
	if err := s.Check(ctx); err != nil {
		t.Fatalf("Check after refused votes: %v", err)
	}
}
