package classroom

import (
	"fmt"
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
