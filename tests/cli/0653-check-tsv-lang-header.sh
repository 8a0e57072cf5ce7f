#!/bin/sh
# A first row naming the languages (as `bitext tmx convert` writes it) is a
# header: not a unit, and its languages are used.
. tests/cli/lib.sh
printf 'ko\ten\n북한이 미사일을 발사했다.\tNorth Korea fired a missile.\n안녕하세요\t안녕하세요\n' > "$T/h.tsv"
run check -f jsonl "$T/h.tsv"
expect_rc 1
expect_out_has '"unit": 2'
grep -q '"unit": 3' "$T/out" && fail "header counted as a unit"
grep -q '"check": "untranslated"' "$T/out" || fail "no untranslated finding"
printf 'ko,en\n북한,North Korea\n' > "$T/h.csv"
run check -f jsonl "$T/h.csv"
expect_rc 0
# an ordinary first row is a unit
printf 'Hello\tworld\n' > "$T/n.tsv"
run check -s en -l ko -f jsonl "$T/n.tsv"
expect_out_has '"unit": 1'
exit 0
