package bot

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/bwmarrin/discordgo"
)

// What the bot sends to Discord. The handlers build discordgo's structs;
// the functions here convert them to request bodies with only the fields
// Discord documents for each endpoint, and send them through the session
// (which keeps the REST plumbing: auth, retries on 429 and 502, errors).
// discordgo's own encoding sends null for every empty slice
// ("components":null, "choices":null, "channel_types":null, ...), tts and
// content in autocomplete results and acknowledgements, "invitable" on a
// thread started from a message, and the deprecated dm_permission: each
// checked against discord-api-types v10 by TestEveryPayloadTypeChecks.
//
// Empty content is never sent: an update or an edit then keeps the
// message's content (the "**Q:** ..." line under a paged answer).

// wireResponse is an interaction response (the callback body, or the
// HTTP endpoint's answer).
type wireResponse struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data any                               `json:"data,omitempty"`
}

// wireMessage is a new message or an update: interaction response data
// (types 4 and 7) and POST channels/{id}/messages.
type wireMessage struct {
	Content          string                 `json:"content,omitempty"`
	TTS              bool                   `json:"tts,omitempty"`
	Embeds           []wireEmbed            `json:"embeds,omitempty"`
	AllowedMentions  *wireAllowedMentions   `json:"allowed_mentions,omitempty"`
	Components       []wireActionRow        `json:"components,omitempty"`
	StickerIDs       []string               `json:"sticker_ids,omitempty"`
	Flags            discordgo.MessageFlags `json:"flags,omitempty"`
	MessageReference *wireMessageReference  `json:"message_reference,omitempty"`
}

// wireFlags is the data of a deferred message (type 5): flags only.
type wireFlags struct {
	Flags discordgo.MessageFlags `json:"flags"`
}

// wireChoices is the data of an autocomplete result (type 8); choices is
// always a list, empty when nothing matches.
type wireChoices struct {
	Choices []wireChoice `json:"choices"`
}

type wireChoice struct {
	Name              string            `json:"name"`
	NameLocalizations map[string]string `json:"name_localizations,omitempty"`
	Value             any               `json:"value"`
}

// wireEdit is PATCH webhooks/{app}/{token}/messages/{id}: a nil field is
// left as it is; an empty (non-nil) list clears.
type wireEdit struct {
	Content         *string              `json:"content,omitempty"`
	Embeds          *[]wireEmbed         `json:"embeds,omitempty"`
	AllowedMentions *wireAllowedMentions `json:"allowed_mentions,omitempty"`
	Components      *[]wireActionRow     `json:"components,omitempty"`
}

type wireAllowedMentions struct {
	Parse       []discordgo.AllowedMentionType `json:"parse,omitempty"`
	Roles       []string                       `json:"roles,omitempty"`
	Users       []string                       `json:"users,omitempty"`
	RepliedUser bool                           `json:"replied_user,omitempty"`
}

// MarshalJSON sends "parse":[] for an empty, non-nil list: no mention is
// parsed. Omitted, Discord would apply its default and ping @everyone.
func (a wireAllowedMentions) MarshalJSON() ([]byte, error) {
	type plain wireAllowedMentions
	if a.Parse == nil || len(a.Parse) > 0 {
		return json.Marshal(plain(a))
	}
	return json.Marshal(struct {
		Parse []discordgo.AllowedMentionType `json:"parse"`
		plain
	}{Parse: []discordgo.AllowedMentionType{}, plain: plain(a)})
}

type wireMessageReference struct {
	Type            discordgo.MessageReferenceType `json:"type,omitempty"`
	MessageID       string                         `json:"message_id"`
	ChannelID       string                         `json:"channel_id,omitempty"`
	GuildID         string                         `json:"guild_id,omitempty"`
	FailIfNotExists *bool                          `json:"fail_if_not_exists,omitempty"`
}

