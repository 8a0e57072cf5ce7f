#!/bin/sh
# CP949 input: detected (reported on stderr) or named with --encoding; the
# CP949-only syllables 똠 and 햏 decode; EUC-KR as a name works too
. tests/cli/lib.sh
f=tests/data/text/ko-cp949.txt
run segment "$f"
expect_rc 0
expect_err_has "reading it as CP949 (detected"
expect_out_has "김똠순 씨는"
expect_out_has "\"햏자\""
cp "$T/out" "$T/detected"
run segment --encoding CP949 "$f"
expect_rc 0
[ ! -s "$T/err" ] || { cat "$T/err"; fail "named encoding should be silent"; }
cmp -s "$T/detected" "$T/out" || fail "detected and named decodings differ"
run segment --encoding EUC-KR "$f"
expect_rc 0
expect_out_has "김똠순 씨는"
