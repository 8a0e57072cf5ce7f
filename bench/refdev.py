#!/usr/bin/env python3
"""bench/refdev.py BITEXT LANG OUTDIR [SEED] [--many] - a sentence-alignment dev set
from the Debian Reference (debian-reference-en and -LANG, HTML in
/usr/share/debian-reference/): the same guide, paragraph by paragraph.

For each chapter whose English and LANG files have the same paragraphs
(<p> elements, in order), each paragraph pair whose two sides split into
the same number of sentences (`bitext segment`) gives that many 1-1 links,
and the rest of the paragraph pairs are left out (their sentence gold is
not known). The chapter's kept sentences are then perturbed with known
gold, the way translations differ:
  - a target sentence dropped (1-0), a source sentence dropped (0-1);
  - two adjacent target sentences merged into one (2-1), or two source
    sentences (1-2);
  - a target sentence split in two at a comma or semicolon near its middle
    (1-2);
  - with --many, also the bigger groups of translated books, in paragraphs
    of three sentences or more: three or four source sentences merged into
    one (1-3, 1-4), three or four target sentences merged (3-1, 4-1), and
    two adjacent pairs whose target boundary moved (the target's first
    sentence takes the first part of the second, cut at a comma: 2-2).
    Without --many the set is the one the plain perturbations give.
Writes OUTDIR/NAME.src.seg, NAME.tgt.seg (one sentence a line, a blank line
between paragraphs) and NAME.gold (links S:T), NAME = chapter. The
perturbations are drawn from a fixed seed: the set is the same every run.
"""
import html
import os
import random
import re
import subprocess
import sys

DIR = "/usr/share/debian-reference"
RATES = {"drop_t": 0.04, "drop_s": 0.03, "merge_t": 0.07, "merge_s": 0.05,
         "split_t": 0.06}
# --many: where at least three sentence pairs of the paragraph are left,
# a big group starts with this probability (most paragraphs of the guide
# hold one or two sentences: at lower rates the set would have too few big
# groups to measure); the kind is drawn among those that fit.
MANY_RATE = 0.5
MANY = ["merge3_s", "merge3_t", "cross", "merge4_s", "merge4_t"]


def paragraphs(path):
    s = open(path, encoding="utf-8").read()
    out = []
    for p in re.findall(r"<p>(.*?)</p>", s, re.S):
        t = html.unescape(re.sub(r"<[^>]+>", "", p))
        out.append(" ".join(t.split()))
    return out


def segment(bitext, lang, paras):
    """Sentences of each paragraph, by `bitext segment` on the whole
    chapter (paragraphs one a line, blank lines between). None when the
    paragraphs do not come back one for one."""
    text = "\n\n".join(p if p else "-" for p in paras) + "\n"
    r = subprocess.run([bitext, "segment", "--lang", lang, "--input-format",
                        "text", "-"], input=text.encode(),
                       stdout=subprocess.PIPE, check=True)
    blocks = [b.split("\n") for b in r.stdout.decode().strip("\n").split("\n\n")]
    if len(blocks) != len(paras):
        return None
    return [[x for x in b if x.strip()] for b in blocks]


def split_middle(s):
    cuts = [m.end() for m in re.finditer(r"[,;，、；] ?", s)]
    cuts = [c for c in cuts if 0.3 * len(s) < c < 0.7 * len(s)]
    if not cuts:
        return None
    c = min(cuts, key=lambda c: abs(c - len(s) / 2))
    return s[:c].strip(), s[c:].strip()


