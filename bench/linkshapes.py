#!/usr/bin/env python3
"""bench/linkshapes.py GOLD_DIR PRED_DIR [EXT] - strict and lax F1 of link
files by link shape (1-1, 1-2, 1-3 ... as NSRC-NTGT).

For each shape: precision over the predicted links of that shape, recall
over the gold links of that shape, with the definitions of `bitext eval`
(strict: identical links; lax: a predicted link with both sides is correct
when a gold link shares a source sentence with it and the gold targets of
those sources meet its targets, and a gold link is found when a predicted
link with both sides shares a source and a target sentence with it;
omissions count only when identical). Omissions are shapes 1-0 and 0-1:
they have a precision (invented omissions) and a recall (omissions found
as such). Prints a Markdown table; GOLD_DIR/NAME.gold against PRED_DIR/NAME.EXT
(default .links; link files, or the JSON lines of `bitext align --format
jsonl`).
"""
import collections
import glob
import json
import os
import sys


def read(path):
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("{"):         # bitext align --format jsonl
            j = json.loads(line)
            out.append((tuple(j["src"]), tuple(j["tgt"])))
            continue
        s, t = line.split(":")[:2]
        out.append((tuple(int(x) for x in s.split(",") if x.strip()),
                    tuple(int(x) for x in t.split(",") if x.strip())))
    return out


def shape(link):
    return f"{len(link[0])}-{len(link[1])}"


def main():
    gdir, pdir = sys.argv[1:3]
    ext = sys.argv[3] if len(sys.argv) > 3 else ".links"
    # shape -> [pred, strict correct pred, lax correct pred,
    #           gold, strict found gold, lax found gold]
    n = collections.defaultdict(lambda: [0] * 6)
    for g in sorted(glob.glob(os.path.join(gdir, "*.gold"))):
        name = os.path.basename(g)[:-5]
        p = os.path.join(pdir, name + ext)
        if not os.path.exists(p):
            continue
        gold, pred = read(g), read(p)
        gset = set(gold)
        pset = set(pred)
        gt = {}                      # gold targets of each source sentence
        for s, t in gold:
            for x in s:
                gt[x] = set(t)
        for lk in pred:
            c = n[shape(lk)]
            c[0] += 1
            c[1] += lk in gset
            if lk[0] and lk[1]:
                c[2] += any(x in gt and gt[x] & set(lk[1]) for x in lk[0])
            else:
                c[2] += lk in gset
        for lk in gold:
            c = n[shape(lk)]
            c[3] += 1
            c[4] += lk in pset
            if lk[0] and lk[1]:
                c[5] += any(q[0] and q[1] and set(q[0]) & set(lk[0]) and
                            set(q[1]) & set(lk[1]) for q in pred)
            else:
                c[5] += lk in pset

    def f1(p, r):
        return 2 * p * r / (p + r) if p + r else 0.0

    print("| shape | gold | predicted | strict P | strict R | strict F1 "
          "| lax F1 |")
    print("|---|---|---|---|---|---|---|")
    for k in sorted(n, key=lambda k: tuple(int(x) for x in k.split("-"))):
        pr, sp, lp, go, sr, lr = n[k]
        P = sp / pr if pr else 0.0
        R = sr / go if go else 0.0
        LP = lp / pr if pr else 0.0
        LR = lr / go if go else 0.0
        print(f"| {k} | {go} | {pr} | {P:.3f} | {R:.3f} | {f1(P, R):.3f} "
              f"| {f1(LP, LR):.3f} |")


main()
