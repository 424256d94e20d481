package store

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are applied in order; migrations[i] brings the schema from
// version i to version i+1, recorded in PRAGMA user_version. Never edit a
// migration that has shipped: append a new one.
var migrations = []string{
	// 1: quiz answers, votes, questions asked, guild settings.
	`
CREATE TABLE quiz_answers (
	guild   TEXT    NOT NULL,
	quiz_id TEXT    NOT NULL,
	user_id TEXT    NOT NULL,
	choice  INTEGER NOT NULL,
	correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
	at      INTEGER NOT NULL, -- unix nanoseconds
	PRIMARY KEY (guild, quiz_id, user_id) -- only the first answer counts
) WITHOUT ROWID;
CREATE INDEX quiz_answers_by_user ON quiz_answers (guild, user_id, correct, at);

CREATE TABLE votes (
	answer_id TEXT    NOT NULL,
	user_id   TEXT    NOT NULL,
	guild     TEXT    NOT NULL,
	question  TEXT    NOT NULL,
	norm      TEXT    NOT NULL, -- normalised question, see Normalize
	paragraph INTEGER NOT NULL,
	helpful   INTEGER NOT NULL CHECK (helpful IN (0, 1)),
	at        INTEGER NOT NULL,
	PRIMARY KEY (answer_id, user_id) -- one vote per user per answer
) WITHOUT ROWID;
CREATE INDEX votes_by_verdict ON votes (helpful, norm, paragraph);

CREATE TABLE questions (
	id        INTEGER PRIMARY KEY,
	guild     TEXT    NOT NULL,
	user_id   TEXT    NOT NULL,
	question  TEXT    NOT NULL,
	norm      TEXT    NOT NULL,
	answered  INTEGER NOT NULL CHECK (answered IN (0, 1)),
	paragraph INTEGER NOT NULL,
	at        INTEGER NOT NULL
);
CREATE INDEX questions_by_norm ON questions (norm, answered);
CREATE INDEX questions_by_guild ON questions (guild, norm);

CREATE TABLE settings (
	guild      TEXT    PRIMARY KEY,
	channels   TEXT    NOT NULL DEFAULT '[]', -- JSON array of channel ids
	private    INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
	threads    INTEGER NOT NULL DEFAULT 0 CHECK (threads IN (0, 1)),
	updated_at INTEGER NOT NULL
) WITHOUT ROWID;
`,
	// 2: the answer a question got, so a vote on it finds its question.
	`
ALTER TABLE questions ADD COLUMN answer_id TEXT NOT NULL DEFAULT '';
CREATE INDEX questions_by_answer ON questions (answer_id) WHERE answer_id <> '';
`,
	// 3: each user's score, kept up to date by RecordAnswer, so the
	// leaderboard reads the top rows of an index instead of aggregating
	// every answer. Backfilled from the answers already given. last_win is
	// the time of the latest correct answer, 0 if none. The index is the
	// leaderboard's order (see Leaderboard).
	`
CREATE TABLE scores (
	guild    TEXT    NOT NULL, -- '' for answers given in DMs
	user_id  TEXT    NOT NULL,
	points   INTEGER NOT NULL,
	answered INTEGER NOT NULL,
	last_win INTEGER NOT NULL,
	PRIMARY KEY (guild, user_id)
) WITHOUT ROWID;
CREATE INDEX scores_by_rank ON scores (guild, points DESC, answered ASC, last_win ASC, user_id ASC);
INSERT INTO scores (guild, user_id, points, answered, last_win)
SELECT guild, user_id, SUM(correct), COUNT(*), COALESCE(MAX(CASE WHEN correct = 1 THEN at END), 0)
FROM quiz_answers GROUP BY guild, user_id;
`,
	// 4: the threads the bot created, so mentions in them are still
	// answered after a restart.
	`
CREATE TABLE threads (
	channel_id TEXT    PRIMARY KEY,
	guild      TEXT    NOT NULL,
	at         INTEGER NOT NULL
) WITHOUT ROWID;
`,
	// 5: the paragraphs (¶) of every passage an answer offered, as a JSON
	// array, so a vote can be checked against them; '' for older rows,
	// whose top paragraph stands in.
	`
ALTER TABLE questions ADD COLUMN paragraphs TEXT NOT NULL DEFAULT '';
`,
	// 6: the row Check's probe write rewrites while writes are failing.
	`
CREATE TABLE health (
	id  INTEGER PRIMARY KEY CHECK (id = 1),
	at  INTEGER NOT NULL,
	pad BLOB
);
`,
	// 7: the teacher's page (see dashboard.go). Its counters are kept in
	// the transaction of the write they count, so the page reads a few
	// hundred rows, never the million answers; backfilled here from what is
	// already stored. Days are unix nanoseconds / 86400e9 (UTC days). The
	// first wording of a group is the one shown (question). Also: the
	// server setting show_names, the display names kept while it is on,
	// the generated report key, and indexes that find one user's rows for
	// ForgetUser.
	`
ALTER TABLE settings ADD COLUMN show_names INTEGER NOT NULL DEFAULT 0 CHECK (show_names IN (0, 1));

CREATE TABLE paragraph_counts (
	guild       TEXT    NOT NULL,
	paragraph   INTEGER NOT NULL,
	answers     INTEGER NOT NULL, -- answered questions whose answer quoted this ¶
	helpful     INTEGER NOT NULL, -- votes on answers that quoted it
	not_helpful INTEGER NOT NULL,
	PRIMARY KEY (guild, paragraph)
) WITHOUT ROWID;
INSERT INTO paragraph_counts (guild, paragraph, answers, helpful, not_helpful)
SELECT guild, paragraph, SUM(a), SUM(h), SUM(nh) FROM (
	SELECT guild, paragraph, 1 AS a, 0 AS h, 0 AS nh FROM questions WHERE answered = 1
	UNION ALL
	SELECT guild, paragraph, 0, helpful, 1 - helpful FROM votes
) x GROUP BY guild, paragraph;

CREATE TABLE wording_counts (
	guild     TEXT    NOT NULL,
	answered  INTEGER NOT NULL,
	paragraph INTEGER NOT NULL, -- the answer's ¶; 0 for unanswered questions
	norm      TEXT    NOT NULL, -- see Normalize
	question  TEXT    NOT NULL, -- the first wording asked
	n         INTEGER NOT NULL,
	PRIMARY KEY (guild, answered, paragraph, norm)
) WITHOUT ROWID;
CREATE INDEX wording_counts_by_count ON wording_counts (guild, answered, paragraph, n DESC, norm);
INSERT INTO wording_counts (guild, answered, paragraph, norm, question, n)
SELECT g.guild, g.answered, g.paragraph, g.norm, q.question, g.n FROM (
	SELECT guild, answered, CASE WHEN answered = 1 THEN paragraph ELSE 0 END AS paragraph, norm,
	       MIN(id) AS first_id, COUNT(*) AS n
	FROM questions GROUP BY guild, answered, CASE WHEN answered = 1 THEN paragraph ELSE 0 END, norm
) g JOIN questions q ON q.id = g.first_id;

CREATE TABLE day_counts (
	guild      TEXT    NOT NULL,
	day        INTEGER NOT NULL, -- at / 86400000000000
	answered   INTEGER NOT NULL,
	unanswered INTEGER NOT NULL,
	PRIMARY KEY (guild, day)
) WITHOUT ROWID;
INSERT INTO day_counts (guild, day, answered, unanswered)
SELECT guild, at / 86400000000000, SUM(answered), SUM(1 - answered)
FROM questions GROUP BY guild, at / 86400000000000;

CREATE TABLE not_helpful_counts (
	guild     TEXT    NOT NULL,
	norm      TEXT    NOT NULL,
	paragraph INTEGER NOT NULL,
	question  TEXT    NOT NULL, -- the first vote's wording
	n         INTEGER NOT NULL,
	PRIMARY KEY (guild, norm, paragraph)
) WITHOUT ROWID;
CREATE INDEX not_helpful_counts_by_count ON not_helpful_counts (guild, n DESC, norm, paragraph);
INSERT INTO not_helpful_counts (guild, norm, paragraph, question, n)
SELECT g.guild, g.norm, g.paragraph, v.question, g.n FROM (
	SELECT guild, norm, paragraph, MIN(at) AS first_at, COUNT(*) AS n
	FROM votes WHERE helpful = 0 GROUP BY guild, norm, paragraph
) g JOIN votes v ON v.helpful = 0 AND v.guild = g.guild AND v.norm = g.norm
	AND v.paragraph = g.paragraph AND v.at = g.first_at
WHERE true
ON CONFLICT (guild, norm, paragraph) DO NOTHING;

CREATE TABLE quiz_counts (
	guild    TEXT    NOT NULL,
	quiz_id  TEXT    NOT NULL,
	answered INTEGER NOT NULL, -- first answers
	correct  INTEGER NOT NULL, -- of them, right
	PRIMARY KEY (guild, quiz_id)
) WITHOUT ROWID;
INSERT INTO quiz_counts (guild, quiz_id, answered, correct)
SELECT guild, quiz_id, COUNT(*), SUM(correct) FROM quiz_answers GROUP BY guild, quiz_id;

CREATE TABLE askers (
	guild   TEXT    NOT NULL,
	user_id TEXT    NOT NULL,
	asked   INTEGER NOT NULL,
	PRIMARY KEY (guild, user_id)
) WITHOUT ROWID;
CREATE INDEX askers_by_user ON askers (user_id);
INSERT INTO askers (guild, user_id, asked)
SELECT guild, user_id, COUNT(*) FROM questions GROUP BY guild, user_id;

CREATE TABLE names (
	guild   TEXT    NOT NULL,
	user_id TEXT    NOT NULL,
	name    TEXT    NOT NULL, -- Discord display name; kept only while the guild's show_names is on
	at      INTEGER NOT NULL,
	PRIMARY KEY (guild, user_id)
) WITHOUT ROWID;
CREATE INDEX names_by_user ON names (user_id);

CREATE TABLE secrets (
	name  TEXT    PRIMARY KEY,
	value TEXT    NOT NULL, -- hex
	at    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE INDEX questions_by_user ON questions (user_id);
CREATE INDEX votes_by_user ON votes (user_id);
CREATE INDEX scores_by_user ON scores (user_id);
`,
	// 8: the interactions received, so that a replay reaching any replica
	// is answered with the first response instead of acted on again (see
	// Seen). Times are unix nanoseconds.
	`
CREATE TABLE interactions (
	id      TEXT    PRIMARY KEY,
	expires INTEGER NOT NULL, -- forgotten after: a replay is refused by its signature's age by then
	lease   INTEGER NOT NULL, -- the claimant is presumed to be answering until then
	owner   TEXT    NOT NULL, -- the Seen that claimed it
	resp    BLOB              -- the response, once sent
) WITHOUT ROWID;
CREATE INDEX interactions_by_expiry ON interactions (expires);
`,
	// 9: one row per student per server (guild '' for DMs) with what the
	// teacher's page shows of them, replacing askers, and the class's
	// students counted by (quiz answers, right ones, asked any), from
	// which the page draws participation and the score distribution: the
	// page reads the most active few through students_by_activity and at
	// most a few hundred class_counts rows, never every student's row.
	// Both are kept in the transaction of LogQuestion and RecordAnswer (a
	// student moves from one class_counts row to another; rows may fall
	// to 0 and stay) and by ForgetUser; backfilled from askers and
	// scores.
	`
CREATE TABLE students (
	guild         TEXT    NOT NULL,
	user_id       TEXT    NOT NULL,
	asked         INTEGER NOT NULL, -- questions asked
	quiz_answered INTEGER NOT NULL, -- first answers to quizzes
	quiz_right    INTEGER NOT NULL, -- of them, right: the leaderboard's points
	activity      INTEGER NOT NULL, -- asked + quiz_answered: the page's order
	PRIMARY KEY (guild, user_id)
) WITHOUT ROWID;
CREATE INDEX students_by_activity ON students (guild, activity DESC, user_id);
CREATE INDEX students_by_user ON students (user_id);
INSERT INTO students (guild, user_id, asked, quiz_answered, quiz_right, activity)
SELECT guild, user_id, SUM(asked), SUM(answered), SUM(points), SUM(asked) + SUM(answered) FROM (
	SELECT guild, user_id, asked, 0 AS answered, 0 AS points FROM askers
	UNION ALL
	SELECT guild, user_id, 0, answered, points FROM scores
) x GROUP BY guild, user_id;
DROP TABLE askers;

CREATE TABLE class_counts (
	guild         TEXT    NOT NULL,
	quiz_answered INTEGER NOT NULL,
	quiz_right    INTEGER NOT NULL,
	asked         INTEGER NOT NULL CHECK (asked IN (0, 1)), -- asked any question
	students      INTEGER NOT NULL,
	PRIMARY KEY (guild, quiz_answered, quiz_right, asked)
) WITHOUT ROWID;
INSERT INTO class_counts (guild, quiz_answered, quiz_right, asked, students)
SELECT guild, quiz_answered, quiz_right, CASE WHEN asked > 0 THEN 1 ELSE 0 END, COUNT(*)
FROM students GROUP BY guild, quiz_answered, quiz_right, CASE WHEN asked > 0 THEN 1 ELSE 0 END;
`,
}

