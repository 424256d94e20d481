package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Forgotten counts what ForgetUser deleted.
type Forgotten struct {
	Questions int `json:"questions"` // questions the user asked
	Votes     int `json:"votes"`     // votes the user cast
	// VotesOnAnswers are others' votes on the answers to the user's
	// questions: not deleted (they are the voters'), they keep counting,
	// but their copy of the user's question is.
	VotesOnAnswers int `json:"votes_on_answers"`
	QuizAnswers    int `json:"quiz_answers"`
	Scores         int `json:"scores"` // leaderboard rows, one per server (and one for DMs)
	Names          int `json:"names"`  // display names kept for the teacher's page
}

// Total is the number of records deleted, or stripped of the user's words.
func (f Forgotten) Total() int {
	return f.Questions + f.Votes + f.VotesOnAnswers + f.QuizAnswers + f.Scores + f.Names
}

// ForgetUser deletes every record of user on every server and in DMs: the
// questions they asked, the votes they cast, their quiz answers and scores,
// their display names. The votes others cast on the answers to their
// questions belong to the voters: they stay, and still count on the
// teacher's page (a Not helpful one under its ¶ with no question), but the
// copy of the user's question each holds is deleted. It is one
// transaction, which also takes the deleted records out of the teacher's
// page's counters (a group's first wording is then the first one still
// stored), so the page and the other users' scores and ranks are what they
// would be had the user never been here, but for those votes. Forgetting a
// user with no records deletes nothing.
func (s *Store) ForgetUser(ctx context.Context, user string) (Forgotten, error) {
	if user == "" {
		return Forgotten{}, errors.New("forget user: empty user id")
	}
	var f Forgotten
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		f, err = forget(ctx, tx, user)
		return err
	})
	if err != nil {
		return Forgotten{}, fmt.Errorf("forget user %s: %w", user, err)
	}
	return f, nil
}

type (
	wordingRef struct {
		guild               string
		answered, paragraph int
		norm                string
	}
	dayRef struct {
		guild string
		day   int64
	}
	paraRef struct {
		guild     string
		paragraph int
	}
	paraDelta struct{ answers, helpful, notHelpful int }
	voteRef   struct{ answerID, user string }
	voteRow   struct {
		guild, norm string
		paragraph   int
		helpful     bool
	}
	quizRef   struct{ guild, quizID string }
	quizDelta struct{ answered, correct int }
)

