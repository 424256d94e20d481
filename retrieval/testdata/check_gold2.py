#!/usr/bin/env python3
"""Check train2.jsonl: every gold is verbatim in the paper, inside its paragraph,
inside one sentence, not across a page break; check offtopic-train2.jsonl JSON.
Prints counts per paragraph and per kind. Exit code 1 on any failure."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
PAPER = os.path.join(ROOT, "data", "american-policies-toward-tajikistan-since-9-11.txt")
PARAS_MD = os.path.join(HERE, "PARAGRAPHS.md")
TRAIN = os.path.join(HERE, "train2.jsonl")
OFF = os.path.join(HERE, "offtopic-train2.jsonl")
KINDS = {"when", "who", "why", "amount", "where", "fact", "concept", "yesno"}
PAGE_BREAK = re.compile(r"\n[ \t]*\n[ \t]*\n[ \t]*\n")  # 3+ blank lines


def norm(s):
    return s.replace("\\$", "$").replace("*", "")


def split_paragraphs(text):
    """Return list of (joined_paragraph, [page_segments])."""
    start = text.index("\nAbstract\n") + len("\nAbstract\n")
    end = text.index("\nReferences\n")
    body = text[start:end]
    pages = PAGE_BREAK.split(body)
    # each page -> blocks separated by blank lines; a page's first block
    # continues the previous page's last block if that one did not end a sentence
    paras = []  # list of lists of segments
    for pi, page in enumerate(pages):
        blocks = [b.strip() for b in re.split(r"\n[ \t]*\n", page) if b.strip()]
        for bi, b in enumerate(blocks):
            if (pi > 0 and bi == 0 and paras
                    and not re.search(r"[.)]\s*$", paras[-1][-1])):
                paras[-1].append(b)
            else:
                paras.append([b])
    out = []
    for segs in paras:
        first = segs[0]
        if first.startswith("Keywords:"):
            continue
        if len(segs) == 1 and len(first.split()) <= 4 and not first.endswith((".", ")")):
            continue  # heading
        out.append((" ".join(" ".join(s.split()) for s in segs),
                    [" ".join(s.split()) for s in segs]))
    return out


ABBR = r"(?<!\bU\.S\.)(?<!\bSept\.)(?<!\bgovt\.)(?<!\bp\.)(?<!\bpp\.)(?<!\bDr\.)"


def sentences(seg):
    # rough splitter: ., ? or ! followed by space + capital/( ; keeps abbreviations together
    parts = re.split(ABBR + r"(?<=[.?!])\s+(?=[A-Z(])", seg)
    return parts


def main():
    text = norm(open(PAPER, encoding="utf-8").read())
    paras = split_paragraphs(text)
    ok = True
    md = [l for l in open(PARAS_MD, encoding="utf-8") if l.startswith("¶")]
    if len(paras) != len(md):
        print(f"ERROR: {len(paras)} paragraphs, PARAGRAPHS.md lists {len(md)}")
        ok = False
    for i, (p, _) in enumerate(paras, 1):
        m = re.match(r"¶(\d+): (.*)", md[i - 1].strip()) if i <= len(md) else None
        if not m or int(m.group(1)) != i or not p.startswith(" ".join(m.group(2).split())):
            print(f"ERROR: ¶{i} mismatch with PARAGRAPHS.md: {p[:50]!r}")
            ok = False

    per_para = collections.Counter()
    per_kind = collections.Counter()
    seen = set()
    n = 0
    for ln, line in enumerate(open(TRAIN, encoding="utf-8"), 1):
        if not line.strip():
            continue
        errs = []
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            print(f"train2 line {ln}: bad JSON: {e}")
            ok = False
            continue
        n += 1
        q, g, para, kind = d.get("q", ""), d.get("gold", ""), d.get("para"), d.get("kind")
        if set(d) != {"q", "gold", "para", "kind"}:
            errs.append(f"keys {sorted(d)}")
        if kind not in KINDS:
            errs.append(f"bad kind {kind!r}")
        if q.strip().lower() in seen:
            errs.append("duplicate q")
        seen.add(q.strip().lower())
        wc = len(g.split())
        if not 5 <= wc <= 12:
            errs.append(f"gold has {wc} words")
        if "\\" in g or "*" in g:
            errs.append("gold has \\ or *")
        hits = [i for i, (p, _) in enumerate(paras, 1) if g in p]
        if not hits:
            errs.append("gold not found in paper")
        elif para not in hits:
            errs.append(f"gold not in ¶{para}; found in {hits}")
        else:
            segs = paras[para - 1][1]
            if not any(g in s for s in segs):
                errs.append("gold crosses a page break")
            elif not any(g in sent for s in segs for sent in sentences(s)):
                errs.append("gold crosses a sentence boundary")
        if errs:
            ok = False
            print(f"train2 line {ln}: {'; '.join(errs)} :: {g!r}")
        per_para[para] += 1
        per_kind[kind] += 1

    print(f"\ntrain2.jsonl: {n} questions")
    print("per paragraph:")
    for i in range(1, len(paras) + 1):
        flag = "" if per_para[i] >= 6 else "   <-- fewer than 6"
        if flag:
            ok = False
        print(f"  ¶{i:2d}: {per_para[i]}{flag}")
    print("per kind:")
    for k, c in per_kind.most_common():
        print(f"  {k:8s} {c:3d}  ({100 * c / max(n, 1):.0f}%)")

    if os.path.exists(OFF):
        m = 0
        offseen = set()
        for ln, line in enumerate(open(OFF, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"offtopic line {ln}: bad JSON: {e}")
                ok = False
                continue
            if set(d) != {"q"} or not d["q"].strip():
                print(f"offtopic line {ln}: expected only a non-empty 'q'")
                ok = False
            if d.get("q", "").strip().lower() in offseen:
                print(f"offtopic line {ln}: duplicate")
                ok = False
            offseen.add(d.get("q", "").strip().lower())
            m += 1
        print(f"\nofftopic-train2.jsonl: {m} questions")
    print("\nOK" if ok else "\nFAILURES")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
