#!/bin/sh
# '-' reads standard input; a 5 MB line without a newline is handled quickly
. tests/cli/lib.sh
printf '표준 입력입니다.\n' | "$BITEXT" segment - > "$T/out" 2> "$T/err"
rc=$?
expect_rc 0
expect_out_is "표준 입력입니다."
awk 'BEGIN { for (i = 0; i < 700000; i++) printf "abcdefg "; }' > "$T/huge.txt"
start=$(date +%s)
run segment --lang en "$T/huge.txt"
end=$(date +%s)
expect_rc 0
[ $((end - start)) -lt 20 ] || fail "5 MB line took $((end - start)) s"
[ -s "$T/out" ] || fail "no output"
