#!/usr/bin/env python3
"""bench/reftable.py BITEXT DEVDIR LANG PARITY - the evidence table and the
calibration of one dev set of bench/refdev.py (English source, LANG
target): strict and lax F1 (`bitext eval`) and the alignment time with
everything on, without each source of evidence, and with length (and
paragraphs) alone; then, for everything on, the share of correct (strict)
links in each confidence band (`bitext eval`'s calibration). PARITY: even
(tuning chapters), odd (reporting chapters) or all. Prints Markdown table
rows.
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


def chapters(dev, parity):
    out = []
    for g in sorted(glob.glob(os.path.join(dev, "ch*.gold"))):
        name = os.path.basename(g)[:-5]
        num = int("".join(c for c in name if c.isdigit()) or 0)
        if parity == "all" or (parity == "odd") == (num % 2 == 1):
            out.append(name)
    return out


def cell(band):
    """Share right / mean confidence (links)."""
    if not band["links"]:
        return "- (0)"
    return (f"{band['strict']:.2f} / {band['confidence']:.2f} "
            f"({band['links']})")


def main():
    b, dev, lang, parity = sys.argv[1:5]
    names = chapters(dev, parity)
    calib = None
    for label, opts, tune in CONFIGS:
        env = dict(os.environ)
        if tune:
            env["BITEXT_ALIGN_TUNE"] = tune
        with tempfile.TemporaryDirectory() as pred, \
                tempfile.TemporaryDirectory() as gold:
            t0 = time.time()
            for n in names:
                subprocess.run(
                    [b, "align", "--segmented", "--src-lang", "en",
                     "--tgt-lang", lang, "--format", "jsonl", "-o",
                     f"{pred}/{n}.jsonl"] + opts +
                    [f"{dev}/{n}.src.seg", f"{dev}/{n}.tgt.seg"],
                    capture_output=True, env=env, check=True)
                os.symlink(os.path.abspath(f"{dev}/{n}.gold"),
                           f"{gold}/{n}.gold")
            secs = time.time() - t0
            r = subprocess.run([b, "eval", "--format", "json", "--gold-dir",
                                gold, "--pred-dir", pred, "--ext", ".jsonl"],
                               capture_output=True, text=True, check=True)
            e = json.loads(r.stdout)
            print(f"| en-{lang} | {label} | {e['strict']['f1']:.3f} | "
                  f"{e['lax']['f1']:.3f} | {secs:.1f} s |")
            if label == "all evidence":
                calib = e["calibration"]
    print(f"| en-{lang} calibration | " +
          " | ".join(cell(x) for x in calib) + " |")


if __name__ == "__main__":
    main()
