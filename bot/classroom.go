package bot

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"paperbot/classroom"
	"paperbot/store"
)

// The classroom features: quizzes and their leaderboard, the timeline,
// the glossary, feedback votes and per-server settings. They need the
// store; without one (the console, some tests) they say so.

const noStore = "This needs the bot's database, which is not open here."

// quiz picks a question, optionally from sections whose title contains
// section, with its four choices as buttons.
func (b *Bot) quiz(section string) reply {
	q, err := b.quizzer.Pick(section, rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7)))
	if err != nil {
		// The error quotes the section as typed: escape it.
		return textReply(true, "%s.", Escape(err.Error()))
	}
	return quizMessage(q)
}

// quizMessage is a quiz item's public message: the question, its four
// choices as buttons.
func quizMessage(q classroom.Quiz) reply {
	var btns []discordgo.MessageComponent
	var list strings.Builder
	cut := false
	for k, c := range q.Choices {
		label := fmt.Sprintf("%c. %s", 'A'+k, c)
		cut = cut || utf8.RuneCountInString(label) > 80
		fmt.Fprintf(&list, "\n**%c.** %s", 'A'+k, Escape(c))
		btns = append(btns, discordgo.Button{
			Label:    truncate(label, 80),
			Style:    discordgo.PrimaryButton,
			CustomID: fmt.Sprintf("%squiz:%s:%d", idPrefix, q.ID, k),
		})
	}
	choices := ""
	if cut {
		// A button holds 80 characters: when a choice is longer, the
		// message lists every choice whole, so none is read half.
		choices = list.String()
	}
	note := ""
	if q.Note != "" {
		note = "\n*" + Escape(q.Note) + "*"
	}
	return reply{
		content:    "**Quiz:** " + Escape(q.Question) + note + choices + "\n*Your first answer counts; you'll see privately whether it's right.*",
		components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: btns}},
	}
}

// answerQuiz records a click on a quiz choice and tells the user,
// privately, whether it is right, with the source.
func (b *Bot) answerQuiz(guild, user, arg string) reply {
	id, ks, ok := strings.Cut(arg, ":")
	k, err := strconv.Atoi(ks)
	q, found := b.quizzer.ByID(id)
	if !ok || err != nil || !found || k < 0 || k >= len(q.Choices) {
		return textReply(true, "That quiz no longer exists: try a new `/quiz`.")
	}
	correct := k == q.Answer
	verdict := "Not quite."
	if correct {
		verdict = "Right!"
	}
	if b.cfg.Store != nil {
		first, err := b.cfg.Store.RecordAnswer(context.Background(), store.QuizAnswer{Guild: guild, QuizID: q.ID, User: user, Choice: k, Correct: correct, At: time.Now()})
		if err != nil {
			b.log.Error("record answer: " + err.Error())
			return textReply(true, "Sorry, I couldn't record that answer.")
		}
		b.cfg.Metrics.QuizAnswer(correct, first)
		if !first {
			verdict = "You already answered this quiz: your first answer counts. This one is " + strings.ToLower(strings.TrimSuffix(verdict, "!")) + "."
			if correct {
				verdict = "You already answered this quiz: your first answer counts. This one is right."
			}
		}
	}
	return textReply(true, "%s The answer is **%s**.\n> %s\n— %s · p. %d · ¶%d", verdict, Escape(q.Choices[q.Answer]), Escape(q.Sentence), Escape(q.Section), q.Page, q.Paragraph)
}

// leaderboard shows the server's top 10 and the caller's own rank.
func (b *Bot) leaderboard(guild, user string) reply {
	if b.cfg.Store == nil {
		return textReply(true, noStore)
	}
	ctx := context.Background()
	if guild == "" {
		// In a DM, quizzes are scored per user; the DM "server" is every
		// stranger's DMs, so a user sees only their own score.
		rank, sc, err := b.cfg.Store.Rank(ctx, "", user)
		if err != nil {
			b.log.Error("leaderboard: " + err.Error())
			return textReply(true, "Sorry, I couldn't read your score.")
		}
		if rank == 0 {
			return textReply(true, "No quiz answers from you here yet: try `/quiz`. (In DMs you see only your own score; a server's `/leaderboard` ranks its members.)")
		}
		return textReply(true, "Your quiz score in DMs: %d right of %d first answers.", sc.Points, sc.Answered)
	}
	top, err := b.cfg.Store.Leaderboard(ctx, guild, 10)
	if err != nil {
		b.log.Error("leaderboard: " + err.Error())
		return textReply(true, "Sorry, I couldn't read the leaderboard.")
	}
	if len(top) == 0 {
		return textReply(false, "No quiz answers yet on this server: try `/quiz`.")
	}
	var lines []string
	for k, s := range top {
		lines = append(lines, fmt.Sprintf("%d. <@%s>: %d right of %d", k+1, s.User, s.Points, s.Answered))
	}
	e := &discordgo.MessageEmbed{Title: "Quiz leaderboard", Description: strings.Join(lines, "\n")}
	if rank, sc, err := b.cfg.Store.Rank(ctx, guild, user); err == nil && rank > 0 {
		e.Footer = &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("You: #%d, %d right of %d", rank, sc.Points, sc.Answered)}
	}
	fit(e)
	return reply{embeds: []*discordgo.MessageEmbed{e}}
}

// timelinePage is how many events one page of the timeline shows.
const timelinePage = 10

