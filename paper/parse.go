package paper

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// block is a run of non-blank lines: a paragraph, a heading, a reference
// entry or a piece of the title page, before interpretation.
type block struct {
	lines []string // trimmed, never empty
	page  int
	first bool // first block on its page
	last  bool // last block on its page
}

var (
	emailRe    = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
	keywordsRe = regexp.MustCompile(`^(?i)\**(?:key\s*words|index\s+terms)\**\s*[:—–.-]\s*`)
	abstractRe = regexp.MustCompile(`^(?i)\**abstract\**\s*[:—–.]\s*\**\s*`)
	yearRe     = regexp.MustCompile(`\b(1[6-9]\d\d|20\d\d)\b`)
	listItemRe = regexp.MustCompile(`^(?:[-*+•]\s|\(?\d{1,3}[.)]\s+\S+\s*$|\[\d+\])`)
	refNameRe  = regexp.MustCompile(`^(?i)(?:\d+\.?\s*)?(?:references?|bibliography|works\s+cited|literature\s+cited|reference\s+list|sources)$`)
)

// Parse reads a paper from its plain-text form. It recognises pages (three or
// more blank lines), headings (short stand-alone title-like lines), the title
// page, the keywords line, body paragraphs (rejoined across page breaks) and
// the reference list, then finds and resolves in-text citations.
//
// A text without headings parses as one untitled section; a text without a
// reference list has no references and every citation resolves to none.
func Parse(text string) (*Paper, error) {
	if err := checkText(text); err != nil {
		return nil, fmt.Errorf("parse paper: %w", err)
	}
	blocks, pages := splitBlocks(text)
	p := &Paper{Pages: pages}
	var (
		paras   []rawPara
		entries []rawEntry
	)
	i := frontMatter(p, blocks)
	section := ""
	inRefs := false
	for ; i < len(blocks); i++ {
		b := &blocks[i]
		if kw := keywordsRe.FindStringIndex(b.lines[0]); kw != nil && len(p.Keywords) == 0 {
			p.Keywords = splitKeywords(joinLines(b.lines)[kw[1]:])
			continue
		}
		// A block that continues the last paragraph or entry across a page
		// break is merged before anything else is considered.
		if b.first && i > 0 && blocks[i-1].last {
			if inRefs && len(entries) > 0 && entries[len(entries)-1].block == i-1 && continuesEntry(entries[len(entries)-1].raw.last, b.lines[0]) {
				addEntryLines(&entries, b, i, true)
				continue
			}
			if !inRefs && len(paras) > 0 && paras[len(paras)-1].block == i-1 {
				last := &paras[len(paras)-1]
				if !endsSentence(last.raw.last) || startsLower(b.lines[0]) {
					last.breaks = append(last.breaks, len(last.raw.parts))
					last.raw.add(joinLines(b.lines))
					last.endPage = b.page
					last.block = i
					continue
				}
			}
		}
		if len(b.lines) == 1 && isHeading(b.lines[0]) {
			section = plain(b.lines[0])
			inRefs = refNameRe.MatchString(strings.Trim(section, " *:"))
			p.Sections = append(p.Sections, Section{Title: section, Page: b.page})
			continue
		}
		if inRefs {
			addEntryLines(&entries, b, i, false)
			continue
		}
		raw := joinLines(b.lines)
		if loc := abstractRe.FindStringIndex(raw); loc != nil && loc[1] < len(raw) {
			// "Abstract: text..." on one line: a heading and a paragraph.
			section = "Abstract"
			p.Sections = append(p.Sections, Section{Title: section, Page: b.page})
			raw = raw[loc[1]:]
		}
		if len(p.Sections) == 0 {
			// Text before any heading: one untitled section.
			p.Sections = append(p.Sections, Section{Page: b.page})
		}
		paras = append(paras, rawPara{raw: newPieces(raw), section: section, sec: len(p.Sections) - 1, page: b.page, endPage: b.page, block: i})
	}
	p.Paragraphs = make([]Paragraph, len(paras))
	for k, rp := range paras {
		para := &p.Paragraphs[k]
		para.N = k + 1
		para.Section = rp.section
		para.Page, para.EndPage = rp.page, rp.endPage
		para.Text = plain(rp.raw.String())
		for _, k := range rp.breaks {
			// The plain text of what came before the break is a prefix of
			// the plain text of the whole, up to a trimmed space.
			off := min(len(plain(strings.Join(rp.raw.parts[:k], ""))), len(para.Text))
			for off < len(para.Text) && para.Text[off] == ' ' {
				off++
			}
			para.PageStarts = append(para.PageStarts, off)
		}
		para.Sentences = SplitSentences(para.Text)
		para.Citations = FindCitations(para.Text)
		for c := range para.Citations {
			para.Citations[c].Page = para.PageAt(para.Citations[c].Start)
		}
	}
	fillSections(p, paras)
	p.References = make([]Reference, 0, len(entries))
	for k, e := range entries {
		p.References = append(p.References, parseReference(k+1, e.raw.String()))
	}
	resolveAll(p)
	return p, nil
}

