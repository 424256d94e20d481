package bot

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"paperbot/answer"
	"paperbot/classroom"
	"paperbot/store"
)

// Commands are the slash commands, registered by bulk overwrite. The bot
// is installed on servers (integration type 0); its commands work there
// and in DMs with it (contexts 0 and 1) unless they say otherwise.
func Commands() []*discordgo.ApplicationCommand {
	minOne := 1.0
	cmds := []*discordgo.ApplicationCommand{
		{
			Name: "ask", Description: "Ask the paper a question",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "question", Description: "Your question, in plain English", Required: true, MaxLength: answer.MaxQuestion},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "private", Description: "Only you see the answer"},
			},
		},
		{
			Name: "ref", Description: "Look up a work in the paper's reference list",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "query", Description: "Author, year or title word", Required: true, Autocomplete: true},
			},
		},
		{
			Name: "passage", Description: "Show a paragraph (¶) or the paragraphs of a page",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionInteger, Name: "number", Description: "Paragraph number (¶)", MinValue: &minOne},
				{Type: discordgo.ApplicationCommandOptionInteger, Name: "page", Description: "Page number", MinValue: &minOne},
			},
		},
		{
			Name: "discuss", Description: "Start a discussion thread with prompts and the passages on a topic",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "topic", Description: "What to discuss", Required: true, MaxLength: 200},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "private", Description: "Preview it: only you see it, and no thread starts"},
			},
		},
		{
			Name: "quiz", Description: "A multiple-choice question on the paper's facts",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "section", Description: "Only from this section", Autocomplete: true},
			},
		},
		{Name: "leaderboard", Description: "This server's quiz scores"},
		{
			Name: "timeline", Description: "The dated events of the paper, in order",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionInteger, Name: "from", Description: "From this year"},
				{Type: discordgo.ApplicationCommandOptionInteger, Name: "to", Description: "To this year"},
			},
		},
		{
			Name: "glossary", Description: "The paper's acronyms and organisations",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "term", Description: "An acronym or a name", Autocomplete: true},
			},
		},
		{
			Name: "settings", Description: "Where and how the bot answers on this server (Manage Server only)",
			DefaultMemberPermissions: &manageGuild,
			Contexts:                 &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild},
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "channels", Description: "#channels to answer in, or all"},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "private", Description: "Answers private by default"},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "threads", Description: "Answer mentions in a thread"},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "show_names", Description: "The class report shows display names, not pseudonyms"},
			},
		},
		{Name: "help", Description: "What this bot can do"},
		reportCommand(),
		forgetCommand(),
	}
	for _, c := range cmds {
		if c.Contexts == nil {
			c.Contexts = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
		}
		c.IntegrationTypes = &[]discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
	}
	return cmds
}

// commandNames are the names of Commands(), the only ones counted by name.
func commandNames() map[string]bool {
	names := map[string]bool{}
	for _, c := range Commands() {
		names[c.Name] = true
	}
	return names
}

var manageGuild int64 = discordgo.PermissionManageGuild

// reply is a response in plain terms, before it becomes an interaction
// response or a message.
type reply struct {
	content    string
	embeds     []*discordgo.MessageEmbed
	components []discordgo.MessageComponent
	private    bool
}

