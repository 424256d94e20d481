package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Asked is one question put to the bot.
type Asked struct {
	AnswerID   string // the bot's answer to it (e.g. the interaction id), for votes; may be empty
	Guild      string // "" for a question asked in a DM
	User       string
	Question   string
	Answered   bool  // whether the paper answered it
	Paragraph  int   // the paragraph (¶) of the answer; 0 when unanswered
	Paragraphs []int // the ¶ of every passage the answer offered (its hits, in order): the ones a vote may name
	At         time.Time
}

// LogQuestion records a question asked, for the report, and the answer it
// got, for votes on it; the teacher's page's counters in the same
// transaction.
func (s *Store) LogQuestion(ctx context.Context, q Asked) error {
	if strings.TrimSpace(q.Question) == "" {
		return errors.New("log question: empty question")
	}
	paras := ""
	if len(q.Paragraphs) > 0 {
		js, err := json.Marshal(q.Paragraphs)
		if err != nil {
			return fmt.Errorf("log question: %w", err)
		}
		paras = string(js)
	}
	at := unixNano(q.At)
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `
INSERT INTO questions (guild, user_id, question, norm, answered, paragraph, at, answer_id, paragraphs)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			q.Guild, q.User, tidy(q.Question), Normalize(q.Question), boolInt(q.Answered), q.Paragraph, at, q.AnswerID, paras)
		if err != nil {
			return err
		}
		return countQuestion(ctx, tx, s.prep, q, at)
	})
	if err != nil {
		return fmt.Errorf("log question: %w", err)
	}
	return nil
}

// questionForSQL: see votableSQL for the "answer_id <> ”".
const questionForSQL = `
SELECT question, paragraph FROM questions WHERE answer_id = ? AND answer_id <> '' ORDER BY id LIMIT 1`

// QuestionFor returns the question that got answer answerID, and the
// paragraph the answer quoted; ok is false when none was logged.
func (s *Store) QuestionFor(ctx context.Context, answerID string) (question string, paragraph int, ok bool, err error) {
	if answerID == "" {
		return "", 0, false, nil
	}
	err = s.rd.QueryRowContext(ctx, questionForSQL, answerID).Scan(&question, &paragraph)
	if errors.Is(err, sql.ErrNoRows) {
		return "", 0, false, nil
	}
	if err != nil {
		return "", 0, false, fmt.Errorf("question for answer %s: %w", answerID, err)
	}
	return question, paragraph, true, nil
}

// Normalize is the form under which questions are grouped in reports: lower
// case, runs of white space collapsed to one space, leading and trailing
// space and trailing '?', '!' and '.' removed.
func Normalize(q string) string {
	return strings.TrimRight(strings.ToLower(tidy(q)), "?!. ")
}

// tidy collapses white space, keeping the wording and case.
func tidy(q string) string { return strings.Join(strings.Fields(q), " ") }

// Count is one line of a report: a question (the first wording asked, white
// space collapsed), the paragraph concerned and how many times.
type Count struct {
	Question  string `json:"question"`
	Paragraph int    `json:"paragraph"` // MostAsked: ¶ of the latest answer (0 if never answered); Unanswered: 0; NotHelpful: the ¶ voted on
	Count     int    `json:"count"`
}

// Report is what the teacher reads.
type Report struct {
	MostAsked  []Count `json:"most_asked"`  // questions by times asked
	Unanswered []Count `json:"unanswered"`  // questions the paper did not answer, by times asked
	NotHelpful []Count `json:"not_helpful"` // question and paragraph pairs, by not-helpful votes
	Questions  int     `json:"questions"`   // questions asked in all
	Votes      int     `json:"votes"`       // votes in all
	Helpful    int     `json:"helpful"`     // of Votes, those that found the answer helpful
}

// DirectMessages is the guild value that makes ReportGuild report only the
// questions asked and votes cast in direct messages (stored with guild "").
// Guild ids are numeric snowflakes, so it names no server.
const DirectMessages = "dm"

// Report summarises all servers (DMs apart): see ReportGuild.
func (s *Store) Report(ctx context.Context, limit int) (Report, error) {
	return s.ReportGuild(ctx, "", limit)
}

// ReportGuild summarises one guild; all servers when guild is "", never
// counting questions asked in DMs; only those asked in DMs when guild is
// DirectMessages. Questions are grouped by Normalize; each list has at
// most limit lines (all when limit <= 0), most first, ties by normalised
// question then paragraph. The whole report is read from one snapshot.
func (s *Store) ReportGuild(ctx context.Context, guild string, limit int) (Report, error) {
	if limit <= 0 {
		limit = noLimit
	}
	// One statement per list serves every scope: ?1 is the guild, and the
	// operator says whether rows must be in it or outside it.
	where := `guild = ?1`
	switch guild {
	case "":
		where = `guild <> ?1` // every server: not the DMs
	case DirectMessages:
		guild = ""
	}
	var r Report
	tx, err := s.rd.BeginTx(ctx, s.readTx())
	if err != nil {
		return Report{}, fmt.Errorf("report: %w", err)
	}
	defer tx.Rollback()

	// The first wording asked: see firstOf.
	r.MostAsked, err = counts(ctx, tx, `
SELECT `+s.engine.firstOf("question", "id")+`, MIN(id),
       COALESCE((SELECT paragraph FROM questions q2
                 WHERE q2.norm = q.norm AND q2.answered = 1 AND q2.`+where+`
                 ORDER BY q2.id DESC LIMIT 1), 0),
       COUNT(*) AS n
FROM questions q WHERE q.`+where+`
GROUP BY norm ORDER BY n DESC, norm ASC LIMIT ?2`, guild, limit)
	if err != nil {
		return Report{}, fmt.Errorf("report: most asked: %w", err)
	}
	r.Unanswered, err = counts(ctx, tx, `
SELECT `+s.engine.firstOf("question", "id")+`, MIN(id), 0, COUNT(*) AS n
FROM questions WHERE answered = 0 AND `+where+`
GROUP BY norm ORDER BY n DESC, norm ASC LIMIT ?2`, guild, limit)
	if err != nil {
		return Report{}, fmt.Errorf("report: unanswered: %w", err)
	}
	r.NotHelpful, err = counts(ctx, tx, `
SELECT `+s.engine.firstOf("question", "at")+`, MIN(at), paragraph, COUNT(*) AS n
FROM votes WHERE helpful = 0 AND `+where+`
GROUP BY norm, paragraph ORDER BY n DESC, norm ASC, paragraph ASC LIMIT ?2`, guild, limit)
	if err != nil {
		return Report{}, fmt.Errorf("report: not helpful: %w", err)
	}
	err = tx.QueryRowContext(ctx, `
SELECT (SELECT COUNT(*) FROM questions WHERE `+where+`),
       (SELECT COUNT(*) FROM votes WHERE `+where+`),
       (SELECT COUNT(*) FROM votes WHERE helpful = 1 AND `+where+`)`, guild).
		Scan(&r.Questions, &r.Votes, &r.Helpful)
	if err != nil {
		return Report{}, fmt.Errorf("report: totals: %w", err)
	}
	return r, nil
}

// counts runs a query whose rows are (question, ignored, paragraph, count).
func counts(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]Count, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Count
	for rows.Next() {
		var c Count
		var ignored int64
		if err := rows.Scan(&c.Question, &ignored, &c.Paragraph, &c.Count); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
