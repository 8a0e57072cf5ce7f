#!/bin/sh
# a NUL byte means binary (65), an empty file is an error (65), so is a
# file with no text (65), a missing file is 66
. tests/cli/lib.sh
printf 'abc\000def' > "$T/bin"
run segment --lang en "$T/bin"
expect_rc 65
expect_err_has "binary file"
expect_err_has "byte offset 3"
: > "$T/empty.txt"
run segment --lang en "$T/empty.txt"
expect_rc 65
expect_err_has "empty.txt: empty file"
printf '  \n\t\n\n' > "$T/blank.txt"
run segment --lang en "$T/blank.txt"
expect_rc 65
expect_err_has "no text"
run segment --lang en "$T/missing.txt"
expect_rc 66
expect_err_has "missing.txt"
