#!/bin/sh
# Profiles turn checks off and set their severity; errors name file and line.
. tests/cli/lib.sh
printf '그는 영화를 봤다.\tHe saw the the film.\n' > "$T/m.tsv"
printf '# house rules\nrepeated = error\n' > "$T/p1"
run check -p "$T/p1" "$T/m.tsv"
expect_rc 1
expect_out_has "error: [repeated]"
printf 'repeated = off\n' > "$T/p2"
run check -p "$T/p1" -p "$T/p2" --fail-on info "$T/m.tsv"
expect_rc 0
printf '* = off\n' > "$T/p3"
run check -p "$T/p3" --fail-on info "$T/m.tsv"
expect_rc 0
[ ! -s "$T/out" ] || fail "all checks off still reported"
printf 'repeated = loud\n' > "$T/bad"
run check -p "$T/bad" "$T/m.tsv"
expect_rc 65
expect_err_has "$T/bad:1:1: unknown severity 'loud'"
exit 0
