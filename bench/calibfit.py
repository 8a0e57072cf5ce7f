#!/usr/bin/env python3
"""bench/calibfit.py BITEXT LANG=DEVDIR... - fit the map that makes the
aligner's confidence mean what it says: Platt scaling, sigmoid(a * logit(c)
+ b) of the unmapped confidence c (BITEXT_ALIGN_TUNE=cs=1,cc=0), by
logistic regression on whether each link is right (strict), on the even
chapters of the dev sets of bench/refdev.py (English source, LANG target),
each pair weighing the same. a and b are ALIGN_CALIB_SCALE and
ALIGN_CALIB_SHIFT of src/align/align_int.h. Then, on the odd chapters (not
fitted on), per band (< 0.5, 0.5-0.8, 0.8-0.95, >= 0.95): the share of
right links (mean confidence, links), unmapped and mapped.
"""
import json
import math
import os
import subprocess
import sys

from reftable import chapters

BANDS = [(0, 0.5), (0.5, 0.8), (0.8, 0.95), (0.95, 1.01)]


def gold_links(path):
    links = set()
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            s, t = line.split(":")[:2]
            links.add((tuple(int(x) for x in s.split(",") if x),
                       tuple(int(x) for x in t.split(",") if x)))
    return links


def scored_links(b, dev, lang, parity):
    out = []
    for n in chapters(dev, parity):
        env = dict(os.environ, BITEXT_ALIGN_TUNE="cs=1,cc=0")
        r = subprocess.run(
            [b, "align", "--segmented", "--src-lang", "en", "--tgt-lang",
             lang, "--format", "jsonl", f"{dev}/{n}.src.seg",
             f"{dev}/{n}.tgt.seg"], capture_output=True, text=True,
            check=True, env=env)
        g = gold_links(f"{dev}/{n}.gold")
        for line in r.stdout.splitlines():
            j = json.loads(line)
            if j.get("confidence") is not None:
                out.append((j["confidence"],
                            (tuple(j["src"]), tuple(j["tgt"])) in g))
    return out


def logit(c):
    c = min(max(c, 1e-4), 1 - 1e-4)
    return math.log(c / (1 - c))


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


def fit(data):
    """Weighted logistic regression of y on logit(c): Newton's method."""
    a, b = 1.0, 0.0
    for _ in range(50):
        ga = gb = haa = hab = hbb = 0.0
        for z, y, w in data:
            p = sigmoid(a * z + b)
            ga += w * (y - p) * z
            gb += w * (y - p)
            h = w * p * (1 - p)
            haa += h * z * z
            hab += h * z
            hbb += h
        det = haa * hbb - hab * hab
        da = (hbb * ga - hab * gb) / det
        db = (haa * gb - hab * ga) / det
        a += da
        b += db
        if abs(da) + abs(db) < 1e-9:
            break
    return a, b


def bands(pairs):
    cells = []
    for lo, hi in BANDS:
        v = [(c, ok) for c, ok in pairs if lo <= c < hi]
        if v:
            cells.append(f"{sum(ok for _, ok in v) / len(v):.2f} "
                         f"(mean {sum(c for c, _ in v) / len(v):.2f}, "
                         f"{len(v)})")
        else:
            cells.append("-")
    return " | ".join(cells)


def main():
    b = sys.argv[1]
    sets = [x.split("=", 1) for x in sys.argv[2:]]
    data = []
    for lang, dev in sets:
        links = scored_links(b, dev, lang, "even")
        w = 1.0 / len(links)
        data += [(logit(c), 1.0 if ok else 0.0, w) for c, ok in links]
    a, bb = fit(data)
    print(f"fit on the even chapters ({len(data)} links): "
          f"a = {a:.3f}, b = {bb:.3f}")
    for lang, dev in sets:
        links = scored_links(b, dev, lang, "odd")
        after = [(sigmoid(a * logit(c) + bb), ok) for c, ok in links]
        print(f"| en-{lang} unmapped | {bands(links)} |")
        print(f"| en-{lang} mapped | {bands(after)} |")


main()
