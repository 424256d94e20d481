// Package dashboard is the teacher's page: how one server's class engages
// with the paper (where in the paper answers land, what the paper could not
// answer, which answers were voted not helpful, quiz results), served as one
// server-rendered HTML page with inline SVG charts and CSV/JSON downloads,
// behind a signed link that expires. It reads through Source, so it knows
// nothing of SQL or Discord.
package dashboard

import "context"

// Source is what the page reads for one server (guild id). Every method
// returns aggregates, never raw events, so a database can answer each with
// one grouped query. Rows may come in any order; the page sorts them.
type Source interface {
	// Paragraphs returns, for each ¶ that any answer quoted or any vote
	// concerns, how many answered questions landed there and the votes
	// on answers that quoted it. ¶ nobody reached may be left out.
	Paragraphs(ctx context.Context, guild string) ([]ParagraphStat, error)
	// ParagraphQuestions returns, for each ¶, the wordings of the answered
	// questions whose answer quoted it (grouped as store.Normalize
	// groups them), at most perParagraph per ¶, most asked first.
	ParagraphQuestions(ctx context.Context, guild string, perParagraph int) ([]ParagraphQuestion, error)
	// Days returns the questions asked per UTC day, answered and not,
	// for the days with any.
	Days(ctx context.Context, guild string) ([]Day, error)
	// Unanswered returns the wordings of the questions the paper did not
	// answer (grouped by store.Normalize), at most limit, most asked
	// first; the page groups similar wordings further.
	Unanswered(ctx context.Context, guild string, limit int) ([]Wording, error)
	// NotHelpful returns the (question, ¶) pairs voted Not helpful, at
	// most limit, most votes first.
	NotHelpful(ctx context.Context, guild string, limit int) ([]NotHelpfulStat, error)
	// QuizItems returns, for each quiz answered on the server, how many
	// first answers it got and how many were right.
	QuizItems(ctx context.Context, guild string) ([]QuizStat, error)
	// Students returns the most active students of the server (by
	// questions asked plus quizzes answered, ties by user id), at most
	// limit (all when limit <= 0): the page shows the first hundred of
	// thousands, so it never reads every student. Name is the Discord
	// display name when the store has it; the page shows it only when
	// ShowNames is true.
	Students(ctx context.Context, guild string, limit int) ([]Student, error)
	// Class returns the aggregates over every student of the server:
	// participation and the quiz takers grouped by score.
	Class(ctx context.Context, guild string) (Class, error)
	// ShowNames reports the server's setting "show display names": off
	// (the default) shows pseudonyms only.
	ShowNames(ctx context.Context, guild string) (bool, error)
}

// ParagraphStat is the activity on one ¶.
type ParagraphStat struct {
	Paragraph  int `json:"paragraph"`
	Answers    int `json:"answers"`     // answered questions whose answer quoted this ¶
	Helpful    int `json:"helpful"`     // Helpful votes on answers that quoted it
	NotHelpful int `json:"not_helpful"` // Not helpful votes on answers that quoted it
}

// ParagraphQuestion is one wording of the questions that led to a ¶.
type ParagraphQuestion struct {
	Paragraph int    `json:"paragraph"`
	Question  string `json:"question"` // the first wording asked, white space collapsed
	Count     int    `json:"count"`
}

// Day is the questions asked on one UTC day.
type Day struct {
	Date       string `json:"date"` // YYYY-MM-DD, UTC
	Answered   int    `json:"answered"`
	Unanswered int    `json:"unanswered"`
}

// Wording is one wording of a question (all questions that normalise to
// it) and how often it was asked.
type Wording struct {
	Question string `json:"question"`
	Count    int    `json:"count"`
}

// NotHelpfulStat is one question and the ¶ its answer gave, voted Not
// helpful Votes times.
type NotHelpfulStat struct {
	Question  string `json:"question"`
	Paragraph int    `json:"paragraph"`
	Votes     int    `json:"votes"`
}

// QuizStat is one quiz item's first answers on a server.
type QuizStat struct {
	QuizID   string `json:"quiz_id"`
	Answered int    `json:"answered"`
	Right    int    `json:"right"`
}

// Student is one user's activity on a server. User is the Discord user id:
// the page never shows it, only a pseudonym made from it (see Pseudonym).
type Student struct {
	User         string `json:"-"`
	Name         string `json:"-"`
	Asked        int    `json:"asked"`
	QuizAnswered int    `json:"quiz_answered"` // first answers
	QuizRight    int    `json:"quiz_right"`    // first answers that were right: the leaderboard's points
}

// Class is a server's students taken together: who takes part, and the
// quiz takers grouped by how many first answers they gave and how many
// were right (a few hundred groups at most: the quiz has a few dozen
// items), from which the page draws the score distribution and the median.
type Class struct {
	Students int         `json:"students"` // who asked or answered anything
	Askers   int         `json:"askers"`   // who asked at least one question
	Quiz     []QuizGroup `json:"quiz"`     // quiz takers, any order
}

// QuizGroup is how many students gave Answered first answers to quizzes,
// Right of them right (Answered > 0).
type QuizGroup struct {
	Answered int `json:"answered"`
	Right    int `json:"right"`
	Students int `json:"students"`
}