// PageAt returns the page on which byte offset off of the paragraph's Text
// lies.
func (para *Paragraph) PageAt(off int) int {
	page := para.Page
	for _, start := range para.PageStarts {
		if off >= start {
			page++
		}
	}
	return min(page, max(para.EndPage, para.Page))
}

// rawPara is a paragraph before markup is removed.
type rawPara struct {
	raw           pieces
	section       string
	sec           int // index into Paper.Sections, -1 if none
	page, endPage int
	block         int   // index of the last block it took text from
	breaks        []int // for each page break inside it, the index in raw.parts where the next page's text begins
}

// splitBlocks cuts the text into blocks and numbers pages: a run of three or
// more blank lines between two non-blank lines is a page break.
func splitBlocks(text string) ([]block, int) {
	var blocks []block
	page, blanks := 1, 0
	seen := false
	for len(text) > 0 {
		var line string
		if j := strings.IndexByte(text, '\n'); j >= 0 {
			line, text = text[:j], text[j+1:]
		} else {
			line, text = text, ""
		}
		line = strings.TrimSpace(line)
		if line == "" {
			blanks++
			continue
		}
		switch {
		case !seen:
			blocks = append(blocks, block{page: page, first: true})
		case blanks >= 3:
			blocks[len(blocks)-1].last = true
			page++
			blocks = append(blocks, block{page: page, first: true})
		case blanks > 0:
			blocks = append(blocks, block{page: page})
		}
		seen = true
		blanks = 0
		b := &blocks[len(blocks)-1]
		b.lines = append(b.lines, line)
	}
	if len(blocks) > 0 {
		blocks[len(blocks)-1].last = true
	}
	return blocks, page
}

// frontMatter reads the title page into p and returns the index of the first
// body block. The first line is the title; the short blocks that follow,
// before the first heading or prose paragraph, give the author, affiliation
// (the italic block) and email.
func frontMatter(p *Paper, blocks []block) int {
	if len(blocks) == 0 || isProse(blocks[0].lines) || (len(blocks[0].lines) == 1 && isSectionHeading(blocks[0].lines[0])) {
		return 0
	}
	p.Title = plain(blocks[0].lines[0])
	var affil []string
	italic := false
	handle := func(line string) {
		switch {
		case strings.HasPrefix(line, "*") || italic:
			italic = !strings.HasSuffix(line, "*") || (!italic && line == "*")
			if l := plain(line); l != "" {
				affil = append(affil, l)
			}
		case emailRe.MatchString(line) && p.Email == "":
			p.Email = emailRe.FindString(line)
		case p.Author == "":
			p.Author = plain(line)
		default:
			affil = append(affil, plain(line))
		}
	}
	for _, l := range blocks[0].lines[1:] {
		handle(l)
	}
	i := 1
	for ; i < len(blocks); i++ {
		b := blocks[i]
		if isProse(b.lines) || keywordsRe.MatchString(b.lines[0]) || abstractRe.MatchString(b.lines[0]) {
			break
		}
		// A title-like line is a heading when prose follows it ("Abstract"),
		// and an author line when more title-page lines do.
		if len(b.lines) == 1 && isHeading(b.lines[0]) && !italic &&
			(isSectionHeading(b.lines[0]) || i+1 == len(blocks) || isProse(blocks[i+1].lines)) {
			break
		}
		for _, l := range b.lines {
			handle(l)
		}
	}
	p.Affiliation = strings.Join(affil, ", ")
	for _, s := range append([]string{p.Author}, affil...) {
		if m := yearRe.FindString(s); m != "" {
			fmt.Sscan(m, &p.Year)
			break
		}
	}
	return i
}

// isSectionHeading is a heading the title page cannot start with: a paper
// that opens with "Introduction" or "Abstract" has no title page.
func isSectionHeading(line string) bool {
	l := strings.ToLower(strings.Trim(line, " *:"))
	return l == "abstract" || l == "introduction" || refNameRe.MatchString(l)
}