func (r reply) data() *discordgo.InteractionResponseData {
	d := &discordgo.InteractionResponseData{
		Content:         truncate(r.content, MaxContent),
		Embeds:          r.embeds,
		Components:      r.components,
		AllowedMentions: noMentions(),
	}
	if r.private {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return d
}

func textReply(private bool, format string, a ...any) reply {
	return reply{content: fmt.Sprintf(format, a...), private: private}
}

const helpText = "**paperbot** answers questions about the paper with the passage, the sentence that answers and its citation.\n" +
	"• `/ask question:` ask anything (add `private:true` to see the answer alone), or mention me, or DM me\n" +
	"• `/ref query:` look up a work the paper cites, and where it is cited\n" +
	"• `/passage number:` or `page:` show a paragraph (¶) or a page\n" +
	"• `/discuss topic:` start a discussion thread with prompts and the passages on a topic (`private:true` previews it for you alone)\n" +
	"• `/quiz`, `/leaderboard`, `/timeline`, `/glossary`: a quiz on the paper's facts, scores, dated events, acronyms\n" +
	"• `/forget`: delete everything I keep about you; `/report` (Manage Server): a link to the class report\n" +
	"Under an answer, **Next passage** shows the next best passage and **Sources** the works it cites."

// handle works out the reply to a command or a button, the response type
// it goes out as, and the log fields that describe it (beyond the command,
// which work logs).
func (b *Bot) handle(i *discordgo.Interaction, user string) (reply, discordgo.InteractionResponseType, []zap.Field) {
	c := caller{guild: i.GuildID, user: user, answerID: i.ID}
	b.rememberName(i, user)
	if i.Type == discordgo.InteractionMessageComponent {
		r, update := b.button(componentID(i), c)
		if update {
			return r, discordgo.InteractionResponseUpdateMessage, nil
		}
		return r, discordgo.InteractionResponseChannelMessageWithSource, nil
	}
	data, _ := i.Data.(discordgo.ApplicationCommandInteractionData)
	var fields []zap.Field
	var r reply
	switch data.Name {
	case "ask":
		q := optionString(data.Options, "question")
		var a answer.Answer
		r, a = b.ask(q, b.privateFor(i), c)
		if len(a.Hits) > 0 {
			fields = append(fields, zap.Int("paragraph", a.Hits[0].Paragraph), zap.Int("page", a.Hits[0].Page))
		}
		fields = append(fields, zap.Bool("answered", a.Answered))
	case "ref":
		r = b.ref(optionString(data.Options, "query"))
	case "passage":
		r = b.passage(data.Options)
	case "discuss":
		r = b.discuss(i.GuildID, i.ChannelID, optionString(data.Options, "topic"), discussPreview(data.Options))
	case "quiz":
		r = b.quiz(optionString(data.Options, "section"))
	case "leaderboard":
		r = b.leaderboard(i.GuildID, user)
	case "timeline":
		from, _ := optionInt(data.Options, "from")
		to, _ := optionInt(data.Options, "to")
		r, _ = b.timeline(int(from), int(to), 0)
	case "glossary":
		r = b.glossary(optionString(data.Options, "term"))
	case "settings":
		r = b.settings(i, data.Options)
	case "help":
		r = reply{content: helpText, private: true}
	case "report":
		var err error
		if r, err = reportReply(i, b.cfg.PublicURL, b.cfg.ReportKey, b.guildSettings(i.GuildID).ShowNames, time.Now()); err != nil {
			b.log.Warn("report link", zap.String("guild_id", i.GuildID), zap.Error(err))
		}
	case "forget":
		r = b.forget()
	default:
		r = textReply(true, "I don't know that command. Try `/help`.")
	}
	return r, discordgo.InteractionResponseChannelMessageWithSource, fields
}

// privateFor says whether an /ask is answered privately: as the user
// chose, else as the server's settings say.
func (b *Bot) privateFor(i *discordgo.Interaction) bool {
	if data, ok := i.Data.(discordgo.ApplicationCommandInteractionData); ok {
		if v, set := optionBool(data.Options, "private"); set {
			return v
		}
	}
	return b.guildSettings(i.GuildID).Private
}

// deferPrivate is privateFor for a deferral, which must not wait on the
// database: the user's choice, else the server's cached settings, else
// private (an answer meant to be private must never show publicly).
func (b *Bot) deferPrivate(i *discordgo.Interaction) bool {
	if data, ok := i.Data.(discordgo.ApplicationCommandInteractionData); ok {
		if v, set := optionBool(data.Options, "private"); set {
			return v
		}
	}
	if i.GuildID == "" {
		return false
	}
	st, ok := b.cache.cached(i.GuildID)
	return !ok || st.Private
}

func interactionUser(i *discordgo.Interaction) string {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User.ID
	}
	if i.User != nil {
		return i.User.ID
	}
	return ""
}

