package bot

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"paperbot/answer"
)

// Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
const (
	MaxContent     = 2000
	MaxTitle       = 256
	MaxDescription = 4096
	MaxFieldName   = 256
	MaxFieldValue  = 1024
	MaxFields      = 25
	MaxFooter      = 2048
	MaxEmbedTotal  = 6000
	MaxCustomID    = 100
	MaxChoices     = 25
)

// descriptionBudget keeps a passage readable in a chat window; the longest
// paragraph of the paper (about 1,750 characters) fits whole.
const descriptionBudget = 2500

// noMentions is sent with every message: an echoed "@everyone" or role
// mention pings no one. The slice is empty, not nil: discordgo sends
// "parse": null for nil, which Discord reads as the default (ping all).
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

var markdown = strings.NewReplacer(
	`\`, `\\`, `*`, `\*`, `_`, `\_`, "~", `\~`, "`", "\\`", "|", `\|`, "[", `\[`, "]", `\]`,
	"\n#", "\n\\#", "\n>", "\n\\>", "\n-", "\n\\-",
)

// Escape makes text show literally in Discord markdown: emphasis, code,
// spoilers and masked links anywhere, headings, quotes and lists at the
// start of a line.
func Escape(s string) string {
	s = markdown.Replace(s)
	if s != "" && strings.ContainsRune("#>-", rune(s[0])) {
		s = `\` + s
	}
	return s
}

// Source is the paper's own citation, for embed footers.
type Source struct {
	Author, Title string
	Year          int
}

func (s Source) String() string {
	var b strings.Builder
	b.WriteString(s.Author)
	if s.Year != 0 {
		fmt.Fprintf(&b, " (%d)", s.Year)
	}
	if b.Len() > 0 && s.Title != "" {
		b.WriteString(". ")
	}
	b.WriteString(s.Title)
	return b.String()
}

// HitEmbed renders hit as an embed: title "section · p. N · ¶M", the
// paragraph with the answering sentence in bold (cut around it when
// long), the works it cites, and the paper's citation as footer.
func HitEmbed(h answer.Hit, src Source) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{
		Title:       truncate(h.Where(), MaxTitle),
		Description: passage(h.Text, h.Sentence, descriptionBudget),
		Footer:      &discordgo.MessageEmbedFooter{Text: truncate(src.String(), MaxFooter)},
		Color:       0x2b6cb0,
	}
	e.Fields = citationFields(h.Citations, h.Sentence != "")
	fit(e)
	return e
}

// passage escapes text and bolds sentence in it, keeping at most budget
// characters around the sentence.
func passage(text, sentence string, budget int) string {
	i := -1
	if sentence != "" {
		i = strings.Index(text, sentence)
	}
	if i < 0 {
		return Escape(cutRunes(text, budget))
	}
	before, after := text[:i], text[i+len(sentence):]
	bold := "**" + Escape(sentence) + "**"
	// Room for the text around it, less two ellipses (escaping may add a
	// little more; fit enforces the hard limits).
	rest := budget - utf8.RuneCountInString(bold) - 4
	if rest < 0 {
		return "**" + Escape(cutRunes(sentence, budget-4)) + "**"
	}
	// Share what is left between the text before and after, before first.
	nb, na := utf8.RuneCountInString(before), utf8.RuneCountInString(after)
	keepB := min(nb, rest/2)
	keepA := min(na, rest-keepB)
	keepB = min(nb, rest-keepA)
	var b strings.Builder
	if keepB < nb {
		b.WriteString("… ")
		b.WriteString(Escape(lastRunes(before, keepB)))
	} else {
		b.WriteString(Escape(before))
	}
	b.WriteString(bold)
	if keepA < na {
		b.WriteString(Escape(cutRunes(after, keepA)))
		b.WriteString(" …")
	} else {
		b.WriteString(Escape(after))
	}
	return b.String()
}

// citationFields lists the works a passage cites, resolved against the
// reference list, in as many fields as they need: those of the answering
// sentence first (answer marks them ForSentence), then the paragraph's
// others.
// sentence says whether the passage has an answering sentence: when it
// has and no citation covers it, the field says so.
func citationFields(cs []answer.Citation, sentence bool) []*discordgo.MessageEmbedField {
	var own, rest []answer.Citation
	for _, c := range cs {
		if c.ForSentence {
			own = append(own, c)
		} else {
			rest = append(rest, c)
		}
	}
	name := "Cites"
	switch {
	case len(own) > 0:
		name = "Also cited in the paragraph"
	case sentence:
		name = "Cited in the paragraph (none for this sentence, which names no source)"
	}
	heading := "Cited for this sentence"
	if len(own) > 0 && own[0].Nearest {
		heading = "Nearest citation (the sentence cites none itself)"
	}
	fields := append(citationGroup(heading, own), citationGroup(name, rest)...)
	if len(fields) > MaxFields {
		fields = fields[:MaxFields]
	}
	return fields
}

// citationGroup puts the lines of cs in fields named name, then "name
// (continued)".
func citationGroup(name string, cs []answer.Citation) []*discordgo.MessageEmbedField {
	var fields []*discordgo.MessageEmbedField
	var cur strings.Builder
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		n := name
		if len(fields) > 0 {
			n = name + " (continued)"
		}
		fields = append(fields, &discordgo.MessageEmbedField{Name: n, Value: cur.String()})
		cur.Reset()
	}
	for _, c := range cs {
		l := truncate(CitationLine(c), MaxFieldValue)
		if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+1+utf8.RuneCountInString(l) > MaxFieldValue {
			flush()
		}
		if cur.Len() > 0 {
			cur.WriteByte('\n')
		}
		cur.WriteString(l)
	}
	flush()
	return fields
}

// CitationLine is one cited work: resolved, approximate (saying why) or
// not in the reference list.
func CitationLine(c answer.Citation) string {
	loc := ""
	if c.PageLocator != "" {
		loc = ", " + c.PageLocator
	}
	switch c.Match {
	case "exact":
		return fmt.Sprintf("• %s%s", Escape(c.Work), Escape(loc))
	case "approximate":
		return fmt.Sprintf("• %s%s *(cited as %s: %s)*", Escape(c.Work), Escape(loc), Escape(c.Text), Escape(c.Note))
	}
	return fmt.Sprintf("• %s: not in the paper's reference list", Escape(c.Text))
}

// embedSize is what Discord counts toward the 6,000-character total.
func embedSize(e *discordgo.MessageEmbed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	if e.Author != nil {
		n += utf8.RuneCountInString(e.Author.Name)
	}
	for _, f := range e.Fields {
		n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	return n
}

// fit enforces the per-part and total limits, shortening the description
// first and then dropping trailing fields.
func fit(e *discordgo.MessageEmbed) {
	e.Description = truncate(e.Description, MaxDescription)
	for embedSize(e) > MaxEmbedTotal && len(e.Fields) > 1 {
		e.Fields = e.Fields[:len(e.Fields)-1]
	}
	if over := embedSize(e) - MaxEmbedTotal; over > 0 {
		e.Description = truncate(e.Description, max(0, utf8.RuneCountInString(e.Description)-over))
	}
}

// truncate cuts s to at most n runes, ending with "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return cutRunes(s, n)
	}
	return cutRunes(s, n-1) + "…"
}

func cutRunes(s string, n int) string {
	if n <= 0 {
		return ""
	}
	i := 0
	for k := range s {
		if i == n {
			return s[:k]
		}
		i++
	}
	return s
}

func lastRunes(s string, n int) string {
	if n <= 0 {
		return ""
	}
	c := utf8.RuneCountInString(s)
	if c <= n {
		return s
	}
	skip := c - n
	i := 0
	for k := range s {
		if i == skip {
			return s[k:]
		}
		i++
	}
	return ""
}
