#!/bin/sh
# check's usage and help name every input it reads (XLIFF and PO too),
# say that --fix does not rewrite PO, and a directory as input is a usage
# error with a clear message, not an I/O error.
. tests/cli/lib.sh
run check
expect_rc 2
expect_err_has "XLIFF"
expect_err_has "PO"
run check --help
grep -A3 -- '--fix LIST' "$T/out" | grep -q "PO" || fail "--help: --fix does not say PO is checked only"
mkdir "$T/dir"
run check "$T/dir"
expect_rc 2
expect_err_has "$T/dir is a directory"
run check "$T/dir" tests/data/check/small.tmx
expect_rc 2
expect_err_has "is a directory"
exit 0
