package dashboard_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"paperbot/dashboard"
	"paperbot/dashboard/dashboardtest"
)

// The fixture's server, users and a few facts about them.
const (
	guild      = "100200300400500600"
	otherGuild = "999888777666555444"
	ada        = "880000000000000001" // has a display name
	bob        = "880000000000000002"
	cy         = "880000000000000003"
)

var users = []string{ada, bob, cy}

// fixture is a small server's activity, written by hand so the page's
// content can be checked line by line.
func fixture(t *testing.T) (dashboardtest.Fixture, *dashboard.Memory, []string) {
	t.Helper()
	f := dashboardtest.NewFixture(t)
	m := dashboard.NewMemory()
	day1 := time.Date(2026, 9, 1, 10, 0, 0, 0, time.UTC)
	day3 := day1.AddDate(0, 0, 2)
	ask := func(user, q string, para int, at time.Time) {
		m.Ask(dashboard.Asked{Guild: guild, User: user, Question: q, Answered: para > 0, Paragraph: para, At: at})
	}
	for _, u := range users {
		ask(u, "When did the US open its embassy in Dushanbe?", 4, day1)
	}
	ask(bob, "us embassy dushanbe", 4, day3)
	ask(cy, "What did the US export to Tajikistan?", 12, day3)
	ask(ada, "What is the population of Tajikistan?", 0, day1)
	ask(bob, "What is the population of Tajikistan", 0, day3)
	ask(cy, "tajikistan population", 0, day3)
	ask(ada, "Is the paper peer reviewed?", 0, day3)
	ask(bob, `=HYPERLINK("http://evil.example","x")`, 0, day3)
	ask(cy, "<script>alert(1)</script>", 0, day3)
	m.Vote(dashboard.Vote{Guild: guild, User: ada, Question: "When did the US open its embassy in Dushanbe?", Paragraph: 4, Helpful: true})
	m.Vote(dashboard.Vote{Guild: guild, User: bob, Question: "When did the US open its embassy in Dushanbe?", Paragraph: 4, Helpful: true})
	m.Vote(dashboard.Vote{Guild: guild, User: cy, Question: "What did the US export to Tajikistan?", Paragraph: 12, Helpful: false})
	m.Vote(dashboard.Vote{Guild: guild, User: ada, Question: "an old question", Paragraph: 99, Helpful: false}) // ¶99: another version of the paper
	ids := f.QuizIDs()
	quiz := func(id, user string, right bool) {
		m.Answer(dashboard.QuizAnswer{Guild: guild, QuizID: id, User: user, Correct: right})
	}
	quiz(ids[0], ada, true)
	quiz(ids[0], bob, false)
	quiz(ids[0], cy, false)
	quiz(ids[1], ada, true)
	quiz(ids[1], bob, true)
	quiz("gone-quiz", cy, false)
	m.SetName(ada, "Ada Lovelace")
	// Another server's activity, never shown on this one's page.
	m.Ask(dashboard.Asked{Guild: otherGuild, User: "770000000000000001", Question: "OTHER SERVER'S QUESTION", Answered: true, Paragraph: 4, At: day1})
	return f, m, ids
}

func get(t *testing.T, h http.Handler, path string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec
}

