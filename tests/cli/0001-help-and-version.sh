# bitext help, --version, and usage errors of the tool itself
. tests/cli/lib.sh
run --version
expect_rc 0
expect_out_has "bitext 0."
run help
expect_rc 0
for c in segment align eval check terms tmx; do expect_out_has "  $c "; done
run
expect_rc 2
expect_err_has "usage: bitext"
run frobnicate
expect_rc 2
expect_err_has "unknown command 'frobnicate'"
run --bogus
expect_rc 2
expect_err_has "unknown option '--bogus'"
run help nosuch
expect_rc 2
# help texts are printed as written: a doubled apostrophe (the escape of
# message patterns) would show as '' to the reader
for ui in en ko; do
	for c in segment align eval check terms tmx "tmx convert" "tmx merge" \
		"terms list"; do
		run --ui-lang $ui $c --help
		expect_rc 0
		! grep -qF "''" "$T/out" || fail "$c --help ($ui) prints ''"
	done
done