// wireEmbed has the fields a bot may set; Discord fills in type ("rich"),
// video and provider itself.
type wireEmbed struct {
	Title       string           `json:"title,omitempty"`
	Description string           `json:"description,omitempty"`
	URL         string           `json:"url,omitempty"`
	Timestamp   string           `json:"timestamp,omitempty"`
	Color       int              `json:"color,omitempty"`
	Footer      *wireEmbedFooter `json:"footer,omitempty"`
	Image       *wireEmbedMedia  `json:"image,omitempty"`
	Thumbnail   *wireEmbedMedia  `json:"thumbnail,omitempty"`
	Author      *wireEmbedAuthor `json:"author,omitempty"`
	Fields      []wireEmbedField `json:"fields,omitempty"`
}

type wireEmbedFooter struct {
	Text    string `json:"text"`
	IconURL string `json:"icon_url,omitempty"`
}

type wireEmbedMedia struct {
	URL string `json:"url"`
}

type wireEmbedAuthor struct {
	Name    string `json:"name"`
	URL     string `json:"url,omitempty"`
	IconURL string `json:"icon_url,omitempty"`
}

type wireEmbedField struct {
	Name   string `json:"name"`
	Value  string `json:"value"`
	Inline bool   `json:"inline,omitempty"`
}

type wireActionRow struct {
	Type       discordgo.ComponentType `json:"type"`
	Components []wireButton            `json:"components"`
}

type wireButton struct {
	Type     discordgo.ComponentType   `json:"type"`
	Style    discordgo.ButtonStyle     `json:"style"`
	Label    string                    `json:"label,omitempty"`
	Emoji    *discordgo.ComponentEmoji `json:"emoji,omitempty"`
	CustomID string                    `json:"custom_id,omitempty"`
	URL      string                    `json:"url,omitempty"`
	SKUID    string                    `json:"sku_id,omitempty"`
	Disabled bool                      `json:"disabled,omitempty"`
}

// wireThread is POST channels/{id}/threads and, without type and
// invitable, POST channels/{id}/messages/{id}/threads.
type wireThread struct {
	Name                string                `json:"name"`
	AutoArchiveDuration int                   `json:"auto_archive_duration,omitempty"`
	RateLimitPerUser    int                   `json:"rate_limit_per_user,omitempty"`
	Type                discordgo.ChannelType `json:"type,omitempty"`
	Invitable           *bool                 `json:"invitable,omitempty"`
}

// wireCommand is one command of a bulk overwrite.
type wireCommand struct {
	ID                       string                                 `json:"id,omitempty"`
	Type                     discordgo.ApplicationCommandType       `json:"type,omitempty"`
	Name                     string                                 `json:"name"`
	NameLocalizations        map[discordgo.Locale]string            `json:"name_localizations,omitempty"`
	Description              string                                 `json:"description,omitempty"`
	DescriptionLocalizations map[discordgo.Locale]string            `json:"description_localizations,omitempty"`
	Options                  []wireOption                           `json:"options,omitempty"`
	DefaultMemberPermissions *string                                `json:"default_member_permissions,omitempty"`
	Contexts                 []discordgo.InteractionContextType     `json:"contexts,omitempty"`
	IntegrationTypes         []discordgo.ApplicationIntegrationType `json:"integration_types,omitempty"`
	NSFW                     *bool                                  `json:"nsfw,omitempty"`
}

// wireOption carries only the fields of its option type: choices and
// autocomplete for strings and numbers, lengths for strings, bounds for
// numbers, channel types for channels, options for subcommands.
type wireOption struct {
	Type                     discordgo.ApplicationCommandOptionType `json:"type"`
	Name                     string                                 `json:"name"`
	NameLocalizations        map[discordgo.Locale]string            `json:"name_localizations,omitempty"`
	Description              string                                 `json:"description"`
	DescriptionLocalizations map[discordgo.Locale]string            `json:"description_localizations,omitempty"`
	Required                 bool                                   `json:"required,omitempty"`
	Choices                  []wireChoice                           `json:"choices,omitempty"`
	Autocomplete             bool                                   `json:"autocomplete,omitempty"`
	MinLength                *int                                   `json:"min_length,omitempty"`
	MaxLength                int                                    `json:"max_length,omitempty"`
	MinValue                 *float64                               `json:"min_value,omitempty"`
	MaxValue                 float64                                `json:"max_value,omitempty"`
	ChannelTypes             []discordgo.ChannelType                `json:"channel_types,omitempty"`
	Options                  []wireOption                           `json:"options,omitempty"`
}

