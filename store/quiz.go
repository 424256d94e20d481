package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// QuizAnswer is one user's answer to one quiz question in one guild.
type QuizAnswer struct {
	Guild   string
	QuizID  string
	User    string
	Choice  int
	Correct bool
	At      time.Time // zero means now
}

// RecordAnswer stores a user's answer to a quiz. Only each user's first
// answer to a quiz (per guild) counts: a later one returns first=false and
// changes nothing, even when both arrive at the same moment.
func (s *Store) RecordAnswer(ctx context.Context, a QuizAnswer) (first bool, err error) {
	if a.Guild == "" || a.QuizID == "" || a.User == "" {
		return false, errors.New("record answer: guild, quiz id and user are required")
	}
	res, err := s.db.ExecContext(ctx, `
INSERT INTO quiz_answers (guild, quiz_id, user_id, choice, correct, at)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (guild, quiz_id, user_id) DO NOTHING`,
		a.Guild, a.QuizID, a.User, a.Choice, boolInt(a.Correct), unixNano(a.At))
	if err != nil {
		return false, fmt.Errorf("record answer: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("record answer: %w", err)
	}
	return n == 1, nil
}

// Score is a user's standing in a guild's quizzes.
type Score struct {
	User     string
	Points   int       // correct first answers
	Answered int       // quizzes answered (first answers only)
	LastWin  time.Time // when the user's latest correct answer was given; zero if none
}

// scoresSQL lists a guild's scores in leaderboard order, with ROW_NUMBER as
// the 1-based rank.
//
// The tie rule, in order:
//  1. more points first;
//  2. fewer quizzes answered first (the same points with fewer tries is the
//     better record);
//  3. the one who reached the score first: earlier latest correct answer;
//  4. user id, ascending, so the order is total and stable.
const scoresSQL = `
WITH s AS (
	SELECT user_id,
	       SUM(correct) AS points,
	       COUNT(*) AS answered,
	       COALESCE(MAX(CASE WHEN correct = 1 THEN at END), 0) AS last_win
	FROM quiz_answers
	WHERE guild = ?
	GROUP BY user_id
)
SELECT ROW_NUMBER() OVER (ORDER BY points DESC, answered ASC, last_win ASC, user_id ASC) AS rank,
       user_id, points, answered, last_win
FROM s`

// Leaderboard returns the guild's best scores, best first, at most limit of
// them (all when limit <= 0). See scoresSQL for the tie rule: points desc,
// then answered asc, then earliest latest-correct-answer time, then user id.
func (s *Store) Leaderboard(ctx context.Context, guild string, limit int) ([]Score, error) {
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	rows, err := s.db.QueryContext(ctx, scoresSQL+` ORDER BY rank LIMIT ?`, guild, limit)
	if err != nil {
		return nil, fmt.Errorf("leaderboard: %w", err)
	}
	defer rows.Close()
	var out []Score
	for rows.Next() {
		var rank int
		sc, err := scanScore(rows, &rank)
		if err != nil {
			return nil, fmt.Errorf("leaderboard: %w", err)
		}
		out = append(out, sc)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("leaderboard: %w", err)
	}
	return out, nil
}

// Rank returns the user's 1-based place in the guild's leaderboard (same
// order as Leaderboard) and score. A user with no answers has rank 0 and a
// zero score.
func (s *Store) Rank(ctx context.Context, guild, user string) (rank int, sc Score, err error) {
	row := s.db.QueryRowContext(ctx, `SELECT * FROM (`+scoresSQL+`) WHERE user_id = ?`, guild, user)
	sc, err = scanScore(row, &rank)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, Score{User: user}, nil
	}
	if err != nil {
		return 0, Score{}, fmt.Errorf("rank: %w", err)
	}
	return rank, sc, nil
}

type scanner interface{ Scan(dest ...any) error }

func scanScore(r scanner, rank *int) (Score, error) {
	var sc Score
	var lastWin int64
	if err := r.Scan(rank, &sc.User, &sc.Points, &sc.Answered, &lastWin); err != nil {
		return Score{}, err
	}
	if lastWin != 0 {
		sc.LastWin = fromNano(lastWin)
	}
	return sc, nil
}
