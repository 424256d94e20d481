#!/usr/bin/env python3
"""Verify train.jsonl gold phrases against the paper and the paragraph split."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PAPER = os.path.join(HERE, "..", "..", "data", "american-policies-toward-tajikistan-since-9-11.txt")
TRAIN = os.path.join(HERE, "train.jsonl")
OFF = os.path.join(HERE, "offtopic-train.jsonl")
KINDS = {"when", "who", "why", "amount", "where", "fact", "concept", "yesno"}


def clean(s):
    return s.replace("\\$", "$").replace("*", "")


def load_paragraphs():
    raw = clean(open(PAPER, encoding="utf-8").read())
    body = raw[raw.index("\nAbstract\n"):raw.index("\nReferences\n")]
    # page break = 3+ blank lines (4+ newlines); join across it unless the text
    # before ends a sentence (heading follows) -> then it is a normal block break
    parts = re.split(r"\n{4,}", body)
    joined = parts[0]
    for p in parts[1:]:
        prev = joined.rstrip()
        if prev.endswith(".") or prev.endswith(")"):
            joined = prev + "\n\n" + p.lstrip("\n")
        else:
            joined = prev + " " + p.lstrip("\n")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", joined) if b.strip()]
    paras = []
    for b in blocks:
        if b.startswith("Keywords:"):
            continue
        if len(b.split()) <= 3 and not b.endswith("."):
            continue  # heading
        paras.append(b)
    # raw blocks (no page-break joining) to test that gold does not cross a page break
    raw_blocks = [b.strip() for b in re.split(r"\n\s*\n", body) if b.strip()]
    return paras, raw_blocks


def main():
    paras, raw_blocks = load_paragraphs()
    ok = True
    if len(paras) != 23:
        print("ERROR: expected 23 paragraphs, got", len(paras)); ok = False
    for i, p in enumerate(paras, 1):
        print(f"¶{i}: {' '.join(p.split()[:8])}")
    print()
    per_para = collections.Counter(); per_kind = collections.Counter()
    seen_q = set(); n = 0
    for ln, line in enumerate(open(TRAIN, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except Exception as e:
            print(f"line {ln}: bad JSON {e}"); ok = False; continue
        n += 1
        q, g, para, kind = d.get("q"), d.get("gold"), d.get("para"), d.get("kind")
        errs = []
        if set(d) != {"q", "gold", "para", "kind"}:
            errs.append(f"keys {sorted(d)}")
        if kind not in KINDS:
            errs.append(f"bad kind {kind}")
        if q.strip().lower() in seen_q:
            errs.append("duplicate q")
        seen_q.add(q.strip().lower())
        wc = len(g.split())
        if not 5 <= wc <= 12:
            errs.append(f"gold has {wc} words")
        if "\\" in g or "*" in g:
            errs.append("gold contains \\ or *")
        if not any(g in p for p in paras):
            errs.append("gold not in paper")
        elif not (isinstance(para, int) and 1 <= para <= len(paras) and g in paras[para - 1]):
            where = [i for i, p in enumerate(paras, 1) if g in p]
            errs.append(f"gold not in ¶{para}; found in {where}")
        if not any(g in b for b in raw_blocks):
            errs.append("gold crosses a page break")
        if re.search(r"(?<!U\.S)(?<!govt)(?<!Dr)\.\s+[A-Z]", g):
            errs.append("gold may span two sentences")
        if errs:
            ok = False
            print(f"line {ln}: {q!r} gold={g!r}: " + "; ".join(errs))
        per_para[para] += 1; per_kind[kind] += 1
    print(f"\n{n} train questions")
    print("per paragraph:", " ".join(f"¶{k}={per_para[k]}" for k in sorted(per_para)))
    print("per kind:", dict(per_kind.most_common()))
    low = [k for k in range(1, 24) if per_para[k] < 7]
    if low:
        print("WARNING: paragraphs with <7 questions:", low); ok = False
    if os.path.exists(OFF):
        m = 0; qs = set()
        for ln, line in enumerate(open(OFF, encoding="utf-8"), 1):
            if not line.strip():
                continue
            d = json.loads(line); m += 1
            if set(d) != {"q"}:
                print(f"offtopic line {ln}: keys {sorted(d)}"); ok = False
            if d["q"].lower() in qs or d["q"].lower() in seen_q:
                print(f"offtopic line {ln}: duplicate {d['q']!r}"); ok = False
            qs.add(d["q"].lower())
        print(f"{m} off-topic questions")
    print("OK" if ok else "FAILURES")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
