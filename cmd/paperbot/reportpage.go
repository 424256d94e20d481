package main

import (
	"context"
	"net/http"

	"go.uber.org/zap"

	"paperbot/classroom"
	"paperbot/dashboard"
	"paperbot/paper"
	"paperbot/store"
)

// reportKey is the key that signs the teacher's page's links for run and
// serve: PAPERBOT_SECRET, else the one kept in the database, made at first
// start. publicURL (PAPERBOT_PUBLIC_URL) may be empty: the page is served
// anyway, and /report says it is not set up; a malformed one is a usage
// error.
func reportKey(ctx context.Context, mode, secret, publicURL string, db *store.Store) ([]byte, error) {
	if publicURL != "" {
		if _, err := dashboard.Link(publicURL, "0", "x"); err != nil {
			return nil, usagef("%s: %v", mode, err)
		}
	}
	key, err := db.ReportKey(ctx, secret, nil)
	if err != nil {
		if secret != "" {
			return nil, usagef("%s: %v", mode, err)
		}
		return nil, err
	}
	return key, nil
}

// reportPage is the handler for /report/, reading db and naming quiz items
// from quizzes (the bot's, so it is drawn once).
func reportPage(db *store.Store, p *paper.Paper, quizzes *classroom.Quizzer, key []byte, log *zap.Logger) http.Handler {
	return dashboard.Handler(dashboard.Options{Source: db, Paper: p, Quizzes: quizzes, Key: key,
		Log: log.With(zap.String("source", "report"))})
}
