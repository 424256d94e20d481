package classroom

import (
	"regexp"
	"strings"
)

// blank marks the answer's place in a rendered sentence until the question
// is written.
const blank = "\x01"

var (
	reLeadTime  = regexp.MustCompile(`^(?:[A-Z][a-z]+, )?(?:[Ii]n|[Oo]n) (?:(?:early|late|mid) )?` + blank + `, (.+)\.$`)
	reTrailTime = regexp.MustCompile(`^(.+?),? (?:in|on) (?:(?:early|late|mid) )?` + blank + `\.$`)
	reHowMuch   = regexp.MustCompile(`^([^,;]+?) (was|were) ` + blank + `([^,;]*)\.$`)
	reHowMany   = regexp.MustCompile(`^The ` + blank + ` ([a-z-]+s) ([^;]+)\.$`)
	reWho       = regexp.MustCompile(`^(?:(?:[A-Z][a-z]+, )?((?:[Ii]n|[Oo]n) [^,]+), )?(?:(?:[A-Z][a-z]+ )?(?:President|Secretary|president|secretary|Minister|minister) )?` + blank + ` ([a-z]+) ([^;]+)\.$`)
)

// irregularPast maps the irregular past tenses, and the regular ones whose
// spelling rules cannot guess ("created" but "treated"), to the base form
// do-support needs ("gave" → "did ... give").
var irregularPast = map[string]string{
	"went": "go", "gave": "give", "met": "meet", "made": "make", "began": "begin", "took": "take",
	"brought": "bring", "sought": "seek", "held": "hold", "led": "lead", "left": "leave",
	"became": "become", "built": "build", "sent": "send", "paid": "pay", "saw": "see", "came": "come",
	"won": "win", "wrote": "write", "said": "say", "told": "tell", "found": "find", "got": "get",
	"kept": "keep", "spent": "spend", "stood": "stand", "fell": "fall", "grew": "grow", "knew": "know",
	"rose": "rise", "ran": "run", "chose": "choose", "drew": "draw", "fought": "fight", "bought": "buy",
	"taught": "teach", "thought": "think", "struck": "strike", "withdrew": "withdraw",
	"undertook": "undertake", "added": "add", "created": "create", "repeated": "repeat", "lent": "lend", "lost": "lose", "sold": "sell",
}

// notVerbs end in -ed without being past tenses.
var notVerbs = map[string]bool{"hundred": true, "indeed": true, "need": true, "seed": true, "speed": true,
	"bed": true, "red": true, "shed": true, "bred": true, "creed": true, "greed": true, "steed": true}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "this": true, "that": true, "these": true, "those": true}

// baseForm is the bare infinitive of a past-tense verb, "" when the word is
// not one. Regular verbs follow spelling rules that restore a dropped "e"
// ("participated" → "participate", "waged" → "wage") and undo a doubled
// consonant ("stopped" → "stop").
func baseForm(v string) string {
	if b, ok := irregularPast[v]; ok {
		return b
	}
	if notVerbs[v] || len(v) < 5 || !strings.HasSuffix(v, "ed") || strings.ToLower(v) != v {
		return ""
	}
	switch {
	case strings.HasSuffix(v, "ied"):
		return v[:len(v)-3] + "y"
	case strings.HasSuffix(v, "eed"):
		return v[:len(v)-1]
	}
	stem := v[:len(v)-2]
	n := len(stem)
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	if n >= 3 && stem[n-1] == stem[n-2] && !vowel(stem[n-1]) && !strings.ContainsRune("slzf", rune(stem[n-1])) && vowel(stem[n-3]) {
		return stem[:n-1]
	}
	if n <= 2 {
		return stem + "e"
	}
	end2 := stem[n-2:]
	consBefore := n >= 3 && !vowel(stem[n-3])
	switch end2 {
	case "iz", "yz", "ys", "is", "as", "ag", "ac", "uc", "ov", "iv", "rg", "dg", "nc", "rc", "rv", "lv", "bl", "tl", "pl", "dl", "gl", "kl", "cl", "um", "ns", "rs":
		return stem + "e"
	case "at", "ut", "ot", "ud", "id", "ad", "in", "ar", "ir", "ur":
		if consBefore {
			return stem + "e"
		}
	case "ng":
		if strings.HasSuffix(stem, "ang") {
			return stem + "e"
		}
	}
	return stem
}

