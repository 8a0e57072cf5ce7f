#!/bin/sh
# bench/review.sh [BUILD] [N...] - the review page of N links (default 5000
# and 20000) in headless Chromium: size of the page, time to write it, and
# the times tests/browser/big.mjs prints (first rows, all rows, scrolling,
# a merge and its undo, the longest task the page ran). The pair is the
# news pair of tests/data/align again and again, numbered, in paragraphs of
# seven. Needs node, /usr/bin/chromium and tests/browser/node_modules
# (make deps).
set -eu
build=${1:-build}
[ $# -gt 0 ] && shift
sizes=${*:-5000 20000}
top=$(cd "$(dirname "$0")/.." && pwd)
bitext=$(cd "$build" && pwd)/bitext
export BITEXT_DATADIR=$(cd "$build" && pwd)/share/bitext
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$top"
for n in $sizes; do
	for f in ko en; do
		grep -v '^$' tests/data/align/news.$f.seg > "$tmp/one.$f"
		awk -v n="$n" 'NR == FNR { s[m++] = $0; next }
			END { for (i = 0; i < n; i++) { print s[i % m] " (" i ")"; if (i % 7 == 6) print "" } }' \
			"$tmp/one.$f" /dev/null > "$tmp/big.$f"
	done
	t0=$(date +%s.%N)
	"$bitext" align --segmented --src-lang ko --tgt-lang en --no-default-dict \
		"$tmp/big.ko" "$tmp/big.en" --format html -o "$tmp/big.html"
	t1=$(date +%s.%N)
	links=$("$bitext" align --segmented --src-lang ko --tgt-lang en --no-default-dict \
		"$tmp/big.ko" "$tmp/big.en" | grep -c :)
	echo "$n sentence pairs: $links links, page $(wc -c < "$tmp/big.html") bytes," \
		"aligned and written in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }') s"
	TEST_TMPDIR=$tmp node tests/browser/big.mjs "$tmp/big.html" "$links" | grep -v '^ok '
done
