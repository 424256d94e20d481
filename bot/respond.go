package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"
)

// onInteraction answers an interaction that came over the Gateway: it
// works out the response with Respond and sends it through the REST API.
func (b *Bot) onInteraction(s *discordgo.Session, i *discordgo.InteractionCreate) {
	defer b.recovered("interaction")
	start := time.Now()
	resp, finish := b.Respond(i.Interaction)
	if resp == nil {
		return
	}
	err := b.respondInteraction(i.Interaction, resp)
	b.restError(err)
	// discordgo retries 429s and 502s only; one more try on another 5xx,
	// while Discord's three seconds last.
	if serverError(err) && time.Since(start) < 2*time.Second {
		time.Sleep(200 * time.Millisecond)
		err = b.respondInteraction(i.Interaction, resp)
		b.restError(err)
	}
	finish(err)
}

// serverError reports whether err is a Discord 5xx.
func serverError(err error) bool {
	var re *discordgo.RESTError
	return errors.As(err, &re) && re.Response != nil && re.Response.StatusCode >= 500
}

// Respond works out the response to an interaction, whichever way it came
// (the Gateway or the HTTP endpoint), within the three seconds Discord
// allows: the answer itself or, when working it out takes longer than
// DeferAfter from receipt, an acknowledgement. The caller sends resp, then
// must call finish with the outcome: finish logs the event and, after an
// acknowledgement, edits the answer in through the REST API. resp is nil
// (and finish nil) for interactions the bot ignores.
//
// Respond never panics, and never waits on the database before the
// deferral timer runs: everything that may block (settings, the store)
// happens in the handler, which races the timer. Until finish returns, the
// interaction counts as in flight for Drain.
func (b *Bot) Respond(i *discordgo.Interaction) (resp *discordgo.InteractionResponse, finish func(sendErr error)) {
	start := time.Now() // the deferral clock starts at receipt
	b.inflight.add()
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("handler panic", zap.String("event", "interaction"), zap.Any("panic", p), zap.Stack("stack"))
			resp, finish = apology(i), nil
		}
		if resp == nil {
			b.inflight.done()
			return
		}
		inner := finish
		var once sync.Once
		finish = func(err error) {
			defer once.Do(b.inflight.done)
			defer b.recovered("interaction finish")
			if inner != nil {
				inner(err)
			}
		}
	}()
	return b.respond(i, start)
}

// apology is the response to an interaction whose handling failed.
func apology(i *discordgo.Interaction) *discordgo.InteractionResponse {
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		return &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}}}
	}
	return textReply(true, "Sorry, something went wrong answering that.").response(discordgo.InteractionResponseChannelMessageWithSource)
}

// result is a worked-out reply, the response type it goes out as, and the
// log fields that describe it.
type result struct {
	r      reply
	typ    discordgo.InteractionResponseType
	fields []zap.Field
}

func (b *Bot) respond(i *discordgo.Interaction, start time.Time) (*discordgo.InteractionResponse, func(error)) {
	user := interactionUser(i)
	fields := []zap.Field{zap.String("event", "interaction"), zap.String("user_id", user), zap.String("guild_id", i.GuildID)}
	switch i.Type {
	case discordgo.InteractionPing:
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}, nil
	case discordgo.InteractionApplicationCommandAutocomplete:
		return b.autocomplete(i, user, start, fields)
	case discordgo.InteractionApplicationCommand, discordgo.InteractionMessageComponent:
	default:
		return nil, nil
	}
	// Work out the reply; should it take longer than DeferAfter (a busy
	// machine, a slow database), acknowledge first and edit after.
	ch := make(chan result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				b.log.Error("handler panic", append(fields, zap.Any("panic", p), zap.Stack("stack"))...)
				ch <- result{textReply(true, "Sorry, something went wrong answering that."), discordgo.InteractionResponseChannelMessageWithSource,
					[]zap.Field{zap.String("command", b.commandLabel(i))}}
			}
		}()
		if b.handleHook != nil {
			b.handleHook(i)
		}
		ch <- b.work(i, user)
	}()
	timer := time.NewTimer(b.cfg.DeferAfter - time.Since(start))
	defer timer.Stop()
	select {
	case res := <-ch:
		return res.r.response(res.typ), b.logged(start, fields, res)
	case <-timer.C:
	}
	// A button that pages its own message (Next passage, the timeline)
	// defers an update of it; every other button answers with a new,
	// private message, so it must not defer as an update: the edit would
	// replace the public message for everyone.
	deferred := discordgo.InteractionResponseDeferredChannelMessageWithSource
	var flags discordgo.MessageFlags
	switch {
	case i.Type == discordgo.InteractionMessageComponent && updatesMessage(componentID(i)):
		deferred = discordgo.InteractionResponseDeferredMessageUpdate
	case i.Type == discordgo.InteractionMessageComponent, b.deferPrivate(i):
		flags = discordgo.MessageFlagsEphemeral
	}
	resp := &discordgo.InteractionResponse{Type: deferred, Data: &discordgo.InteractionResponseData{Flags: flags}}
	return resp, func(sendErr error) {
		res := <-ch // wait for the handler even when the deferral failed: Drain counts it
		if sendErr != nil {
			b.log.Error("defer", append(fields, zap.Error(sendErr))...)
			return
		}
		d := res.r.data()
		var err error
		if d.Flags&discordgo.MessageFlagsEphemeral != 0 && flags&discordgo.MessageFlagsEphemeral == 0 &&
			deferred == discordgo.InteractionResponseDeferredChannelMessageWithSource {
			// A private reply (a refusal, a note for the asker alone)
			// after a public acknowledgement: an edit would show it to
			// the channel, so it goes as a private follow-up and the
			// public "thinking" message is deleted.
			err = b.followUp(i, &discordgo.MessageSend{Content: d.Content, Embeds: d.Embeds, Components: d.Components,
				AllowedMentions: d.AllowedMentions, Flags: discordgo.MessageFlagsEphemeral})
			if err == nil {
				err = b.deleteResponse(i)
			}
		} else {
			err = b.editResponse(i, &discordgo.WebhookEdit{Content: &d.Content, Embeds: &d.Embeds, Components: &d.Components, AllowedMentions: d.AllowedMentions})
		}
		b.restError(err)
		res.fields = append(res.fields, zap.Bool("deferred", true))
		b.logged(start, fields, res)(err)
	}
}

