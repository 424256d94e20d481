package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"paperbot/dashboard"
)

// The teacher's page (dashboard.Source) reads counters, not events: a
// grouped query over a million quiz answers takes most of a second, the
// counters answer in a few hundred rows. Each counter is updated in the
// transaction of the write it counts (LogQuestion, Vote, RecordAnswer),
// backfilled by migrations 7 and 9 and decremented by ForgetUser, so it is always
// what a grouped query over the events would give. The SQL is portable
// (PostgreSQL too): ? placeholders, ON CONFLICT, integer days.

// dayNanos is one UTC day in the unit of the at columns: a question's day
// is at / dayNanos.
const dayNanos = int64(24 * time.Hour)

// wordingKey is the paragraph a question's wording is counted under: the
// answer's ¶, or 0 for a question the paper did not answer.
func wordingKey(answered bool, paragraph int) int {
	if answered {
		return paragraph
	}
	return 0
}

const (
	countAnswerSQL = `
INSERT INTO paragraph_counts (guild, paragraph, answers, helpful, not_helpful) VALUES (?, ?, 1, 0, 0)
ON CONFLICT (guild, paragraph) DO UPDATE SET answers = paragraph_counts.answers + 1`
	countWordingSQL = `
INSERT INTO wording_counts (guild, answered, paragraph, norm, question, n) VALUES (?, ?, ?, ?, ?, 1)
ON CONFLICT (guild, answered, paragraph, norm) DO UPDATE SET n = wording_counts.n + 1`
	countDaySQL = `
INSERT INTO day_counts (guild, day, answered, unanswered) VALUES (?, ?, ?, ?)
ON CONFLICT (guild, day) DO UPDATE SET
	answered = day_counts.answered + excluded.answered,
	unanswered = day_counts.unanswered + excluded.unanswered`
	// countAskerSQL and countQuizTakerSQL give the student's row as it
	// is now, so that the class counts can move them (see moveInClass).
	countAskerSQL = `
INSERT INTO students (guild, user_id, asked, quiz_answered, quiz_right, activity) VALUES (?, ?, 1, 0, 0, 1)
ON CONFLICT (guild, user_id) DO UPDATE SET asked = students.asked + 1, activity = students.activity + 1
RETURNING asked, quiz_answered, quiz_right`
	countVoteSQL = `
INSERT INTO paragraph_counts (guild, paragraph, answers, helpful, not_helpful) VALUES (?, ?, 0, ?, ?)
ON CONFLICT (guild, paragraph) DO UPDATE SET
	helpful = paragraph_counts.helpful + excluded.helpful,
	not_helpful = paragraph_counts.not_helpful + excluded.not_helpful`
	countNotHelpfulSQL = `
INSERT INTO not_helpful_counts (guild, norm, paragraph, question, n) VALUES (?, ?, ?, ?, 1)
ON CONFLICT (guild, norm, paragraph) DO UPDATE SET n = not_helpful_counts.n + 1`
	// countQuizSQL is prepared (RecordAnswer is the hot write).
	countQuizSQL = `
INSERT INTO quiz_counts (guild, quiz_id, answered, correct) VALUES (?, ?, 1, ?)
ON CONFLICT (guild, quiz_id) DO UPDATE SET
	answered = quiz_counts.answered + 1,
	correct = quiz_counts.correct + excluded.correct`
	// countQuizTakerSQL is prepared too: a first answer (guild, user, 1
	// if right) in the student's row.
	countQuizTakerSQL = `
INSERT INTO students (guild, user_id, asked, quiz_answered, quiz_right, activity) VALUES (?, ?, 0, 1, ?, 1)
ON CONFLICT (guild, user_id) DO UPDATE SET
	quiz_answered = students.quiz_answered + 1,
	quiz_right = students.quiz_right + excluded.quiz_right,
	activity = students.activity + 1
RETURNING asked, quiz_answered, quiz_right`
	// joinClassSQL counts a new student in their group; moveClassSQL
	// moves one from a group (-1) to another (+1): two rows of one
	// upsert, never the same key (a write changes the group).
	joinClassSQL = `
INSERT INTO class_counts (guild, quiz_answered, quiz_right, asked, students) VALUES (?, ?, ?, ?, 1)
ON CONFLICT (guild, quiz_answered, quiz_right, asked) DO UPDATE SET students = class_counts.students + 1`
	moveClassSQL = `
INSERT INTO class_counts (guild, quiz_answered, quiz_right, asked, students) VALUES (?, ?, ?, ?, -1), (?, ?, ?, ?, 1)
ON CONFLICT (guild, quiz_answered, quiz_right, asked) DO UPDATE SET students = class_counts.students + excluded.students`
)