func parse(t *testing.T, body []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// walk calls fn on every element under n.
func walk(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

// text is n's text, each text node apart, white space collapsed.
func text(n *html.Node) string {
	var parts []string
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			parts = append(parts, n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

func byID(doc *html.Node, id string) *html.Node {
	var found *html.Node
	walk(doc, func(n *html.Node) {
		if found == nil && attr(n, "id") == id {
			found = n
		}
	})
	return found
}

func TestPageContent(t *testing.T) {
	f, m, ids := fixture(t)
	rec := get(t, f.Handler(m), f.Path(guild, ""))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	body := rec.Body.String()
	doc := parse(t, rec.Body.Bytes())

	// The heat map: one cell per ¶, in order, with its count.
	var cells []*html.Node
	walk(doc, func(n *html.Node) {
		if n.Data == "details" && hasClass(n, "para") {
			cells = append(cells, n)
		}
	})
	if len(cells) != len(f.Paper.Paragraphs) {
		t.Fatalf("%d heat-map cells, want %d", len(cells), len(f.Paper.Paragraphs))
	}
	for i, c := range cells {
		if want := "p" + strconv.Itoa(i+1); attr(c, "id") != want {
			t.Fatalf("cell %d has id %q, want %q", i, attr(c, "id"), want)
		}
	}
	p4 := text(byID(doc, "p4"))
	for _, want := range []string{"¶4 4 answers, p. 3", "Political Relations", "p. 3", "4 answers landed here", "votes: 2 helpful, 0 not helpful",
		"When did the US open its embassy in Dushanbe? (×3)", "us embassy dushanbe", f.Paper.Paragraphs[3].Text[:60]} {
		if !strings.Contains(p4, want) {
			t.Errorf("¶4's cell lacks %q:\n%s", want, p4)
		}
	}
	if !strings.Contains(text(byID(doc, "p1")), "No answer has quoted this ¶ yet.") {
		t.Error("¶1 does not say no answer quoted it")
	}
	summaryClass := func(id string) string {
		var c string
		walk(byID(doc, id), func(n *html.Node) {
			if n.Data == "summary" {
				c = attr(n, "class")
			}
		})
		return c
	}
	if summaryClass("p4") != "h5" || summaryClass("p12") == "h0" || summaryClass("p1") != "h0" {
		t.Errorf("shades: ¶4 %q (want h5, the busiest), ¶12 %q (want a shade), ¶1 %q (want h0)", summaryClass("p4"), summaryClass("p12"), summaryClass("p1"))
	}

	glance := text(byID(doc, "glance-h").Parent)
	for _, want := range []string{"Questions asked 11", "Answered by the paper 5", "Not answered 6", "Votes: helpful 2", "Votes: not helpful 2", "¶ reached 2 of 23", "Quiz answers 6", "Students taking part 3", "1 answers and votes concern ¶ numbers this paper does not have"} {
		if !strings.Contains(glance, want) {
			t.Errorf("at a glance lacks %q:\n%s", want, glance)
		}
	}

	todo := text(byID(doc, "todo"))
	for _, want := range []string{
		"6 questions, in 4 groups",
		"What is the population of Tajikistan? asked 3× 2 wordings", "tajikistan population (×1)",
		"Is the paper peer reviewed? asked 1×",
		"What did the US export to Tajikistan? ¶12 · Economic Relations · p. 6 : " + f.Paper.Paragraphs[11].Text[:60],
	} {
		if !strings.Contains(todo, want) {
			t.Errorf("the to-do part lacks %q:\n%s", want, todo)
		}
	}

	quiz := text(byID(doc, "quiz"))
	q0, _ := f.Quizzes.ByID(ids[0])
	q1, _ := f.Quizzes.ByID(ids[1])
	for _, want := range []string{
		"3 of the 3 students taking part answered quizzes (6 first answers, 3 right); 3 asked questions",
		"1 quiz gone-quiz (no longer made from this paper)",
		"2 " + q0.Question, "33%",
		"3 " + q1.Question, "100%",
	} {
		if !strings.Contains(quiz, want) {
			t.Errorf("the quiz part lacks %q:\n%s", want, quiz)
		}
	}
	if i, j := strings.Index(quiz, q0.Question), strings.Index(quiz, q1.Question); i > j {
		t.Error("the easier quiz comes before the harder")
	}

	// Privacy: no user id anywhere, pseudonyms instead, no display name
	// unless the server shows them, nothing of another server.
	for _, u := range append(users, "770000000000000001") {
		if strings.Contains(body, u) {
			t.Errorf("the page shows user id %s", u)
		}
	}
	for _, u := range users {
		if !strings.Contains(quiz, dashboard.Pseudonym(dashboardtest.Key, guild, u)) {
			t.Errorf("the page lacks the pseudonym of %s", u)
		}
	}
	for _, never := range []string{"Ada Lovelace", "OTHER SERVER", "<script>alert(1)</script>"} {
		if strings.Contains(body, never) {
			t.Errorf("the page shows %q", never)
		}
	}
	if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the question with markup is not shown escaped")
	}
}

func TestShowNames(t *testing.T) {
	f, m, _ := fixture(t)
	m.SetShowNames(guild, true)
	rec := get(t, f.Handler(m), f.Path(guild, ""))
	body := rec.Body.String()
	if !strings.Contains(body, "Ada Lovelace") {
		t.Error("names are on but Ada's name is not shown")
	}
	if !strings.Contains(body, dashboard.Pseudonym(dashboardtest.Key, guild, bob)) {
		t.Error("Bob, who has no name, is not shown by pseudonym")
	}
	if strings.Contains(body, dashboard.Pseudonym(dashboardtest.Key, guild, ada)) {
		t.Error("Ada is shown by pseudonym though her name is shown")
	}
	for _, u := range users {
		if strings.Contains(body, u) {
			t.Errorf("the page shows user id %s", u)
		}
	}
}

// TestChartsHaveTextAlternatives parses the page: every SVG chart is an
// image named by its <title> and described by its <desc>, and its section
// holds the data as a table; every table has a caption and header cells;
// every heat-map cell has text.
func TestChartsHaveTextAlternatives(t *testing.T) {
	f := dashboardtest.NewFixture(t)
	spec := dashboardtest.Spec{Guild: guild, Seed: 3, Questions: 500, Votes: 100, QuizAnswers: 300, Students: 20, QuizIDs: f.QuizIDs()}
	rec := get(t, f.Handler(dashboardtest.MemorySource(t, f, spec)), f.Path(guild, ""))
	doc := parse(t, rec.Body.Bytes())
	svgs := 0
	walk(doc, func(n *html.Node) {
		switch n.Data {
		case "svg":
			svgs++
			id := attr(n, "id")
			if attr(n, "role") != "img" {
				t.Errorf("svg %s: role %q, want img", id, attr(n, "role"))
			}
			labels := strings.Fields(attr(n, "aria-labelledby"))
			if len(labels) != 2 {
				t.Fatalf("svg %s: aria-labelledby %q, want a title and a description", id, attr(n, "aria-labelledby"))
			}
			for i, want := range []string{"title", "desc"} {
				el := byID(n, labels[i])
				if el == nil || el.Data != want || el.Parent != n || len(text(el)) < 20 {
					t.Errorf("svg %s: %s %q missing, misplaced or empty", id, want, labels[i])
				}
			}
			section := n
			for section != nil && section.Data != "section" {
				section = section.Parent
			}
			tables := 0
			walk(section, func(m *html.Node) {
				if m.Data == "table" {
					tables++
				}
			})
			if tables == 0 {
				t.Errorf("svg %s: no data table in its section", id)
			}
		case "table":
			var caption, th bool
			walk(n, func(m *html.Node) {
				caption = caption || m.Data == "caption" && text(m) != ""
				th = th || m.Data == "th" && attr(m, "scope") != ""
			})
			if !caption || !th {
				t.Errorf("a table lacks a caption or scoped header cells: %.80s", text(n))
			}
		case "summary":
			if text(n) == "" {
				t.Error("an empty summary")
			}
		case "img":
			if _, ok := attrOK(n, "alt"); !ok {
				t.Error("an img without alt")
			}
		}
	})
	if svgs != 3 {
		t.Errorf("%d charts, want 3 (days, quiz items, scores)", svgs)
	}
	heat := byID(doc, "heat-cap")
	if heat == nil || text(heat) == "" {
		t.Error("the heat map has no caption")
	}
	if attr(byTag(doc, "html"), "lang") != "en" {
		t.Error("the page has no language")
	}
}

func attrOK(n *html.Node, name string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val, true
		}
	}
	return "", false
}

func byTag(doc *html.Node, tag string) *html.Node {
	var found *html.Node
	walk(doc, func(n *html.Node) {
		if found == nil && n.Data == tag {
			found = n
		}
	})
	return found
}

// spy is a Source that counts its reads, and can fail them.
type spy struct {
	dashboard.Source
	reads int
	fail  error
}

func (s *spy) read() error { s.reads++; return s.fail }
func (s *spy) Paragraphs(ctx context.Context, g string) ([]dashboard.ParagraphStat, error) {
	if err := s.read(); err != nil {
		return nil, err
	}
	return s.Source.Paragraphs(ctx, g)
}
func (s *spy) Days(ctx context.Context, g string) ([]dashboard.Day, error) {
	if err := s.read(); err != nil {
		return nil, err
	}
	return s.Source.Days(ctx, g)
}

func TestRefused(t *testing.T) {
	f, m, _ := fixture(t)
	src := &spy{Source: m}
	h := f.Handler(src)
	valid := dashboard.Sign(dashboardtest.Key, guild, f.Now.Add(time.Hour))
	forged := valid[:len(valid)-2] + "AA"
	if forged == valid {
		forged = valid[:len(valid)-2] + "BB"
	}
	expired := dashboard.Sign(dashboardtest.Key, guild, f.Now.Add(-time.Second))
	others := dashboard.Sign(dashboardtest.Key, otherGuild, f.Now.Add(time.Hour))
	otherKey := dashboard.Sign([]byte("not the bot's key, but 32 bytes!"), guild, f.Now.Add(time.Hour))
	for _, tc := range []struct {
		name, path string
		status     int
		says       string
	}{
		{"no token", "/report/" + guild, http.StatusUnauthorized, "not valid"},
		{"empty token", "/report/" + guild + "?token=", http.StatusUnauthorized, "not valid"},
		{"forged", "/report/" + guild + "?token=" + forged, http.StatusUnauthorized, "not valid"},
		{"signed with another key", "/report/" + guild + "?token=" + otherKey, http.StatusUnauthorized, "not valid"},
		{"expired", "/report/" + guild + "?token=" + expired, http.StatusUnauthorized, "expired"},
		{"another server's", "/report/" + guild + "?token=" + others, http.StatusForbidden, "another server"},
		{"download without token", "/report/" + guild + "/students.csv", http.StatusUnauthorized, "not valid"},
		{"download, forged", "/report/" + guild + "/report.json?token=" + forged, http.StatusUnauthorized, "not valid"},
		{"download, expired", "/report/" + guild + "/days.json?token=" + expired, http.StatusUnauthorized, "expired"},
		{"download, another server's", "/report/" + guild + "/unanswered.csv?token=" + others, http.StatusForbidden, "another server"},
		{"not a server id", "/report/abc?token=" + valid, http.StatusNotFound, "no report"},
		{"unknown table", "/report/" + guild + "/secrets.csv?token=" + valid, http.StatusNotFound, "no table"},
		{"unknown format", "/report/" + guild + "/days.xml?token=" + valid, http.StatusNotFound, "no table"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src.reads = 0
			rec := get(t, h, tc.path)
			body := rec.Body.String()
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.status, body)
			}
			if !strings.Contains(body, tc.says) {
				t.Errorf("the page does not say %q: %s", tc.says, body)
			}
			if tc.status == http.StatusUnauthorized && !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Bearer") {
				t.Errorf("401 without WWW-Authenticate: %q", rec.Header().Get("WWW-Authenticate"))
			}
			if src.reads != 0 {
				t.Errorf("the source was read %d times for a refused request", src.reads)
			}
			for _, secret := range []string{"embassy", "population", "peer reviewed", "¶4", dashboard.Pseudonym(dashboardtest.Key, guild, ada)} {
				if strings.Contains(body, secret) {
					t.Errorf("a refused request shows %q", secret)
				}
			}
		})
	}
	t.Run("valid", func(t *testing.T) {
		if rec := get(t, h, "/report/"+guild+"?token="+valid); rec.Code != http.StatusOK || src.reads == 0 {
			t.Fatalf("status %d, %d reads", rec.Code, src.reads)
		}
	})
}

