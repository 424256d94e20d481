package bot

import (
	"encoding/json"
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// The REST calls the bot makes, with the bodies of wire.go.
//
// Rate-limit buckets: discordgo keys a bucket by URL and keeps every bucket
// for the life of the session, so the interaction callback (a URL per
// interaction: bwmarrin/discordgo#1333) would leave one behind per
// interaction, about 431 bytes each, forever. And it funnels every webhook
// edit through one shared bucket whose lock is held for the whole
// request, so deferred answers are edited in one at a time. Interaction
// endpoints are per interaction token and not bound to the bot's global
// rate limit ("Interaction endpoints are not bound to the bot's Global
// Rate Limit", discord-api-docs, docs/topics/Rate_Limits.md, Global Rate
// Limit), so each of those calls gets a throwaway bucket of its own, from
// a private limiter whose global pointer is valid for Bucket.Release: it
// is garbage once the call returns. The other calls keep discordgo's
// buckets, keyed per channel or per application, which are few.

// respondInteraction sends the response to an interaction received on the
// Gateway.
func (b *Bot) respondInteraction(i *discordgo.Interaction, resp *discordgo.InteractionResponse) error {
	body, err := MarshalResponse(resp)
	if err != nil {
		return fmt.Errorf("interaction response: %w", err)
	}
	if _, err := b.interactionRequest("POST", discordgo.EndpointInteractionResponse(i.ID, i.Token), body); err != nil {
		return fmt.Errorf("interaction response: %w", err)
	}
	return nil
}

// editResponse edits the original response to an interaction: the answer
// after an acknowledgement.
func (b *Bot) editResponse(i *discordgo.Interaction, e *discordgo.WebhookEdit) error {
	w, err := toWireEdit(e)
	if err != nil {
		return fmt.Errorf("edit response: %w", err)
	}
	body, err := json.Marshal(w)
	if err != nil {
		return fmt.Errorf("edit response: %w", err)
	}
	if _, err := b.interactionRequest("PATCH", discordgo.EndpointWebhookMessage(i.AppID, i.Token, "@original"), body); err != nil {
		return fmt.Errorf("edit response: %w", err)
	}
	return nil
}

// followUp sends a follow-up message on an interaction: a private reply
// after a public acknowledgement, which an edit cannot make private.
func (b *Bot) followUp(i *discordgo.Interaction, m *discordgo.MessageSend) error {
	w, err := toWireSend(m)
	if err != nil {
		return fmt.Errorf("follow up: %w", err)
	}
	body, err := json.Marshal(w)
	if err != nil {
		return fmt.Errorf("follow up: %w", err)
	}
	if _, err := b.interactionRequest("POST", discordgo.EndpointWebhookToken(i.AppID, i.Token), body); err != nil {
		return fmt.Errorf("follow up: %w", err)
	}
	return nil
}

// deleteResponse deletes the interaction's original response (the public
// "thinking" a private follow-up replaces).
func (b *Bot) deleteResponse(i *discordgo.Interaction) error {
	if _, err := b.interactionRequest("DELETE", discordgo.EndpointWebhookMessage(i.AppID, i.Token, "@original"), nil); err != nil {
		return fmt.Errorf("delete response: %w", err)
	}
	return nil
}

// interactionRequest makes a call on an interaction token through a
// bucket of its own (see above).
func (b *Bot) interactionRequest(method, url string, body []byte) ([]byte, error) {
	bucket := discordgo.NewRatelimiter().LockBucket(url)
	return b.sess.RequestWithLockedBucket(method, url, "application/json", body, bucket, 0)
}

// sendMessage posts a message in a channel.
func (b *Bot) sendMessage(channelID string, m *discordgo.MessageSend) (*discordgo.Message, error) {
	w, err := toWireSend(m)
	if err != nil {
		return nil, fmt.Errorf("send message: %w", err)
	}
	var msg *discordgo.Message
	url := discordgo.EndpointChannelMessages(channelID)
	if err := b.request("POST", url, url, w, &msg); err != nil {
		return nil, err
	}
	return msg, nil
}

// startThread starts a thread in a channel, not from a message.
func (b *Bot) startThread(channelID string, t *discordgo.ThreadStart) (*discordgo.Channel, error) {
	w, err := toWireThread(t, false)
	if err != nil {
		return nil, fmt.Errorf("start thread: %w", err)
	}
	var ch *discordgo.Channel
	url := discordgo.EndpointChannelThreads(channelID)
	if err := b.request("POST", url, url, w, &ch); err != nil {
		return nil, err
	}
	return ch, nil
}

// startThreadOnMessage starts a thread from a message. Its bucket is the
// channel's (Discord's for this route), not one per message.
func (b *Bot) startThreadOnMessage(channelID, messageID string, t *discordgo.ThreadStart) (*discordgo.Channel, error) {
	w, err := toWireThread(t, true)
	if err != nil {
		return nil, fmt.Errorf("start thread: %w", err)
	}
	var ch *discordgo.Channel
	if err := b.request("POST", discordgo.EndpointChannelMessageThread(channelID, messageID), discordgo.EndpointChannelMessageThread(channelID, ""), w, &ch); err != nil {
		return nil, err
	}
	return ch, nil
}

// overwriteCommands replaces the application's commands, on one server
// when guildID is set, else globally.
func (b *Bot) overwriteCommands(appID, guildID string, cmds []*discordgo.ApplicationCommand) ([]*discordgo.ApplicationCommand, error) {
	w, err := toWireCommands(cmds)
	if err != nil {
		return nil, fmt.Errorf("register commands: %w", err)
	}
	url := discordgo.EndpointApplicationGlobalCommands(appID)
	if guildID != "" {
		url = discordgo.EndpointApplicationGuildCommands(appID, guildID)
	}
	var out []*discordgo.ApplicationCommand
	if err := b.request("PUT", url, url, w, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// request sends body as JSON through discordgo's bucket bucketID and
// decodes the answer into out.
func (b *Bot) request(method, url, bucketID string, body, out any) error {
	raw, err := json.Marshal(body)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, url, err)
	}
	resp, err := b.sess.RequestRaw(method, url, "application/json", raw, bucketID, 0)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, url, err)
	}
	if err := json.Unmarshal(resp, out); err != nil {
		return fmt.Errorf("%s %s: decode the answer: %w", method, url, err)
	}
	return nil
}