// MarshalResponse encodes an interaction response with only the fields
// Discord documents for its type: the body of the HTTP interactions
// endpoint's answer, and of the Gateway's callback.
func MarshalResponse(resp *discordgo.InteractionResponse) ([]byte, error) {
	w, err := toWireResponse(resp)
	if err != nil {
		return nil, err
	}
	return json.Marshal(w)
}

func toWireResponse(resp *discordgo.InteractionResponse) (wireResponse, error) {
	if resp == nil {
		return wireResponse{}, errors.New("no interaction response")
	}
	w := wireResponse{Type: resp.Type}
	d := resp.Data
	switch resp.Type {
	case discordgo.InteractionResponsePong, discordgo.InteractionResponseDeferredMessageUpdate:
		// No data.
	case discordgo.InteractionResponseDeferredChannelMessageWithSource:
		if d != nil && d.Flags != 0 {
			w.Data = wireFlags{Flags: d.Flags}
		}
	case discordgo.InteractionApplicationCommandAutocompleteResult:
		c := wireChoices{Choices: []wireChoice{}}
		if d != nil {
			c.Choices = toWireChoices(d.Choices)
		}
		w.Data = c
	case discordgo.InteractionResponseChannelMessageWithSource, discordgo.InteractionResponseUpdateMessage:
		if d == nil {
			if resp.Type == discordgo.InteractionResponseChannelMessageWithSource {
				return wireResponse{}, errors.New("interaction response type 4 without data")
			}
			break
		}
		if len(d.Files) > 0 || d.Poll != nil || d.Attachments != nil {
			return wireResponse{}, errors.New("interaction response: files, attachments and polls are not supported")
		}
		m := wireMessage{Content: d.Content, TTS: d.TTS, AllowedMentions: toWireMentions(d.AllowedMentions), Flags: d.Flags}
		var err error
		if m.Embeds, err = toWireEmbeds(d.Embeds); err != nil {
			return wireResponse{}, err
		}
		if m.Components, err = toWireComponents(d.Components); err != nil {
			return wireResponse{}, err
		}
		w.Data = m
	default:
		return wireResponse{}, fmt.Errorf("interaction response type %d is not supported", resp.Type)
	}
	return w, nil
}

func toWireChoices(cs []*discordgo.ApplicationCommandOptionChoice) []wireChoice {
	out := make([]wireChoice, 0, len(cs))
	for _, c := range cs {
		if c == nil {
			continue
		}
		w := wireChoice{Name: c.Name, Value: c.Value}
		if len(c.NameLocalizations) > 0 {
			w.NameLocalizations = map[string]string{}
			for k, v := range c.NameLocalizations {
				w.NameLocalizations[string(k)] = v
			}
		}
		out = append(out, w)
	}
	return out
}

func toWireMentions(a *discordgo.MessageAllowedMentions) *wireAllowedMentions {
	if a == nil {
		return nil
	}
	return &wireAllowedMentions{Parse: a.Parse, Roles: a.Roles, Users: a.Users, RepliedUser: a.RepliedUser}
}

func toWireEmbeds(es []*discordgo.MessageEmbed) ([]wireEmbed, error) {
	if len(es) == 0 {
		return nil, nil
	}
	out := make([]wireEmbed, 0, len(es))
	for _, e := range es {
		if e == nil {
			return nil, errors.New("nil embed")
		}
		w := wireEmbed{Title: e.Title, Description: e.Description, URL: e.URL, Timestamp: e.Timestamp, Color: e.Color}
		if e.Footer != nil {
			w.Footer = &wireEmbedFooter{Text: e.Footer.Text, IconURL: e.Footer.IconURL}
		}
		if e.Image != nil {
			w.Image = &wireEmbedMedia{URL: e.Image.URL}
		}
		if e.Thumbnail != nil {
			w.Thumbnail = &wireEmbedMedia{URL: e.Thumbnail.URL}
		}
		if e.Author != nil {
			w.Author = &wireEmbedAuthor{Name: e.Author.Name, URL: e.Author.URL, IconURL: e.Author.IconURL}
		}
		for _, f := range e.Fields {
			if f != nil {
				w.Fields = append(w.Fields, wireEmbedField{Name: f.Name, Value: f.Value, Inline: f.Inline})
			}
		}
		out = append(out, w)
	}
	return out, nil
}

