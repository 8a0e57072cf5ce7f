#!/usr/bin/env python3
"""bench/reftable.py BITEXT DEVDIR LANG PARITY [--lexicon LEX] [--only OPT...]
- align the chapters of a dev set of bench/refdev.py (English source, LANG
target) and score them with `bitext eval`; the one harness of the dev sets
(bench/align_dev.sh and bench/refeval.sh call it). PARITY: even (the
chapters to tune on), odd (the chapters to report) or all. LANG may be
SRC:TGT for a folder of document pairs NAME.SRC.seg, NAME.TGT.seg,
NAME.gold (corpora/ko-en: ko:en; PARITY all).

Without --only: the evidence table, one Markdown row per configuration:
strict and lax F1 and the CPU time of the alignments (user + system, all
documents) with everything on, without each source of evidence, with each
source alone over length and paragraphs, and with length (and paragraphs)
alone; with --lexicon LEX (a learnt lexicon, `bitext lexicon learn`) also
LEX instead of FreeDict, LEX alone and LEX with everything; then, for
everything on, the share of correct (strict) links / their mean confidence
(links) in each confidence band (`bitext eval`'s calibration).

Sources and how each is turned off: the pair's default dictionary
(--no-default-dict), names across scripts (tune l4=0), cognates (l7=0),
Chinese and Japanese words (w=0: every character starts a dictionary
entry), the word pairs the second pass learns (--no-second-pass), anchors
(--no-anchors: numbers, Latin words, punctuation, names, cognates); one
kind of anchor alone zeroes the weights of the others (l0, l1, l2, l4,
l7).

With --only OPT...: one configuration (the align options OPT...): the
report of `bitext eval` and the alignment time; with SHAPES=1 in the
environment, also strict and lax F1 by link shape (bench/linkshapes.py).

ALIGN_OPTS (environment) adds options to every run (ALIGN_OPTS=
--no-paragraphs: the harder task); BITEXT_ALIGN_TUNE passes through.
"""
import glob
import json
import os
import resource
import subprocess
import sys
import tempfile

ONLY = ["--no-anchors", "--no-second-pass", "--no-default-dict"]
CONFIGS = [
    ("all evidence", [], ""),
    ("no dictionary", ["--no-default-dict"], ""),
    ("no names", [], "l4=0"),
    ("no cognates", [], "l7=0"),
    ("no Chinese/Japanese words", [], "w=0"),
    ("no anchors", ["--no-anchors"], ""),
    ("no learnt pairs", ["--no-second-pass"], ""),
    ("length + paragraphs + dictionary",
     ["--no-anchors", "--no-second-pass"], ""),
    ("length + paragraphs + dictionary, no Chinese/Japanese words",
     ["--no-anchors", "--no-second-pass"], "w=0"),
    ("length + paragraphs + names", ["--no-second-pass", "--no-default-dict"],
     "l0=0,l1=0,l2=0,l7=0"),
    ("length + paragraphs + cognates",
     ["--no-second-pass", "--no-default-dict"], "l0=0,l1=0,l2=0,l4=0"),
    ("length + paragraphs + learnt pairs",
     ["--no-anchors", "--no-default-dict"], ""),
    ("length + paragraphs only", ONLY, ""),
    ("length only", ONLY + ["--no-paragraphs"], ""),
]


def documents(dev, lang, parity):
    """(name, source file, target file, gold file) of each pair."""
    out = []
    for g in sorted(glob.glob(os.path.join(dev, "*.gold"))):
        name = os.path.basename(g)[:-5]
        if ":" in lang:
            s, t = lang.split(":")
            src, tgt = f"{dev}/{name}.{s}.seg", f"{dev}/{name}.{t}.seg"
        else:
            src, tgt = f"{dev}/{name}.src.seg", f"{dev}/{name}.tgt.seg"
        num = int("".join(c for c in name if c.isdigit()) or 0)
        if parity == "all" or (parity == "odd") == (num % 2 == 1):
            out.append((name, src, tgt, g))
    return out


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def score(b, lang, docs, opts, tune="", fmt="json", shapes=False):
    """Align the documents `docs` with `opts`; the output of `bitext eval`
    (--format fmt), with `shapes` followed by the table of
    bench/linkshapes.py (F1 by link shape), and the CPU seconds the
    alignment took."""
    env = dict(os.environ)
    if tune:
        env["BITEXT_ALIGN_TUNE"] = tune
    sl, tl = lang.split(":") if ":" in lang else ("en", lang)
    extra = os.environ.get("ALIGN_OPTS", "").split()
    with tempfile.TemporaryDirectory() as pred, \
            tempfile.TemporaryDirectory() as gold:
        t0 = cpu()
        for n, src, tgt, g in docs:
            subprocess.run(
                [b, "align", "--segmented", "--src-lang", sl, "--tgt-lang",
                 tl, "--format", "jsonl", "-o", f"{pred}/{n}.jsonl"] +
                extra + opts + [src, tgt],
                capture_output=True, env=env, check=True)
            os.symlink(os.path.abspath(g), f"{gold}/{n}.gold")
        secs = cpu() - t0
        r = subprocess.run([b, "eval", "--format", fmt, "--gold-dir", gold,
                            "--pred-dir", pred, "--ext", ".jsonl"],
                           capture_output=True, text=True, check=True)
        out = r.stdout
        if shapes:
            out += subprocess.run(
                [sys.executable, os.path.join(os.path.dirname(
                    os.path.abspath(__file__)), "linkshapes.py"), gold, pred,
                 ".jsonl"], capture_output=True, text=True,
                check=True).stdout
    return out, secs


def cell(band):
    """Share right / mean confidence (links)."""
    if not band["links"]:
        return "- (0)"
    return (f"{band['strict']:.2f} / {band['confidence']:.2f} "
            f"({band['links']})")


def main():
    b, dev, lang, parity = sys.argv[1:5]
    rest = sys.argv[5:]
    docs = documents(dev, lang, parity)
    pair = lang.replace(":", "-") if ":" in lang else f"en-{lang}"
    if rest[:1] == ["--only"]:
        out, secs = score(b, lang, docs, rest[1:], fmt="text",
                          shapes=bool(os.environ.get("SHAPES")))
        print(out, end="")
        print(f"time: {secs:.2f} s")
        return
    configs = list(CONFIGS)
    if rest[:1] == ["--lexicon"] and len(rest) > 1:
        lex = ["--dict", rest[1]]
        configs += [
            ("learnt lexicon instead of FreeDict", ["--no-default-dict"] + lex,
             ""),
            ("length + paragraphs + learnt lexicon", ONLY + lex, ""),
            ("FreeDict and learnt lexicon", lex, ""),
            ("FreeDict and learnt lexicon, no Chinese/Japanese words", lex,
             "w=0"),
        ]
    calib = None
    for label, opts, tune in configs:
        out, secs = score(b, lang, docs, opts, tune)
        e = json.loads(out)
        print(f"| {pair} | {label} | {e['strict']['f1']:.3f} | "
              f"{e['lax']['f1']:.3f} | {secs:.1f} s |", flush=True)
        if label == "all evidence":
            calib = e["calibration"]
    print(f"| {pair} calibration | " +
          " | ".join(cell(x) for x in calib) + " |")


if __name__ == "__main__":
    main()