func TestNotConfigured(t *testing.T) {
	f, m, _ := fixture(t)
	for name, o := range map[string]dashboard.Options{
		"no key":    {Source: m, Paper: f.Paper},
		"short key": {Source: m, Paper: f.Paper, Key: []byte("short")},
		"no source": {Paper: f.Paper, Key: dashboardtest.Key},
		"no paper":  {Source: m, Key: dashboardtest.Key},
	} {
		o.Now = func() time.Time { return f.Now }
		if rec := get(t, dashboard.Handler(o), f.Path(guild, "")); rec.Code != http.StatusServiceUnavailable || strings.Contains(rec.Body.String(), "embassy") {
			t.Errorf("%s: status %d, want 503 and no data", name, rec.Code)
		}
	}
}

func TestSourceFails(t *testing.T) {
	f, m, _ := fixture(t)
	h := f.Handler(&spy{Source: m, fail: errors.New("database is locked")})
	for _, file := range []string{"", "days.csv", "report.json"} {
		rec := get(t, h, f.Path(guild, file))
		if rec.Code != http.StatusInternalServerError || strings.Contains(rec.Body.String(), "locked") || rec.Header().Get("Content-Disposition") != "" {
			t.Errorf("%q: status %d, disposition %q, body %s", file, rec.Code, rec.Header().Get("Content-Disposition"), rec.Body)
		}
	}
}