// isProse reports whether a block reads as running text rather than a
// title-page line: long, or a sentence of many words.
func isProse(lines []string) bool {
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	if n > 200 {
		return true
	}
	ws := words(strings.Join(lines, " "))
	if len(ws) < 6 {
		return false
	}
	last := lines[len(lines)-1]
	if endsSentence(last) && !strings.HasSuffix(last, "*") {
		return true
	}
	// Names and affiliations are capitalised; running text is mostly not.
	lower := 0
	for _, w := range ws {
		if unicode.IsLower(firstRune(w)) {
			lower++
		}
	}
	return lower*2 > len(ws)
}

// smallWords may stay lowercase in a title-cased heading.
var smallWords = map[string]bool{
	"a": true, "an": true, "and": true, "as": true, "at": true, "but": true, "by": true,
	"for": true, "from": true, "in": true, "into": true, "of": true, "on": true, "or": true,
	"the": true, "to": true, "toward": true, "towards": true, "vs": true, "with": true,
	"since": true, "after": true, "over": true, "under": true, "between": true, "via": true,
	"nor": true, "per": true, "upon": true, "within": true, "without": true, "its": true,
}

// isHeading decides by form alone whether a stand-alone line is a heading:
// short, title-like capitalisation, no final punctuation, not a list item.
func isHeading(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || utf8.RuneCountInString(line) > 100 {
		return false
	}
	if strings.HasPrefix(line, "**") && strings.HasSuffix(line, "**") && len(line) > 4 {
		line = line[2 : len(line)-2]
	} else if strings.HasPrefix(line, "#") {
		line = strings.TrimLeft(line, "# ")
	}
	if line == "" || listItemRe.MatchString(line) || strings.Contains(line, "://") || strings.Contains(line, "@") {
		return false
	}
	switch lastRune(line) {
	case '.', ',', ';', ':', '!', '?', '-', '—', '–', '(', '&', '*', '>', '"', '\'':
		return false
	}
	ws := words(line)
	if len(ws) == 0 || len(ws) > 12 {
		return false
	}
	// A leading section number ("2", "2.1", "IV.") is allowed.
	if w := ws[0]; strings.Trim(w, "0123456789.") == "" || strings.Trim(w, "IVXL.") == "" && strings.HasSuffix(w, ".") {
		ws = ws[1:]
		if len(ws) == 0 {
			return false
		}
	}
	for k, w := range ws {
		w = strings.Trim(w, "*_\"'“”‘’()[],:;")
		if w == "" {
			continue
		}
		r := firstRune(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
		case k > 0 && smallWords[strings.ToLower(w)]:
		case k > 0 && (w == "&" || w == "-" || w == "–" || w == "—" || w == "/"):
		default:
			return false
		}
	}
	return true
}

// splitKeywords splits the text after "Keywords:" on commas or semicolons.
func splitKeywords(s string) []string {
	s = strings.TrimRight(strings.TrimSpace(plain(s)), ".")
	sep := ","
	if strings.Contains(s, ";") {
		sep = ";"
	}
	var out []string
	for _, k := range strings.Split(s, sep) {
		if k = strings.TrimSpace(k); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// fillSections sets each section's paragraph range and the abstract.
func fillSections(p *Paper, paras []rawPara) {
	for k, rp := range paras {
		if rp.sec < 0 || rp.sec >= len(p.Sections) {
			continue
		}
		s := &p.Sections[rp.sec]
		if s.First == 0 {
			s.First = k + 1
		}
		s.Last = k + 1
		if strings.EqualFold(s.Title, "abstract") {
			if p.Abstract != "" {
				p.Abstract += " "
			}
			p.Abstract += p.Paragraphs[k].Text
		}
	}
}

// Paragraph returns paragraph ¶n.
func (p *Paper) Paragraph(n int) (*Paragraph, bool) {
	if p == nil || n < 1 || n > len(p.Paragraphs) {
		return nil, false
	}
	return &p.Paragraphs[n-1], true
}

// Reference returns the reference with the given ID (its 1-based position).
func (p *Paper) Reference(id int) (*Reference, bool) {
	if p == nil || id < 1 || id > len(p.References) {
		return nil, false
	}
	return &p.References[id-1], true
}

// ParagraphsOnPage returns the paragraphs that start on, end on or span page.
func (p *Paper) ParagraphsOnPage(page int) []*Paragraph {
	if p == nil {
		return nil
	}
	var out []*Paragraph
	for k := range p.Paragraphs {
		para := &p.Paragraphs[k]
		if para.Page <= page && page <= para.EndPage {
			out = append(out, para)
		}
	}
	return out
}