// classGroup is a row of class_counts: quiz answers, right ones, and 1 if
// the student asked any question.
type classGroup struct{ answered, right, asked int }

func groupOf(asked, answered, right int) classGroup {
	return classGroup{answered, right, min(asked, 1)}
}

// moveInClass counts a student's write in class_counts: row is their row
// of students as the write left it (countAskerSQL, countQuizTakerSQL), and
// before the write it was that less (dAsked, dAnswered, dRight). A student
// with no row before joins the class; one whose group changed moves.
func moveInClass(ctx context.Context, tx *sql.Tx, p prepared, row *sql.Row, guild string, dAsked, dAnswered, dRight int) error {
	var asked, answered, right int
	if err := row.Scan(&asked, &answered, &right); err != nil {
		return fmt.Errorf("count student: %w", err)
	}
	now := groupOf(asked, answered, right)
	if asked == dAsked && answered == dAnswered {
		if _, err := tx.StmtContext(ctx, p.joinClass).ExecContext(ctx, guild, now.answered, now.right, now.asked); err != nil {
			return fmt.Errorf("count class: %w", err)
		}
		return nil
	}
	was := groupOf(asked-dAsked, answered-dAnswered, right-dRight)
	if was == now {
		return nil
	}
	if _, err := tx.StmtContext(ctx, p.moveClass).ExecContext(ctx,
		guild, was.answered, was.right, was.asked, guild, now.answered, now.right, now.asked); err != nil {
		return fmt.Errorf("count class: %w", err)
	}
	return nil
}

