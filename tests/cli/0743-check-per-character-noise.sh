#!/bin/sh
# Per-character noise: a fully decomposed (NFD) Korean sentence is one
# normalization finding per run, not one per syllable; a soft hyphen (or
# another default-ignorable character) inside a word is an invisible-
# character finding, and the word is spelled without it.
. tests/cli/lib.sh
nfd=$(printf '\341\204\222\341\205\241\341\206\253\341\204\200\341\205\256\341\206\250\341\204\213\341\205\263\341\206\253 \341\204\214\341\205\251\341\207\202\341\204\203\341\205\241.')   # 한국은 좋다. in conjoining jamo
printf 'source\ttarget\n%s\tKorea is good.\n' "$nfd" > "$T/nfd.tsv"
run check -s ko -l en -f jsonl "$T/nfd.tsv"
n=$(grep -c '"check": "normalization"' "$T/out")
[ "$n" -eq 1 ] || { cat "$T/out"; fail "decomposed sentence: $n normalization findings, expected 1"; }
grep '"check": "normalization"' "$T/out" | grep -q '"source_span": \[0, 15\]' ||
	{ cat "$T/out"; fail "the finding does not span the decomposed run"; }
grep '"check": "normalization"' "$T/out" | grep -q '"suggestion": "한국은 좋다"' ||
	{ cat "$T/out"; fail "the suggestion is not the composed run"; }
# two decomposed words apart from composed text: two runs
printf 'source\ttarget\n%s 그리고 %s\tKorea and good.\n' "$(printf '\341\204\222\341\205\241\341\206\253')" "$(printf '\341\204\214\341\205\251\341\207\202\341\204\203\341\205\241')" > "$T/two.tsv"
run check -s ko -l en -f jsonl "$T/two.tsv"
n=$(grep -c '"check": "normalization"' "$T/out")
[ "$n" -eq 2 ] || { cat "$T/out"; fail "two decomposed runs: $n findings"; }
# a run of one invisible character is one finding; two places are two
printf 'source\ttarget\n좋다.\tGo\342\200\213\342\200\213\342\200\213od and b\342\200\213ad.\n' > "$T/zw.tsv"
run check -s ko -l en -f jsonl "$T/zw.tsv"
[ "$(grep -c '"check": "invisible"' "$T/out")" -eq 2 ] || { cat "$T/out"; fail "three zero-width spaces in a row: not one finding"; }
grep '"check": "invisible"' "$T/out" | grep -q '"target_span": \[2, 5\]' || { cat "$T/out"; fail "the run's span"; }
# soft hyphen inside an English word
[ -r /usr/share/hunspell/en_US.dic ] || skip "no en_US hunspell dictionary"
printf 'source\ttarget\n정보가 중요하다.\tThe infor\302\255mation is important.\n' > "$T/shy.tsv"
run check -s ko -l en -f jsonl "$T/shy.tsv"
grep -q '"check": "invisible"' "$T/out" || { cat "$T/out"; fail "soft hyphen not reported"; }
if grep -q '"check": "spelling"' "$T/out"; then cat "$T/out"; fail "the word with a soft hyphen is flagged as misspelled"; fi
# a misspelled word stays misspelled with a soft hyphen in it
printf 'source\ttarget\n정보가 중요하다.\tThe infor\302\255maton is important.\n' > "$T/shy2.tsv"
run check -s ko -l en -f jsonl "$T/shy2.tsv"
grep -q '"check": "spelling"' "$T/out" || { cat "$T/out"; fail "a misspelling hidden by a soft hyphen"; }
exit 0
