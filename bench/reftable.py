#!/usr/bin/env python3
"""bench/reftable.py BITEXT DEVDIR LANG PARITY [--lexicon LEX] [--only OPT...]
- align the chapters of a dev set of bench/refdev.py (English source, LANG
target) and score them with `bitext eval`; the one harness of the dev sets
(bench/align_dev.sh and bench/refeval.sh call it). PARITY: even (the
chapters to tune on), odd (the chapters to report) or all.

Without --only: the evidence table, one Markdown row per configuration:
strict and lax F1 and the alignment time with everything on, without each
source of evidence, and with length (and paragraphs) alone; with
--lexicon LEX (a learnt lexicon, `bitext lexicon learn`) also LEX instead
of FreeDict and LEX with it; then, for everything on, the share of correct
(strict) links / their mean confidence (links) in each confidence band
(`bitext eval`'s calibration).

With --only OPT...: one configuration (the align options OPT...): the
report of `bitext eval` and the alignment time.

ALIGN_OPTS (environment) adds options to every run (ALIGN_OPTS=
--no-paragraphs: the harder task); BITEXT_ALIGN_TUNE passes through.
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


def score(b, dev, lang, names, opts, tune="", fmt="json"):
    """Align the chapters `names` with `opts`; the output of `bitext eval`
    (--format fmt) and the seconds the alignment took."""
    env = dict(os.environ)
    if tune:
        env["BITEXT_ALIGN_TUNE"] = tune
    extra = os.environ.get("ALIGN_OPTS", "").split()
    with tempfile.TemporaryDirectory() as pred, \
            tempfile.TemporaryDirectory() as gold:
        t0 = time.time()
        for n in names:
            subprocess.run(
                [b, "align", "--segmented", "--src-lang", "en", "--tgt-lang",
                 lang, "--format", "jsonl", "-o", f"{pred}/{n}.jsonl"] +
                extra + opts + [f"{dev}/{n}.src.seg", f"{dev}/{n}.tgt.seg"],
                capture_output=True, env=env, check=True)
            os.symlink(os.path.abspath(f"{dev}/{n}.gold"), f"{gold}/{n}.gold")
        secs = time.time() - t0
        r = subprocess.run([b, "eval", "--format", fmt, "--gold-dir", gold,
                            "--pred-dir", pred, "--ext", ".jsonl"],
                           capture_output=True, text=True, check=True)
    return r.stdout, secs


def cell(band):
    """Share right / mean confidence (links)."""
    if not band["links"]:
        return "- (0)"
    return (f"{band['strict']:.2f} / {band['confidence']:.2f} "
            f"({band['links']})")


def main():
    b, dev, lang, parity = sys.argv[1:5]
    rest = sys.argv[5:]
    names = chapters(dev, parity)
    if rest[:1] == ["--only"]:
        out, secs = score(b, dev, lang, names, rest[1:], fmt="text")
        print(out, end="")
        print(f"time: {secs:.2f} s")
        return
    configs = list(CONFIGS)
    if rest[:1] == ["--lexicon"] and len(rest) > 1:
        configs += [
            ("learnt lexicon instead of FreeDict",
             ["--no-default-dict", "--dict", rest[1]], ""),
            ("FreeDict and learnt lexicon", ["--dict", rest[1]], ""),
        ]
    calib = None
    for label, opts, tune in configs:
        out, secs = score(b, dev, lang, names, opts, tune)
        e = json.loads(out)
        print(f"| en-{lang} | {label} | {e['strict']['f1']:.3f} | "
              f"{e['lax']['f1']:.3f} | {secs:.1f} s |")
        if label == "all evidence":
            calib = e["calibration"]
    print(f"| en-{lang} calibration | " +
          " | ".join(cell(x) for x in calib) + " |")


if __name__ == "__main__":
    main()
