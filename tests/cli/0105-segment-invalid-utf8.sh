#!/bin/sh
# invalid UTF-8 stops with file:line:col and the byte offset; nothing is
# written to -o; truncated, overlong and surrogate forms are errors too
. tests/cli/lib.sh
printf 'first line\nab\377cd\n' > "$T/bad.txt"
run segment --lang en --encoding UTF-8 -o "$T/o.txt" "$T/bad.txt"
expect_rc 65
expect_err_has "bad.txt:2:3: invalid UTF-8 at byte offset 13"
expect_err_has "0xFF"
[ ! -e "$T/o.txt" ] || fail "output written despite the error"
run segment --lang en "$T/bad.txt"
expect_rc 65
expect_err_has "bad.txt:2:3:"
expect_err_has "--encoding"
printf 'abc\342\202' > "$T/trunc.txt"
run segment --lang en --encoding utf8 "$T/trunc.txt"
expect_rc 65
expect_err_has "byte offset 3"
expect_err_has "cut off at the end of the file"
printf 'a\300\257b' > "$T/over.txt"
run segment --lang en --encoding UTF-8 "$T/over.txt"
expect_rc 65
expect_err_has "overlong"
printf 'x\355\240\200y' > "$T/sur.txt"
run segment --lang en --encoding UTF-8 "$T/sur.txt"
expect_rc 65
expect_err_has "surrogate"