// work handles a command or a button: the channel check, the rate limit,
// then the command itself.
func (b *Bot) work(i *discordgo.Interaction, user string) result {
	label := b.commandLabel(i)
	fields := []zap.Field{zap.String("command", label)}
	refuse := func(text string, kind string) result {
		return result{textReply(true, "%s", text), discordgo.InteractionResponseChannelMessageWithSource,
			append(fields, zap.String("refused", kind), zap.Bool("answered", false))}
	}
	// /settings always works for a manager, even where the bot does not
	// answer: a wrong channel list must never lock a server out.
	if label != "settings" && !b.allowed(i.ChannelID, i.GuildID) {
		return refuse("I don't answer in this channel.", "channel")
	}
	lim, slow := b.limits.command, "You're going quickly: please wait a few seconds and try again."
	if label == "ask" {
		lim, slow = b.limits.ask, "You're asking quickly: please wait a few seconds and try again."
	}
	if !lim.allow(user) {
		b.cfg.Metrics.RateLimited(label)
		return refuse(slow, "rate")
	}
	r, typ, f := b.handle(i, user)
	return result{r, typ, append(fields, f...)}
}

// logged returns the finish func that logs an interaction's outcome and
// counts it in the metrics.
func (b *Bot) logged(start time.Time, fields []zap.Field, res result) func(error) {
	command, answered := "", true
	for _, f := range res.fields {
		switch f.Key {
		case "command":
			command = f.String
		case "answered":
			answered = f.Integer == 1
		}
	}
	return func(err error) {
		fs := append(append(fields, res.fields...), zap.Duration("latency", time.Since(start)))
		if err != nil {
			b.log.Error("respond", append(fs, zap.Error(err))...)
			return
		}
		b.cfg.Metrics.Question(command, answered, time.Since(start))
		b.log.Info("handled", fs...)
	}
}

// autocomplete answers at once (autocomplete cannot be deferred), from
// memory only: the settings cache, never the database.
func (b *Bot) autocomplete(i *discordgo.Interaction, user string, start time.Time, fields []zap.Field) (*discordgo.InteractionResponse, func(error)) {
	data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok {
		return nil, nil
	}
	label := b.commandLabel(i)
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	switch {
	case !b.allowedNow(i.ChannelID, i.GuildID):
	case !b.limits.autocomplete.allow(user):
		b.cfg.Metrics.RateLimited(label)
	default:
		choices = b.choices(data)
	}
	resp := &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult, Data: &discordgo.InteractionResponseData{Choices: choices}}
	return resp, b.logged(start, fields, result{fields: []zap.Field{zap.String("command", label), zap.Int("choices", len(choices))}})
}

// commandLabel names an interaction for logs and metrics: a command the bot
// registered, "button", or "unknown", so that names sent by a client cannot
// grow the metrics without bound.
func (b *Bot) commandLabel(i *discordgo.Interaction) string {
	switch i.Type {
	case discordgo.InteractionMessageComponent:
		return "button"
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok || !b.known[data.Name] {
			return "unknown"
		}
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			return data.Name + ":autocomplete"
		}
		return data.Name
	}
	return "unknown"
}

// componentID is a button's custom_id ("" when i is not a button click).
func componentID(i *discordgo.Interaction) string {
	if d, ok := i.Data.(discordgo.MessageComponentInteractionData); ok {
		return d.CustomID
	}
	return ""
}

// updatesMessage reports whether a button's answer replaces the message
// it is on (paging) rather than being a new private message.
func updatesMessage(customID string) bool {
	return strings.HasPrefix(customID, idPrefix+"next:") || strings.HasPrefix(customID, idPrefix+"tl:") ||
		strings.HasPrefix(customID, idPrefix+"forget:") // a private question, replaced by the outcome
}

// response makes r the data of an interaction response of type t.
func (r reply) response(t discordgo.InteractionResponseType) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{Type: t, Data: r.data()}
}

// restError counts a failed REST call by its status.
func (b *Bot) restError(err error) {
	if err == nil {
		return
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		b.cfg.Metrics.RESTError(re.Response.StatusCode)
		return
	}
	b.cfg.Metrics.RESTError(0)
}

// tracker counts work in flight, so that a shutdown can wait for it.
type tracker struct {
	mu   sync.Mutex
	n    int
	idle chan struct{} // closed when n drops to 0
}

func (t *tracker) add() {
	t.mu.Lock()
	if t.n == 0 {
		t.idle = make(chan struct{})
	}
	t.n++
	t.mu.Unlock()
}

func (t *tracker) done() {
	t.mu.Lock()
	t.n--
	if t.n == 0 {
		close(t.idle)
	}
	t.mu.Unlock()
}

// wait blocks until nothing is in flight or ctx ends.
func (t *tracker) wait(ctx context.Context) error {
	t.mu.Lock()
	if t.n == 0 {
		t.mu.Unlock()
		return nil
	}
	idle, n := t.idle, t.n
	t.mu.Unlock()
	select {
	case <-idle:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%d still in flight: %w", n, ctx.Err())
	}
}