func TestEmptyServer(t *testing.T) {
	f, m, _ := fixture(t)
	rec := get(t, f.Handler(m), f.Path("123", ""))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	body := rec.Body.String()
	for _, want := range []string{"No questions yet.", "None: the paper answered every question.", "No answer has been voted not helpful.", "No quiz answered yet.", "No scores yet.", "No one has taken part yet."} {
		if !strings.Contains(body, want) {
			t.Errorf("an empty server's page lacks %q", want)
		}
	}
	if n := strings.Count(body, `<summary class="h0">`); n != len(f.Paper.Paragraphs) {
		t.Errorf("%d unshaded cells, want all %d", n, len(f.Paper.Paragraphs))
	}
	rec = get(t, f.Handler(m), f.Path("123", "report.json"))
	for _, want := range []string{`"days": []`, `"unanswered": []`, `"students": []`, `"questions": []`} {
		if !strings.Contains(rec.Body.String(), want) {
			t.Errorf("an empty server's report.json lacks %s", want)
		}
	}
}

func TestDownloads(t *testing.T) {
	f, m, _ := fixture(t)
	h := f.Handler(m)
	header := map[string]string{
		"paragraphs":  "paragraph,section,page,end_page,answers,helpful,not_helpful",
		"questions":   "paragraph,question,count",
		"days":        "date,answered,unanswered",
		"unanswered":  "group,question,count",
		"not_helpful": "question,paragraph,section,page,votes,passage",
		"quiz_items":  "quiz_id,question,paragraph,answered,right,share_right",
		"scores":      "from,to,students",
		"students":    "student,asked,quiz_answered,quiz_right",
	}
	if len(header) != len(dashboard.Tables) {
		t.Fatalf("%d tables, the test knows %d", len(dashboard.Tables), len(header))
	}
	for _, name := range dashboard.Tables {
		rec := get(t, h, f.Path(guild, name+".csv"))
		if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "text/csv; charset=utf-8" ||
			!strings.Contains(rec.Header().Get("Content-Disposition"), "paperbot-"+guild+"-"+name+".csv") {
			t.Fatalf("%s.csv: status %d, headers %v", name, rec.Code, rec.Header())
		}
		rows, err := csv.NewReader(rec.Body).ReadAll()
		if err != nil {
			t.Fatalf("%s.csv: %v", name, err)
		}
		if strings.Join(rows[0], ",") != header[name] || len(rows) < 2 {
			t.Errorf("%s.csv: header %q, %d rows", name, rows[0], len(rows))
		}
		rec = get(t, h, f.Path(guild, name+".json"))
		var v []map[string]any
		if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/json" {
			t.Fatalf("%s.json: status %d, headers %v", name, rec.Code, rec.Header())
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil || len(v) == 0 {
			t.Errorf("%s.json: %v, %d rows", name, err, len(v))
		}
	}

	rec := get(t, h, f.Path(guild, "unanswered.csv"))
	body := rec.Body.String()
	if !strings.Contains(body, `'=HYPERLINK(`) || strings.Contains(body, "\n=HYPERLINK") || strings.Contains(body, ",=HYPERLINK") {
		t.Errorf("a formula is not defused in unanswered.csv:\n%s", body)
	}
	rec = get(t, h, f.Path(guild, "students.csv"))
	for _, u := range users {
		if strings.Contains(rec.Body.String(), u) {
			t.Errorf("students.csv shows user id %s", u)
		}
	}

	rec = get(t, h, f.Path(guild, "report.json"))
	var r map[string]json.RawMessage
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"guild", "paper", "generated", "totals", "paragraphs", "days", "unanswered", "not_helpful", "quiz_items", "scores", "participation", "names", "students"} {
		if _, ok := r[key]; !ok {
			t.Errorf("report.json lacks %q", key)
		}
	}
	for _, u := range users {
		if strings.Contains(rec.Body.String(), u) {
			t.Errorf("report.json shows user id %s", u)
		}
	}
	var totals dashboard.Totals
	if err := json.Unmarshal(r["totals"], &totals); err != nil {
		t.Fatal(err)
	}
	want := dashboard.Totals{Questions: 11, Answered: 5, Unanswered: 6, Helpful: 2, NotHelpful: 2, QuizAnswers: 6, QuizRight: 3, Elsewhere: 1}
	if totals != want {
		t.Errorf("totals %+v, want %+v", totals, want)
	}
}