def main():
    args = [a for a in sys.argv[1:] if a != "--many"]
    many = "--many" in sys.argv[1:]
    bitext, lang, outdir = args[0:3]
    seed = int(args[3]) if len(args) > 3 else 1
    rng = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    total = kept = 0
    for name in sorted(os.listdir(DIR)):
        m = re.match(r"(ch\d+|apa)\.en\.html$", name)
        if not m:
            continue
        chap = m.group(1)
        other = os.path.join(DIR, f"{chap}.{lang}.html")
        if not os.path.exists(other):
            continue
        pe, po = paragraphs(os.path.join(DIR, name)), paragraphs(other)
        if len(pe) != len(po):
            continue
        se, so = segment(bitext, "en", pe), segment(bitext, lang, po)
        if se is None or so is None:
            print(f"refdev: {chap}: paragraphs do not survive segmentation",
                  file=sys.stderr)
            continue
        units = []            # paragraphs of (src, tgt) 1-1 sentence pairs
        for a, b in zip(se, so):
            total += 1
            if a and len(a) == len(b):
                units.append(list(zip(a, b)))
                kept += 1
        src, tgt, gold = [], [], []
        for para in units:
            i = 0
            while i < len(para):
                s, t = para[i]
                r = rng.random()
                acc = 0
                kind = None
                for k, v in RATES.items():
                    acc += v
                    if r < acc:
                        kind = k
                        break
                need = {"merge_t": 2, "merge_s": 2, "cross": 2, "merge3_s": 3,
                        "merge3_t": 3, "merge4_s": 4, "merge4_t": 4}
                if many and len(para) - i >= 3 and rng.random() < MANY_RATE:
                    fit = [k for k in MANY if i + need[k] <= len(para)]
                    kind = rng.choice(fit)
                if kind in need and i + need[kind] > len(para):
                    kind = None
                if kind == "cross" and not split_middle(para[i + 1][1]):
                    kind = None
                if kind == "split_t" and not split_middle(t):
                    kind = None
                ns = sum(1 for x in src if x)
                nt = sum(1 for x in tgt if x)
                if kind == "drop_t":
                    src.append(s); gold.append(f"{ns}:")
                elif kind == "drop_s":
                    tgt.append(t); gold.append(f":{nt}")
                elif kind == "merge_t":
                    s2, t2 = para[i + 1]
                    src += [s, s2]; tgt.append(t + " " + t2)
                    gold.append(f"{ns},{ns + 1}:{nt}")
                    i += 1
                elif kind == "merge_s":
                    s2, t2 = para[i + 1]
                    src.append(s + " " + s2); tgt += [t, t2]
                    gold.append(f"{ns}:{nt},{nt + 1}")
                    i += 1
                elif kind in ("merge3_s", "merge4_s"):
                    k = need[kind]
                    group = para[i:i + k]
                    src.append(" ".join(x[0] for x in group))
                    tgt += [x[1] for x in group]
                    gold.append(f"{ns}:" + ",".join(str(nt + q)
                                                    for q in range(k)))
                    i += k - 1
                elif kind in ("merge3_t", "merge4_t"):
                    k = need[kind]
                    group = para[i:i + k]
                    src += [x[0] for x in group]
                    tgt.append(" ".join(x[1] for x in group))
                    gold.append(",".join(str(ns + q) for q in range(k)) +
                                f":{nt}")
                    i += k - 1
                elif kind == "cross":
                    s2, t2 = para[i + 1]
                    a, b = split_middle(t2)
                    src += [s, s2]; tgt += [t + " " + a, b]
                    gold.append(f"{ns},{ns + 1}:{nt},{nt + 1}")
                    i += 1
                elif kind == "split_t":
                    a, b = split_middle(t)
                    src.append(s); tgt += [a, b]
                    gold.append(f"{ns}:{nt},{nt + 1}")
                else:
                    src.append(s); tgt.append(t)
                    gold.append(f"{ns}:{nt}")
                i += 1
            src.append(""); tgt.append("")
        if not gold:
            continue
        # sentence numbers count non-empty lines only
        for side, lines in (("src", src), ("tgt", tgt)):
            with open(os.path.join(outdir, f"{chap}.{side}.seg"), "w",
                      encoding="utf-8") as f:
                f.write("\n".join(lines).rstrip("\n") + "\n")
        with open(os.path.join(outdir, f"{chap}.gold"), "w",
                  encoding="utf-8") as f:
            f.write("\n".join(gold) + "\n")
    print(f"refdev {lang}: {kept} of {total} paragraph pairs kept",
          file=sys.stderr)


if __name__ == "__main__":
    main()
