#!/bin/sh
# Two texts: a sentence left out (or added) in translation is reported as an
# omission with its sentence number, as a warning, not as an empty unit
# error: a clean article passes.
. tests/cli/lib.sh
A=corpora/ko-en/01-nk-missile-launch
[ -f "$A.ko.txt" ] || skip "no corpus"
run check -s ko -l en "$A.ko.txt" "$A.en.txt"
expect_rc 0
expect_out_has "warning: [empty] sentence 12 of the source has no counterpart in the target"
grep -q "error: \[empty\]" "$T/out" && fail "omission reported as an error"
run check --fail-on warning -s ko -l en "$A.ko.txt" "$A.en.txt"
expect_rc 1
# with empty raised to error by a profile, still a warning
printf 'empty = error\n' > "$T/p"
run check -p "$T/p" -s ko -l en "$A.ko.txt" "$A.en.txt"
expect_rc 0
# an empty target in a memory is still an error
printf '북한이 미사일을 발사했다.\t\n' > "$T/e.tsv"
run check -s ko -l en "$T/e.tsv"
expect_rc 1
expect_out_has "error: [empty]"
exit 0
