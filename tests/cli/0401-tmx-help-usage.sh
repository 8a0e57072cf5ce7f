#!/bin/sh
# bitext tmx: help of every subcommand, usage errors
. tests/cli/lib.sh
run tmx --help
expect_rc 0
expect_out_has "validate FILE..."
for sub in validate stats convert merge filter lookup; do
	run tmx $sub --help
	expect_rc 0
	expect_out_has "usage: bitext tmx $sub"
	expect_out_has "xample"
done
run tmx lookup --help
expect_out_has "edit distance"
run tmx
expect_rc 2
run tmx frobnicate
expect_rc 2
expect_err_has "frobnicate"
run tmx convert --bogus x.tmx
expect_rc 2
expect_err_has "--bogus"
run tmx convert tests/data/tmx/okapi.tmx --to xls
expect_rc 2
expect_err_has "xls"
run tmx stats
expect_rc 2
run --ui-lang ko tmx validate --help
expect_rc 0
expect_out_has "bitext tmx validate"
exit 0
