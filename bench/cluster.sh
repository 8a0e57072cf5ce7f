#!/bin/sh
# bench/cluster.sh BUILD [N] - throughput of align --batch over N (default
# 200) document pairs made from corpora/ko-en (a sentence dropped on each
# side, as in tests/cli/0540): one process with one thread, one process
# with two, and four shards (--shard K/4) run at once as four processes of
# one thread each, the way a 4-task Slurm array shares this machine's cores.
# Prints wall seconds, CPU seconds and sentences per wall second.
set -eu
build=${1:-build}
n=${2:-200}
top=$(cd "$(dirname "$0")/.." && pwd)
bitext=$top/$build/bitext
export BITEXT_DATADIR=$top/$build/share/bitext
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
set -- "$top"/corpora/ko-en/*.ko.seg
np=$#
i=0
mkdir -p "$d/p"
while [ $i -lt "$n" ]; do
	k=$((i % np + 1))
	eval "src=\${$k}"
	awk -v x=$((i % 7 + 2)) 'NR != x || /^$/' "${src%.ko.seg}.en.seg" > "$d/p/$i.en.seg"
	awk -v x=$((i % 5 + 3)) 'NR != x || /^$/' "$src" > "$d/p/$i.ko.seg"
	printf 'p/%d.ko.seg\tp/%d.en.seg\tout/%d.links\n' $i $i $i
	i=$((i + 1))
done > "$d/m.tsv"
sent=$(cat "$d"/p/*.seg | grep -c .)
run() {	# label command...
	label=$1; shift
	rm -rf "$d/out"; mkdir -p "$d/out"
	t0=$(date +%s.%N)
	/usr/bin/env time -f '%U %S' -o "$d/cpu" sh -c "$*" 2>/dev/null
	t1=$(date +%s.%N)
	awk -v l="$label" -v a="$t0" -v b="$t1" -v s="$sent" -v n="$n" '
		{ printf "%-34s %3d pairs  wall %6.2f s  cpu %6.2f s  %7.0f sentences/s\n",
			l, n, b - a, $1 + $2, s / (b - a) }' "$d/cpu"
}
cd "$d"
run "1 shard, 1 thread" "$bitext align --batch m.tsv --segmented --shard 0/1 --threads 1 2>/dev/null"
run "1 shard, 2 threads" "$bitext align --batch m.tsv --segmented --shard 0/1 --threads 2 2>/dev/null"
run "4 shards at once, 1 thread each" "for k in 0 1 2 3; do $bitext align --batch m.tsv --segmented --shard \$k/4 --threads 1 2>/dev/null & done; wait"
