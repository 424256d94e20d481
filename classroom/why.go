package classroom

import (
	"regexp"
	"sort"
	"strings"

	"paperbot/paper"
)

// Why-items: a sentence that states a cause or a purpose ("Because it
// borders Afghanistan, ...", "... rights in Tajikistan to support its
// operation in Afghanistan", "This was carried out as a reward for ...")
// gives "Why ...?" with the stated cause as the answer, and the causes the
// paper states elsewhere, written the same way, as distractors.

// reason is one stated cause or purpose: the question it answers and the
// answer, with the form ("to", "because", "reward", "for") distractors
// must share.
type reason struct {
	question, answer, form string
	para                   *paper.Paragraph
	si                     int
}

var (
	reParenthesis = regexp.MustCompile(`\s*\([^)]*\)`)
	reSuch        = regexp.MustCompile(`\bsuch ([a-z]+)\b`)
	reBecauseLead = regexp.MustCompile(`^Because (?:of )?([^,]+), (.+)$`)
	reBecauseTail = regexp.MustCompile(`^(.+?),? (?:because of|due to|owing to) (.+)$`)
	reToLead      = regexp.MustCompile(`^To ([a-z][^,]+?), (.+)$`)
	rePurpose     = regexp.MustCompile(`^(.+?) (?:in order )?to (support|help|ensure|guarantee|safeguard|protect|promote|balance|extend|demand|destroy|enhance|stop|counter|fight|combat|improve|expand|install|reward|secure|strengthen|assist) (.+)$`)
	reReward      = regexp.MustCompile(`^This (?:was|is) (?:carried out|done|given|provided|made|offered) as an? (?:reward|prize) for (.+)$`)
	rePraised     = regexp.MustCompile(`^(.+?) (praised|thanked|criticised|criticized|accused) (.+?) for (.+)$`)
	// complements, not purposes: "wanted to open", "ready to cooperate"
	infinitiveTakers = map[string]bool{"want": true, "wanted": true, "agreed": true, "ready": true, "started": true, "began": true,
		"able": true, "tried": true, "decided": true, "planned": true, "sought": true, "continued": true, "refused": true,
		"committed": true, "permitted": true, "allowed": true, "keen": true, "prepared": true, "likely": true, "used": true,
		"asked": true, "called": true, "need": true, "needed": true, "had": true, "going": true, "failed": true, "helped": true}
)

// reasons finds every stated cause and purpose in p.
func (x *extractor) reasons() []reason {
	var out []reason
	for i := range x.p.Paragraphs {
		para := &x.p.Paragraphs[i]
		for si := range para.Sentences {
			if x.contradicted[[2]int{para.N, si}] {
				continue
			}
			s, ok := x.plainSentence(para, si)
			if !ok {
				continue
			}
			if r, ok := x.sentenceReason(para, si, s); ok {
				out = append(out, r)
			}
		}
	}
	return out
}

// plainSentence is sentence si rendered in plain English, its attribution
// dropped and its leading reference resolved; without the final stop.
func (x *extractor) plainSentence(para *paper.Paragraph, si int) (string, bool) {
	sent := para.Sentences[si]
	s := asSentence(render(para.Text, sent.Start, sent.End, citationCuts(para)))
	s = stripAttribution(s)
	s = x.plain.apply(s)
	s = reLeadAdverbial.ReplaceAllString(s, "")
	return strings.TrimSuffix(upperFirst(s), "."), true
}