// ask builds the reply to a question: the first hit as an embed with
// buttons, or, when the paper does not answer, the closest passages as
// suggestions.
func (b *Bot) ask(q string, private bool, c caller) (reply, answer.Answer) {
	a, err := b.engine.Ask(q, 3)
	if err == nil && b.qlog != nil {
		para := 0
		if a.Answered && len(a.Hits) > 0 {
			para = a.Hits[0].Paragraph
		}
		// Every passage the answer offers (Next passage pages through
		// them): the ones a vote on it may name.
		offered := make([]int, 0, len(a.Hits))
		for _, h := range a.Hits {
			offered = append(offered, h.Paragraph)
		}
		b.qlog.add(store.Asked{AnswerID: c.answerID, Guild: c.guild, User: c.user, Question: a.Question, Answered: a.Answered, Paragraph: para, Paragraphs: offered, At: time.Now()})
	}
	if errors.Is(err, answer.ErrEmpty) {
		return textReply(true, "Ask me something about the paper, e.g. `/ask question: When did the US open its embassy in Dushanbe?`"), a
	}
	if err != nil {
		return textReply(true, "Sorry, something went wrong answering that."), a
	}
	echo := "**Q:** " + Escape(truncate(a.Question, 300))
	if !a.Answered || len(a.Hits) == 0 {
		r := reply{content: echo + "\nThe paper does not seem to answer this.", private: private}
		if len(a.Hits) > 0 {
			r.content += " The closest passages, as suggestions:"
			r.embeds = []*discordgo.MessageEmbed{b.suggestions(a.Hits)}
		}
		return r, a
	}
	r := reply{content: echo, embeds: []*discordgo.MessageEmbed{HitEmbed(a.Hits[0], b.src)}, private: private}
	r.components = b.answerButtons(a.Hits, 0, c.answerID)
	return r, a
}

// caller is who asked, where, and the id the answer goes by (for votes).
type caller struct{ guild, user, answerID string }

// suggestions lists passages that are close but do not answer.
func (b *Bot) suggestions(hits []answer.Hit) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Title: "Closest passages", Footer: &discordgo.MessageEmbedFooter{Text: truncate(b.src.String(), MaxFooter)}}
	for _, h := range hits {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: truncate(h.Where(), MaxFieldName), Value: truncate(Escape(h.Sentence), MaxFieldValue)})
	}
	fit(e)
	return e
}

// Button custom_ids carry all their state, so a click on an old answer
// works after a restart: "pb1:next:K:ANSWER:N.S,N.S,N.S" shows hit K of
// the listed (¶, sentence) pairs; "pb1:src:N" lists the works ¶N cites;
// "pb1:vote:ANSWER:N:y" is a Helpful (y) or Not helpful (n) vote on an
// answer quoting ¶N; "pb1:quiz:ID:K" picks choice K of a quiz;
// "pb1:tl:FROM:TO:PAGE:x" pages through the timeline.
const idPrefix = "pb1:"

func (b *Bot) answerButtons(hits []answer.Hit, k int, answerID string) []discordgo.MessageComponent {
	var pairs []string
	for _, h := range hits {
		pairs = append(pairs, fmt.Sprintf("%d.%d", h.Paragraph, max(0, b.engine.SentenceIndex(h.Paragraph, h.Sentence))))
	}
	var btns []discordgo.MessageComponent
	if len(hits) > 1 {
		next := (k + 1) % len(hits)
		btns = append(btns, discordgo.Button{Label: fmt.Sprintf("Next passage (%d of %d)", next+1, len(hits)), Style: discordgo.SecondaryButton,
			CustomID: truncate(fmt.Sprintf("%snext:%d:%s:%s", idPrefix, next, answerID, strings.Join(pairs, ",")), MaxCustomID)})
	}
	btns = append(btns, discordgo.Button{Label: "Sources", Style: discordgo.SecondaryButton, CustomID: fmt.Sprintf("%ssrc:%d", idPrefix, hits[k].Paragraph)})
	if answerID != "" && len(answerID) <= 30 {
		n := hits[k].Paragraph
		btns = append(btns,
			discordgo.Button{Label: "Helpful", Style: discordgo.SuccessButton, CustomID: fmt.Sprintf("%svote:%s:%d:y", idPrefix, answerID, n)},
			discordgo.Button{Label: "Not helpful", Style: discordgo.DangerButton, CustomID: fmt.Sprintf("%svote:%s:%d:n", idPrefix, answerID, n)})
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: btns}}
}

var errStale = errors.New("stale or unknown button")

