#!/usr/bin/env python3
"""bench/reftable.py BITEXT DEVDIR LANG PARITY - the evidence table and the
calibration of one dev set of bench/refdev.py (English source, LANG
target): strict and lax F1 (`bitext eval`) and the alignment time with
everything on, without each source of evidence, and with length (and
paragraphs) alone; then, for everything on, the share of correct (strict)
links in each confidence band. PARITY: even (tuning chapters), odd
(reporting chapters) or all. Prints Markdown table rows.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

CONFIGS = [
    ("all evidence", [], ""),
    ("no dictionary", ["--no-default-dict"], ""),
    ("no names", [], "l4=0"),
    ("no anchors", ["--no-anchors"], ""),
    ("no learnt pairs", ["--no-second-pass"], ""),
    ("length + paragraphs only",
     ["--no-anchors", "--no-second-pass", "--no-default-dict"], ""),
    ("length only", ["--no-anchors", "--no-second-pass", "--no-default-dict",
                     "--no-paragraphs"], ""),
]
BANDS = [(0, 0.5), (0.5, 0.8), (0.8, 0.95), (0.95, 1.01)]


def chapters(dev, parity):
    out = []
    for g in sorted(glob.glob(os.path.join(dev, "ch*.gold"))):
        name = os.path.basename(g)[:-5]
        num = int("".join(c for c in name if c.isdigit()) or 0)
        if parity == "all" or (parity == "odd") == (num % 2 == 1):
            out.append(name)
    return out


def gold_links(path):
    links = set()
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        s, t = line.split(":")[:2]
        links.add((tuple(int(x) for x in s.split(",") if x),
                   tuple(int(x) for x in t.split(",") if x)))
    return links


def main():
    b, dev, lang, parity = sys.argv[1:5]
    names = chapters(dev, parity)
    for label, opts, tune in CONFIGS:
        env = dict(os.environ)
        if tune:
            env["BITEXT_ALIGN_TUNE"] = tune
        with tempfile.TemporaryDirectory() as pred, \
                tempfile.TemporaryDirectory() as gold:
            scored = []
            t0 = time.time()
            for n in names:
                r = subprocess.run(
                    [b, "align", "--segmented", "--src-lang", "en",
                     "--tgt-lang", lang, "--format", "jsonl"] + opts +
                    [f"{dev}/{n}.src.seg", f"{dev}/{n}.tgt.seg"],
                    capture_output=True, text=True, env=env, check=True)
                g = gold_links(f"{dev}/{n}.gold")
                with open(f"{pred}/{n}.links", "w") as f:
                    for line in r.stdout.splitlines():
                        j = json.loads(line)
                        s, t = tuple(j["src"]), tuple(j["tgt"])
                        f.write(",".join(map(str, s)) + ":" +
                                ",".join(map(str, t)) + "\n")
                        if j.get("confidence") is not None:
                            scored.append((j["confidence"], (s, t) in g))
                os.symlink(os.path.abspath(f"{dev}/{n}.gold"),
                           f"{gold}/{n}.gold")
            secs = time.time() - t0
            r = subprocess.run([b, "eval", "--gold-dir", gold, "--pred-dir",
                                pred], capture_output=True, text=True,
                               check=True)
            rows = r.stdout.splitlines()
            sf = float(rows[1].split()[3])
            lf = float(rows[2].split()[3])
            print(f"| en-{lang} | {label} | {sf:.3f} | {lf:.3f} | {secs:.1f} s |")
            if label == "all evidence":
                calib = []
                for lo, hi in BANDS:
                    v = [ok for c, ok in scored if lo <= c < hi]
                    share = f"{sum(v) / len(v):.2f}" if v else "-"
                    calib.append(f"{share} ({len(v)})")
    print(f"| en-{lang} calibration | " + " | ".join(calib) + " |")


main()
