package classroom

import (
	"fmt"
	"math"
	"regexp"
	"strings"
)

// reLeadPhrase: a subject led by a phrase of time or place ("In April
// 2002, America", "After 9/11, Tajikistan").
var reLeadPhrase = regexp.MustCompile(`^(?:In|On|After|Before|During|By|Since|From|Under|Through) [^,]+, `)

// partnerKinds are the kinds of the list of kinds whose members can act
// with Tajikistan on a topic: a state, an alliance, a regional body, a
// military mission.
var partnerKinds = []string{"country", "alliance", "regional-organisation", "military-mission"}

// partner is one of Tajikistan's partners on a topic and the passages in
// which it is the subject of a sentence.
type partner struct {
	name  string
	paras []int
}

// partners lists, in passage order, who acts in the chosen passages of the
// body: the partner a sentence's main clause is about ("NATO and Tajikistan
// actively took part ...", "the US had led an international effort ..."),
// Tajikistan aside.
func (x *extractor) partners(ss []sentenceInfo, paras []int) []partner {
	var out []partner
	at := map[string]int{}
	for _, n := range paras {
		for _, s := range ss {
			if s.para != n || !s.chosen || s.summary || s.leans {
				continue
			}
			subject := headOf(subjectOf(mainClause(s.text)))
			for _, kind := range partnerKinds {
				for _, c := range x.world.members[kind] {
					if x.world.sameThing(c, "Tajikistan") {
						continue
					}
					name := ""
					for _, sp := range x.allSpellings(c) {
						if leads(subject, sp) || strings.HasSuffix(sp, ".") && leads(subject, strings.TrimSuffix(sp, ".")) {
							name = sp
							break
						}
					}
					if name == "" {
						continue
					}
					if kind == "country" {
						name = c // one spelling of a state: "United States", not "U.S"
						if strings.HasPrefix(name, "United ") {
							name = "the " + name
						}
					}
					i, ok := at[c]
					if !ok {
						i, at[c] = len(out), len(out)
						out = append(out, partner{name: name})
					}
					if !containsInt(out[i].paras, n) {
						out[i].paras = append(out[i].paras, n)
					}
				}
			}
		}
	}
	return out
}

// partnersPrompt asks which partner counted for more on topic when the
// passages show at least two acting (the United States securing the
// border, NATO's partnership programme): a position two or more passages
// give the material for, where the paper sets no two passages against
// each other. ok is false when one partner acts alone.
func partnersPrompt(topic string, ps []partner) (Prompt, bool) {
	if len(ps) < 2 {
		return Prompt{}, false
	}
	var names []string
	var all []int
	for _, p := range ps {
		names = append(names, fmt.Sprintf("%s (%s)", p.name, paraRefs(p.paras)))
		for _, n := range p.paras {
			if !containsInt(all, n) {
				all = append(all, n)
			}
		}
	}
	if len(all) < 2 {
		return Prompt{}, false // one passage names them all: no weighing of passages
	}
	list := strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
	return Prompt{Kind: "position", Paragraphs: all, Text: fmt.Sprintf(
		"Take a position on %s: for Tajikistan, did %s count for more, and by what measure? Argue from those passages, and say what the paper leaves out.",
		topicPhrase(topic), list)}, true
}

// headOf is the part of a subject that says who acts: without a leading
// article, "government of" or "Tajikistan and" ("NATO and Tajikistan",
// "Tajikistan and the USA", "The government of Russia").
func headOf(subject string) string {
	s := strings.TrimSpace(subject)
	if i := strings.LastIndex(s, ", "); i >= 0 && reLeadPhrase.MatchString(s) {
		s = s[i+2:] // "In April 2002, America"
	}
	s = reLeadAdverbial.ReplaceAllString(s, "")
	for _, lead := range []string{"The ", "the ", "government of ", "Tajikistan and ", "the "} {
		s = strings.TrimPrefix(s, lead)
	}
	return s
}

// leads: the subject head s begins with the name sp, as a whole word
// ("U.S. Special Forces", "NATO and Tajikistan"; not "its partnership with
// Russia", "The land transit of some ISAF supplies").
func leads(s, sp string) bool {
	if !strings.HasPrefix(strings.ToLower(s), strings.ToLower(sp)) {
		return false
	}
	rest := s[len(sp):]
	return rest == "" || strings.IndexAny(rest[:1], " ,.'’-") == 0 && !strings.HasPrefix(rest, "-")
}

// closeFigures asks whether two sums the passages give for money between
// the United States and Tajikistan, in different paragraphs and within a
// quarter of each other, can both be right ("had put over $1 billion in
// Tajikistan", ¶11, and "$988.57 million from 1992 to 2010", ¶5): near
// figures that may or may not measure one thing are material for checking
// sources, which the paper never does. ok is false when none are that
// close.
func (x *extractor) closeFigures(ss []sentenceInfo) (Prompt, bool) {
	type fig struct {
		k int
		v float64
	}
	var figs []fig
	for k, s := range ss {
		if !s.chosen || s.leans || s.summary || !s.actors["United States"] || !containsWord(s.text, "Tajikistan") {
			continue
		}
		var money []span
		for _, a := range x.amounts(s.text) {
			if a.form == "money" {
				money = append(money, a)
			}
		}
		if len(money) == 1 && money[0].value > 0 {
			figs = append(figs, fig{k, money[0].value})
		}
	}
	best, a, b := 2.0, -1, -1
	for i, fi := range figs {
		for _, fj := range figs[i+1:] {
			if ss[fi.k].para == ss[fj.k].para {
				continue
			}
			r := math.Max(fi.v, fj.v) / math.Min(fi.v, fj.v)
			if r > 1.001 && r <= 1.25 && r < best { // the same figure twice is one fact told twice
				best, a, b = r, fi.k, fj.k
			}
		}
	}
	if a < 0 {
		return Prompt{}, false
	}
	sa, sb := ss[a], ss[b]
	return Prompt{Kind: "check", Paragraphs: []int{sa.para, sb.para}, Text: fmt.Sprintf(
		"Check the figures: %s %s Can both be right? Do they measure the same thing over the same years, and which would you cite?",
		says(sa), says(sb))}, true
}