// countQuestion adds a logged question to the page's counters.
func countQuestion(ctx context.Context, tx *sql.Tx, p prepared, q Asked, at int64) error {
	if q.Answered {
		if _, err := tx.ExecContext(ctx, countAnswerSQL, q.Guild, q.Paragraph); err != nil {
			return fmt.Errorf("count answer: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, countWordingSQL, q.Guild, boolInt(q.Answered), wordingKey(q.Answered, q.Paragraph),
		Normalize(q.Question), tidy(q.Question)); err != nil {
		return fmt.Errorf("count wording: %w", err)
	}
	if _, err := tx.ExecContext(ctx, countDaySQL, q.Guild, at/dayNanos, boolInt(q.Answered), boolInt(!q.Answered)); err != nil {
		return fmt.Errorf("count day: %w", err)
	}
	row := tx.StmtContext(ctx, p.asker).QueryRowContext(ctx, q.Guild, q.User)
	return moveInClass(ctx, tx, p, row, q.Guild, 1, 0, 0)
}

// countVote adds a recorded vote to the page's counters.
func countVote(ctx context.Context, tx *sql.Tx, guild, question string, paragraph int, helpful bool) error {
	if _, err := tx.ExecContext(ctx, countVoteSQL, guild, paragraph, boolInt(helpful), boolInt(!helpful)); err != nil {
		return fmt.Errorf("count vote: %w", err)
	}
	if helpful {
		return nil
	}
	if _, err := tx.ExecContext(ctx, countNotHelpfulSQL, guild, Normalize(question), paragraph, tidy(question)); err != nil {
		return fmt.Errorf("count not helpful: %w", err)
	}
	return nil
}

// The page's reads. Each is one indexed range of a counter table.
const (
	paragraphsSQL = `
SELECT paragraph, answers, helpful, not_helpful FROM paragraph_counts
WHERE guild = ? AND (answers > 0 OR helpful > 0 OR not_helpful > 0)`
	answeredParagraphsSQL = `
SELECT paragraph FROM paragraph_counts WHERE guild = ? AND answers > 0 ORDER BY paragraph`
	paragraphWordingsSQL = `
SELECT question, n FROM wording_counts
WHERE guild = ? AND answered = 1 AND paragraph = ?
ORDER BY n DESC, norm ASC LIMIT ?`
	allParagraphWordingsSQL = `
SELECT paragraph, question, n FROM wording_counts
WHERE guild = ? AND answered = 1
ORDER BY paragraph ASC, n DESC, norm ASC`
	daysSQL = `
SELECT day, answered, unanswered FROM day_counts
WHERE guild = ? AND (answered > 0 OR unanswered > 0) ORDER BY day`
	unansweredSQL = `
SELECT question, n FROM wording_counts
WHERE guild = ? AND answered = 0 AND paragraph = 0
ORDER BY n DESC, norm ASC`
	notHelpfulSQL = `
SELECT question, paragraph, n FROM not_helpful_counts
WHERE guild = ? ORDER BY n DESC, norm ASC, paragraph ASC`
	quizItemsSQL = `
SELECT quiz_id, answered, correct FROM quiz_counts WHERE guild = ? AND answered > 0`
	// studentsSQL is the most active students first (ties by user id),
	// the order of students_by_activity: with a LIMIT, its first rows.
	studentsSQL = `
SELECT s.user_id, s.asked, s.quiz_answered, s.quiz_right, COALESCE(n.name, '')
FROM students s LEFT JOIN names n ON n.guild = s.guild AND n.user_id = s.user_id
WHERE s.guild = ? ORDER BY s.activity DESC, s.user_id ASC`
	// classSQL is the class's groups: a range of class_counts' key, a few
	// hundred rows however many students.
	classSQL = `
SELECT quiz_answered, quiz_right, asked, students FROM class_counts WHERE guild = ? AND students > 0`
	showNamesSQL = `SELECT show_names FROM settings WHERE guild = ?`
)

// limited appends a LIMIT to query when limit > 0 (PostgreSQL has no
// LIMIT -1).
func limited(query string, limit int) (string, []any) {
	if limit > 0 {
		return query + " LIMIT ?", []any{limit}
	}
	return query, nil
}

// Paragraphs implements dashboard.Source.
func (s *Store) Paragraphs(ctx context.Context, guild string) ([]dashboard.ParagraphStat, error) {
	var out []dashboard.ParagraphStat
	err := queryRows(ctx, s.rd, paragraphsSQL, []any{guild}, func(r *sql.Rows) error {
		var p dashboard.ParagraphStat
		if err := r.Scan(&p.Paragraph, &p.Answers, &p.Helpful, &p.NotHelpful); err != nil {
			return err
		}
		out = append(out, p)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("paragraphs %s: %w", guild, err)
	}
	return out, nil
}

// ParagraphQuestions implements dashboard.Source: with a limit, one
// indexed top-n read per answered ¶, in one snapshot.
func (s *Store) ParagraphQuestions(ctx context.Context, guild string, perParagraph int) ([]dashboard.ParagraphQuestion, error) {
	fail := func(err error) ([]dashboard.ParagraphQuestion, error) {
		return nil, fmt.Errorf("questions per paragraph %s: %w", guild, err)
	}
	var out []dashboard.ParagraphQuestion
	if perParagraph <= 0 {
		err := queryRows(ctx, s.rd, allParagraphWordingsSQL, []any{guild}, func(r *sql.Rows) error {
			var q dashboard.ParagraphQuestion
			if err := r.Scan(&q.Paragraph, &q.Question, &q.Count); err != nil {
				return err
			}
			out = append(out, q)
			return nil
		})
		if err != nil {
			return fail(err)
		}
		return out, nil
	}
	tx, err := s.rd.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fail(err)
	}
	defer tx.Rollback()
	var paras []int
	err = queryRows(ctx, tx, answeredParagraphsSQL, []any{guild}, func(r *sql.Rows) error {
		var n int
		err := r.Scan(&n)
		paras = append(paras, n)
		return err
	})
	if err != nil {
		return fail(err)
	}
	if len(paras) == 0 {
		return nil, nil
	}
	st, err := tx.PrepareContext(ctx, paragraphWordingsSQL)
	if err != nil {
		return fail(err)
	}
	defer st.Close()
	for _, n := range paras {
		rows, err := st.QueryContext(ctx, guild, n, perParagraph)
		if err != nil {
			return fail(err)
		}
		for rows.Next() {
			q := dashboard.ParagraphQuestion{Paragraph: n}
			if err := rows.Scan(&q.Question, &q.Count); err != nil {
				rows.Close()
				return fail(err)
			}
			out = append(out, q)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return fail(err)
		}
	}
	return out, nil
}

// Days implements dashboard.Source.
func (s *Store) Days(ctx context.Context, guild string) ([]dashboard.Day, error) {
	var out []dashboard.Day
	err := queryRows(ctx, s.rd, daysSQL, []any{guild}, func(r *sql.Rows) error {
		var day int64
		var d dashboard.Day
		if err := r.Scan(&day, &d.Answered, &d.Unanswered); err != nil {
			return err
		}
		d.Date = time.Unix(day*(dayNanos/int64(time.Second)), 0).UTC().Format(time.DateOnly)
		out = append(out, d)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("days %s: %w", guild, err)
	}
	return out, nil
}

// Unanswered implements dashboard.Source.
func (s *Store) Unanswered(ctx context.Context, guild string, limit int) ([]dashboard.Wording, error) {
	q, extra := limited(unansweredSQL, limit)
	var out []dashboard.Wording
	err := queryRows(ctx, s.rd, q, append([]any{guild}, extra...), func(r *sql.Rows) error {
		var w dashboard.Wording
		if err := r.Scan(&w.Question, &w.Count); err != nil {
			return err
		}
		out = append(out, w)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("unanswered %s: %w", guild, err)
	}
	return out, nil
}

// NotHelpful implements dashboard.Source.
func (s *Store) NotHelpful(ctx context.Context, guild string, limit int) ([]dashboard.NotHelpfulStat, error) {
	q, extra := limited(notHelpfulSQL, limit)
	var out []dashboard.NotHelpfulStat
	err := queryRows(ctx, s.rd, q, append([]any{guild}, extra...), func(r *sql.Rows) error {
		var n dashboard.NotHelpfulStat
		if err := r.Scan(&n.Question, &n.Paragraph, &n.Votes); err != nil {
			return err
		}
		out = append(out, n)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("not helpful %s: %w", guild, err)
	}
	return out, nil
}

// QuizItems implements dashboard.Source.
func (s *Store) QuizItems(ctx context.Context, guild string) ([]dashboard.QuizStat, error) {
	var out []dashboard.QuizStat
	err := queryRows(ctx, s.rd, quizItemsSQL, []any{guild}, func(r *sql.Rows) error {
		var q dashboard.QuizStat
		if err := r.Scan(&q.QuizID, &q.Answered, &q.Right); err != nil {
			return err
		}
		out = append(out, q)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("quiz items %s: %w", guild, err)
	}
	return out, nil
}

// Students implements dashboard.Source: the rows of students (one per
// user who asked or answered a quiz), with the display names kept while
// the server shows them. With a limit, only the first rows of an index are
// read.
func (s *Store) Students(ctx context.Context, guild string, limit int) ([]dashboard.Student, error) {
	q, extra := limited(studentsSQL, limit)
	var out []dashboard.Student
	err := queryRows(ctx, s.rd, q, append([]any{guild}, extra...), func(r *sql.Rows) error {
		var st dashboard.Student
		if err := r.Scan(&st.User, &st.Asked, &st.QuizAnswered, &st.QuizRight, &st.Name); err != nil {
			return err
		}
		out = append(out, st)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("students %s: %w", guild, err)
	}
	return out, nil
}

// Class implements dashboard.Source from class_counts.
func (s *Store) Class(ctx context.Context, guild string) (dashboard.Class, error) {
	var c dashboard.Class
	quiz := map[[2]int]int{} // (answered, right) -> students
	err := queryRows(ctx, s.rd, classSQL, []any{guild}, func(r *sql.Rows) error {
		var answered, right, asked, n int
		if err := r.Scan(&answered, &right, &asked, &n); err != nil {
			return err
		}
		c.Students += n
		if asked == 1 {
			c.Askers += n
		}
		if answered > 0 {
			quiz[[2]int{answered, right}] += n
		}
		return nil
	})
	for k, n := range quiz {
		c.Quiz = append(c.Quiz, dashboard.QuizGroup{Answered: k[0], Right: k[1], Students: n})
	}
	if err != nil {
		return dashboard.Class{}, fmt.Errorf("class %s: %w", guild, err)
	}
	return c, nil
}

// ShowNames implements dashboard.Source: the server's show_names setting
// (off when it saved none).
func (s *Store) ShowNames(ctx context.Context, guild string) (bool, error) {
	var on int
	err := s.rd.QueryRowContext(ctx, showNamesSQL, guild).Scan(&on)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("show names %s: %w", guild, err)
	}
	return on == 1, nil
}

// RememberName keeps user's display name on guild for the teacher's page,
// only while the guild's show_names setting is on: otherwise it stores
// nothing. Turning the setting off deletes the guild's names (SaveSettings).
func (s *Store) RememberName(ctx context.Context, guild, user, name string) error {
	name = tidy(name)
	if guild == "" || user == "" || name == "" {
		return nil
	}
	_, err := s.exec(ctx, `
INSERT INTO names (guild, user_id, name, at)
SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM settings WHERE guild = ? AND show_names = 1)
ON CONFLICT (guild, user_id) DO UPDATE SET name = excluded.name, at = excluded.at
WHERE names.name <> excluded.name`, guild, user, name, time.Now().UnixNano(), guild)
	if err != nil {
		return fmt.Errorf("remember name of %s: %w", user, err)
	}
	return nil
}

// querier is a pool or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// queryRows runs query and calls scan for each row.
func queryRows(ctx context.Context, q querier, query string, args []any, scan func(*sql.Rows) error) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