// pgMigrations replaces, for PostgreSQL, a migration the rewrite of
// pgSchema cannot carry over (by its index in migrations). None needs it
// so far.
var pgMigrations = map[int]string{}

// migration returns migration i (0-based) for the store's engine.
func (s *Store) migration(i int) string {
	if s.engine == sqliteEngine {
		return migrations[i]
	}
	if m, ok := pgMigrations[i]; ok {
		return m
	}
	return pgSchema(migrations[i])
}

// SchemaVersion is the schema version this package writes.
func SchemaVersion() int { return len(migrations) }

// migrate applies the migrations the file lacks, each in its own IMMEDIATE
// transaction that also bumps user_version, so a crash between migrations
// leaves a consistent, resumable schema, and two processes opening the same
// new file at once apply each migration exactly once. On PostgreSQL, whose
// DDL is transactional too, each transaction first takes an advisory
// transaction lock (pg_advisory_xact_lock, released by the commit or
// rollback even when the process dies) and the version is the row of
// paperbot_schema: processes starting together apply each migration once,
// one after the other.
func (s *Store) migrate(ctx context.Context) error {
	for {
		done, err := s.migrateOne(ctx)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
	}
}

// migrateOne applies the next pending migration, if any, and reports whether
// the schema is up to date.
func (s *Store) migrateOne(ctx context.Context) (done bool, err error) {
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		if s.engine == postgresEngine {
			if err := pgLockSchema(ctx, tx); err != nil {
				return err
			}
		}
		v, err := s.version(ctx, tx)
		if err != nil {
			return err
		}
		switch {
		case v > len(migrations):
			return fmt.Errorf("schema version %d is newer than this program knows (%d)", v, len(migrations))
		case v == len(migrations):
			done = true
			return nil
		}
		if _, err := tx.ExecContext(ctx, s.migration(v)); err != nil {
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
		// PRAGMA takes no bound parameters; v+1 is an int we computed.
		set := fmt.Sprintf("PRAGMA user_version = %d", v+1)
		if s.engine == postgresEngine {
			set = fmt.Sprintf("UPDATE paperbot_schema SET version = %d WHERE id = 1", v+1)
		}
		if _, err := tx.ExecContext(ctx, set); err != nil {
			return fmt.Errorf("migration %d: set version: %w", v+1, err)
		}
		return nil
	})
	return done, err
}

// pgLockSchema takes the migrations' advisory lock for the transaction and
// makes sure the version table exists, which is safe only under the lock
// (two concurrent CREATE TABLE IF NOT EXISTS can both try to create it).
func pgLockSchema(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(?)`, int64(pgLockKey)); err != nil {
		return fmt.Errorf("lock schema: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `
CREATE TABLE IF NOT EXISTS paperbot_schema (
	id      INT PRIMARY KEY CHECK (id = 1),
	version INT NOT NULL
);
INSERT INTO paperbot_schema (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`); err != nil {
		return fmt.Errorf("create schema version table: %w", err)
	}
	return nil
}
