// Package related holds a precomputed table of English words related in
// meaning, keyed by Snowball English stem (english.Stem(w, true)), for a
// soft match between a question word and a paragraph's words.
//
// The table is generated from WordNet 3.0, LibreOffice's English thesaurus
// (mythes) and Aiksaurus by a short personalised PageRank walk over their
// word/sense graph (see tools/related). It covers about 23,500 common stems
// with up to 12 neighbours each, scored in (0,1]. It is paper-independent.
// British-only spellings were folded into the American ones ("recognise" ->
// "recogniz"); Neighbors and Score try the z-spelling of an unknown -is- stem.
package related

//go:generate go run ../../tools/related -out related.txt.gz

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
	"unsafe"
)

//go:embed related.txt.gz
var tableGz []byte

// Neighbor is a related stem and its relatedness score in (0,1].
type Neighbor struct {
	Stem  string
	Score float32
}

// Table maps a stem to its related stems, best first. It is read-only after
// Load and safe for concurrent use.
type Table struct {
	m map[string][]Neighbor
}

// Load parses the embedded table. Call it once and share the result.
// Decompression runs in a goroutine one chunk ahead of the parser.
func Load() (*Table, error) {
	zr, err := gzip.NewReader(bytes.NewReader(tableGz))
	if err != nil {
		return nil, fmt.Errorf("related: %w", err)
	}
	// the gzip trailer holds the uncompressed size (mod 2^32; the table is
	// a few MB)
	size := int(binary.LittleEndian.Uint32(tableGz[len(tableGz)-4:]))
	raw := make([]byte, size)
	progress := make(chan int, 256) // bytes of raw written so far
	errc := make(chan error, 1)
	go func() {
		defer close(progress)
		off := 0
		for off < size {
			n, err := zr.Read(raw[off:min(off+64<<10, size)])
			off += n
			if n > 0 {
				progress <- off
			}
			if err == io.EOF && off < size {
				errc <- fmt.Errorf("related: table is %d bytes, gzip trailer says %d", off, size)
				return
			}
			if err != nil && err != io.EOF {
				errc <- fmt.Errorf("related: %w", err)
				return
			}
		}
		// read to the end so that the gzip checksum is verified
		if n, err := zr.Read(make([]byte, 1)); n != 0 || err != io.EOF {
			errc <- fmt.Errorf("related: table longer than its gzip trailer says (%v)", err)
			return
		}
		errc <- nil
	}()
	avail := 0
	more := func() bool { // waits for more of raw; false at the end
		n, ok := <-progress
		if ok {
			avail = n
		}
		return ok
	}
	t, perr := parse(raw, func() int {
		if !more() {
			return -1
		}
		return avail
	})
	if perr != nil {
		for range progress { // let the decompressor finish
		}
		<-errc
		return nil, perr
	}
	if err := <-errc; err != nil {
		return nil, err
	}
	return t, nil
}

// parse parses the table text in raw, of which only raw[:n] is ready, n
// being the last value next returned (next returns -1 once all is ready).
// All the stems are slices of one string over raw (raw is not used
// elsewhere, so it is viewed as a string, not copied): the table's text
// costs one allocation, the effect of interning without a map lookup per
// neighbour.
func parse(raw []byte, next func() int) (*Table, error) {
	text := unsafe.String(unsafe.SliceData(raw), len(raw))
	t := &Table{m: make(map[string][]Neighbor, len(raw)/140)}
	var block []Neighbor // neighbours are carved from blocks of this
	avail, done := 0, false
	pos, lineNo := 0, 0
	for {
		// find the next whole line in text[pos:avail]
		nl := strings.IndexByte(text[pos:avail], '\n')
		for nl < 0 && !done {
			if n := next(); n < 0 {
				done = true
			} else {
				avail = n
			}
			nl = strings.IndexByte(text[pos:avail], '\n')
		}
		var line string
		if nl < 0 {
			if pos == len(text) {
				break
			}
			line, pos = text[pos:], len(text)
		} else {
			line, pos = text[pos:pos+nl], pos+nl+1
		}
		lineNo++
		if line == "" {
			continue
		}
		tab := strings.IndexByte(line, '\t')
		if tab <= 0 {
			return nil, fmt.Errorf("related: line %d: no tab", lineNo)
		}
		key := line[:tab]
		if cap(block)-len(block) < 32 {
			block = make([]Neighbor, 0, 8192)
		}
		start := len(block)
		rest := line[tab+1:]
		for len(rest) > 0 {
			sp := strings.IndexByte(rest, ' ')
			var item string
			if sp < 0 {
				item, rest = rest, ""
			} else {
				item, rest = rest[:sp], rest[sp+1:]
			}
			c := strings.LastIndexByte(item, ':')
			if c <= 0 {
				return nil, fmt.Errorf("related: line %d: bad item %q", lineNo, item)
			}
			sc, ok := parseScore(item[c+1:])
			if !ok {
				return nil, fmt.Errorf("related: line %d: bad score in %q", lineNo, item)
			}
			block = append(block, Neighbor{Stem: item[:c], Score: sc})
		}
		t.m[key] = block[start:len(block):len(block)]
	}
	return t, nil
}

// parseScore parses "d.dd" (or "1", "0.5") without allocating.
func parseScore(s string) (float32, bool) {
	var ip, fp, div int
	i := 0
	for ; i < len(s) && s[i] != '.'; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		ip = ip*10 + int(s[i]-'0')
	}
	div = 1
	if i < len(s) {
		for i++; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			fp = fp*10 + int(s[i]-'0')
			div *= 10
		}
	}
	return float32(ip) + float32(fp)/float32(div), len(s) > 0
}

// Len returns the number of stems with neighbours.
func (t *Table) Len() int { return len(t.m) }

// canon returns stem, or for an unknown stem of a British-only spelling the
// American stem the table was built with ("recognis" from "recognise" ->
// "recogn" from "recognize"; "colour" -> "color"; "analys" -> "analyz").
func (t *Table) canon(stem string) string {
	if _, ok := t.m[stem]; ok || len(stem) < 4 {
		return stem
	}
	try := func(c string) bool { _, ok := t.m[c]; return ok }
	if strings.HasSuffix(stem, "is") && try(stem[:len(stem)-2]) {
		return stem[:len(stem)-2]
	}
	if strings.HasSuffix(stem, "ys") && try(stem[:len(stem)-1]+"z") {
		return stem[:len(stem)-1] + "z"
	}
	if i := strings.Index(stem, "our"); i > 0 && try(stem[:i]+"or"+stem[i+3:]) {
		return stem[:i] + "or" + stem[i+3:]
	}
	if strings.HasSuffix(stem, "tre") && try(stem[:len(stem)-3]+"ter") {
		return stem[:len(stem)-3] + "ter"
	}
	return stem
}

// Neighbors returns the stems related to stem, best first, or nil if the
// stem is unknown. The slice is shared: do not modify it.
func (t *Table) Neighbors(stem string) []Neighbor {
	return t.m[t.canon(stem)]
}

// Score returns the relatedness of stems a and b: 1 if a == b, else the
// larger of a's score for b and b's score for a, 0 if neither lists the other.
func (t *Table) Score(a, b string) float64 {
	if a == b {
		return 1
	}
	a, b = t.canon(a), t.canon(b)
	if a == b {
		return 1
	}
	var s float32
	for _, n := range t.m[a] {
		if n.Stem == b {
			s = n.Score
			break
		}
	}
	for _, n := range t.m[b] {
		if n.Stem == a {
			if n.Score > s {
				s = n.Score
			}
			break
		}
	}
	return float64(s)
}
