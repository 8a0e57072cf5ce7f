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
expect_out_is() {
	printf '%s\n' "$1" > "$T/expected"
	diff -u "$T/expected" "$T/out" || fail "stdout differs"
}
