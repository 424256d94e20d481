#!/usr/bin/env python3
"""Sanity checker for retrieval/thesaurus.txt and retrieval/names.txt.

Checks:
  * every non-comment line has the right shape and a non-empty `# rationale`;
  * every right-hand-side word/phrase of thesaurus.txt occurs in the paper
    (case-insensitive, whole words, in sequence; each word may carry an
    inflectional suffix; single words fall back to a crude 5-letter prefix
    check, reported as a warning);
  * names.txt classes have >= 2 members and at least one member in the paper;
  * duplicate left sides / names in several classes (warnings).
Exit status 1 if any error was found.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
RETR = os.path.dirname(HERE)
ROOT = os.path.dirname(RETR)
PAPER = os.path.join(ROOT, "data", "american-policies-toward-tajikistan-since-9-11.txt")
THES = os.path.join(RETR, "thesaurus.txt")
NAMES = os.path.join(RETR, "names.txt")

SUFFIXES = ("", "s", "es", "d", "ed", "ing", "ly", "er", "ers", "ies", "ied",
            "ation", "ations", "ment", "ments", "al", "ally", "ity", "ion", "ions")


def toks(s):
    return re.findall(r"[a-z0-9]+", s.lower().replace("\u2019", "'"))


def inflect_ok(term_tok, paper_tok):
    if term_tok == paper_tok:
        return True
    for a, b in ((term_tok, paper_tok), (paper_tok, term_tok)):
        if b.startswith(a) and b[len(a):] in SUFFIXES:
            return True
        # drop final e / y (e.g. use -> using, deny -> denied)
        if a[-1:] in "ey" and b.startswith(a[:-1]) and b[len(a) - 1:] in SUFFIXES:
            return True
    return False


def phrase_in(term, ptoks, vocab):
    t = toks(term)
    if not t:
        return False
    n = len(t)
    for i in range(len(ptoks) - n + 1):
        if all(inflect_ok(t[j], ptoks[i + j]) for j in range(n)):
            return True
    return False


def crude_in(term, vocab):
    t = toks(term)
    if len(t) != 1:
        return False
    p = t[0][:5]
    return any(w.startswith(p) for w in vocab)


def split_rationale(line):
    if "#" not in line:
        return line, ""
    body, rat = line.split("#", 1)
    return body, rat.strip()


def main():
    paper = open(PAPER, encoding="utf-8").read()
    ptoks = toks(paper)
    vocab = set(ptoks)
    errors, warnings = [], []

    # ---------------- thesaurus ----------------
    n_entries, n_targets = 0, 0
    lefts = Counter()
    for ln, raw in enumerate(open(THES, encoding="utf-8"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        body, rat = split_rationale(line)
        if not rat:
            errors.append(f"thesaurus:{ln}: missing rationale: {line}")
        if "=>" not in body:
            errors.append(f"thesaurus:{ln}: no '=>': {line}")
            continue
        left, right = body.split("=>", 1)
        left = left.strip()
        if not left or "," in left:
            errors.append(f"thesaurus:{ln}: bad left side {left!r}")
        lefts[left.lower()] += 1
        targets = [t.strip() for t in right.split(",")]
        if not targets or any(not t for t in targets):
            errors.append(f"thesaurus:{ln}: empty target in {right!r}")
        n_entries += 1
        for t in targets:
            if not t:
                continue
            n_targets += 1
            if phrase_in(t, ptoks, vocab):
                continue
            if crude_in(t, vocab):
                warnings.append(f"thesaurus:{ln}: only crude-prefix match for {t!r} (left {left!r})")
                continue
            errors.append(f"thesaurus:{ln}: target not in paper: {t!r} (left {left!r})")
    for l, c in lefts.items():
        if c > 1:
            warnings.append(f"thesaurus: left side {l!r} appears {c} times")

    # ---------------- names ----------------
    n_classes = 0
    seen = {}
    for ln, raw in enumerate(open(NAMES, encoding="utf-8"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        body, rat = split_rationale(line)
        if not rat:
            errors.append(f"names:{ln}: missing rationale: {line}")
        members = [m.strip().lower() for m in body.split("=")]
        if len(members) < 2 or any(not m for m in members):
            errors.append(f"names:{ln}: need >=2 non-empty members: {line}")
            continue
        n_classes += 1
        if not any(phrase_in(m, ptoks, vocab) for m in members):
            errors.append(f"names:{ln}: no member occurs in paper: {members}")
        for m in members:
            if m in seen and seen[m] != ln:
                warnings.append(f"names:{ln}: {m!r} also in class on line {seen[m]}")
            seen[m] = ln

    print(f"thesaurus entries: {n_entries}  (targets: {n_targets}, distinct left sides: {len(lefts)})")
    print(f"names classes: {n_classes}  (members: {len(seen)})")
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
