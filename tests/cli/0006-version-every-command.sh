#!/bin/sh
# --version works on every command and subcommand, as on the tool itself,
# and wins over missing arguments (like --help).
. tests/cli/lib.sh
for c in segment align eval check terms lexicon help version tmx "tmx validate" "tmx stats" \
	"tmx convert" "tmx merge" "tmx filter" "tmx lookup" "terms list" "terms validate" \
	"terms extract"; do
	# shellcheck disable=SC2086
	run $c --version
	expect_rc 0
	expect_out_has "bitext 0."
	[ -s "$T/err" ] && { cat "$T/err"; fail "$c --version wrote to stderr"; }
done
# an option's value that reads "--version" stays a value
run check -o --version --help
expect_rc 0
expect_out_has "usage: bitext check"
exit 0
