# lib.sh - sourced by every CLI test (tests/cli/NNNN-name.sh).
# $BITEXT is the binary under test; tests run from the top of the tree.
# A test exits 0 when it passes, 77 when it skips, anything else when it fails.
set -u
T=$(mktemp -d "${TEST_TMPDIR:-/tmp}/cli.XXXXXX")
trap 'rm -rf "$T"' EXIT

fail() { echo "FAIL: $*"; exit 1; }
skip() { echo "$*"; exit 77; }

# run CMD...: run bitext, keeping stdout in $T/out, stderr in $T/err, the
# exit status in $rc
run() {
	"$BITEXT" "$@" >"$T/out" 2>"$T/err"
	rc=$?
}

expect_rc() {
	[ "$rc" -eq "$1" ] || { cat "$T/err"; fail "exit status $rc, expected $1"; }
}
# expect_out_has TEXT / expect_err_has TEXT: fixed-string search
expect_out_has() { grep -qF -- "$1" "$T/out" || { cat "$T/out"; fail "stdout lacks: $1"; }; }
expect_err_has() { grep -qF -- "$1" "$T/err" || { cat "$T/err"; fail "stderr lacks: $1"; }; }
# expect_out_lines N WHAT: stdout has N lines (WHAT names them in the failure)
expect_out_lines() {
	[ "$(wc -l < "$T/out")" -eq "$1" ] || { cat "$T/out"; fail "$1 $2 expected"; }
}
expect_out_is() {
	printf '%s\n' "$1" > "$T/expected"
	diff -u "$T/expected" "$T/out" || fail "stdout differs"
}

# cpu_seconds CMD...: run CMD with its output discarded and print the CPU
# seconds it used (user + system: a loaded machine does not inflate them);
# fails when CMD fails. Skips the test without GNU time.
cpu_seconds() {
	[ -x /usr/bin/time ] || skip "no /usr/bin/time"
	/usr/bin/time -f '%U %S' -o "$T/cpu" "$@" >/dev/null 2>"$T/cpu.err" ||
		{ cat "$T/cpu.err"; return 1; }
	awk '{ print $1 + $2; exit }' "$T/cpu"
}
# expect_linear NAME T1 T8: the 8x input took less than 16 times the CPU of
# the 1x one (a 1x time under 0.1 s counts as 0.1 s, against noise)
expect_linear() {
	awk -v a="$2" -v b="$3" 'BEGIN { if (a < 0.1) a = 0.1; exit !(b < 16 * a) }' ||
		fail "$1: 8x the input took $3 s of CPU, 1x $2 s: not linear"
	echo "$1: 1x $2 s, 8x $3 s"
}

# browser_test SCRIPT ARGS...: run tests/browser/SCRIPT (a playwright-core
# script driving Debian's Chromium) with node; its "ok"/"FAIL" lines are
# printed. Skips only when chromium or node is not installed; a missing
# playwright-core (installed by `make deps`) is a failure.
browser_test() {
	command -v node >/dev/null 2>&1 || skip "node is not installed: no browser test"
	[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || skip "chromium is not installed: no browser test"
	[ -f tests/browser/node_modules/playwright-core/package.json ] ||
		fail "tests/browser/node_modules lacks playwright-core: run make deps"
	TEST_TMPDIR=$T timeout 300 node "tests/browser/$@" > "$T/browser.log" 2>&1
	brc=$?
	cat "$T/browser.log"
	[ "$brc" -eq 0 ] || fail "browser test $1 exited with status $brc"
}