// button answers a click; update says whether the reply replaces the
// message the button is on.
func (b *Bot) button(id string, c caller) (r reply, update bool) {
	rest, ok := strings.CutPrefix(id, idPrefix)
	if !ok {
		return textReply(true, "That button is from an older version of me: ask again with `/ask`."), false
	}
	kind, arg, _ := strings.Cut(rest, ":")
	switch kind {
	case "next":
		hits, k, answerID, err := b.parseNext(arg)
		if err != nil {
			return textReply(true, "That button no longer works: ask again with `/ask`."), false
		}
		return reply{embeds: []*discordgo.MessageEmbed{HitEmbed(hits[k], b.src)}, components: b.answerButtons(hits, k, answerID)}, true
	case "vote":
		return b.vote(c.guild, c.user, arg), false
	case "quiz":
		return b.answerQuiz(c.guild, c.user, arg), false
	case "forget":
		return b.forgetButton(arg, c), true
	case "tl":
		f := strings.Split(arg, ":")
		if len(f) == 4 {
			from, err1 := strconv.Atoi(f[0])
			to, err2 := strconv.Atoi(f[1])
			p, err3 := strconv.Atoi(f[2])
			if err1 == nil && err2 == nil && err3 == nil {
				if r, ok := b.timeline(from, to, p); ok {
					return r, true
				}
			}
		}
	case "src":
		n, err := strconv.Atoi(arg)
		if err != nil {
			break
		}
		ps, err := b.engine.Passage(n)
		if err != nil {
			break
		}
		return b.sources(ps.Hit), false
	}
	return textReply(true, "That button no longer works: ask again with `/ask`."), false
}

func (b *Bot) parseNext(arg string) ([]answer.Hit, int, string, error) {
	f := strings.Split(arg, ":")
	if len(f) != 3 {
		return nil, 0, "", errStale
	}
	ks, answerID, list := f[0], f[1], f[2]
	k, err := strconv.Atoi(ks)
	if err != nil {
		return nil, 0, "", errStale
	}
	var hits []answer.Hit
	for _, pair := range strings.Split(list, ",") {
		ns, ss, ok := strings.Cut(pair, ".")
		n, err1 := strconv.Atoi(ns)
		sidx, err2 := strconv.Atoi(ss)
		if !ok || err1 != nil || err2 != nil {
			return nil, 0, "", errStale
		}
		h, err := b.engine.HitAt(n, sidx)
		if err != nil {
			return nil, 0, "", errStale
		}
		hits = append(hits, h)
	}
	if k < 0 || k >= len(hits) || len(hits) > answer.MaxK {
		return nil, 0, "", errStale
	}
	return hits, k, answerID, nil
}

// sources lists, privately, the works a passage cites with their full
// reference entries.
func (b *Bot) sources(h answer.Hit) reply {
	if len(h.Citations) == 0 {
		return textReply(true, "¶%d cites no works.", h.Paragraph)
	}
	e := &discordgo.MessageEmbed{Title: truncate("Sources of "+h.Where(), MaxTitle)}
	for _, c := range h.Citations {
		v := "Not in the paper's reference list."
		if c.Entry != "" {
			v = Escape(c.Entry)
			if c.Match == "approximate" {
				v += "\n*Approximate match: " + Escape(c.Note) + "*"
			}
		}
		if len(e.Fields) < MaxFields {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: truncate(c.Text, MaxFieldName), Value: truncate(v, MaxFieldValue)})
		}
	}
	fit(e)
	return reply{embeds: []*discordgo.MessageEmbed{e}, private: true}
}

// refChoice prefixes the value of a /ref autocomplete choice, the
// reference's number, so that it cannot be confused with typed text:
// typing "20" searches for "20", picking reference 20 sends "ref#20".
const refChoice = "ref#"