// TestHeaders: the page loads nothing from elsewhere and runs nothing; its
// one inline style is allowed by hash; it is never cached or sent as a
// referrer.
func TestHeaders(t *testing.T) {
	f, m, _ := fixture(t)
	rec := get(t, f.Handler(m), f.Path(guild, ""))
	h := rec.Header()
	csp := h.Get("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe") || strings.Contains(csp, "script-src") {
		t.Errorf("CSP %q", csp)
	}
	for k, want := range map[string]string{"Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff"} {
		if h.Get(k) != want {
			t.Errorf("%s: %q, want %q", k, h.Get(k), want)
		}
	}
	doc := parse(t, rec.Body.Bytes())
	walk(doc, func(n *html.Node) {
		switch n.Data {
		case "script", "iframe", "object", "embed":
			t.Errorf("the page has a <%s>", n.Data)
		case "link":
			if attr(n, "rel") != "icon" || attr(n, "href") != "data:," {
				t.Errorf("the page links %q", attr(n, "href"))
			}
		}
		if attr(n, "style") != "" {
			t.Errorf("<%s> has a style attribute, which the CSP refuses", n.Data)
		}
		if href := attr(n, "href"); strings.Contains(href, "://") {
			t.Errorf("a link leaves the page: %s", href)
		}
	})
	// The download links are relative and carry the page's token.
	if !strings.Contains(rec.Body.String(), `href="`+guild+`/days.csv?token=`) {
		t.Error("no relative download link for days.csv")
	}
}