// doSupport turns "S verb-ed rest" into the parts of "did S verb rest" (or
// "was S rest" for a copula), refusing anything it cannot parse cleanly: a
// pronoun subject ("When did it consent ...?" asks about nothing), a comma
// inside the subject, or no past verb.
func doSupport(r string) (aux, subj, rest string, ok bool) {
	toks := strings.Fields(r)
	for i := 1; i < len(toks) && i <= 12; i++ {
		w := toks[i]
		if strings.ContainsAny(toks[i-1], ",;:()") {
			return "", "", "", false
		}
		if determiners[strings.ToLower(toks[i-1])] {
			continue
		}
		s := subject(toks[:i])
		switch {
		case w == "was" || w == "were":
			if i+1 >= len(toks) {
				return "", "", "", false
			}
			return w, s, strings.Join(toks[i+1:], " "), s != ""
		case baseForm(w) != "":
			rest := baseForm(w)
			if i+1 < len(toks) {
				rest += " " + strings.Join(toks[i+1:], " ")
			}
			return "did", s, rest, s != ""
		case w == "had" || w == "has" || w == "is" || w == "are" || w == "will" || w == "would" || w == "could":
			return "", "", "", false
		}
	}
	return "", "", "", false
}

// subject checks and writes the subject of a question: a determiner at its
// head is lowered ("the area travel of ..."), pronouns are refused.
func subject(toks []string) string {
	if len(toks) == 0 || pronouns[strings.ToLower(toks[0])] {
		return ""
	}
	out := append([]string(nil), toks...)
	if determiners[strings.ToLower(out[0])] {
		out[0] = strings.ToLower(out[0])
	}
	return strings.Join(out, " ")
}

// whQuestion rewrites a sentence whose answer is marked with blank into a wh-
// question, or returns "" when no clean one can be formed (the caller then
// falls back to a cloze). The answer's prepositional phrase is removed with
// it: "America established diplomatic relations with Tajikistan on 14
// February 1992." → "When did America establish diplomatic relations with
// Tajikistan?"
func whQuestion(q string, a span) string {
	var out string
	switch a.kind {
	case "year", "date":
		wh := "When"
		if a.kind == "year" {
			wh = "In which year"
		}
		r := ""
		if m := reLeadTime.FindStringSubmatch(q); m != nil {
			r = m[1]
		} else if m := reTrailTime.FindStringSubmatch(q); m != nil {
			r = m[1]
		}
		if r == "" || strings.Contains(r, blank) || strings.Contains(r, ";") {
			return ""
		}
		aux, s, rest, ok := doSupport(r)
		if !ok {
			return ""
		}
		out = wh + " " + aux + " " + s + " " + rest + "?"
	case "amount":
		m := reHowMuch.FindStringSubmatch(q)
		if m == nil || len(strings.Fields(m[1])) > 15 {
			return ""
		}
		s := subject(strings.Fields(m[1]))
		if s == "" {
			return ""
		}
		out = "How much " + m[2] + " " + s + m[3] + "?"
	case "number":
		m := reHowMany.FindStringSubmatch(q)
		if m == nil {
			return ""
		}
		out = "How many " + m[1] + " " + m[2] + "?"
	case "person":
		m := reWho.FindStringSubmatch(q)
		if m == nil || baseForm(m[2]) == "" {
			return ""
		}
		out = "Who " + m[2] + " " + m[3]
		if m[1] != "" {
			out += " " + strings.ToLower(m[1][:1]) + m[1][1:]
		}
		out += "?"
	default:
		return ""
	}
	out = strings.ReplaceAll(out, " ,", ",")
	out = strings.ReplaceAll(out, ",?", "?")
	return spaceRun.ReplaceAllString(out, " ")
}

// cloze is the always-grammatical fallback: the sentence itself with its
// answer blanked.
func cloze(q string) string {
	return "Complete: " + strings.Replace(q, blank, "____", 1)
}
