#!/bin/sh
# run.sh BUILD - run every unit-test binary of BUILD/tests and every CLI test
# of tests/cli, then print the closing line "N passed, N failed, N skipped".
# A binary that dies without reporting counts as one failure.
# TESTS="name ..." limits the run to test files or CLI cases matching a name;
# TEST_JOBS=N runs N at a time (default: the number of processors).
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
jobs=${TEST_JOBS:-$(nproc 2>/dev/null || echo 1)}
res=$TEST_TMPDIR/results
selected() {
	[ -z "${TESTS:-}" ] && return 0
	for pat in $TESTS; do
		case $1 in *"$pat"*) return 0 ;; esac
	done
	return 1
}

# one KIND PATH: run one unit-test binary (bin) or CLI test (cli) and
# write its lines and a last line "PASSED FAILED SKIPPED" to res/NAME
one() {
	kind=$1 path=$2
	if [ "$kind" = bin ]; then
		name=$(basename "$path")
		out=$res/$name log=$res/$name.log
		"$path" >"$log" 2>&1
		rc=$?
		p=$(grep -c '^ok ' "$log")
		f=$(grep -c '^FAIL ' "$log")
		s=$(grep -c '^skip ' "$log")
		grep -E '^(FAIL|skip) ' "$log" >"$out"
		if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
			echo "FAIL $name: exited with status $rc" >>"$out"
			tail -n 20 "$log" | sed 's/^/    /' >>"$out"
			f=1
		fi
		echo "$name: $p passed, $f failed, $s skipped" >>"$out"
	else
		name=cli/$(basename "$path" .sh)
		out=$res/${name#cli/} log=$res/${name#cli/}.log
		: >"$out"
		# no descriptor of the caller but the three standard ones: a
		# process a test leaves behind (a daemon, a browser) must not
		# keep open a file or lock the caller holds, such as a landing
		# script's lock
		sh "$path" >"$log" 2>&1 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
		rc=$?
		p=0 f=0 s=0
		if [ "$rc" -eq 0 ]; then
			p=1
		elif [ "$rc" -eq 77 ]; then
			s=1
			echo "skip $name: $(tail -n 1 "$log")" >"$out"
		else
			f=1
			echo "FAIL $name" >"$out"
			tail -n 20 "$log" | sed 's/^/    /' >>"$out"
		fi
	fi
	echo "$p $f $s" >>"$out"
}

if [ "${RUN_ONE:-}" = 1 ]; then
	one "$2" "$3"
	exit 0
fi

# The tests to run, in order: unit-test binaries, then CLI tests; run
# TEST_JOBS at a time (default: the number of processors), each in its own
# temporary directory, and reported in this order.
rm -rf "$res"
mkdir -p "$res"
list=$TEST_TMPDIR/tests.list
: >"$list"
for bin in "$build"/tests/test_*; do
	[ -x "$bin" ] || continue
	selected "$(basename "$bin")" && echo "bin $bin" >>"$list"
done
for t in tests/cli/[0-9]*.sh; do
	[ -f "$t" ] || continue
	selected "cli/$(basename "$t" .sh)" && echo "cli $t" >>"$list"
done
RUN_ONE=1 xargs -P "$jobs" -L 1 sh "$0" "$build" <"$list"

pass=0 fail=0 skip=0
while read -r kind path; do
	case $kind in
	bin) out=$res/$(basename "$path") ;;
	*) out=$res/$(basename "$path" .sh) ;;
	esac
	if [ ! -s "$out" ]; then
		echo "FAIL $path: no result"
		fail=$((fail + 1))
		continue
	fi
	sed '$d' "$out"
	set -- $(tail -n 1 "$out")
	pass=$((pass + $1)) fail=$((fail + $2)) skip=$((skip + $3))
done <"$list"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
