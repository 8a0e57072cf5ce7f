#!/bin/sh
# bench/align_dev.sh [BUILD] [LANG...] - strict and lax F1 and time of
# `bitext align` on dev sets built from the Debian Reference
# (bench/refdev.py: English -> LANG, sentence pairs of paragraphs that
# split alike, perturbed with known merges, splits and omissions; default
# LANG de fr), all chapters, scored by bench/reftable.py (the one harness
# of the dev sets): everything on, without each source of evidence, length
# (and paragraphs) alone, and with a lexicon learnt by `bitext lexicon
# learn` from Debian's translated messages (bench/lexicon.sh builds the
# same memory) instead of FreeDict and with it; then the calibration.
# These are dev data: the dictionaries' handling was developed looking at
# them. ALIGN_OPTS adds options to every run (ALIGN_OPTS=--no-paragraphs:
# the harder task, without paragraph marks). Needs python3,
# debian-reference-en and -LANG, gettext.
set -eu
build=${1:-build}
shift || true
langs=${*:-de fr}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
case $build in /*) ;; *) build=$top/$build ;; esac
export BITEXT_DATADIR="$build/share/bitext"
BITEXT=$build/bitext
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
memory() { # lang -> $tmp/mem.LANG.tsv
	mkdir -p "$tmp/po.$1"
	for f in /usr/share/locale/$1/LC_MESSAGES/*.mo; do
		msgunfmt "$f" -o "$tmp/po.$1/$(basename "$f" .mo).po" 2>/dev/null || true
	done
	msgcat --use-first -o "$tmp/all.$1.po" "$tmp/po.$1"/*.po 2>/dev/null || true
	python3 bench/poclean.py "$tmp/all.$1.po" > "$tmp/clean.$1.po"
	"$BITEXT" tmx convert "$tmp/clean.$1.po" -o "$tmp/mem.$1.tsv" 2>/dev/null
}
echo "| pair | evidence | strict F1 | lax F1 | time (all chapters) |"
echo "|---|---|---|---|---|"
for l in $langs; do
	python3 bench/refdev.py "$BITEXT" "$l" "$tmp/dev.$l" 2>"$tmp/refdev.err"
	memory "$l"
	"$BITEXT" lexicon learn --src-lang en --tgt-lang "$l" "$tmp/mem.$l.tsv" \
		-o "$tmp/lex.$l.tsv" 2>/dev/null
	python3 bench/reftable.py "$BITEXT" "$tmp/dev.$l" "$l" all \
		--lexicon "$tmp/lex.$l.tsv"
	echo "  ($(cat "$tmp/refdev.err"); gold links: $(cat "$tmp/dev.$l"/*.gold | wc -l))" >&2
done
