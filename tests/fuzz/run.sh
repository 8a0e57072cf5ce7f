#!/bin/sh
# run.sh BUILD SECONDS [TARGET...] - run each libFuzzer target of
# BUILD/libfuzzer/ for SECONDS seconds (all targets when none is named).
#
# Inputs: BUILD/corpus/<target> (the corpus the runs grow, kept between
# runs), BUILD/seeds/<target> (made by seeds.sh from tests/data and
# corpora/) and tests/fuzz/regress/<target> (inputs that once crashed).
# A crash, leak, timeout or out-of-memory stops that target and leaves the
# input in BUILD/crashes/<target>/; the log is BUILD/logs/<target>.log.
# Prints one line per target; exits 1 when any target failed.
# FUZZ_ARGS adds libFuzzer options. doc/fuzzing.md: longer and parallel runs.
set -u
build=$1
seconds=$2
shift 2
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
case $build in /*) ;; *) build=$top/$build ;; esac
targets=$*
[ -n "$targets" ] || targets=$(ls "$build/libfuzzer")
export BITEXT_DATADIR="$build/share/bitext"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

sh tests/fuzz/seeds.sh "$build/seeds" || exit 2
failed=0
for t in $targets; do
	bin=$build/libfuzzer/$t
	[ -x "$bin" ] || { echo "fuzz $t: no such target ($bin)"; failed=1; continue; }
	# the largest input tried: the pair targets do whole-document work
	case $t in
	align) maxlen=16384 ;;
	check) maxlen=65536 ;;
	*) maxlen=262144 ;;
	esac
	dict=
	case $t in
	tmx|seg) dict=tests/fuzz/tmx.dict ;;
	tm) dict=tests/fuzz/tm.dict ;;
	xliff|xliff_fix) dict=tests/fuzz/xliff.dict ;;
	office) dict=tests/fuzz/office.dict ;;
	srx) dict=tests/fuzz/srx.dict ;;
	termbase) dict=tests/fuzz/tbx.dict ;;
	text) dict=tests/fuzz/html.dict ;;
	esac
	mkdir -p "$build/corpus/$t" "$build/crashes/$t" "$build/logs"
	regress=
	[ -d "tests/fuzz/regress/$t" ] && regress=tests/fuzz/regress/$t
	log=$build/logs/$t.log
	# shellcheck disable=SC2086
	"$bin" -max_total_time="$seconds" -max_len=$maxlen -timeout=30 \
		-rss_limit_mb=2560 -print_final_stats=1 \
		${dict:+-dict=$dict} -artifact_prefix="$build/crashes/$t/" \
		${FUZZ_ARGS:-} \
		"$build/corpus/$t" "$build/seeds/$t" $regress \
		> "$log" 2>&1
	rc=$?
	runs=$(awk '/stat::number_of_executed_units/ { print $2 }' "$log")
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
	if [ "$rc" -eq 0 ]; then
		echo "fuzz $t: ${seconds}s, ${runs:-?} runs, ${cov:-cov: ?}: ok"
	else
		failed=1
		echo "FAIL fuzz $t: exit status $rc (log: $log)"
		grep -E '^==[0-9]+==ERROR|SUMMARY|invariant failed|runtime error|Test unit written|^    #[0-9]' \
			"$log" | head -n 30 | sed 's/^/    /'
	fi
done
exit $failed
