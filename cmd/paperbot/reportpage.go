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

// reportPage makes the teacher's page for run and serve: the key that signs
// its links (PAPERBOT_SECRET, else the one kept in the database, made at
// first start) and the handler for /report/. publicURL
// (PAPERBOT_PUBLIC_URL) may be empty: the page is served anyway, and
// /report says it is not set up; a malformed one is a usage error.
func reportPage(ctx context.Context, mode, secret, publicURL string, db *store.Store, p *paper.Paper, plain *classroom.Plain, log *zap.Logger) ([]byte, http.Handler, error) {
	if publicURL != "" {
		if _, err := dashboard.Link(publicURL, "0", "x"); err != nil {
			return nil, nil, usagef("%s: %v", mode, err)
		}
	}
	key, err := db.ReportKey(ctx, secret, nil)
	if err != nil {
		if secret != "" {
			return nil, nil, usagef("%s: %v", mode, err)
		}
		return nil, nil, err
	}
	h := dashboard.Handler(dashboard.Options{Source: db, Paper: p, Quizzes: classroom.NewQuizzer(p, plain), Key: key,
		Log: log.With(zap.String("source", "report"))})
	return key, h, nil
}
