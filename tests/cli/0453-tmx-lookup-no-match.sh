#!/bin/sh
# tmx lookup: no match is said on stderr (exit 1, stdout empty);
# concordance hits carry no score.
. tests/cli/lib.sh
d=tests/data/tmx
run tmx lookup $d/inline14.tmx "zzzz qqqq"
expect_rc 1
expect_err_has "no match at or above 70%"
[ ! -s "$T/out" ] || fail "stdout not empty"
run tmx lookup $d/inline14.tmx --min 95.5 "zzzz qqqq"
expect_rc 1
expect_err_has "no match at or above 95.5%"
run tmx lookup $d/inline14.tmx --concordance "zzz"
expect_rc 1
expect_err_has "no source segment contains 'zzz'"
run tmx lookup $d/inline14.tmx --concordance "Save"
expect_rc 0
expect_out_has "Press Save now"
grep -q '%' "$T/out" && fail "a score on a concordance hit"
[ "$(cut -f1 "$T/out" | head -n 1)" = "Press Save now & !" ] || { cat "$T/out"; fail "source first"; }
# fuzzy matches keep their score
run tmx lookup $d/inline14.tmx --min 50 "Press Save now"
expect_rc 0
expect_out_has "%	Press Save now"
run tmx lookup --help
expect_out_has "Exit status: 0 with matches; 1 without"
exit 0
