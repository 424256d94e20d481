package fakediscord

import "github.com/bwmarrin/discordgo"

// endpointVars lists every string-valued Endpoint* variable of discordgo
// v0.29.0 (see its endpoints.go). The func-valued endpoints read these at
// call time, so reassigning the strings is enough to retarget all of them.
// TestRetargetCoversEndpoints parses discordgo's source to keep this list
// complete when discordgo is upgraded.
func endpointVars() map[string]*string {
	return map[string]*string{
		"EndpointStatus":     &discordgo.EndpointStatus,
		"EndpointSm":         &discordgo.EndpointSm,
		"EndpointSmActive":   &discordgo.EndpointSmActive,
		"EndpointSmUpcoming": &discordgo.EndpointSmUpcoming,

		"EndpointDiscord":        &discordgo.EndpointDiscord,
		"EndpointAPI":            &discordgo.EndpointAPI,
		"EndpointGuilds":         &discordgo.EndpointGuilds,
		"EndpointChannels":       &discordgo.EndpointChannels,
		"EndpointUsers":          &discordgo.EndpointUsers,
		"EndpointGateway":        &discordgo.EndpointGateway,
		"EndpointGatewayBot":     &discordgo.EndpointGatewayBot,
		"EndpointWebhooks":       &discordgo.EndpointWebhooks,
		"EndpointStickers":       &discordgo.EndpointStickers,
		"EndpointStageInstances": &discordgo.EndpointStageInstances,
		"EndpointSKUs":           &discordgo.EndpointSKUs,

		"EndpointCDN":             &discordgo.EndpointCDN,
		"EndpointCDNAttachments":  &discordgo.EndpointCDNAttachments,
		"EndpointCDNAvatars":      &discordgo.EndpointCDNAvatars,
		"EndpointCDNIcons":        &discordgo.EndpointCDNIcons,
		"EndpointCDNSplashes":     &discordgo.EndpointCDNSplashes,
		"EndpointCDNChannelIcons": &discordgo.EndpointCDNChannelIcons,
		"EndpointCDNBanners":      &discordgo.EndpointCDNBanners,
		"EndpointCDNGuilds":       &discordgo.EndpointCDNGuilds,
		"EndpointCDNRoleIcons":    &discordgo.EndpointCDNRoleIcons,

		"EndpointVoice":              &discordgo.EndpointVoice,
		"EndpointVoiceRegions":       &discordgo.EndpointVoiceRegions,
		"EndpointNitroStickersPacks": &discordgo.EndpointNitroStickersPacks,
		"EndpointGuildCreate":        &discordgo.EndpointGuildCreate,
		"EndpointApplications":       &discordgo.EndpointApplications,
		"EndpointOAuth2":             &discordgo.EndpointOAuth2,
		"EndpointOAuth2Applications": &discordgo.EndpointOAuth2Applications,
		"EndpointOauth2":             &discordgo.EndpointOauth2,
		"EndpointOauth2Applications": &discordgo.EndpointOauth2Applications,
	}
}

// setEndpoints recomputes the string endpoints exactly as discordgo's
// endpoints.go derives them, from new roots. discord is the site root
// (ending in "/"), api the REST root (ending in "/"), cdn and status the
// CDN and status-page roots.
func setEndpoints(discord, api, cdn, status string) {
	discordgo.EndpointStatus = status
	discordgo.EndpointSm = discordgo.EndpointStatus + "scheduled-maintenances/"
	discordgo.EndpointSmActive = discordgo.EndpointSm + "active.json"
	discordgo.EndpointSmUpcoming = discordgo.EndpointSm + "upcoming.json"

	discordgo.EndpointDiscord = discord
	discordgo.EndpointAPI = api
	discordgo.EndpointGuilds = discordgo.EndpointAPI + "guilds/"
	discordgo.EndpointChannels = discordgo.EndpointAPI + "channels/"
	discordgo.EndpointUsers = discordgo.EndpointAPI + "users/"
	discordgo.EndpointGateway = discordgo.EndpointAPI + "gateway"
	discordgo.EndpointGatewayBot = discordgo.EndpointGateway + "/bot"
	discordgo.EndpointWebhooks = discordgo.EndpointAPI + "webhooks/"
	discordgo.EndpointStickers = discordgo.EndpointAPI + "stickers/"
	discordgo.EndpointStageInstances = discordgo.EndpointAPI + "stage-instances"
	discordgo.EndpointSKUs = discordgo.EndpointAPI + "skus"

	discordgo.EndpointCDN = cdn
	discordgo.EndpointCDNAttachments = discordgo.EndpointCDN + "attachments/"
	discordgo.EndpointCDNAvatars = discordgo.EndpointCDN + "avatars/"
	discordgo.EndpointCDNIcons = discordgo.EndpointCDN + "icons/"
	discordgo.EndpointCDNSplashes = discordgo.EndpointCDN + "splashes/"
	discordgo.EndpointCDNChannelIcons = discordgo.EndpointCDN + "channel-icons/"
	discordgo.EndpointCDNBanners = discordgo.EndpointCDN + "banners/"
	discordgo.EndpointCDNGuilds = discordgo.EndpointCDN + "guilds/"
	discordgo.EndpointCDNRoleIcons = discordgo.EndpointCDN + "role-icons/"

	// The odd "//" below mirrors discordgo's own definitions.
	discordgo.EndpointVoice = discordgo.EndpointAPI + "/voice/"
	discordgo.EndpointVoiceRegions = discordgo.EndpointVoice + "regions"
	discordgo.EndpointNitroStickersPacks = discordgo.EndpointAPI + "/sticker-packs"
	discordgo.EndpointGuildCreate = discordgo.EndpointAPI + "guilds"
	discordgo.EndpointApplications = discordgo.EndpointAPI + "applications"
	discordgo.EndpointOAuth2 = discordgo.EndpointAPI + "oauth2/"
	discordgo.EndpointOAuth2Applications = discordgo.EndpointOAuth2 + "applications"
	discordgo.EndpointOauth2 = discordgo.EndpointOAuth2
	discordgo.EndpointOauth2Applications = discordgo.EndpointOAuth2Applications
}
