# A real cluster engine: a single-node Slurm cluster (munged, slurmctld and
# slurmd on localhost, with a slurm.conf written here) runs `bitext align
# --batch --shard $SLURM_ARRAY_TASK_ID/4` as an array job of 4 tasks over 200
# document pairs made from corpora/ (sentences dropped and paragraphs
# joined, so the pairs differ). The shards' outputs must equal a one-machine
# run byte for byte, document by document (creation dates aside), and
# `tmx merge --list` of the shards' memories must hold the units of the
# merge of the one-machine run's.
# Skips, saying why, where Slurm or munge is not installed or the daemons
# cannot start; .ci/run installs them (slurm-wlm, munge).
. tests/cli/lib.sh
for p in munged slurmctld slurmd sbatch scontrol; do
	command -v $p >/dev/null 2>&1 ||
		[ -x /usr/sbin/$p ] || skip "Slurm is not installed ($p missing: apt-get install slurm-wlm munge)"
done
PATH=$PATH:/usr/sbin
[ "$(id -u)" -eq 0 ] || skip "the test runs the Slurm daemons as root, and is not root"

# ---- 200 document pairs -------------------------------------------------
mkdir -p "$T/pairs" "$T/one" "$T/slurm"
i=0
set -- "$(pwd)"/corpora/ko-en/*.ko.seg
npairs=$#
while [ $i -lt 200 ]; do
	k=$((i % npairs + 1))
	eval "src=\${$k}"
	tgt=${src%.ko.seg}.en.seg
	# drop target sentence (i mod 7) and source sentence (i mod 5) when
	# that line is not blank; every 3rd pair also loses its first blank line
	awk -v d=$((i % 7 + 2)) 'NR != d || /^$/' "$tgt" > "$T/pairs/$i.en.seg"
	awk -v d=$((i % 5 + 3)) -v j=$((i % 3)) '
		(NR != d || /^$/) && !(j == 0 && /^$/ && !done++)' "$src" > "$T/pairs/$i.ko.seg"
	printf 'pairs/%d.ko.seg\tpairs/%d.en.seg\tOUT/%d.tmx\n' $i $i $i
	i=$((i + 1))
done > "$T/pairs.tmpl"
sed 's/OUT/one/' "$T/pairs.tmpl" > "$T/one.tsv"
sed 's/OUT/slurm/' "$T/pairs.tmpl" > "$T/slurm.tsv"

# ---- the cluster ----------------------------------------------------------
S=$T/slurm-state
mkdir -p "$S/state" "$S/spool" "$S/munge"
host=$(hostname -s)
base=$((20000 + $$ % 20000))
dd if=/dev/urandom of="$S/munge/key" bs=1024 count=1 2>/dev/null
chmod 600 "$S/munge/key"
cat > "$S/slurm.conf" <<EOF
ClusterName=bitexttest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$base
SlurmdPort=$((base + 1))
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$S/munge/socket
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$S/state
SlurmdSpoolDir=$S/spool
SlurmctldPidFile=$S/slurmctld.pid
SlurmdPidFile=$S/slurmd.pid
SlurmctldLogFile=$S/slurmctld.log
SlurmdLogFile=$S/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=1000 State=UNKNOWN
PartitionName=bitext Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF=$S/slurm.conf
# the daemons end with the test, whatever its end (lib.sh's clean-up too)
stop_cluster() {
	pids=
	for f in "$S/slurmd.pid" "$S/slurmctld.pid" "$S/munge/pid"; do
		[ -f "$f" ] && pids="$pids $(cat "$f")"
	done
	scontrol shutdown >/dev/null 2>&1
	[ -n "$pids" ] && kill $pids 2>/dev/null
	n=0
	while [ $n -lt 10 ] && kill -0 $pids 2>/dev/null; do
		sleep 0.5
		n=$((n + 1))
	done
	[ -n "$pids" ] && kill -9 $pids 2>/dev/null
	rm -rf "$T"
}
trap stop_cluster EXIT
trap 'exit 1' INT TERM HUP
# the daemons outlive a test that is killed hard; they must not also hold
# the caller's open files (a lock, a pipe of the test runner) with them
for fd in 3 4 5 6 7 8 9; do eval "exec $fd>&-"; done
munged --key-file="$S/munge/key" --socket="$S/munge/socket" \
	--pid-file="$S/munge/pid" --log-file="$S/munge/log" \
	--seed-file="$S/munge/seed" --force >/dev/null 2>&1 ||
	skip "munged would not start here"
slurmctld -f "$S/slurm.conf" >/dev/null 2>&1 || skip "slurmctld would not start here"
slurmd -f "$S/slurm.conf" >/dev/null 2>&1 || skip "slurmd would not start here"
n=0
until sinfo -h -o %t 2>/dev/null | grep -q idle; do
	n=$((n + 1))
	[ $n -lt 30 ] || { cat "$S/slurmctld.log" | tail -n 5; skip "the Slurm node did not come up in 30 s"; }
	sleep 1
done

# ---- the array job and the one-machine run ----------------------------------
cat > "$T/job.sh" <<EOF
#!/bin/sh
cd "$T" && exec "$BITEXT" align --batch slurm.tsv --segmented --format tmx \\
	--shard \$SLURM_ARRAY_TASK_ID/4 --threads 1
EOF
timeout 600 sbatch --array=0-3 --wait -o "$T/task-%a.log" "$T/job.sh" >"$T/sbatch.out" 2>&1 ||
	{ cat "$T/sbatch.out" "$T"/task-*.log; fail "the array job failed"; }
for k in 0 1 2 3; do
	grep -q 'done, 0 skipped, 0 failed' "$T/task-$k.log" ||
		{ cat "$T/task-$k.log"; fail "task $k did not report its jobs"; }
done
(cd "$T" && "$BITEXT" align --batch one.tsv --segmented --format tmx --shard 0/1) \
	>"$T/out" 2>"$T/err" || { cat "$T/err"; fail "the one-machine run failed"; }
expect_err_has "200 done, 0 skipped, 0 failed"
# memories carry the time they were written: compare without it
undated() { sed 's/ *\(creation\|change\)date="[^"]*"//g' "$1"; }
for i in $(seq 0 199); do
	undated "$T/one/$i.tmx" > "$T/a"
	undated "$T/slurm/$i.tmx" > "$T/b"
	cmp -s "$T/a" "$T/b" || fail "document $i differs"
done
# ---- reduce: the shards' memories into one ----------------------------------
ls "$T"/slurm/*.tmx > "$T/slurm.list"
ls "$T"/one/*.tmx > "$T/one.list"
for r in slurm one; do
	"$BITEXT" tmx merge --list "$T/$r.list" -o "$T/$r-all.tsv" 2>"$T/err" ||
		{ cat "$T/err"; fail "merge of $r"; }
done
# duplicates keep the newest copy, and the copies' dates differ between the
# runs: compare the units, not their order
sort "$T/one-all.tsv" > "$T/a"
sort "$T/slurm-all.tsv" > "$T/b"
cmp -s "$T/a" "$T/b" || { diff "$T/a" "$T/b" | head -n 6; fail "the merged memories differ"; }
[ "$(wc -l < "$T/one-all.tsv")" -gt 100 ] || fail "the merge is too small ($(wc -l < "$T/one-all.tsv") lines)"
exit 0
