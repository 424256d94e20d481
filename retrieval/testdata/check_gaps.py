#!/usr/bin/env python3
"""Sanity checker for retrieval/thesaurus-gaps.txt (fourth thesaurus, self-play gaps).

Errors (exit status 1):
  * a non-comment line without "=>" or without a non-empty "# rationale";
  * an empty left or right side (or an empty target between commas);
  * a right-hand word/phrase that does not occur in the paper (case-insensitive;
    each word may be inflected: it matches a paper word that starts with its
    first 5 letters, or with the whole word when shorter; a phrase must occur
    word by word in sequence);
  * a left side made only of the analyzer's stop words (the program refuses to
    start on such a line) or only of stop words and very generic verbs;
  * a right-hand target made only of stop words;
  * a line mapping a word/phrase to itself (same text, or the same stems word
    by word);
  * a left side that another list already maps to every one of this line's
    targets (the line would add nothing).
Warnings:
  * a target found only in the reference list, not in the paper's body;
  * a rationale that names no paragraph (¶N);
  * a left side duplicated within this file;
  * a left side already present in another list (same text, or the same stems):
    allowed, since the line then adds targets, but worth a second look;
  * a multi-word left side that shrinks to one word once stop words are dropped.

Stems: the exact Snowball English stemmer when available (python package
snowballstemmer, or the Go module github.com/kljensen/snowball that the
retrieval package itself uses, run through `go run` from the module cache);
otherwise a crude suffix stripper.
Usage: python3 check_gaps.py [-q]   (-q: errors only)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RETR = os.path.dirname(HERE)
ROOT = os.path.dirname(RETR)
PAPER = os.path.join(ROOT, "data", "american-policies-toward-tajikistan-since-9-11.txt")
MINE = os.path.join(RETR, "thesaurus-gaps.txt")
OTHERS = [os.path.join(RETR, f) for f in
          ("thesaurus.txt", "thesaurus-everyday.txt", "thesaurus-questions.txt")]
ANALYZE_GO = os.path.join(RETR, "analyze.go")


def analyzer_stop_words():
    """The analyzer's own stop list (retrieval/analyze.go, var stopWords)."""
    m = re.search(r"var stopWords = func\(\) map\[string\]bool \{.*?strings\.Fields\(`(.*?)`\)",
                  open(ANALYZE_GO, encoding="utf-8").read(), re.S)
    if not m:
        sys.exit("check_gaps.py: cannot find var stopWords in " + ANALYZE_GO)
    return set(m.group(1).split())


AN_STOP = analyzer_stop_words()
# Very generic words that must not make a left side on their own.
GENERIC = set("""get got give gave make made go went come came take took put way thing things
happen happened type date exact overall info""".split())


def toks(s):
    return re.findall(r"[a-z0-9]+", s.lower().replace("\u2019", "'"))


def surface(s):
    """Surface words as the analyzer's stop list sees them (apostrophes kept)."""
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s.lower().replace("\u2019", "'"))


def norm(s):
    return " ".join(toks(s))


# ---------------------------------------------------------------- stemming
def crude_stem(w):
    for suf in ("ations", "ation", "ments", "ment", "ingly", "ings", "ing", "edly", "ies", "ied",
                "ness", "ers", "er", "ed", "es", "ly", "s", "e", "y"):
        if len(w) - len(suf) >= 4 and w.endswith(suf):
            return w[: -len(suf)]
    return w


GO_MAIN = """package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/kljensen/snowball/english"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Println(english.Stem(sc.Text(), true))
	}
}
"""


def go_stemmer(words):
    """Stem words with the Go snowball module from the local module cache."""
    go = shutil.which("go") or ("/usr/local/go/bin/go" if os.path.exists("/usr/local/go/bin/go") else None)
    gosum = os.path.join(ROOT, "go.sum")
    if not go or not os.path.exists(gosum):
        return None
    ver = None
    for line in open(os.path.join(ROOT, "go.mod"), encoding="utf-8"):
        m = re.search(r"github\.com/kljensen/snowball (v\S+)", line)
        if m:
            ver = m.group(1)
    if not ver:
        return None
    with tempfile.TemporaryDirectory() as d:
        open(os.path.join(d, "go.mod"), "w").write(
            f"module stemcheck\n\ngo 1.21\n\nrequire github.com/kljensen/snowball {ver}\n")
        open(os.path.join(d, "go.sum"), "w").write(
            "".join(l for l in open(gosum, encoding="utf-8") if "kljensen/snowball" in l))
        open(os.path.join(d, "main.go"), "w").write(GO_MAIN)
        env = dict(os.environ, GOPROXY="off", GOFLAGS="-mod=mod", GOTOOLCHAIN="local")
        try:
            out = subprocess.run([go, "run", "."], cwd=d, input="\n".join(words) + "\n",
                                 capture_output=True, text=True, timeout=180, env=env)
        except (OSError, subprocess.TimeoutExpired):
            return None
        if out.returncode != 0:
            return None
        res = out.stdout.split("\n")
        if len(res) < len(words):
            return None
        return dict(zip(words, res))