// toWireComponents converts action rows of buttons, the only components
// the bot sends; anything else is an error rather than a payload nobody
// checked.
func toWireComponents(cs []discordgo.MessageComponent) ([]wireActionRow, error) {
	if len(cs) == 0 {
		return nil, nil
	}
	out := make([]wireActionRow, 0, len(cs))
	for _, c := range cs {
		var row discordgo.ActionsRow
		switch r := c.(type) {
		case discordgo.ActionsRow:
			row = r
		case *discordgo.ActionsRow:
			row = *r
		default:
			return nil, fmt.Errorf("component %T: only action rows are supported at the top level", c)
		}
		w := wireActionRow{Type: discordgo.ActionsRowComponent, Components: []wireButton{}}
		for _, c := range row.Components {
			var b discordgo.Button
			switch x := c.(type) {
			case discordgo.Button:
				b = x
			case *discordgo.Button:
				b = *x
			default:
				return nil, fmt.Errorf("component %T: only buttons are supported in an action row", c)
			}
			if b.Style == 0 {
				b.Style = discordgo.PrimaryButton
			}
			w.Components = append(w.Components, wireButton{Type: discordgo.ButtonComponent, Style: b.Style, Label: b.Label, Emoji: b.Emoji,
				CustomID: b.CustomID, URL: b.URL, SKUID: b.SKUID, Disabled: b.Disabled})
		}
		out = append(out, w)
	}
	return out, nil
}

// toWireEdit converts an edit; nil pointers are left out, and so is empty
// content (an edit never blanks the message's text).
func toWireEdit(e *discordgo.WebhookEdit) (wireEdit, error) {
	if e == nil {
		return wireEdit{}, errors.New("no edit")
	}
	if len(e.Files) > 0 || e.Attachments != nil {
		return wireEdit{}, errors.New("edit: files and attachments are not supported")
	}
	w := wireEdit{AllowedMentions: toWireMentions(e.AllowedMentions)}
	if e.Content != nil && *e.Content != "" {
		w.Content = e.Content
	}
	if e.Embeds != nil && *e.Embeds != nil {
		es, err := toWireEmbeds(*e.Embeds)
		if err != nil {
			return wireEdit{}, err
		}
		if es == nil {
			es = []wireEmbed{}
		}
		w.Embeds = &es
	}
	if e.Components != nil && *e.Components != nil {
		cs, err := toWireComponents(*e.Components)
		if err != nil {
			return wireEdit{}, err
		}
		if cs == nil {
			cs = []wireActionRow{}
		}
		w.Components = &cs
	}
	return w, nil
}

func toWireSend(m *discordgo.MessageSend) (wireMessage, error) {
	if m == nil {
		return wireMessage{}, errors.New("no message")
	}
	if len(m.Files) > 0 || m.File != nil || m.Poll != nil {
		return wireMessage{}, errors.New("message: files and polls are not supported")
	}
	if len(m.StickerIDs) > 3 {
		return wireMessage{}, errors.New("message: at most 3 stickers")
	}
	w := wireMessage{Content: m.Content, TTS: m.TTS, AllowedMentions: toWireMentions(m.AllowedMentions), StickerIDs: m.StickerIDs, Flags: m.Flags}
	embeds := m.Embeds
	if m.Embed != nil {
		embeds = append(append([]*discordgo.MessageEmbed(nil), embeds...), m.Embed)
	}
	var err error
	if w.Embeds, err = toWireEmbeds(embeds); err != nil {
		return wireMessage{}, err
	}
	if w.Components, err = toWireComponents(m.Components); err != nil {
		return wireMessage{}, err
	}
	if r := m.Reference; r != nil {
		w.MessageReference = &wireMessageReference{Type: r.Type, MessageID: r.MessageID, ChannelID: r.ChannelID, GuildID: r.GuildID, FailIfNotExists: r.FailIfNotExists}
	}
	return w, nil
}

