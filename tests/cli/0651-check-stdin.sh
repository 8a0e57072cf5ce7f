#!/bin/sh
# Standard input is read once and used for everything: guessing the format
# and the languages, then reading the units.
. tests/cli/lib.sh
M=tests/data/check/small.tmx
run check -f jsonl "$M"
expect_rc 1
cp "$T/out" "$T/file.jsonl"
[ -s "$T/file.jsonl" ] || fail "no findings on the file"
# TMX on stdin, sniffed
"$BITEXT" check -f jsonl - < "$M" > "$T/a.jsonl" 2> "$T/err"; rc=$?
[ $rc = 1 ] || fail "sniffed stdin: exit $rc: $(cat "$T/err")"
cmp -s "$T/a.jsonl" "$T/file.jsonl" || fail "stdin (sniffed) differs from the file"
# through a pipe, and with -i tmx
cat "$M" | "$BITEXT" check -f jsonl -i tmx - > "$T/b.jsonl" 2> "$T/err"; rc=$?
[ $rc = 1 ] || fail "-i tmx stdin: exit $rc: $(cat "$T/err")"
cmp -s "$T/b.jsonl" "$T/file.jsonl" || fail "stdin (-i tmx) differs from the file"
# --fix from stdin
cat "$M" | "$BITEXT" check --fix whitespace - > "$T/fixed.tmx" 2> "$T/err" ||
	fail "fix from stdin: $(cat "$T/err")"
grep -q "The hackers released" "$T/fixed.tmx" || fail "fix from stdin lost units"
# two texts, the source on stdin, its language guessed from stdin
printf '북한이 미사일을 발사했다. 정부는 회의를 열었다.\n' > "$T/a.ko.txt"
printf 'North Korea fired a missile. The government held a meeting.\n' > "$T/a.en.txt"
cat "$T/a.ko.txt" | "$BITEXT" check - "$T/a.en.txt" -l en > "$T/t.txt" 2> "$T/err"; rc=$?
[ $rc = 0 ] || fail "texts from stdin: exit $rc: $(cat "$T/t.txt" "$T/err")"
grep -q "empty" "$T/t.txt" && fail "stdin used up: $(cat "$T/t.txt")"
# terms extract from stdin
cat "$M" | "$BITEXT" terms extract - > "$T/x.tsv" 2> "$T/err" ||
	fail "terms extract -: $(cat "$T/err")"
grep -q "^# bitext-glossary ko en" "$T/x.tsv" || fail "terms extract -: $(cat "$T/x.tsv")"
exit 0
