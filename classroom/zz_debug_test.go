package classroom

import "testing"

func TestZZDumpReasons(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	for _, r := range x.reasons() {
		t.Logf("  topic %v", x.distinctive(contentWords(r.question)))
		t.Logf("¶%d s%d [%s] Q=%q A=%q", r.para.N, r.si, r.form, r.question, r.answer)
	}
	for _, it := range x.items() {
		t.Logf("ITEM ¶%d [%s] %q -> %q %q", it.Paragraph, it.Kind, it.Question, it.Choices[it.Answer], it.Choices)
	}
}

func TestZZWhy(t *testing.T) {
	p := loadPaper(t)
	x := newExtractor(p, buildGlossary(p), loadPlain(t))
	rs := x.reasons()
	for _, r := range rs {
		if r.question == "" {
			continue
		}
		t.Logf("Q %s", r.question)
		for _, o := range rs {
			if o.para.N == r.para.N {
				continue
			}
			t.Logf("    %v %q key=%v", x.mayBeTrue(r, o.answer), o.answer, x.distinctive(contentWords(o.answer)))
		}
	}
}

func TestZZEq(t *testing.T) {
	t.Log(doSupport("America was the second state to open its Embassy in March 1992"))
	t.Log(entityQuestion("America was the second state to open its Embassy in \x01 in March 1992.", false, "city"))
}
