// Package bot will connect the answer layer to Discord (issue 3): Discord
// events in, rendered messages out, within Discord's limits. It is the only
// package that will import discordgo. Nothing is here yet.
package bot
