#!/bin/sh
# decomposed Hangul (as macOS writes it) comes out precomposed; --verbose
# says how many characters normalization changed
. tests/cli/lib.sh
# 한국 in conjoining jamo
printf '\341\204\222\341\205\241\341\206\253\341\204\200\341\205\256\341\206\250 뉴스입니다.\n' > "$T/nfd.txt"
run segment --verbose "$T/nfd.txt"
expect_rc 0
expect_out_is "한국 뉴스입니다."
expect_err_has "NFC normalization changed 6 characters"
expect_err_has "1 paragraph, 1 sentence"
run segment --format json "$T/nfd.txt"
expect_out_has '"bytes":[0,35]'
expect_out_has '"chars":[0,9]'
