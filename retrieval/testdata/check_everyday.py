#!/usr/bin/env python3
"""Sanity checker for retrieval/thesaurus-everyday.txt.

Errors (exit status 1):
  * a non-comment line without "=>" or without a non-empty "# rationale";
  * an empty left or right side;
  * a right-hand word/phrase that does not occur in the paper (case-insensitive;
    each word may be inflected: it matches a paper word starting with its first
    5 letters, or with the whole word if shorter; phrases must occur in sequence);
  * a left side or a right-hand target made only of stop words (the analyzer's
    list plus question words and a few very generic verbs);
  * a line mapping a word/phrase to itself (same text, or same stem for single words).
Warnings:
  * right-hand phrase found only in the reference list, not in the body;
  * duplicate left sides in this file;
  * left side already present in thesaurus.txt (same text or same stem);
  * a multi-word left side that shrinks to one word once stop words are dropped.
Usage: python3 check_everyday.py [-q]   (-q: errors only)
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RETR = os.path.dirname(HERE)
ROOT = os.path.dirname(RETR)
PAPER = os.path.join(ROOT, "data", "american-policies-toward-tajikistan-since-9-11.txt")
EVERY = os.path.join(RETR, "thesaurus-everyday.txt")
THES = os.path.join(RETR, "thesaurus.txt")

# The analyzer's stop list (retrieval/analyze.go) plus the brief's question words.
STOP = set("""a about above after again against all am an and any are aren't as at
be because been before being below between both but by can can't cannot could couldn't
did didn't do does doesn't doing done don don't down during each few for from further had hadn't has hasn't have haven't having
he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself
let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own
same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's
these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't
what what's when when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
s t also may might must shall will just per via whose whats hm hmm um uh ok okay pls please thanks thanks thank
according paper article author text say says said tell mention mentioned mentions describe described explain
anything something kind sort much many main mainly exactly really actually basically like mean meaning""".split())
ANALYZE_GO = os.path.join(RETR, "analyze.go")
try:  # keep in step with the analyzer's own stop list when it is readable
    _m = re.search(r"var stopWords = func\(\) map\[string\]bool \{.*?strings\.Fields\(`(.*?)`\)",
                   open(ANALYZE_GO, encoding="utf-8").read(), re.S)
    if _m:
        STOP |= set(_m.group(1).split())
except OSError:
    pass
# Very generic verbs/nouns that must not stand alone on a left side (the analyzer keeps them,
# but as a whole student phrase they carry no meaning of their own).
GENERIC = set("get got give gave make made go went come came take took put way thing things".split())


def toks(s):
    return re.findall(r"[a-z0-9]+", s.lower().replace("\u2019", "'"))


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


def crude_stem(w):
    """A rough English stemmer (no dependency); only used for same-stem checks."""
    try:
        import snowballstemmer  # optional, exact if available
        return snowballstemmer.stemmer("english").stemWord(w)
    except ImportError:
        pass
    for suf in ("ations", "ation", "ments", "ment", "ingly", "ings", "ing", "edly", "ies", "ied",
                "ness", "ers", "er", "ed", "es", "ly", "s", "e", "y"):
        if len(w) - len(suf) >= 4 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def norm(s):
    return " ".join(toks(s))


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

    thes_left = {}
    for n, line, body, sep, why in parse(THES):
        if "=>" in body:
            left = norm(body.split("=>", 1)[0])
            thes_left[left] = n
    thes_stem = {crude_stem(k): v for k, v in thes_left.items() if " " not in k}

    errors, warnings = [], []
    seen = defaultdict(list)
    entries = 0
    for n, line, body, sep, why in parse(EVERY):
        where = f"line {n}: {line[:90]}"
        if "=>" not in body:
            errors.append(f"{where}\n    no '=>'")
            continue
        if not sep or not why:
            errors.append(f"{where}\n    no '# rationale'")
        left_s, right_s = body.split("=>", 1)
        left = norm(left_s)
        rights = [r.strip() for r in right_s.split(",") if r.strip()]
        if not left or not rights:
            errors.append(f"{where}\n    empty side")
            continue
        entries += 1
        seen[left].append(n)
        ltoks = left.split()
        content = [w for w in ltoks if w not in STOP and w not in GENERIC]
        if not content:
            errors.append(f"{where}\n    left side is only stop words")
        elif len(ltoks) > 1 and len(content) == 1:
            warnings.append(f"{where}\n    left phrase shrinks to '{content[0]}' after stop words")
        for r in rights:
            rn = norm(r)
            if not rn:
                errors.append(f"{where}\n    empty target in '{right_s.strip()}'")
                continue
            if all(w in STOP for w in rn.split()):
                errors.append(f"{where}\n    target is only stop words: '{r}'")
            if rn == left or (" " not in rn and " " not in left and crude_stem(rn) == crude_stem(left)):
                errors.append(f"{where}\n    maps '{left}' to itself ('{r}')")
            if not phrase_in(rn, ptoks):
                errors.append(f"{where}\n    target not in paper: '{r}'")
            elif not phrase_in(rn, btoks):
                warnings.append(f"{where}\n    target only in references: '{r}'")
        if left in thes_left:
            warnings.append(f"{where}\n    left side also in thesaurus.txt line {thes_left[left]}")
        elif " " not in left and crude_stem(left) in thes_stem:
            warnings.append(f"{where}\n    same stem as thesaurus.txt line {thes_stem[crude_stem(left)]}")
    for left, lines in seen.items():
        if len(lines) > 1:
            warnings.append(f"duplicate left side '{left}' on lines {lines}")

    if not quiet:
        for w in warnings:
            print("WARN  " + w)
    for e in errors:
        print("ERROR " + e)
    print(f"{entries} entries, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