func forget(ctx context.Context, tx *sql.Tx, user string) (Forgotten, error) {
	var f Forgotten
	paras := map[paraRef]*paraDelta{}
	para := func(g string, n int) *paraDelta {
		k := paraRef{g, n}
		if paras[k] == nil {
			paras[k] = &paraDelta{}
		}
		return paras[k]
	}
	wordings := map[wordingRef]int{}
	days := map[dayRef][2]int{} // answered, unanswered
	var answerIDs []string

	// The user's questions.
	err := queryRows(ctx, tx, `
SELECT guild, answered, paragraph, norm, at, answer_id FROM questions WHERE user_id = ?`, []any{user},
		func(r *sql.Rows) error {
			var g, norm, answerID string
			var answered, p int
			var at int64
			if err := r.Scan(&g, &answered, &p, &norm, &at, &answerID); err != nil {
				return err
			}
			f.Questions++
			if answered == 1 {
				para(g, p).answers++
			}
			wordings[wordingRef{g, answered, wordingKey(answered == 1, p), norm}]++
			d := days[dayRef{g, at / dayNanos}]
			d[1-answered]++
			days[dayRef{g, at / dayNanos}] = d
			if answerID != "" {
				answerIDs = append(answerIDs, answerID)
			}
			return nil
		})
	if err != nil {
		return f, fmt.Errorf("questions: %w", err)
	}

	// Their votes, and the votes on their answers.
	votes := map[voteRef]voteRow{}
	scanVote := func(r *sql.Rows) error {
		var k voteRef
		var v voteRow
		var helpful int
		if err := r.Scan(&k.answerID, &k.user, &v.guild, &v.norm, &v.paragraph, &helpful); err != nil {
			return err
		}
		v.helpful = helpful == 1
		votes[k] = v
		return nil
	}
	const voteCols = `SELECT answer_id, user_id, guild, norm, paragraph, helpful FROM votes `
	if err := queryRows(ctx, tx, voteCols+`WHERE user_id = ?`, []any{user}, scanVote); err != nil {
		return f, fmt.Errorf("votes: %w", err)
	}
	for _, id := range answerIDs {
		if err := queryRows(ctx, tx, voteCols+`WHERE answer_id = ?`, []any{id}, scanVote); err != nil {
			return f, fmt.Errorf("votes on answer %s: %w", id, err)
		}
	}
	nh := map[wordingRef]int{}    // not-helpful groups: guild, paragraph, norm
	unworded := map[paraRef]int{} // others' not-helpful votes that lose the wording
	for k, v := range votes {
		if !v.helpful {
			nh[wordingRef{guild: v.guild, paragraph: v.paragraph, norm: v.norm}]++
		}
		if k.user != user {
			// Another user's vote: theirs, so it stays and counts,
			// but its copy of the user's question goes.
			f.VotesOnAnswers++
			if !v.helpful {
				unworded[paraRef{v.guild, v.paragraph}]++
			}
			if _, err := tx.ExecContext(ctx, `UPDATE votes SET question = '', norm = '' WHERE answer_id = ? AND user_id = ?`,
				k.answerID, k.user); err != nil {
				return f, fmt.Errorf("strip vote: %w", err)
			}
			continue
		}
		f.Votes++
		if v.helpful {
			para(v.guild, v.paragraph).helpful++
		} else {
			para(v.guild, v.paragraph).notHelpful++
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM votes WHERE answer_id = ? AND user_id = ?`, k.answerID, k.user); err != nil {
			return f, fmt.Errorf("delete vote: %w", err)
		}
	}

	// Their quiz answers, found through their scores (one row per server).
	var guilds []string
	err = queryRows(ctx, tx, `SELECT guild FROM scores WHERE user_id = ?`, []any{user}, func(r *sql.Rows) error {
		var g string
		err := r.Scan(&g)
		guilds = append(guilds, g)
		return err
	})
	if err != nil {
		return f, fmt.Errorf("scores: %w", err)
	}
	quizzes := map[quizRef]quizDelta{}
	for _, g := range guilds {
		err := queryRows(ctx, tx, `SELECT quiz_id, correct FROM quiz_answers WHERE guild = ? AND user_id = ?`, []any{g, user},
			func(r *sql.Rows) error {
				var id string
				var correct int
				if err := r.Scan(&id, &correct); err != nil {
					return err
				}
				d := quizzes[quizRef{g, id}]
				d.answered++
				d.correct += correct
				quizzes[quizRef{g, id}] = d
				return nil
			})
		if err != nil {
			return f, fmt.Errorf("quiz answers: %w", err)
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM quiz_answers WHERE guild = ? AND user_id = ?`, g, user)
		if err != nil {
			return f, fmt.Errorf("delete quiz answers: %w", err)
		}
		f.QuizAnswers += affected(res)
	}

	// Their students rows leave the class's counts.
	var groups []struct {
		guild string
		classGroup
	}
	err = queryRows(ctx, tx, `SELECT guild, asked, quiz_answered, quiz_right FROM students WHERE user_id = ?`, []any{user},
		func(r *sql.Rows) error {
			var g string
			var asked, answered, right int
			if err := r.Scan(&g, &asked, &answered, &right); err != nil {
				return err
			}
			groups = append(groups, struct {
				guild string
				classGroup
			}{g, groupOf(asked, answered, right)})
			return nil
		})
	if err != nil {
		return f, fmt.Errorf("students: %w", err)
	}
	for _, g := range groups {
		if _, err := tx.ExecContext(ctx, `
UPDATE class_counts SET students = students - 1 WHERE guild = ? AND quiz_answered = ? AND quiz_right = ? AND asked = ?`,
			g.guild, g.answered, g.right, g.asked); err != nil {
			return f, fmt.Errorf("class counts: %w", err)
		}
	}

	// The rows keyed by the user.
	for _, d := range []struct {
		query string
		n     *int
	}{
		{`DELETE FROM questions WHERE user_id = ?`, nil},
		{`DELETE FROM scores WHERE user_id = ?`, &f.Scores},
		{`DELETE FROM names WHERE user_id = ?`, &f.Names},
		{`DELETE FROM students WHERE user_id = ?`, nil},
	} {
		res, err := tx.ExecContext(ctx, d.query, user)
		if err != nil {
			return f, fmt.Errorf("%s: %w", d.query, err)
		}
		if d.n != nil {
			*d.n = affected(res)
		}
	}

	// The counters, less what was deleted.
	for k, d := range paras {
		if _, err := tx.ExecContext(ctx, `
UPDATE paragraph_counts SET answers = answers - ?, helpful = helpful - ?, not_helpful = not_helpful - ?
WHERE guild = ? AND paragraph = ?`, d.answers, d.helpful, d.notHelpful, k.guild, k.paragraph); err != nil {
			return f, fmt.Errorf("paragraph counts: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `
DELETE FROM paragraph_counts WHERE guild = ? AND paragraph = ? AND answers <= 0 AND helpful <= 0 AND not_helpful <= 0`,
			k.guild, k.paragraph); err != nil {
			return f, fmt.Errorf("paragraph counts: %w", err)
		}
	}
	for k, d := range days {
		if _, err := tx.ExecContext(ctx, `
UPDATE day_counts SET answered = answered - ?, unanswered = unanswered - ? WHERE guild = ? AND day = ?`,
			d[0], d[1], k.guild, k.day); err != nil {
			return f, fmt.Errorf("day counts: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `
DELETE FROM day_counts WHERE guild = ? AND day = ? AND answered <= 0 AND unanswered <= 0`, k.guild, k.day); err != nil {
			return f, fmt.Errorf("day counts: %w", err)
		}
	}
	for k, n := range wordings {
		if err := uncount(ctx, tx, n, `
UPDATE wording_counts SET n = n - ? WHERE guild = ? AND answered = ? AND paragraph = ? AND norm = ?`, `
DELETE FROM wording_counts WHERE guild = ? AND answered = ? AND paragraph = ? AND norm = ? AND n <= 0`, `
UPDATE wording_counts SET question = (
	SELECT q.question FROM questions q
	WHERE q.guild = wording_counts.guild AND q.norm = wording_counts.norm AND q.answered = wording_counts.answered
	  AND (q.answered = 0 OR q.paragraph = wording_counts.paragraph)
	ORDER BY q.id LIMIT 1)
WHERE guild = ? AND answered = ? AND paragraph = ? AND norm = ?`,
			k.guild, k.answered, k.paragraph, k.norm); err != nil {
			return f, fmt.Errorf("wording counts: %w", err)
		}
	}
	for k, n := range nh {
		if err := uncount(ctx, tx, n, `
UPDATE not_helpful_counts SET n = n - ? WHERE guild = ? AND paragraph = ? AND norm = ?`, `
DELETE FROM not_helpful_counts WHERE guild = ? AND paragraph = ? AND norm = ? AND n <= 0`, `
UPDATE not_helpful_counts SET question = (
	SELECT v.question FROM votes v
	WHERE v.helpful = 0 AND v.guild = not_helpful_counts.guild AND v.norm = not_helpful_counts.norm
	  AND v.paragraph = not_helpful_counts.paragraph
	ORDER BY v.at, v.answer_id, v.user_id LIMIT 1)
WHERE guild = ? AND paragraph = ? AND norm = ?`,
			k.guild, k.paragraph, k.norm); err != nil {
			return f, fmt.Errorf("not helpful counts: %w", err)
		}
	}
	for k, n := range unworded {
		if _, err := tx.ExecContext(ctx, `
INSERT INTO not_helpful_counts (guild, norm, paragraph, question, n) VALUES (?, '', ?, '', ?)
ON CONFLICT (guild, norm, paragraph) DO UPDATE SET n = not_helpful_counts.n + excluded.n`, k.guild, k.paragraph, n); err != nil {
			return f, fmt.Errorf("not helpful counts: %w", err)
		}
	}
	for k, d := range quizzes {
		if _, err := tx.ExecContext(ctx, `
UPDATE quiz_counts SET answered = answered - ?, correct = correct - ? WHERE guild = ? AND quiz_id = ?`,
			d.answered, d.correct, k.guild, k.quizID); err != nil {
			return f, fmt.Errorf("quiz counts: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `
DELETE FROM quiz_counts WHERE guild = ? AND quiz_id = ? AND answered <= 0`, k.guild, k.quizID); err != nil {
			return f, fmt.Errorf("quiz counts: %w", err)
		}
	}
	return f, nil
}

// uncount takes n from a group's count (dec, with n then key), deletes
// the group when nothing is left (del, with key) and otherwise sets its
// first wording to the first one still stored (first, with key): the
// deleted user's wording may have been it.
func uncount(ctx context.Context, tx *sql.Tx, n int, dec, del, first string, key ...any) error {
	if _, err := tx.ExecContext(ctx, dec, append([]any{n}, key...)...); err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, del, key...)
	if err != nil {
		return err
	}
	if affected(res) > 0 {
		return nil
	}
	_, err = tx.ExecContext(ctx, first, key...)
	return err
}

// affected is a result's row count; SQLite always knows it.
func affected(res sql.Result) int {
	n, _ := res.RowsAffected()
	return int(n)
}
