#!/usr/bin/env python3
"""Check train3.jsonl golds against the paper (third-author set).

- gold must be a verbatim substring of the paper (after removing the backslash
  before "$" and the markdown "*", and joining lines inside a paragraph);
- gold must lie inside paragraph `para` (own split, checked against
  PARAGRAPHS.md) and must not cross a page break (3+ blank lines);
- gold must be 5-12 words; kind must be a known kind.
Prints counts per paragraph and per kind; exit status 1 on any failure.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAPER = os.path.join(HERE, "..", "..", "data",
                     "american-policies-toward-tajikistan-since-9-11.txt")
PARAS_MD = os.path.join(HERE, "PARAGRAPHS.md")
TRAIN = os.path.join(HERE, "train3.jsonl")
OFFTOPIC = os.path.join(HERE, "offtopic-train3.jsonl")

KINDS = {"when", "who", "why", "amount", "where", "fact", "concept", "yesno"}
HEADINGS = {"Introduction", "Political Relations", "Economic Relations",
            "Defense Relations", "Conclusion"}


def clean(s):
    return s.replace("\\$", "$").replace("*", "")


def split_paragraphs(text):
    """Return a list of paragraphs; each paragraph is a list of page segments."""
    lines = text.split("\n")
    start = next(i for i, l in enumerate(lines) if l.strip() == "Abstract") + 1
    end = next(i for i, l in enumerate(lines) if l.strip() == "References")
    blocks = []  # (blank lines before, text)
    blank, cur = 0, []
    for l in lines[start:end]:
        if l.strip() == "":
            if cur:
                blocks.append((gap, " ".join(cur)))
                cur = []
                blank = 0
            blank += 1
        else:
            if not cur:
                gap = blank
            cur.append(l.strip())
    if cur:
        blocks.append((gap, " ".join(cur)))
    paras = []
    for gap, b in blocks:
        if b in HEADINGS or b.startswith("Keywords:"):
            continue
        b = clean(b)
        if paras and gap >= 3 and not re.search(r"[.)]$", paras[-1][-1]):
            paras[-1].append(b)  # paragraph continued after a page break
        else:
            paras.append([b])
    return paras


def main():
    raw = open(PAPER, encoding="utf-8").read()
    paras = split_paragraphs(raw)
    fails = 0
    # paragraph split vs PARAGRAPHS.md
    expected = {}
    for l in open(PARAS_MD, encoding="utf-8"):
        m = re.match(r"¶(\d+): (.*)", l.strip())
        if m:
            expected[int(m.group(1))] = m.group(2).strip()
    if len(paras) != len(expected):
        print(f"SPLIT: {len(paras)} paragraphs, PARAGRAPHS.md has {len(expected)}")
        fails += 1
    for n, first in expected.items():
        if n > len(paras) or not paras[n - 1][0].startswith(first):
            print(f"SPLIT: ¶{n} does not start with {first!r}")
            fails += 1
    # whole-paper text, lines joined within paragraphs and across page breaks
    whole = clean(" ".join(" ".join(p) for p in paras))

    per_para = collections.Counter()
    per_kind = collections.Counter()
    seen_q = set()
    rows = [json.loads(l) for l in open(TRAIN, encoding="utf-8") if l.strip()]
    for i, r in enumerate(rows, 1):
        q, gold, para, kind = r.get("q"), r.get("gold"), r.get("para"), r.get("kind")
        errs = []
        if set(r) != {"q", "gold", "para", "kind"}:
            errs.append(f"keys {sorted(r)}")
        if kind not in KINDS:
            errs.append(f"bad kind {kind!r}")
        if q in seen_q:
            errs.append("duplicate question")
        seen_q.add(q)
        if "\\" in gold or "*" in gold:
            errs.append("backslash/asterisk in gold")
        nw = len(gold.split())
        if not 5 <= nw <= 12:
            errs.append(f"gold has {nw} words")
        if gold not in whole:
            errs.append("gold not in paper")
        if not isinstance(para, int) or not 1 <= para <= len(paras):
            errs.append(f"bad para {para!r}")
        elif not any(gold in seg for seg in paras[para - 1]):
            where = [j + 1 for j, p in enumerate(paras) if gold in " ".join(p)]
            errs.append(f"gold not within one page segment of ¶{para} (found in {where})")
        if errs:
            fails += 1
            print(f"line {i}: {q!r}: " + "; ".join(errs))
        per_para[para] += 1
        per_kind[kind] += 1

    print(f"{len(rows)} questions")
    print("per paragraph: " + ", ".join(f"¶{p}={per_para[p]}" for p in sorted(per_para)))
    thin = [p for p in range(1, len(paras) + 1) if per_para[p] < 5]
    if thin:
        print(f"paragraphs with fewer than 5 questions: {thin}")
        fails += 1
    print("per kind: " + ", ".join(f"{k}={per_kind[k]} ({100 * per_kind[k] / len(rows):.0f}%)"
                                   for k in sorted(per_kind)))
    if os.path.exists(OFFTOPIC):
        off = [json.loads(l) for l in open(OFFTOPIC, encoding="utf-8") if l.strip()]
        bad = [o for o in off if set(o) != {"q"}]
        print(f"offtopic: {len(off)} questions" + (f", {len(bad)} malformed" if bad else ""))
        fails += len(bad)
    print("OK" if not fails else f"{fails} FAILURES")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
