#!/bin/sh
# bench/align-fixed.sh [BUILD] - the cost of `bitext align --fixed`: a
# generated pair of 5,000 sentences a side (sentence lengths only, no
# numbers or names to anchor on; every 10th target sentence split in two),
# aligned plain, then again with every 50th link of the plain alignment
# confirmed (100 fixed links). Prints CPU seconds and peak memory of each,
# and with CALLGRIND=1 the instructions counted by callgrind (slow).
set -u
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
BITEXT=$build/bitext
export BITEXT_DATADIR="$top/$build/share/bitext"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk -v dir="$tmp" 'BEGIN { srand(11); for (i = 0; i < 5000; i++) {
	n = 3 + int(rand() * 25); s = "This"; t = "Das"
	for (k = 0; k < n; k++) s = s " word"
	print s "." > (dir "/a.en")
	for (k = 0; k < n; k++) t = t ((i % 10 == 4 && k == int(n / 2)) ? ".\nUnd" : " wort")
	print t "." > (dir "/a.de")
} }'
"$BITEXT" align --segmented "$tmp/a.en" "$tmp/a.de" -o "$tmp/plain" || exit 1
awk 'NR % 50 == 25 { print $0 "\tconfirmed" }' "$tmp/plain" > "$tmp/fixed"
for run in plain fixed; do
	opt=
	[ $run = fixed ] && opt="--fixed $tmp/fixed"
	/usr/bin/time -f "$run: %U s user, %S s system, %M KB peak" \
		"$BITEXT" align --segmented "$tmp/a.en" "$tmp/a.de" $opt -o /dev/null
	if [ "${CALLGRIND:-0}" = 1 ]; then
		valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" "$BITEXT" \
			align --segmented "$tmp/a.en" "$tmp/a.de" $opt -o /dev/null 2>&1 |
			sed -n "s/.*Collected : /$run: instructions /p"
	fi
done
