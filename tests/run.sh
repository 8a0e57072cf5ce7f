#!/bin/sh
# run.sh BUILD - run every unit-test binary of BUILD/tests and every CLI test
# of tests/cli, then print the closing line "N passed, N failed, N skipped".
# A binary that dies without reporting counts as one failure.
# TESTS="name ..." limits the run to test files or CLI cases matching a name.
set -u
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
case $build in /*) ;; *) build=$top/$build ;; esac
export BITEXT="$build/bitext"
export BITEXT_DATADIR="$build/share/bitext"
export TEST_TMPDIR="$build/tmp"
export LC_ALL=C.UTF-8
unset LANG LC_MESSAGES
mkdir -p "$TEST_TMPDIR"
pass=0 fail=0 skip=0
log=$TEST_TMPDIR/run.log

selected() {
	[ -z "${TESTS:-}" ] && return 0
	for pat in $TESTS; do
		case $1 in *"$pat"*) return 0 ;; esac
	done
	return 1
}

for bin in "$build"/tests/test_*; do
	[ -x "$bin" ] || continue
	name=$(basename "$bin")
	selected "$name" || continue
	"$bin" >"$log" 2>&1
	rc=$?
	p=$(grep -c '^ok ' "$log")
	f=$(grep -c '^FAIL ' "$log")
	s=$(grep -c '^skip ' "$log")
	grep -E '^(FAIL|skip) ' "$log"
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "FAIL $name: exited with status $rc"
		tail -n 20 "$log" | sed 's/^/    /'
		f=1
	fi
	echo "$name: $p passed, $f failed, $s skipped"
	pass=$((pass + p)) fail=$((fail + f)) skip=$((skip + s))
done

for t in tests/cli/[0-9]*.sh; do
	[ -f "$t" ] || continue
	name=cli/$(basename "$t" .sh)
	selected "$name" || continue
	# no descriptor of the caller but the three standard ones: a process a
	# test leaves behind (a daemon, a browser) must not keep open a file
	# or lock the caller holds, such as a landing script's lock
	sh "$t" >"$log" 2>&1 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
	rc=$?
	if [ "$rc" -eq 0 ]; then
		pass=$((pass + 1))
	elif [ "$rc" -eq 77 ]; then
		skip=$((skip + 1))
		echo "skip $name: $(tail -n 1 "$log")"
	else
		fail=$((fail + 1))
		echo "FAIL $name"
		tail -n 20 "$log" | sed 's/^/    /'
	fi
done
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