// toWireThread converts a thread start; onMessage drops what a thread
// started from a message cannot have (its type is the parent's; invitable
// is for private threads only).
func toWireThread(t *discordgo.ThreadStart, onMessage bool) (wireThread, error) {
	if t == nil || t.Name == "" {
		return wireThread{}, errors.New("thread: no name")
	}
	if len(t.AppliedTags) > 0 {
		return wireThread{}, errors.New("thread: applied tags are for forum posts, not supported")
	}
	w := wireThread{Name: t.Name, AutoArchiveDuration: t.AutoArchiveDuration, RateLimitPerUser: t.RateLimitPerUser}
	if !onMessage {
		w.Type = t.Type
		if t.Type == discordgo.ChannelTypeGuildPrivateThread {
			inv := t.Invitable
			w.Invitable = &inv
		}
	}
	return w, nil
}

func toWireCommands(cmds []*discordgo.ApplicationCommand) ([]wireCommand, error) {
	out := make([]wireCommand, 0, len(cmds))
	for _, c := range cmds {
		if c == nil {
			return nil, errors.New("nil command")
		}
		if c.DMPermission != nil || c.DefaultPermission != nil {
			return nil, fmt.Errorf("command %s: dm_permission and default_permission are deprecated: set Contexts and DefaultMemberPermissions", c.Name)
		}
		w := wireCommand{ID: c.ID, Type: c.Type, Name: c.Name, Description: c.Description, NSFW: c.NSFW}
		if c.NameLocalizations != nil {
			w.NameLocalizations = *c.NameLocalizations
		}
		if c.DescriptionLocalizations != nil {
			w.DescriptionLocalizations = *c.DescriptionLocalizations
		}
		if c.DefaultMemberPermissions != nil {
			s := strconv.FormatInt(*c.DefaultMemberPermissions, 10)
			w.DefaultMemberPermissions = &s
		}
		if c.Contexts != nil {
			w.Contexts = *c.Contexts
		}
		if c.IntegrationTypes != nil {
			w.IntegrationTypes = *c.IntegrationTypes
		}
		opts, err := toWireOptions(c.Options)
		if err != nil {
			return nil, fmt.Errorf("command %s: %w", c.Name, err)
		}
		w.Options = opts
		out = append(out, w)
	}
	return out, nil
}

func toWireOptions(opts []*discordgo.ApplicationCommandOption) ([]wireOption, error) {
	var out []wireOption
	for _, o := range opts {
		if o == nil {
			return nil, errors.New("nil option")
		}
		w := wireOption{Type: o.Type, Name: o.Name, NameLocalizations: o.NameLocalizations, Description: o.Description,
			DescriptionLocalizations: o.DescriptionLocalizations, Required: o.Required}
		if o.Autocomplete && len(o.Choices) > 0 {
			return nil, fmt.Errorf("option %s: autocomplete and choices are exclusive", o.Name)
		}
		switch o.Type {
		case discordgo.ApplicationCommandOptionSubCommand, discordgo.ApplicationCommandOptionSubCommandGroup:
			sub, err := toWireOptions(o.Options)
			if err != nil {
				return nil, fmt.Errorf("option %s: %w", o.Name, err)
			}
			w.Options, w.Required = sub, false
		case discordgo.ApplicationCommandOptionString:
			w.Choices, w.Autocomplete, w.MinLength, w.MaxLength = optChoices(o.Choices), o.Autocomplete, o.MinLength, o.MaxLength
		case discordgo.ApplicationCommandOptionInteger, discordgo.ApplicationCommandOptionNumber:
			w.Choices, w.Autocomplete, w.MinValue, w.MaxValue = optChoices(o.Choices), o.Autocomplete, o.MinValue, o.MaxValue
		case discordgo.ApplicationCommandOptionChannel:
			w.ChannelTypes = o.ChannelTypes
		}
		out = append(out, w)
	}
	return out, nil
}

func optChoices(cs []*discordgo.ApplicationCommandOptionChoice) []wireChoice {
	if len(cs) == 0 {
		return nil
	}
	return toWireChoices(cs)
}