func (x *extractor) sentenceReason(para *paper.Paragraph, si int, s string) (reason, bool) {
	r := reason{para: para, si: si}
	main := ""
	switch {
	case reReward.MatchString(s):
		m := reReward.FindStringSubmatch(s)
		prev, ok := x.previous(para, si, 0)
		if !ok {
			return r, false
		}
		main, r.answer, r.form = strings.TrimSuffix(prev, "."), "As a reward for "+m[1], "because"
	case reBecauseLead.MatchString(s):
		m := reBecauseLead.FindStringSubmatch(s)
		main, r.answer, r.form = m[2], "Because "+m[1], "because"
		if strings.HasPrefix(s, "Because of ") {
			r.answer = "Because of " + m[1]
		}
	case reBecauseTail.MatchString(s):
		m := reBecauseTail.FindStringSubmatch(s)
		main, r.answer, r.form = m[1], "Because of "+m[2], "because"
	case reToLead.MatchString(s):
		m := reToLead.FindStringSubmatch(s)
		main, r.answer, r.form = m[2], "To "+m[1], "to"
	case rePraised.MatchString(s):
		m := rePraised.FindStringSubmatch(s)
		if strings.Contains(m[1], ",") || len(strings.Fields(m[1])) > 4 || len(strings.Fields(m[3])) > 4 {
			return r, false
		}
		main, r.answer, r.form = m[1]+" "+m[2]+" "+m[3], "For "+m[4], "for"
	case rePurpose.MatchString(s):
		m := rePurpose.FindStringSubmatch(s)
		toks := strings.Fields(m[1])
		if len(toks) < 3 || infinitiveTakers[toks[len(toks)-1]] || finiteVerb(toks[len(toks)-1]) || !hasFiniteVerb(m[1]) {
			return r, false // "wanted to open", "was to support": no purpose
		}
		for k, w := range toks[1:] {
			if strings.HasSuffix(w, "ing") && len(w) > 5 && (isCapitalized(toks[k]) || strings.HasSuffix(toks[k], ",")) {
				return r, false // "forming a forum to examine ways to improve": too deep
			}
		}
		main, r.answer, r.form = m[1], "To "+m[2]+" "+m[3], "to"
	default:
		return r, false
	}
	main = strings.TrimSpace(strings.TrimSuffix(main, ","))
	for _, cut := range []string{" lacking ", ", including ", ", which ", ", where ", " as a mean"} {
		if i := strings.Index(main, cut); i > 0 {
			main = main[:i]
		}
	}
	main, ok := x.resolve(para, si, upperFirst(main), 0)
	if !ok {
		return r, false
	}
	// "for such operation": the operation the sentence before names
	if m := reSuch.FindStringSubmatchIndex(main); m != nil {
		prev, ok := x.previous(para, si, 0)
		np := ""
		if ok {
			np = definiteIn(prev, main[m[2]:m[3]])
		}
		if np == "" {
			return r, false
		}
		main = main[:m[0]] + np + main[m[1]:]
	}
	main = frontAdverbial(main + ".")
	aux, subj, rest, ok := doSupport(strings.TrimSuffix(main, "."))
	if !ok || strings.Contains(subj, ",") {
		return r, false
	}
	rest = firstVerbPhrase(rest)
	r.question = tidyQuestion("Why " + aux + " " + subj + " " + rest + "?")
	r.answer = shortAnswer(reParenthesis.ReplaceAllString(r.answer, ""))
	for _, w := range strings.Fields(strings.ToLower(r.answer)) {
		if w == "these" || w == "this" || w == "those" || w == "such" {
			return r, false // "To help these endeavours": refers to what the student cannot see
		}
	}
	if r.answer == "" || wordCount(r.question) > maxQuestionWords || wordCount(r.question) < 5 {
		return r, false
	}
	return r, true
}

// shortAnswer keeps an answer to a button's length: cut at a comma or
// "and" before the 14th word, "" when it cannot be cut cleanly.
func shortAnswer(a string) string {
	a = strings.TrimSpace(strings.TrimRight(a, " .,;"))
	if len(a) <= 80 {
		return a
	}
	toks := strings.Fields(a)
	for i := min(len(toks)-1, 13); i >= 4; i-- {
		if strings.HasSuffix(toks[i-1], ",") || toks[i] == "and" {
			out := strings.TrimRight(strings.Join(toks[:i], " "), ",")
			if len(out) <= 80 {
				return out
			}
		}
	}
	return ""
}

// whyQuizzes turns the reasons into quizzes: three distractors of the
// same form from other paragraphs, none sharing a content word with the
// question (it might be a second right answer).
func (x *extractor) whyQuizzes(rs []reason) []Quiz {
	var out []Quiz
	for _, r := range rs {
		qWords := contentWords(r.question + " " + r.answer)
		var cands, others []string
		for _, o := range rs {
			if o.para.N == r.para.N || strings.EqualFold(o.answer, r.answer) {
				continue
			}
			if containsWord(o.answer, "his") || containsWord(o.answer, "her") {
				continue // "For his stand ...": his question's person, no one's in another
			}
			shared := 0
			for w := range contentWords(o.answer) {
				if qWords[w] {
					shared++
				}
			}
			if shared > 1 {
				continue
			}
			if o.form == r.form || r.form != "to" && o.form != "to" {
				cands = append(cands, o.answer)
			} else {
				others = append(others, o.answer)
			}
		}
		// causes written as the answer is first; then others, so that no
		// answer is the odd one out by its form alone
		sort.Strings(cands)
		sort.Strings(others)
		id := quizID(r.para.N, r.si, span{kind: "why", text: r.answer}, r.para.Sentences[r.si].Text)
		rng := seeded(id, 1)
		rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
		rng.Shuffle(len(others), func(i, j int) { others[i], others[j] = others[j], others[i] })
		if len(cands) == 0 && len(others) > 0 {
			continue // every distractor in another form: the answer would stand out
		}
		cands = append(cands, others...)
		if len(cands) < 3 {
			continue
		}
		out = append(out, makeQuiz(id, r.question, r.answer, cands[:3], "why", r.para, r.para.Sentences[r.si]))
	}
	return out
}

// contentWords are the lower-case words of s longer than three letters,
// stop words aside.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range reToken.FindAllString(strings.ToLower(s), -1) {
		if len(w) > 3 && !stopWords[w] {
			out[strings.TrimSuffix(w, "s")] = true
		}
	}
	return out
}

var stopWords = map[string]bool{"that": true, "this": true, "with": true, "from": true, "their": true, "they": true,
	"were": true, "which": true, "because": true, "also": true, "been": true, "have": true, "into": true, "than": true,
	"for": true, "reward": true, "the": true, "its": true, "tajikistan": true, "tajik": true, "united": true, "states": true, "america": true}
