package classroom

import (
	"regexp"
	"strings"

	"paperbot/paper"
)

// Judgement items: who thanked, praised, accused or criticised whom, and
// for what. The paper's judgements carry its themes: the backlash after
// the colour revolutions ("NGOs such as the Soros Foundation, which Tajik
// president Emomali Rahmon accused in 2005 of acting to destroy
// Tajikistan's unity") and what the U.S. valued in Tajikistan ("Secretary
// Hillary Clinton went to Tajikistan ... and thanked President Rahmon for
// the critical role Tajikistan had played in ... efforts to bring peace
// and security to Afghanistan"). The item asks for the party the verb's
// complement is about, keeping the complement in the stem: "Which
// foundation did ... accuse in 2005 of acting to destroy Tajikistan's
// unity?", "Which U.S. Secretary of State thanked President Rahmon for
// ...?". Its wrong choices are others of the answer's fine kind in the
// list of kinds, written in the answer's form ("... Foundation" beside
// "Soros Foundation"), the paper's own first: a reader of the paper knows
// which one it names; the kind alone does not tell.

const judgeVerbs = `(accused|praised|thanked|criticised|criticized|condemned)`

var (
	// reJudgedWhich: "..., NGOs such as the Soros Foundation, which Tajik
	// president Emomali Rahmon accused in 2005 of acting to ...".
	reJudgedWhich = regexp.MustCompile(`\b([A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*), which ((?:[A-Z][a-z]+ )?(?:[a-z]+ )?(?:[A-Z][a-z]+ )*[A-Z][a-z]+) ` + judgeVerbs + ` (in \d{4} )?(of|for) ([a-z].+)$`)
	// reJudgeWho: "Secretary Hillary Clinton went to Tajikistan on 22
	// October 2011 and thanked President Rahmon for the critical role
	// ..., calling Tajikistan a solid partner".
	reJudgeWho = regexp.MustCompile(`^(?:(?:Secretary|President|Senator|Ambassador|Minister) )?([A-Z][a-z]+(?: [A-Z][a-z.]+)?)(?: (?:went to|visited|came to|travelled to|traveled to) [^,]+? and)? ` + judgeVerbs + ` ((?:President |Secretary |Prime Minister )?[A-Z][a-z]+(?: [A-Z][a-z]+)?) (for|of) ([a-z].+?)(?:, (?:calling|labell?ing|describing|naming) .*)?$`)
)

// reTitleBeforeName: a title written small before a name ("Tajik
// president Emomali Rahmon"), which takes a capital.
var reTitleBeforeName = regexp.MustCompile(`\b(?:president|secretary|minister|senator|ambassador) [A-Z]`)

// judgementQuizzes makes the judgement items of the paper.
func (x *extractor) judgementQuizzes() []Quiz {
	var out []Quiz
	x.bodySentences(func(para *paper.Paragraph, si int) bool {
		t := para.Sentences[si].Text
		return strings.Contains(t, "accuse") || strings.Contains(t, "thank") || strings.Contains(t, "prais") || strings.Contains(t, "critici") || strings.Contains(t, "condemn")
	}, func(para *paper.Paragraph, si int, s string) {
		var answer, stem string
		if m := reJudgedWhich.FindStringSubmatch(s); m != nil {
			// the one judged: "Which foundation did <judge> accuse in 2005 of ...?"
			answer = m[1]
			stem = " did " + m[2] + " " + judgeBase(m[3]) + " " + m[4] + m[5] + " " + m[6] + "?"
		} else if m := reJudgeWho.FindStringSubmatch(s); m != nil {
			// the judge: "Which U.S. Secretary of State thanked <whom> for ...?"
			answer = m[1]
			stem = " " + m[2] + " " + m[3] + " " + m[4] + " " + m[5] + "?"
		} else {
			return
		}
		kind, canon := x.world.kindOf(answer)
		if kind == "" {
			return // no kind to draw others from
		}
		wrong := x.sameForm(canon, x.kindOthers(kind, canon, s))
		if len(wrong) < 3 {
			return
		}
		wrong = wrong[:3]
		noun := judgeNoun(kind, canon, wrong)
		if noun == "" {
			return // the answer would stand out by its form
		}
		q := tidyQuestion(reTitleBeforeName.ReplaceAllStringFunc("Which "+noun+stem, upperFirst))
		if wordCount(q) > maxQuestionWords {
			return
		}
		id := quizID(para.N, si, span{kind: "judgement", text: canon}, para.Sentences[si].Text)
		out = append(out, makeQuiz(id, q, canon, wrong, "judgement", para, para.Sentences[si]))
	})
	return out
}

// kindOthers are the other members of kind the sentence does not name, in
// a seeded order, those the paper names first.
func (x *extractor) kindOthers(kind, canon, sentence string) []string {
	var inPaper, rest []string
	for _, m := range x.world.members[kind] {
		if m == canon || isPersonKind(kind) && sameSurname(m, canon) {
			continue // "George H. W. Bush" for "George W. Bush": the paper's "Bush" fits both
		}
		named := false
		for _, sp := range x.allSpellings(m) {
			if containsWord(sentence, sp) {
				named = true
			}
		}
		if named {
			continue
		}
		if x.namedInBody(m) {
			inPaper = append(inPaper, m)
		} else {
			rest = append(rest, m)
		}
	}
	rng := seeded(kind+"\x00"+canon, 1)
	rng.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	return append(inPaper, rest...)
}

// judgeNoun is what the stem calls the answer: a person by office ("U.S.
// Secretary of State" for the list's "secretary-of-state-US"), a thing by
// the head word it shares with every wrong choice ("foundation"); "" when
// the choices differ in form.
func judgeNoun(kind, answer string, wrong []string) string {
	if isPersonKind(kind) {
		office, side, _ := strings.Cut(strings.Replace(kind, "-of-", " of ", 1), "-")
		switch side {
		case "US":
			return "U.S. " + titleOffice(office)
		case "Russia":
			return "Russian " + titleOffice(office)
		}
		return "" // "president-Central-Asia": no one adjective for the side
	}
	want := nameForm(answer)
	for _, w := range wrong {
		if nameForm(w) != want {
			return ""
		}
	}
	return strings.TrimSuffix(want, "+of")
}

// judgeBase is a judging verb's base form: "accused" is "accuse".
func judgeBase(v string) string {
	if strings.HasSuffix(v, "sed") || strings.HasSuffix(v, "zed") {
		return strings.TrimSuffix(v, "d")
	}
	return baseForm(v)
}

// titleOffice capitalises a title's words but its small ones: "secretary
// of state" as "Secretary of State"; one word stays a common noun.
func titleOffice(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 1 {
		return s // "president": a common noun alone
	}
	for i, w := range ws {
		if w != "of" && w != "the" {
			ws[i] = upperFirst(w)
		}
	}
	return strings.Join(ws, " ")
}

// sameSurname: two names ending in one word.
func sameSurname(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	return len(fa) > 0 && len(fb) > 0 && strings.EqualFold(fa[len(fa)-1], fb[len(fb)-1])
}
