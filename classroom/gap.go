package classroom

import (
	"fmt"
	"regexp"
	"strings"
)

// One more prompt a thin handout may get, only where its passages hold the
// material: an agreement set against the later start of what it agreed, a
// question the paper leaves open. (A claim of importance weighed against a
// figure of its size was tried and dropped: a blind reader found both it
// made set different measures against each other, ¶16's "key issue"
// against all of ¶22's security aid, ¶13's 2001 air campaign against
// ¶20's 2009-12 supply share.)

// reAgreed and reStarted: an agreement, and the start of something.
var (
	reAgreed  = regexp.MustCompile(`(?i)\b(?:agreed|agreement|signed|consented|accord)\b`)
	reStarted = regexp.MustCompile(`(?i)\b(?:started|began|begun|commenced|launched)\b`)
)

// agreementGap sets a dated agreement of the passages against the later
// start, dated a year or more after, of what it agreed (the same content
// word in both, one of them on the topic): "In January 2009, the U.S. and Tajikistan agreed on
// non-lethal supplies ..."; "The land transit of some ISAF supplies ...
// started in March 2012". The paper gives no reason for the wait.
func agreementGap(ss []sentenceInfo) (Prompt, bool) {
	for _, a := range ss {
		if !a.chosen || a.summary || a.leans || !reAgreed.MatchString(a.text) {
			continue
		}
		ta := findTimes(a.text, nil)
		if len(ta) != 1 || ta[0].month == 0 {
			continue
		}
		for _, b := range ss {
			if !b.chosen || b.summary || b.leans || b.text == a.text || !reStarted.MatchString(b.text) || reAgreed.MatchString(b.text) {
				continue
			}
			tb := findTimes(b.text, nil)
			if len(tb) != 1 || tb[0].month == 0 {
				continue
			}
			months := (tb[0].year-ta[0].year)*12 + tb[0].month - ta[0].month
			if months < 12 || !sameThing(a.text, b.text) || !onTopicMatter(ss, a, b) {
				continue
			}
			if c, ok := undatedBeside(ss, a, b); ok {
				// the paragraph also states, undated, that the thing was
				// under way ("Tajikistan served as an alternative route"):
				// the prompt sets it beside the dates instead of implying
				// nothing happened before the start
				return Prompt{Kind: "gap", Paragraphs: uniqueInts([]int{a.para, c.para, b.para}), Text: fmt.Sprintf(
					"Mind the gap: %s %s %s Read the three together: does the undated statement describe the time before the start or after it, what could explain the time between the agreement (%s) and the start (%s), and does the paper say?",
					says(a), alsoUndated(c), says(b), ta[0].when(), tb[0].when())}, true
			}
			return Prompt{Kind: "gap", Paragraphs: uniqueInts([]int{a.para, b.para}), Text: fmt.Sprintf(
				"Mind the gap: %s %s What could explain the time between the agreement (%s) and the start (%s), and does the paper say?",
				says(a), says(b), ta[0].when(), tb[0].when())}, true
		}
	}
	return Prompt{}, false
}

// undatedBeside is a sentence of a's or b's paragraph, between them in
// the paper, that gives no date and shares their matter: ¶20's "Tajikistan
// served as an alternative route for a small share of the supplies" between
// the January 2009 agreement and the March 2012 start. A gap prompt that
// left it out read as though nothing had moved before the start (the 39th
// blind read called that a false premise).
func undatedBeside(ss []sentenceInfo, a, b sentenceInfo) (sentenceInfo, bool) {
	ia, ib := -1, -1
	for i, s := range ss {
		switch s.text {
		case a.text:
			ia = i
		case b.text:
			ib = i
		}
	}
	if ia < 0 || ib < 0 {
		return sentenceInfo{}, false
	}
	lo, hi := min(ia, ib), max(ia, ib)
	for _, s := range ss[lo+1 : hi] {
		if !s.chosen || s.summary || (s.para != a.para && s.para != b.para) || len(findTimes(s.text, nil)) > 0 {
			continue
		}
		if sameThing(s.text, a.text) && sameThing(s.text, b.text) {
			return s, true
		}
	}
	return sentenceInfo{}, false
}

// alsoUndated tells an undated sentence beside the dated ones: "¶20 also
// says, with no date, that ...".
func alsoUndated(s sentenceInfo) string {
	said := says(s)
	if i := strings.Index(said, " says"); i >= 0 {
		return said[:i] + " also says, with no date," + strings.TrimPrefix(said[i+len(" says"):], ",")
	}
	return said
}

// onTopicMatter: a or b is on the topic, or a sentence of their
// paragraph is that shares their matter (¶20's "this Northern
// Distribution Network ... a small share of the supplies" between the
// agreement on supplies and the start of their transit).
func onTopicMatter(ss []sentenceInfo, a, b sentenceInfo) bool {
	if a.covered > 0 || b.covered > 0 {
		return true
	}
	for _, s := range ss {
		if s.covered > 0 && (s.para == a.para || s.para == b.para) && sameThing(s.text, a.text) && sameThing(s.text, b.text) {
			return true
		}
	}
	return false
}

// sameThing: two sentences share a content word that names no country.
func sameThing(a, b string) bool {
	wb := stems(b)
	for w := range stems(a) {
		if wb[w] {
			return true
		}
	}
	return false
}

// uniqueInts drops repeats, keeping the order.
func uniqueInts(ns []int) []int {
	var out []int
	for _, n := range ns {
		if !containsInt(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// stems are the content words of s, common endings dropped, country
// names aside ("operations" and "operation" are one).
func stems(s string) map[string]bool {
	out := map[string]bool{}
	for w := range contentWords(strings.ReplaceAll(s, "-", " ")) {
		if strings.HasSuffix(w, "istan") {
			continue // a country's name is not the matter
		}
		if w = wordStem(w); !measureWords[w] {
			out[w] = true
		}
	}
	return out
}

// measureWords name an amount or a time, not a matter.
var measureWords = map[string]bool{"million": true, "billion": true, "thousand": true, "percent": true, "more": true, "most": true,
	"some": true, "such": true, "januar": true, "februar": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true}
