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
	Guild   string // "" for an answer given in a DM
	QuizID  string
	User    string
	Choice  int
	Correct bool
	At      time.Time // zero means now
}

// answerSQL stores a first answer; a later one changes nothing.
const answerSQL = `
INSERT INTO quiz_answers (guild, quiz_id, user_id, choice, correct, at)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (guild, quiz_id, user_id) DO NOTHING`

// addScoreSQL adds a first answer (guild, user, 1 if correct, its time if
// correct else 0) to the user's score. The SET expressions all see the row
// as it was: last_win moves only for a correct answer later than the
// latest one (or the first).
const addScoreSQL = `
INSERT INTO scores (guild, user_id, points, answered, last_win)
VALUES (?, ?, ?, 1, ?)
ON CONFLICT (guild, user_id) DO UPDATE SET
	points = scores.points + excluded.points,
	answered = scores.answered + 1,
	last_win = CASE WHEN excluded.points = 1 AND (scores.points = 0 OR excluded.last_win > scores.last_win)
	                THEN excluded.last_win ELSE scores.last_win END`

// RecordAnswer stores a user's answer to a quiz. Only each user's first
// answer to a quiz (per guild) counts: a later one returns first=false and
// changes nothing, even when both arrive at the same moment. A first answer
// updates the user's score, the quiz's counts and the user's row of
// students (dashboard.go) in the same transaction. Guild "" is the DM
// scope: answers given in direct messages, scored per user.
func (s *Store) RecordAnswer(ctx context.Context, a QuizAnswer) (first bool, err error) {
	if a.QuizID == "" || a.User == "" {
		return false, errors.New("record answer: quiz id and user are required")
	}
	at := unixNano(a.At)
	win := int64(0)
	if a.Correct {
		win = at
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.StmtContext(ctx, s.prep.answer).ExecContext(ctx,
			a.Guild, a.QuizID, a.User, a.Choice, boolInt(a.Correct), at)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil || n == 0 {
			return err
		}
		if _, err = tx.StmtContext(ctx, s.prep.score).ExecContext(ctx, a.Guild, a.User, boolInt(a.Correct), win); err != nil {
			return err
		}
		if _, err = tx.StmtContext(ctx, s.prep.quiz).ExecContext(ctx, a.Guild, a.QuizID, boolInt(a.Correct)); err != nil {
			return err
		}
		row := tx.StmtContext(ctx, s.prep.taker).QueryRowContext(ctx, a.Guild, a.User, boolInt(a.Correct))
		err = moveInClass(ctx, tx, s.prep, row, a.Guild, 0, 1, boolInt(a.Correct))
		first = err == nil
		return err
	})
	if err != nil {
		return false, fmt.Errorf("record answer: %w", err)
	}
	return first, nil
}

// Score is a user's standing in a guild's quizzes (or in DMs).
type Score struct {
	User     string
	Points   int       // correct first answers
	Answered int       // quizzes answered (first answers only)
	LastWin  time.Time // when the user's latest correct answer was given; zero if none
}

// The leaderboard's order, the tie rule:
//  1. more points first;
//  2. fewer quizzes answered first (the same points with fewer tries is the
//     better record);
//  3. the one who reached the score first: earlier latest correct answer;
//  4. user id, ascending, so the order is total and stable.
//
// It is the order of the index scores_by_rank (migration 3), so the top
// rows are the first entries of an index range: no sort, no aggregate.
const leaderboardSQL = `
SELECT user_id, points, answered, last_win FROM scores
WHERE guild = ?
ORDER BY points DESC, answered ASC, last_win ASC, user_id ASC
LIMIT ?`

// scoreSQL is one user's score.
const scoreSQL = `
SELECT user_id, points, answered, last_win FROM scores WHERE guild = ? AND user_id = ?`

// aheadSQL counts the users ahead of a score in the order above: those
// with more points (one range of scores_by_rank) plus those with the same
// points and a smaller (answered, last_win, user_id) (a second range). It
// costs one index step per user ahead, never a pass over the answers. The
// score is bound as parameters rather than joined: SQLite uses all three
// columns of the row-value range only when the right side is constant.
const aheadSQL = `
SELECT (SELECT COUNT(*) FROM scores WHERE guild = ?1 AND points > ?2)
     + (SELECT COUNT(*) FROM scores WHERE guild = ?1 AND points = ?2
          AND (answered, last_win, user_id) < (?3, ?4, ?5))`

// Leaderboard returns the guild's best scores, best first, at most limit of
// them (all when limit <= 0), in the order described at leaderboardSQL:
// points desc, then answered asc, then earliest latest-correct-answer time,
// then user id. Guild "" is the DM scope.
func (s *Store) Leaderboard(ctx context.Context, guild string, limit int) ([]Score, error) {
	if limit <= 0 {
		limit = noLimit
	}
	rows, err := s.rd.QueryContext(ctx, leaderboardSQL, guild, limit)
	if err != nil {
		return nil, fmt.Errorf("leaderboard: %w", err)
	}
	defer rows.Close()
	var out []Score
	for rows.Next() {
		sc, err := scanScore(rows, nil)
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
// zero score. Guild "" is the DM scope.
func (s *Store) Rank(ctx context.Context, guild, user string) (rank int, sc Score, err error) {
	fail := func(err error) (int, Score, error) { return 0, Score{}, fmt.Errorf("rank: %w", err) }
	// One snapshot for both statements.
	tx, err := s.rd.BeginTx(ctx, s.readTx())
	if err != nil {
		return fail(err)
	}
	defer tx.Rollback()
	sc, err = scanScore(tx.QueryRowContext(ctx, scoreSQL, guild, user), nil)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, Score{User: user}, nil
	}
	if err != nil {
		return fail(err)
	}
	lastWin := int64(0)
	if !sc.LastWin.IsZero() {
		lastWin = sc.LastWin.UnixNano()
	}
	var ahead int
	if err := tx.QueryRowContext(ctx, aheadSQL, guild, sc.Points, sc.Answered, lastWin, sc.User).Scan(&ahead); err != nil {
		return fail(err)
	}
	return ahead + 1, sc, nil
}

type scanner interface{ Scan(dest ...any) error }

// scanScore scans (rank,) user, points, answered, last_win; the rank only
// when rank is not nil. A last_win of 0 is the zero time (no win).
func scanScore(r scanner, rank *int) (Score, error) {
	var sc Score
	var lastWin int64
	dest := []any{&sc.User, &sc.Points, &sc.Answered, &lastWin}
	if rank != nil {
		dest = append([]any{rank}, dest...)
	}
	if err := r.Scan(dest...); err != nil {
		return Score{}, err
	}
	if lastWin != 0 {
		sc.LastWin = fromNano(lastWin)
	}
	return sc, nil
}
