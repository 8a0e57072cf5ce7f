#!/bin/sh
# bench/align_dev.sh [BUILD] [LANG...] - strict and lax F1 and time of
# `bitext align` on dev sets built from the Debian Reference
# (bench/refdev.py: English -> LANG, sentence pairs of paragraphs that
# split alike, perturbed with known merges, splits and omissions; default
# LANG de fr). For each set:
#   length only      --no-default-dict --no-anchors --no-second-pass
#   + anchors        --no-default-dict (numbers, Latin words, punctuation,
#                    the second pass's learnt word pairs)
#   + FreeDict       the default (the pair's FreeDict dictionary)
#   + learnt lexicon --no-default-dict --dict LEXICON, learnt by `bitext
#                    lexicon learn` from Debian's translated messages
#                    (bench/lexicon.sh builds the same memory)
#   + both           --dict LEXICON with the FreeDict dictionary
# These are dev data: the dictionaries' handling was developed looking at
# them. ALIGN_OPTS adds options to every run (ALIGN_OPTS=--no-paragraphs:
# the harder task, without paragraph marks). Needs python3, bc,
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
now() { date +%s.%N; }
memory() { # lang -> $tmp/mem.LANG.tsv
	mkdir -p "$tmp/po.$1"
	for f in /usr/share/locale/$1/LC_MESSAGES/*.mo; do
		msgunfmt "$f" -o "$tmp/po.$1/$(basename "$f" .mo).po" 2>/dev/null || true
	done
	msgcat --use-first -o "$tmp/all.$1.po" "$tmp/po.$1"/*.po 2>/dev/null || true
	python3 bench/poclean.py "$tmp/all.$1.po" > "$tmp/clean.$1.po"
	"$BITEXT" tmx convert "$tmp/clean.$1.po" -o "$tmp/mem.$1.tsv" 2>/dev/null
}
run() { # lang label options...
	l=$1 label=$2
	shift 2
	rm -rf "$tmp/pred"
	mkdir -p "$tmp/pred"
	t0=$(now)
	for g in "$tmp/dev.$l"/*.gold; do
		c=$(basename "$g" .gold)
		"$BITEXT" align --segmented --src-lang en --tgt-lang "$l" \
			${ALIGN_OPTS:-} "$@" \
			"$tmp/dev.$l/$c.src.seg" "$tmp/dev.$l/$c.tgt.seg" \
			-o "$tmp/pred/$c.links" 2>/dev/null
	done
	t1=$(now)
	"$BITEXT" eval --gold-dir "$tmp/dev.$l" --pred-dir "$tmp/pred" |
		awk -v lab="$label" -v l="en-$l" -v t="$(echo "$t1 - $t0" | bc)" \
			'NR==2{s=$4} NR==3{x=$4} NR==4{g=$(NF-4)} END{printf "| %s | %s | %s | %s | %.1f s |\n", l, lab, s, x, t}'
}
echo "| pair | evidence | strict F1 | lax F1 | time (all chapters) |"
echo "|---|---|---|---|---|"
for l in $langs; do
	python3 bench/refdev.py "$BITEXT" "$l" "$tmp/dev.$l" 2>"$tmp/refdev.err"
	memory "$l"
	"$BITEXT" lexicon learn --src-lang en --tgt-lang "$l" "$tmp/mem.$l.tsv" \
		-o "$tmp/lex.$l.tsv" 2>/dev/null
	run "$l" "length only" --no-default-dict --no-anchors --no-second-pass
	run "$l" "+ anchors, second pass" --no-default-dict
	run "$l" "+ FreeDict" 
	run "$l" "+ learnt lexicon" --no-default-dict --dict "$tmp/lex.$l.tsv"
	run "$l" "+ FreeDict + learnt" --dict "$tmp/lex.$l.tsv"
	echo "  ($(cat "$tmp/refdev.err"); gold links: $(cat "$tmp/dev.$l"/*.gold | wc -l))" >&2
done
