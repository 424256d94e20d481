package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"
)

// forgetCommand is /forget: a user deletes their own records. It works in
// servers and in DMs with the bot.
func forgetCommand() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{Name: "forget", Description: "Delete everything this bot keeps about you (asks first)"}
}

// The confirmation's buttons: "pb1:forget:yes" deletes the clicker's own
// records (whoever sent the command: a forged id can only delete the
// forger's), "pb1:forget:no" deletes nothing.
const (
	forgetYes = idPrefix + "forget:yes"
	forgetNo  = idPrefix + "forget:no"
)

// forget answers /forget with a private question and two buttons, so that
// a stray command deletes nothing.
func (b *Bot) forget() reply {
	if b.cfg.Store == nil {
		return textReply(true, "This bot keeps no records: there is nothing to delete.")
	}
	return reply{
		content: "Delete everything this bot keeps about you, on every server and in DMs: the questions you asked, " +
			"your votes, your quiz answers and scores, and your display name? Others' votes on my answers to you stay, without your question. " +
			"This cannot be undone.",
		components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "Delete my data", Style: discordgo.DangerButton, CustomID: forgetYes},
			discordgo.Button{Label: "Cancel", Style: discordgo.SecondaryButton, CustomID: forgetNo},
		}}},
		private: true,
	}
}

// forgetButton answers the confirmation's buttons by replacing the
// question (the buttons go with it).
func (b *Bot) forgetButton(arg string, c caller) reply {
	none := []discordgo.MessageComponent{}
	if arg != "yes" || b.cfg.Store == nil || c.user == "" {
		return reply{content: "Nothing was deleted.", components: none, private: true}
	}
	ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
	defer cancel()
	f, err := b.cfg.Store.ForgetUser(ctx, c.user)
	if err != nil {
		b.log.Error("forget user", zap.String("user_id", c.user), zap.Error(err))
		return reply{content: "Sorry, I couldn't delete your data; nothing was deleted. Try again in a moment.", components: none, private: true}
	}
	b.names.dropUser(c.user)
	b.log.Info("forgot user", zap.String("user_id", c.user), zap.Int("records", f.Total()))
	if f.Total() == 0 {
		return reply{content: "I had no records of you: nothing to delete.", components: none, private: true}
	}
	var parts []string
	for _, p := range []struct {
		n    int
		what string
	}{
		{f.Questions, "questions"}, {f.Votes, "votes"}, {f.VotesOnAnswers, "copies of your questions in others' votes"},
		{f.QuizAnswers, "quiz answers"}, {f.Scores, "scores"}, {f.Names, "display names"},
	} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", p.n, p.what))
		}
	}
	return reply{content: "Deleted: " + strings.Join(parts, ", ") + ". Anything you do from now on is recorded again.", components: none, private: true}
}