def make_stemmer(words):
    try:
        import snowballstemmer  # exact, if installed
        st = snowballstemmer.stemmer("english")
        return st.stemWord, "snowballstemmer"
    except ImportError:
        pass
    table = go_stemmer(sorted(words))
    if table:
        return (lambda w: table.get(w) or crude_stem(w)), "go kljensen/snowball"
    return crude_stem, "crude suffix stripper (snowball unavailable)"


# ---------------------------------------------------------------- matching
def word_ok(t, p):
    """term word t matches paper word p (5-letter prefix, or whole short word)."""
    return p.startswith(t[:5]) if len(t) >= 5 else p.startswith(t)


def phrase_in(term, ptoks):
    t = toks(term)
    if not t:
        return False
    n = len(t)
    for i in range(len(ptoks) - n + 1):
        if all(word_ok(t[j], ptoks[i + j]) for j in range(n)):
            return True
    return False


def parse(path):
    out = []
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        body, sep, why = line.partition("#")
        out.append((n, line, body, sep, why.strip()))
    return out


def targets(body):
    return [norm(r) for r in body.split("=>", 1)[1].split(",") if norm(r)]


def main():
    quiet = "-q" in sys.argv
    paper = open(PAPER, encoding="utf-8").read()
    m = re.search(r"\n\s*References\s*\n", paper)
    body_text = paper[: m.start()] if m else paper
    ptoks, btoks = toks(paper), toks(body_text)

    mine = parse(MINE)
    others = {p: parse(p) for p in OTHERS if os.path.exists(p)}

    words = set()
    for rows in [mine] + list(others.values()):
        for n, line, body, sep, why in rows:
            if "=>" in body:
                l, r = body.split("=>", 1)
                words.update(toks(l))
                for x in r.split(","):
                    words.update(toks(x))
    stem, how = make_stemmer(words)

    def skey(s):
        return " ".join(stem(w) for w in s.split() if w not in AN_STOP)

    other_left = {}    # stem key of a left side -> [(file, line, target stem keys)]
    for path, rows in others.items():
        for n, line, body, sep, why in rows:
            if "=>" not in body:
                continue
            left = norm(body.split("=>", 1)[0])
            other_left.setdefault(skey(left), []).append(
                (os.path.basename(path), n, {skey(t) for t in targets(body)}))

    errors, warnings = [], []
    seen = defaultdict(list)
    entries = 0
    for n, line, body, sep, why in mine:
        where = f"line {n}: {line[:100]}"
        if "=>" not in body:
            errors.append(f"{where}\n    no '=>'")
            continue
        if not sep or not why:
            errors.append(f"{where}\n    no '# rationale'")
        elif "\u00b6" not in why:
            warnings.append(f"{where}\n    rationale names no paragraph (\u00b6N)")
        left_s, right_s = body.split("=>", 1)
        left = norm(left_s)
        parts = right_s.split(",")
        rights = [r.strip() for r in parts if r.strip()]
        if not left or not rights:
            errors.append(f"{where}\n    empty side")
            continue
        if len(rights) != len(parts):
            errors.append(f"{where}\n    empty target between commas")
        entries += 1
        seen[skey(left)].append(n)
        if all(w in AN_STOP for w in surface(left_s)):
            errors.append(f"{where}\n    left side is only the analyzer's stop words (the program would not start)")
        content = [w for w in left.split() if w not in AN_STOP and w not in GENERIC]
        if not content:
            errors.append(f"{where}\n    left side is only stop words / generic words")
        elif len(left.split()) > 1 and len([w for w in left.split() if w not in AN_STOP]) == 1:
            warnings.append(f"{where}\n    left phrase shrinks to one word after stop words")
        lkey = skey(left)
        for r in rights:
            rn = norm(r)
            if not rn:
                errors.append(f"{where}\n    empty target '{r}'")
                continue
            if all(w in AN_STOP for w in rn.split()):
                errors.append(f"{where}\n    target is only stop words: '{r}'")
            if rn == left or skey(rn) == lkey:
                errors.append(f"{where}\n    maps '{left}' to itself ('{r}')")
            if not phrase_in(rn, ptoks):
                errors.append(f"{where}\n    target not in paper: '{r}'")
            elif not phrase_in(rn, btoks):
                warnings.append(f"{where}\n    target only in references: '{r}'")
        if lkey in other_left:
            have = set().union(*(t for _, _, t in other_left[lkey]))
            new = {skey(norm(r)) for r in rights} - have
            at = ", ".join(f"{f} line {ln}" for f, ln, _ in other_left[lkey])
            if not new:
                errors.append(f"{where}\n    adds nothing: {at} already maps '{left}' to all these targets")
            else:
                warnings.append(f"{where}\n    left side also in {at}; adds {sorted(new)}")
    for k, lines in seen.items():
        if len(lines) > 1:
            warnings.append(f"duplicate left side '{k}' on lines {lines}")

    if not quiet:
        for w in warnings:
            print("WARN  " + w)
    for e in errors:
        print("ERROR " + e)
    print(f"stemmer: {how}")
    print(f"{entries} entries, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
