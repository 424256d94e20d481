package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"
)

// Vote is a user's verdict on one of the bot's answers.
type Vote struct {
	AnswerID  string // the answer voted on (the AnswerID it was logged with)
	Guild     string // "" in a DM
	User      string
	Question  string // the question the answer was for; "" takes the logged one
	Paragraph int    // the paragraph (¶) voted on: one of the passages the answer offered
	Helpful   bool
	At        time.Time // zero means now
}

// ErrUnknownAnswer is why Vote refuses a vote on an answer the bot never
// gave: an answer id never logged with LogQuestion, logged for another
// guild, or a paragraph that is not among the answer's passages. Button
// ids come from the client and can be forged; this keeps forged votes out
// of the report.
var ErrUnknownAnswer = errors.New("no such answer")

// Vote records a vote on an answer logged with LogQuestion, for one of the
// paragraphs it offered (Asked.Paragraphs; for rows logged without them,
// its top paragraph), from the guild it was given in; any other vote fails
// with ErrUnknownAnswer. Each user has one vote per answer: the first
// counts, later ones return recorded=false and change nothing. The check
// and the insert are one transaction.
func (s *Store) Vote(ctx context.Context, v Vote) (recorded bool, err error) {
	if v.AnswerID == "" || v.User == "" {
		return false, errors.New("vote: answer id and user are required")
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		question, err := votable(ctx, tx.StmtContext(ctx, s.prep.votable), v)
		if err != nil {
			return err
		}
		if v.Question != "" {
			question = v.Question
		}
		res, err := tx.StmtContext(ctx, s.prep.vote).ExecContext(ctx,
			v.AnswerID, v.User, v.Guild, tidy(question), Normalize(question), v.Paragraph, boolInt(v.Helpful), unixNano(v.At))
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil || n != 1 {
			return err
		}
		recorded = true
		return countVote(ctx, tx, v.Guild, question, v.Paragraph, v.Helpful)
	})
	if err != nil {
		return false, fmt.Errorf("vote: %w", err)
	}
	return recorded, nil
}

// votableSQL finds the answers logged under an answer id (normally one).
// "answer_id <> ”" lets SQLite use the partial index questions_by_answer;
// without it the look-up scans the table.
const votableSQL = `
SELECT guild, question, paragraph, paragraphs FROM questions
WHERE answer_id = ? AND answer_id <> '' ORDER BY id`

// voteSQL stores a user's first vote on an answer; a later one changes
// nothing.
const voteSQL = `
INSERT INTO votes (answer_id, user_id, guild, question, norm, paragraph, helpful, at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (answer_id, user_id) DO NOTHING`

// votable checks, with find (votableSQL), that v names a logged answer of
// v's guild and one of its paragraphs, and returns that answer's question.
func votable(ctx context.Context, find *sql.Stmt, v Vote) (question string, err error) {
	rows, err := find.QueryContext(ctx, v.AnswerID)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	logged, here := false, false
	for rows.Next() {
		var guild, q, paras string
		var top int
		if err := rows.Scan(&guild, &q, &top, &paras); err != nil {
			return "", err
		}
		logged = true
		if guild != v.Guild {
			continue
		}
		here = true
		offered, err := offeredParagraphs(top, paras)
		if err != nil {
			return "", fmt.Errorf("answer %s: %w", v.AnswerID, err)
		}
		if slices.Contains(offered, v.Paragraph) {
			return q, nil
		}
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	switch {
	case !logged:
		return "", fmt.Errorf("%w: answer %s was never given", ErrUnknownAnswer, v.AnswerID)
	case !here:
		return "", fmt.Errorf("%w: answer %s was given elsewhere", ErrUnknownAnswer, v.AnswerID)
	}
	return "", fmt.Errorf("%w: answer %s offered no ¶%d", ErrUnknownAnswer, v.AnswerID, v.Paragraph)
}

// offeredParagraphs decodes a questions row's paragraphs column; a row
// logged without them offered only its top paragraph (none when it was
// not answered).
func offeredParagraphs(top int, paras string) ([]int, error) {
	if paras == "" {
		if top > 0 {
			return []int{top}, nil
		}
		return nil, nil
	}
	var ps []int
	if err := json.Unmarshal([]byte(paras), &ps); err != nil {
		return nil, fmt.Errorf("paragraphs %q: %w", paras, err)
	}
	return ps, nil
}