// ref answers /ref: a reference picked from autocomplete, or the entries
// matching the typed query.
func (b *Bot) ref(query string) reply {
	query = answer.Clean(query)
	var cards []answer.ReferenceCard
	if ids, ok := strings.CutPrefix(query, refChoice); ok {
		// A choice picked from autocomplete: the reference's number.
		id, _ := strconv.Atoi(ids)
		for _, c := range b.engine.Refs("") {
			if c.ID == id {
				cards = append(cards, c)
			}
		}
	}
	if len(cards) == 0 {
		cards = b.engine.Refs(strings.TrimPrefix(query, refChoice))
	}
	if len(cards) == 0 {
		return textReply(true, "No reference matches \"%s\". Try an author's name or a year.", Escape(truncate(query, 100)))
	}
	var embeds []*discordgo.MessageEmbed
	for _, c := range cards[:min(len(cards), 5)] {
		e := &discordgo.MessageEmbed{Title: truncate(refTitle(c), MaxTitle), Description: truncate(Escape(c.Entry), MaxDescription), URL: c.URL}
		where := "Not cited in the text."
		if len(c.CitedIn) > 0 {
			var ps []string
			for _, n := range c.CitedIn {
				ps = append(ps, "¶"+strconv.Itoa(n))
			}
			var pages []string
			for _, p := range c.Pages {
				pages = append(pages, strconv.Itoa(p))
			}
			where = strings.Join(ps, ", ") + " (p. " + strings.Join(pages, ", ") + ")"
		}
		e.Fields = []*discordgo.MessageEmbedField{{Name: "Cited in", Value: truncate(where, MaxFieldValue)}}
		fit(e)
		embeds = append(embeds, e)
	}
	content := ""
	if len(cards) > 5 {
		content = fmt.Sprintf("%d references match; the first 5:", len(cards))
	}
	if cards[0].Near != "" {
		content = fmt.Sprintf("No reference matches %q exactly; the nearest spelling: %s.", truncate(query, 100), Escape(cards[0].Near))
	}
	return reply{content: content, embeds: embeds}
}

func refTitle(c answer.ReferenceCard) string {
	s := strings.Join(c.Authors, " & ")
	if c.Year != 0 {
		s += fmt.Sprintf(" (%d)", c.Year)
	}
	if c.Title != "" {
		s += ". " + c.Title
	}
	return s
}

// choices are at most 25 autocomplete choices matching what is typed:
// references for /ref, terms for /glossary, sections for /quiz.
func (b *Bot) choices(data discordgo.ApplicationCommandInteractionData) []*discordgo.ApplicationCommandOptionChoice {
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	add := func(name, value string) bool {
		if len(choices) == MaxChoices {
			return false
		}
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: truncate(name, 100), Value: truncate(value, 100)})
		return true
	}
	switch data.Name {
	case "ref":
		for _, c := range b.engine.Refs(optionString(data.Options, "query")) {
			if !add(refTitle(c), refChoice+strconv.Itoa(c.ID)) {
				break
			}
		}
	case "glossary":
		terms := b.terms
		if typed := optionString(data.Options, "term"); typed != "" {
			terms = classroom.Lookup(b.terms, typed)
		}
		for _, t := range terms {
			if !add(t.Acronym+": "+t.Expansion, t.Acronym) {
				break
			}
		}
	case "quiz":
		typed := strings.ToLower(optionString(data.Options, "section"))
		for _, sec := range b.quizzer.Sections() {
			if strings.Contains(strings.ToLower(sec), typed) && !add(sec, sec) {
				break
			}
		}
	}
	return choices
}

// passage answers /passage number: or page:.
func (b *Bot) passage(opts []*discordgo.ApplicationCommandInteractionDataOption) reply {
	number, _ := optionInt(opts, "number")
	page, _ := optionInt(opts, "page")
	switch {
	case number > 0:
		ps, err := b.engine.Passage(int(number))
		if err != nil {
			return textReply(true, "%s.", err)
		}
		return reply{embeds: []*discordgo.MessageEmbed{HitEmbed(ps.Hit, b.src)}}
	case page > 0:
		pss, err := b.engine.Page(int(page))
		if err != nil {
			return textReply(true, "%s.", err)
		}
		var embeds []*discordgo.MessageEmbed
		total := 0
		for _, ps := range pss {
			e := HitEmbed(ps.Hit, b.src)
			// Discord's 6,000 characters count all embeds of a message.
			if len(embeds) == 10 || total+embedSize(e) > MaxEmbedTotal {
				break
			}
			total += embedSize(e)
			embeds = append(embeds, e)
		}
		content := ""
		if len(embeds) < len(pss) {
			content = fmt.Sprintf("Page %d has %d paragraphs; showing %d. Use `/passage number:` for the others (¶%d-¶%d).", page, len(pss), len(embeds), pss[0].Paragraph, pss[len(pss)-1].Paragraph)
		}
		return reply{content: content, embeds: embeds}
	}
	return textReply(true, "Give a paragraph `number:` (¶1-¶%d) or a `page:`.", len(b.engine.Paper.Paragraphs))
}
