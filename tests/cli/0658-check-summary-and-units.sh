#!/bin/sh
# check says on stderr what it found, in every format, and where the report
# went; the text report names units "FILE:unit N" (a unit number is not a
# line number) or by their tuid.
. tests/cli/lib.sh
for f in text jsonl html; do
	run check -f "$f" -o "$T/r.$f" tests/data/check/small.tmx
	expect_rc 1
	expect_err_has "tests/data/check/small.tmx: 4 units checked: 1 error, 3 warnings, 0 info"
	expect_err_has "report written to $T/r.$f"
	[ -s "$T/r.$f" ] || fail "no $f report"
	[ -s "$T/out" ] && fail "$f: stdout is not empty"
done
run check tests/data/check/small.tmx
expect_err_has "4 units checked: 1 error, 3 warnings, 0 info"
expect_out_has "tests/data/check/small.tmx:u2: error: [tags]"
# units without a tuid: "unit N", N counting units, not lines
printf '# comment\nsource\ttarget\n그는 영화를 봤다.\tHe saw the the film.\n' > "$T/m.tsv"
run check "$T/m.tsv"
expect_rc 0
expect_out_has "$T/m.tsv:unit 1: warning: [repeated]"
expect_err_has "1 unit checked: no errors, 1 warning, 0 info"
run --ui-lang ko check "$T/m.tsv"
expect_out_has "$T/m.tsv:단위 1:"
exit 0
