#!/bin/sh
# An interrupted run (SIGTERM, SIGINT) removes its temporary file and leaves
# the old output; a SIGKILL may leave one (.NAME.PID.XXXXXX), which the next
# run to the same output removes. A temporary file of a writer that is still
# running, or of another output, is never touched.
. tests/cli/lib.sh
awk 'BEGIN { for (i = 0; i < 400000; i++) printf "This is sentence %d of a long text. It has Mr. Smith in it.\n", i }' > "$T/big.txt"
printf 'Short text.\n' > "$T/small.txt"
printf 'old\n' > "$T/o.txt"

tmp_of() { ls -a "$T" | grep '^\.o\.txt\.[0-9]*\.[A-Za-z0-9]\{6\}$'; }
# start_run: segment big.txt into o.txt in the background (SIGINT and SIGHUP at their
# defaults, as for a command typed in a terminal, even under nohup); wait
# for its temporary file
start_run() {
	env --default-signal=INT,HUP "$BITEXT" segment --lang en -o "$T/o.txt" "$T/big.txt" 2>"$T/err" &
	pid=$!
	n=0
	while [ -z "$(tmp_of)" ] && [ $n -lt 200 ]; do sleep 0.05; n=$((n + 1)); done
	[ -n "$(tmp_of)" ] || fail "no temporary file appeared"
}
env --default-signal=INT true 2>/dev/null || skip "env --default-signal missing"

for sig in TERM INT HUP; do
	start_run
	kill -$sig $pid
	wait $pid
	rc=$?
	[ $rc -gt 128 ] || fail "SIG$sig: the run was not interrupted (exit $rc); make big.txt larger"
	[ -z "$(tmp_of)" ] || fail "SIG$sig left $(tmp_of)"
	[ "$(cat "$T/o.txt")" = old ] || fail "SIG$sig: output replaced"
done

# SIGKILL: the temporary file stays, with the pid in its name
start_run
kill -KILL $pid
wait $pid
left=$(tmp_of)
[ -n "$left" ] || fail "SIGKILL: expected a temporary file"
case $left in .o.txt.$pid.*) ;; *) fail "temporary file $left lacks pid $pid" ;; esac
# files the next run must keep: a live writer's (this shell), a dead
# process's written after the next run started (dated in the future here),
# other names
dead=$(sh -c 'echo $$')
old=$(date -d '1 hour ago' '+%Y%m%d%H%M.%S')
for f in ".o.txt.$$.abcDEF" ".o.txt.$dead.abc" ".other.txt.$dead.abcdef" \
    ".o.txt.$dead.abcdefg" ".o.txt.x$dead.abcdef"; do
	printf 'keep\n' > "$T/$f"; touch -t "$old" "$T/$f"
done
printf 'gone\n' > "$T/.o.txt.$dead.zzzzzz"; touch -t "$old" "$T/.o.txt.$dead.zzzzzz"
printf 'keep\n' > "$T/.o.txt.$dead.young1"
touch -t "$(date -d '1 hour' '+%Y%m%d%H%M.%S')" "$T/.o.txt.$dead.young1"
# the killed run's file is older than the next run only a second later
sleep 2
env --default-signal=INT "$BITEXT" segment --lang en -o "$T/o.txt" "$T/small.txt" "$T/small.txt" "$T/small.txt" >/dev/null 2>&1 || fail "next run failed"
[ "$(head -n 1 "$T/o.txt")" = "Short text." ] || fail "next run: output wrong"
[ ! -e "$T/$left" ] || fail "stale temporary file $left not removed"
[ ! -e "$T/.o.txt.$dead.zzzzzz" ] || fail "stale temporary file of a dead pid not removed"
for f in ".o.txt.$$.abcDEF" ".o.txt.$dead.abc" ".other.txt.$dead.abcdef" \
    ".o.txt.$dead.abcdefg" ".o.txt.x$dead.abcdef" ".o.txt.$dead.young1"; do
	[ -e "$T/$f" ] || fail "$f removed"
done
exit 0
