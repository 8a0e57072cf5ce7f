#!/bin/sh
# UTF-16LE and UTF-16BE with BOM; a lone surrogate is an error with its offset
. tests/cli/lib.sh
printf '\377\376' > "$T/le.txt"
printf '한국어 문장입니다.\n' | iconv -f UTF-8 -t UTF-16LE >> "$T/le.txt"
printf '\376\377' > "$T/be.txt"
printf '한국어 문장입니다.\n' | iconv -f UTF-8 -t UTF-16BE >> "$T/be.txt"
run segment "$T/le.txt"
expect_rc 0
expect_out_is "한국어 문장입니다."
run segment --format json "$T/be.txt"
expect_rc 0
expect_out_has '"bytes":[2,22]'
expect_out_has '"chars":[0,10]'
printf '\377\376A\000\000\330B\000' > "$T/bad.txt"
run segment --lang en "$T/bad.txt"
expect_rc 65
expect_err_has "bad.txt:1:2: bytes 0x00 0xD8 at byte offset 4 are not valid UTF-16LE"
