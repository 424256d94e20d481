#!/usr/bin/env python3
"""Sanity checker for retrieval/thesaurus-questions.txt (third thesaurus).

Errors (exit status 1):
  * a non-comment line without "=>" or without a non-empty "# rationale";
  * an empty left or right side (or an empty target between commas);
  * a right-hand word/phrase that does not occur in the paper (case-insensitive;
    each word may be inflected: it matches a paper word that starts with its
    first 5 letters, or with the whole word when shorter; a phrase must occur
    word by word in sequence);
  * a left side or a right-hand target made only of stop words;
  * a line mapping a word/phrase to itself (same text, or the same stem for
    single words).
Warnings:
  * a target found only in the reference list, not in the paper's body;
  * a left side duplicated within this file;
  * a left side already present in thesaurus.txt or thesaurus-everyday.txt
    (same text, or, for single words, the same Snowball stem);
  * a multi-word left side that shrinks to one word once stop words are dropped.

Stems: the exact Snowball English stemmer is used when available (python
package snowballstemmer, or the Go module github.com/kljensen/snowball that the
retrieval package itself uses, run through `go run` from the module cache);
otherwise a crude suffix stripper.
Usage: python3 check_questions_thesaurus.py [-q]   (-q: errors only)
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
MINE = os.path.join(RETR, "thesaurus-questions.txt")
OTHERS = [os.path.join(RETR, "thesaurus.txt"), os.path.join(RETR, "thesaurus-everyday.txt")]
ANALYZE_GO = os.path.join(RETR, "analyze.go")

STOP = set("""a about above after again against all am an and any are aren't as at
be because been before being below between both but by can can't cannot could couldn't
did didn't do does doesn't doing done don don't down during each few for from further had hadn't has hasn't have haven't having
he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself
let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own
same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's
these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't
what what's when when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
s t also may might must shall will just per via whose whats hm hmm um uh ok okay pls please thanks thank
according paper article author text say says said tell mention mentioned mentions describe described explain
anything something kind sort much many main mainly exactly really actually basically like mean meaning""".split())
try:  # keep in step with the analyzer's own stop list when it is readable
    _m = re.search(r"var stopWords = func\(\) map\[string\]bool \{.*?strings\.Fields\(`(.*?)`\)",
                   open(ANALYZE_GO, encoding="utf-8").read(), re.S)
    if _m:
        STOP |= set(_m.group(1).split())
except OSError:
    pass
# Words the brief asks us not to use as a left side on their own.
GENERIC = set("""get got give gave make made go went come came take took put way thing things
happen happened type date exact overall info information""".split())


def toks(s):
    return re.findall(r"[a-z0-9]+", s.lower().replace("\u2019", "'"))


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


def main():
    quiet = "-q" in sys.argv
    paper = open(PAPER, encoding="utf-8").read()
    m = re.search(r"\n\s*References\s*\n", paper)
    body_text = paper[: m.start()] if m else paper
    ptoks, btoks = toks(paper), toks(body_text)

    mine = parse(MINE)
    others = {p: parse(p) for p in OTHERS if os.path.exists(p)}

    # collect every word whose stem we may need, then build the stemmer once
    words = set()
    for rows in [mine] + list(others.values()):
        for n, line, body, sep, why in rows:
            if "=>" in body:
                l, r = body.split("=>", 1)
                words.update(toks(l))
                for x in r.split(","):
                    words.update(toks(x))
    stem, how = make_stemmer(words)

    other_left = {}  # normalized left -> (file, line)
    other_stem = {}  # stem of single-word left -> (file, line)
    for path, rows in others.items():
        for n, line, body, sep, why in rows:
            if "=>" not in body:
                continue
            left = norm(body.split("=>", 1)[0])
            other_left.setdefault(left, (os.path.basename(path), n))
            if left and " " not in left:
                other_stem.setdefault(stem(left), (os.path.basename(path), n))

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
        seen[left].append(n)
        ltoks = left.split()
        content = [w for w in ltoks if w not in STOP and w not in GENERIC]
        if not content:
            errors.append(f"{where}\n    left side is only stop words / generic words")
        elif len(ltoks) > 1 and len(content) == 1:
            warnings.append(f"{where}\n    left phrase shrinks to '{content[0]}' after stop words")
        lstem = " ".join(stem(w) for w in ltoks)
        for r in rights:
            rn = norm(r)
            if not rn:
                errors.append(f"{where}\n    empty target '{r}'")
                continue
            if all(w in STOP for w in rn.split()):
                errors.append(f"{where}\n    target is only stop words: '{r}'")
            if rn == left or " ".join(stem(w) for w in rn.split()) == lstem:
                errors.append(f"{where}\n    maps '{left}' to itself ('{r}')")
            if not phrase_in(rn, ptoks):
                errors.append(f"{where}\n    target not in paper: '{r}'")
            elif not phrase_in(rn, btoks):
                warnings.append(f"{where}\n    target only in references: '{r}'")
        if left in other_left:
            f, ln = other_left[left]
            warnings.append(f"{where}\n    left side also in {f} line {ln}")
        elif " " not in left and stem(left) in other_stem:
            f, ln = other_stem[stem(left)]
            warnings.append(f"{where}\n    same stem '{stem(left)}' as left side in {f} line {ln}")
    for left, lines in seen.items():
        if len(lines) > 1:
            warnings.append(f"duplicate left side '{left}' on lines {lines}")

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
