package bot

import (
	"math"

	"github.com/bwmarrin/discordgo"
)

// The option accessors check an option's value itself, not only its
// declared type: discordgo's StringValue, IntValue and BoolValue panic on
// a value of another type, and a client (or a forged HTTP interaction)
// decides both.

// optionValue returns the value of the option called name when it is of
// type t.
func optionValue(opts []*discordgo.ApplicationCommandInteractionDataOption, name string, t discordgo.ApplicationCommandOptionType) any {
	for _, o := range opts {
		if o != nil && o.Name == name && o.Type == t {
			return o.Value
		}
	}
	return nil
}

// optionString is the string option called name, or "".
func optionString(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) string {
	s, _ := optionValue(opts, name, discordgo.ApplicationCommandOptionString).(string)
	return s
}

// optionInt is the integer option called name; set is false when it is
// missing or not a whole number Discord could send (|n| < 2^53).
func optionInt(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) (n int64, set bool) {
	f, ok := optionValue(opts, name, discordgo.ApplicationCommandOptionInteger).(float64)
	if !ok || f != math.Trunc(f) || math.Abs(f) >= 1<<53 {
		return 0, false
	}
	return int64(f), true
}

// optionBool is the boolean option called name; set is false when missing.
func optionBool(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) (v, set bool) {
	v, set = optionValue(opts, name, discordgo.ApplicationCommandOptionBoolean).(bool)
	return v, set
}
