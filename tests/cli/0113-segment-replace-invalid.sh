#!/bin/sh
# --replace-invalid turns bad bytes into U+FFFD and reports how many
. tests/cli/lib.sh
printf 'one \377 two \303\n' > "$T/bad.txt"
run segment --lang en --encoding UTF-8 --replace-invalid "$T/bad.txt"
expect_rc 0
expect_out_is "one � two �"
expect_err_has "replaced 2 invalid sequences with U+FFFD"
