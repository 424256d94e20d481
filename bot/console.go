package bot

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"paperbot/answer"
	"paperbot/classroom"
	"paperbot/metrics"
)

// Offline returns a bot that is never connected, for the console: the
// same commands and the same replies, shown as text. plain is the paper's
// plain-English list, as in Config.
func Offline(engine *answer.Engine, plain *classroom.Plain) *Bot {
	p := engine.Paper
	b := &Bot{
		cfg:    Config{DeferAfter: 1500 * time.Millisecond, Plain: plain},
		engine: engine,
		src:    Source{Author: p.Author, Title: p.Title, Year: p.Year},
		log:    zap.NewNop(),
		limits: unlimited(),
		cache:  newSettingsCache(),
		names:  newNameCache(),
		known:  commandNames(),
	}
	b.loadClassroom()
	return b
}

// ConsoleHelp lists the commands Text takes.
const ConsoleHelp = "Commands: /ask QUESTION (or just type a question), /ref QUERY, /passage N, /page N, /quiz [SECTION] then /answer A-D, /timeline [FROM [TO]], /glossary [TERM], /discuss TOPIC, /help, /quit"

// Text runs one console line, "/ask ...", "/ref ...", "/passage 12",
// "/page 3", "/help" or a plain question, through the bot's own command
// handlers and returns the reply as terminal text.
func (b *Bot) Text(line string) string {
	line = strings.TrimSpace(line)
	if line == "" {
		return ""
	}
	cmd, arg := "/ask", line
	if strings.HasPrefix(line, "/") {
		cmd, arg, _ = strings.Cut(line, " ")
		arg = strings.TrimSpace(arg)
	}
	var r reply
	switch strings.ToLower(cmd) {
	case "/ask":
		r, _ = b.ask(arg, false, caller{})
	case "/ref":
		r = b.ref(arg)
	case "/passage", "/page":
		n, err := strconv.Atoi(strings.TrimPrefix(arg, "¶"))
		if err != nil {
			return "Usage: " + cmd + " N"
		}
		name := "number"
		if cmd == "/page" {
			name = "page"
		}
		r = b.passage([]*discordgo.ApplicationCommandInteractionDataOption{{Name: name, Type: discordgo.ApplicationCommandOptionInteger, Value: float64(n)}})
	case "/quiz":
		r = b.quiz(arg)
		if ids := quizIDs(r); len(ids) == 4 {
			b.lastQuiz = ids
		}
	case "/answer":
		k := strings.IndexByte("ABCD", byte(unicode.ToUpper(rune(firstByte(arg)))))
		if len(b.lastQuiz) != 4 || k < 0 {
			return "Start a quiz with /quiz, then answer with /answer A, B, C or D."
		}
		r, _ = b.button(b.lastQuiz[k], caller{user: "console"})
	case "/timeline":
		f := strings.Fields(arg)
		from, to := 0, 0
		if len(f) > 0 {
			from, _ = strconv.Atoi(f[0])
		}
		if len(f) > 1 {
			to, _ = strconv.Atoi(f[1])
		}
		var all []string
		for p := 0; ; p++ {
			pr, ok := b.timeline(from, to, p)
			if !ok {
				return pr.text()
			}
			pr.components = nil
			all = append(all, pr.text())
			if len(pr.embeds) == 0 || strings.Contains(pr.embeds[0].Footer.Text, fmt.Sprintf("Page %d of %d", p+1, p+1)) {
				break
			}
		}
		return strings.Join(all, "")
	case "/glossary":
		r = b.glossary(arg)
	case "/discuss":
		// the console is one person: the private preview, with no thread
		r = b.discuss("", "", arg, true)
	case "/leaderboard", "/settings":
		return cmd + " lives on Discord: it needs a server."
	case "/help":
		r = reply{content: helpText}
	default:
		return "I don't know " + cmd + ". " + ConsoleHelp
	}
	return r.text()
}

// text shows a reply in a terminal: the content, then each embed's title,
// description and fields, and the buttons' labels.
func (r reply) text() string {
	var b strings.Builder
	if r.content != "" {
		b.WriteString(unescape(r.content))
		b.WriteString("\n")
	}
	for _, e := range r.embeds {
		b.WriteString("\n")
		if e.Title != "" {
			b.WriteString("== " + e.Title + " ==\n")
		}
		if e.URL != "" {
			b.WriteString(e.URL + "\n")
		}
		if e.Description != "" {
			b.WriteString(unescape(e.Description) + "\n")
		}
		for _, f := range e.Fields {
			b.WriteString(f.Name + ":\n" + unescape(f.Value) + "\n")
		}
		if e.Footer != nil && e.Footer.Text != "" {
			b.WriteString("-- " + e.Footer.Text + "\n")
		}
	}
	for _, row := range r.components {
		if ar, ok := row.(discordgo.ActionsRow); ok {
			var labels []string
			for _, c := range ar.Components {
				if btn, ok := c.(discordgo.Button); ok {
					labels = append(labels, "["+btn.Label+"]")
				}
			}
			b.WriteString(strings.Join(labels, " ") + "\n")
		}
	}
	return b.String()
}

// unescape undoes Escape for a terminal, which shows markdown as typed.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\*_~`|[]#>-", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// quizIDs returns the custom_ids of a quiz reply's choices.
func quizIDs(r reply) []string {
	var ids []string
	for _, row := range r.components {
		if ar, ok := row.(discordgo.ActionsRow); ok {
			for _, c := range ar.Components {
				if btn, ok := c.(discordgo.Button); ok {
					ids = append(ids, btn.CustomID)
				}
			}
		}
	}
	return ids
}

func firstByte(s string) byte {
	if s == "" {
		return 0
	}
	return s[0]
}

// WithMetrics makes an offline bot count what it handles in m (for the
// HTTP endpoint's tests).
func (b *Bot) WithMetrics(m *metrics.Metrics) *Bot {
	b.cfg.Metrics = m
	return b
}