// timeline shows page p (from 0) of the dated events between from and to.
func (b *Bot) timeline(from, to, p int) (reply, bool) {
	evs := classroom.Between(b.events, from, to)
	if len(evs) == 0 {
		return textReply(true, "No dated events in the paper between those years."), false
	}
	pages := (len(evs) + timelinePage - 1) / timelinePage
	p = max(0, min(p, pages-1))
	var lines []string
	for _, ev := range evs[p*timelinePage : min(len(evs), (p+1)*timelinePage)] {
		lines = append(lines, fmt.Sprintf("**%s**: %s (%s)", Escape(ev.When), Escape(ev.Text), ev.Where()))
	}
	e := &discordgo.MessageEmbed{Title: "Timeline", Description: strings.Join(lines, "\n"),
		Footer: &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("Page %d of %d · %d events", p+1, pages, len(evs))}}
	fit(e)
	r := reply{embeds: []*discordgo.MessageEmbed{e}}
	if pages > 1 {
		// The custom_ids differ in their last letter: Discord wants them
		// unique within a message even when they point at the same page.
		r.components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "Previous", Style: discordgo.SecondaryButton, Disabled: p == 0, CustomID: fmt.Sprintf("%stl:%d:%d:%d:p", idPrefix, from, to, p-1)},
			discordgo.Button{Label: "Next", Style: discordgo.SecondaryButton, Disabled: p == pages-1, CustomID: fmt.Sprintf("%stl:%d:%d:%d:n", idPrefix, from, to, p+1)},
		}}}
	}
	return r, true
}

// glossary lists the paper's acronyms, or those matching term.
func (b *Bot) glossary(term string) reply {
	terms := b.terms
	if term = strings.TrimSpace(term); term != "" {
		terms = classroom.Lookup(b.terms, term)
	}
	if len(terms) == 0 {
		return textReply(true, "No acronym or organisation matches \"%s\".", Escape(truncate(term, 50)))
	}
	var lines []string
	for _, t := range terms {
		var ps []string
		for _, n := range t.Paragraphs {
			ps = append(ps, "¶"+strconv.Itoa(n))
		}
		lines = append(lines, fmt.Sprintf("**%s**: %s (%s; %s)", Escape(t.Acronym), Escape(t.Expansion), t.Source(), strings.Join(ps, ", ")))
	}
	e := &discordgo.MessageEmbed{Title: "Glossary", Description: truncate(strings.Join(lines, "\n"), MaxDescription)}
	fit(e)
	return reply{embeds: []*discordgo.MessageEmbed{e}}
}

// vote records a Helpful / Not helpful click, one per user per answer.
func (b *Bot) vote(guild, user, arg string) reply {
	if b.cfg.Store == nil {
		return textReply(true, noStore)
	}
	parts := strings.Split(arg, ":")
	if len(parts) != 3 {
		return textReply(true, "That button no longer works.")
	}
	n, err := strconv.Atoi(parts[1])
	if err != nil || (parts[2] != "y" && parts[2] != "n") {
		return textReply(true, "That button no longer works.")
	}
	ctx := context.Background()
	// Questions are written in the background: let the one this vote is
	// about land first.
	if b.qlog != nil {
		if err := b.qlog.flush(ctx); err != nil {
			b.log.Warn("vote: wait for questions", zap.Error(err))
		}
	}
	// The store takes the question logged with the answer (the button has
	// no room for it) and refuses a vote on an answer it never logged.
	ok, err := b.cfg.Store.Vote(ctx, store.Vote{AnswerID: parts[0], Guild: guild, User: user, Paragraph: n, Helpful: parts[2] == "y", At: time.Now()})
	if errors.Is(err, store.ErrUnknownAnswer) {
		b.log.Warn("vote on an unknown answer", zap.String("answer_id", parts[0]), zap.Int("paragraph", n))
		if justGiven(parts[0], time.Now()) {
			// Another replica gave the answer and has not logged it yet
			// (a database that was away delays its log): the button
			// works in a moment, and saying it never will would be wrong
			// once that replica's write lands.
			return textReply(true, "Sorry, I couldn't record your vote yet: that answer is still being saved. Please try again in a moment.")
		}
		return textReply(true, "That button no longer works.")
	}
	if err != nil {
		b.log.Error("vote: " + err.Error())
		return textReply(true, "Sorry, I couldn't record your vote: please try again later.")
	}
	if !ok {
		return textReply(true, "You already voted on this answer.")
	}
	return textReply(true, "Thanks for the feedback.")
}

// answerLogGrace is how long after an answer a vote on it that the store
// does not know yet is taken for one whose log has not landed: the log is
// written within a second, or a few while the database restarts; a
// replica killed before writing it loses it, and past the grace the
// button says it no longer works instead of asking for retries forever.
const answerLogGrace = 15 * time.Second

// justGiven reports whether answerID, the id of the interaction that was
// answered (a Discord snowflake, which holds its creation time), is less
// than answerLogGrace old at now.
func justGiven(answerID string, now time.Time) bool {
	id, err := strconv.ParseUint(answerID, 10, 64)
	if err != nil {
		return false
	}
	const discordEpoch = 1420070400000 // ms, 2015-01-01 UTC
	at := time.UnixMilli(int64(id>>22) + discordEpoch)
	return now.Sub(at) < answerLogGrace && at.Sub(now) < answerLogGrace
}
