#!/bin/sh
# bitext check --help explains the command; bad options are usage errors.
. tests/cli/lib.sh
run check --help
expect_rc 0
expect_out_has "usage: bitext check"
expect_out_has "--fail-on"
expect_out_has "Examples:"
run check --nope x.tsv
expect_rc 2
expect_err_has "bitext check:"
run check --format pdf x.tsv
expect_rc 2
run check
expect_rc 2
run --ui-lang ko check --help
expect_rc 0
expect_out_has "사용법: bitext check"
exit 0
