package dashboard

import (
	"bytes"
	"errors"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.uber.org/zap"

	"paperbot/classroom"
	"paperbot/paper"
)

// Options configure the teacher's page.
type Options struct {
	Source  Source
	Paper   *paper.Paper
	Quizzes *classroom.Quizzer // names quiz items; may be nil
	// Key signs the links and keys the pseudonyms: see LoadOrCreateKey.
	// Without one (at least KeySize bytes) every request gets 503.
	Key    []byte
	Limits Limits
	Log    *zap.Logger
	Now    func() time.Time // time.Now when nil
}

// guildID is a Discord snowflake.
var guildID = regexp.MustCompile(`^[0-9]{1,20}$`)

// Handler serves the teacher's page for a server, GET /report/{guild}, and
// its downloads, GET /report/{guild}/{table}.csv and .json (table one of
// Tables, or report.json for everything), each with ?token= a token from
// Sign for that server. Mount it at /report/.
//
// A missing, forged or expired token gets 401 (the request is not
// authenticated: a new link is needed); a valid token for another server
// gets 403 (authenticated, not allowed here). Neither shows anything of the
// data; the Source is not read.
func Handler(o Options) http.Handler {
	if o.Log == nil {
		o.Log = zap.NewNop()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /report/{guild}", o.page)
	mux.HandleFunc("GET /report/{guild}/{file}", o.file)
	return mux
}

// authorize checks the request's token for its guild. It writes the refusal
// and returns false when the request may not see the page; otherwise it
// returns the token and its expiry.
func (o Options) authorize(w http.ResponseWriter, r *http.Request) (guild, token string, expires time.Time, ok bool) {
	setHeaders(w)
	guild = r.PathValue("guild")
	if !guildID.MatchString(guild) {
		denied(w, http.StatusNotFound, "Not found", "There is no report at this address.")
		return "", "", time.Time{}, false
	}
	if o.Source == nil || o.Paper == nil || len(o.Key) < KeySize {
		o.Log.Error("report page not configured: needs a source, the paper and a key")
		denied(w, http.StatusServiceUnavailable, "Not available", "The teacher's page is not set up on this bot.")
		return "", "", time.Time{}, false
	}
	token = r.URL.Query().Get("token")
	err := Verify(o.Key, token, guild, o.Now())
	switch {
	case err == nil:
	case errors.Is(err, ErrOtherServer):
		o.Log.Info("report refused", zap.String("guild_id", guild), zap.Error(err))
		denied(w, http.StatusForbidden, "Not this server's link",
			"This link opens another server's report. Use /report in this server for its own.")
		return "", "", time.Time{}, false
	default:
		o.Log.Info("report refused", zap.String("guild_id", guild), zap.Error(err))
		w.Header().Set("WWW-Authenticate", `Bearer realm="paperbot report", error="invalid_token"`)
		msg := "This link is not valid. Use /report in your server (Manage Server permission) for a new one."
		if errors.Is(err, ErrExpired) {
			msg = "This link has expired (links last " + strconv.Itoa(int(TokenTTL.Hours())) + " hours). Use /report in your server for a new one."
		}
		denied(w, http.StatusUnauthorized, "Link not valid", msg)
		return "", "", time.Time{}, false
	}
	expires, _ = tokenExpiry(token)
	return guild, token, expires, true
}

func (o Options) page(w http.ResponseWriter, r *http.Request) {
	guild, token, expires, ok := o.authorize(w, r)
	if !ok {
		return
	}
	rep, ok := o.build(w, r, guild, studentsOnPage)
	if !ok {
		return
	}
	var buf bytes.Buffer
	if err := renderPage(&buf, rep, token, expires); err != nil {
		o.Log.Error("report page", zap.String("guild_id", guild), zap.Error(err))
		denied(w, http.StatusInternalServerError, "Something went wrong", "The report could not be shown. Try again in a moment.")
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	buf.WriteTo(w)
}

func (o Options) file(w http.ResponseWriter, r *http.Request) {
	guild, _, _, ok := o.authorize(w, r)
	if !ok {
		return
	}
	file := r.PathValue("file")
	name, ext, _ := strings.Cut(file, ".")
	known := name == "report" && ext == "json"
	for _, t := range Tables {
		known = known || name == t && (ext == "csv" || ext == "json")
	}
	if !known {
		denied(w, http.StatusNotFound, "Not found", "There is no table "+file+". The tables are "+strings.Join(Tables, ", ")+", each as .csv or .json, and report.json.")
		return
	}
	rep, ok := o.build(w, r, guild, 0)
	if !ok {
		return
	}
	var buf bytes.Buffer
	var err error
	if ext == "csv" {
		err = rep.WriteCSV(&buf, name)
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	} else {
		err = rep.WriteJSON(&buf, name)
		w.Header().Set("Content-Type", "application/json")
	}
	if err != nil {
		o.Log.Error("report download", zap.String("guild_id", guild), zap.String("file", file), zap.Error(err))
		w.Header().Del("Content-Type")
		denied(w, http.StatusInternalServerError, "Something went wrong", "The table could not be written. Try again in a moment.")
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="paperbot-`+guild+"-"+file+`"`)
	buf.WriteTo(w)
}

// build reads the report (at most students student rows; 0: all),
// answering 500 when the Source fails.
func (o Options) build(w http.ResponseWriter, r *http.Request, guild string, students int) (Report, bool) {
	b := Builder{Source: o.Source, Paper: o.Paper, Quizzes: o.Quizzes, Key: o.Key, Limits: o.Limits, StudentLimit: students}
	rep, err := b.Build(r.Context(), guild, o.Now())
	if err != nil {
		o.Log.Error("report", zap.String("guild_id", guild), zap.Error(err))
		denied(w, http.StatusInternalServerError, "Something went wrong", "The report could not be read. Try again in a moment.")
		return Report{}, false
	}
	return rep, true
}

// setHeaders keeps the page and its token out of caches, referrers and
// frames, and lets it load nothing from elsewhere.
func setHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Robots-Tag", "noindex")
}

func denied(w http.ResponseWriter, status int, title, message string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	renderDenied(w, title, message)
}
