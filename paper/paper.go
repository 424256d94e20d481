// Package paper reads an academic paper in plain-text form into its structure:
// pages, sections, paragraphs, sentences, in-text citations and the reference
// list, with each citation resolved against that list. It knows nothing of
// search or Discord.
package paper

// Paper is a parsed paper. Paragraph numbers (¶) are 1-based and index
// Paragraphs as Paragraphs[n-1].
type Paper struct {
	Title       string
	Author      string
	Affiliation string // may be empty
	Email       string // may be empty
	Year        int    // publication year if the text gives one, else 0
	Abstract    string // the abstract's text (also ¶1 when the paper has one)
	Keywords    []string
	Sections    []Section
	Paragraphs  []Paragraph
	References  []Reference
	Pages       int // number of pages; page 1 is the title page
}

// Section is a heading and the paragraphs under it.
type Section struct {
	Title string
	Page  int // page the heading is on
	First int // first paragraph number (¶) of the section, 0 if it has none
	Last  int // last paragraph number (¶) of the section, 0 if it has none
}

// Paragraph is one body paragraph, rejoined across page breaks.
type Paragraph struct {
	N       int    // ¶ number, 1..len(Paragraphs)
	Section string // title of the section it is in
	Page    int    // page it starts on
	EndPage int    // page it ends on (== Page unless it crosses a break)
	Text    string // plain text: markup (*italics*, \$) removed, page breaks rejoined
	// PageStarts holds, for each page break inside the paragraph, the
	// byte offset in Text where the next page begins (see PageAt).
	PageStarts []int
	Sentences  []Sentence
	Citations  []Citation
}

// Sentence is one sentence of a paragraph; Start and End are byte offsets
// into Paragraph.Text, so Text == para.Text[Start:End].
type Sentence struct {
	Text  string
	Start int
	End   int
}

// Match says how an in-text citation agrees with the reference list.
type Match string

const (
	MatchExact       Match = "exact"       // author and year agree
	MatchApproximate Match = "approximate" // close: see Citation.Note for why
	MatchNone        Match = "none"        // not in the reference list
)

// Citation is one in-text citation, e.g. "(Nichol, 2009, July, pp. 17-21)" or
// the narrative "As Crosston, (2016, p.104)".
type Citation struct {
	Text      string // as written in Paragraph.Text, e.g. "(Peimani,2009, p.164)"
	Start     int    // byte offset of Text in Paragraph.Text
	Page      int    // page the citation is on
	Author    string // as written: "Nichol", "Abdullaev, & Akbarzaheh", "The Express Tribune"
	Year      int    // 0 if none
	Date      string // month/day as written, e.g. "July", "October 22"; may be empty
	Locator   string // page locator as written, normalised lightly: "pp. 17-21", "p.164"; may be empty
	Narrative bool   // "As Crosston, (2016, p.104)" rather than "(Crosston, 2016, p.104)"
	Match     Match
	Reference int    // Reference.ID when Match != MatchNone, else 0
	Note      string // why a match is approximate or none, e.g. `"Bakhovadin" vs "Bakhovadinov"`
}

// Reference is one entry of the reference list.
type Reference struct {
	ID      int      // 1-based position in the list
	Entry   string   // the whole entry as plain text (markup removed, URL lines joined)
	Authors []string // surnames or corporate authors, e.g. ["Abdullaev", "Akbarzaheh"], ["Human Rights Watch"]
	Year    int      // 0 if none
	Date    string   // month/day as written, e.g. "July", "May 3", "October 22"; may be empty
	Title   string
	URL     string // first URL in the entry, angle brackets removed; may be empty
	CitedIn []int  // ¶ numbers of the paragraphs that cite it, ascending, no duplicates
}
