#!/bin/sh
# bench/tmx.sh [BUILD] [UNITS] - speed and memory of bitext's TMX module on
# a generated ko-KR/en-US memory (default 1,000,000 units, in a temp dir):
#
#   floor    xmllint --stream --noout          (libxml2 parsing alone)
#   write    bitext tmx convert TSV -> TMX     (TSV read + TMX written)
#   read     bitext tmx stats                  (every unit read and counted)
#   to TSV   bitext tmx convert TMX -> TSV
#   XLIFF    the same memory as XLIFF 1.2 and 2.0 (tmx convert --to
#            xliff|xliff2), read by tmx stats next to the TMX read
#   lookup   1,000 fuzzy queries (sources with one word dropped): index
#            build time, median and 99th percentile latency; then again
#            with the index saved by the first run (--index)
#
# Each line: wall and CPU (user + system) seconds and peak resident memory
# (/usr/bin/time -v); on a busy machine compare CPU seconds.
set -u
build=${1:-build}
n=${2:-1000000}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
B=$top/$build/bitext
export BITEXT_DATADIR="$top/$build/share/bitext"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Sentences of 6-14 words drawn from 20,000 Korean and 20,000 English
# pseudo-words (fixed seed), so that trigrams vary as in real text.
awk -v n="$n" 'function u8(c) {
		return sprintf("%c%c%c", 224 + int(c / 4096), 128 + int(c / 64) % 64, 128 + c % 64)
	}
	BEGIN {
	srand(42);
	for (i = 0; i < 20000; i++) {
		w = ""; k = 1 + int(rand() * 3);
		for (j = 0; j <= k; j++) w = w u8(44032 + int(rand() * 11172));
		ko[i] = w;
		w = ""; k = 3 + int(rand() * 6);
		for (j = 0; j < k; j++) w = w sprintf("%c", 97 + int(rand() * 26));
		en[i] = w;
	}
	print "ko-KR\ten-US";
	for (u = 0; u < n; u++) {
		k = 6 + int(rand() * 9); s = ""; t = "";
		for (j = 0; j < k; j++) {
			s = s (j ? " " : "") ko[int(rand() * 20000)];
			t = t (j ? " " : "") en[int(rand() * 20000)];
		}
		print s ".\t" toupper(substr(t, 1, 1)) substr(t, 2) ".";
	}
}' > "$tmp/m.tsv"
# 1,000 queries: sources of units spread over the memory, one word dropped
awk -F '\t' -v n="$n" 'NR > 1 && (NR - 2) % int(n / 1000 > 0 ? n / 1000 : 1) == 0 {
	c = split($1, w, " "); d = 1 + (NR % c); q = "";
	for (i = 1; i <= c; i++) if (i != d) q = q (q ? " " : "") w[i];
	print q
}' "$tmp/m.tsv" | head -n 1000 > "$tmp/q.txt"

measure() { # label command...
	label=$1; shift
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -v "$@" >"$tmp/out" 2>"$tmp/time" || { cat "$tmp/time"; exit 1; }
		awk -v l="$label" -F': ' '/Elapsed \(wall clock\)/ { t = $2 }
			/User time/ { u = $2 } /System time/ { y = $2 }
			/Maximum resident set size/ { m = $2 }
			END { n = split(t, p, ":"); s = p[n] + (n > 1 ? p[n-1] * 60 : 0);
				printf "%-34s %8.2f s wall %8.2f s cpu %8.1f MiB\n", l, s, u + y, m / 1024 }' "$tmp/time"
	else
		start=$(date +%s.%N)
		"$@" >"$tmp/out" 2>"$tmp/time" || exit 1
		printf '%-34s %8.2f s\n' "$label" "$(echo "$(date +%s.%N) - $start" | bc)"
	fi
}

echo "bitext tmx bench: $n units, $(wc -c < "$tmp/m.tsv") bytes of TSV"
measure "write: convert TSV -> TMX" "$B" tmx convert "$tmp/m.tsv" -o "$tmp/m.tmx"
echo "TMX file: $(wc -c < "$tmp/m.tmx") bytes"
measure "floor: xmllint --stream --noout" xmllint --stream --noout "$tmp/m.tmx"
measure "read: bitext tmx stats" "$B" tmx stats "$tmp/m.tmx"
measure "read+write: convert TMX -> TSV" "$B" tmx convert "$tmp/m.tmx" -o "$tmp/back.tsv"
cmp -s "$tmp/m.tsv" "$tmp/back.tsv" && echo "TSV -> TMX -> TSV: identical" ||
	echo "TSV -> TMX -> TSV: DIFFERENT"
measure "write: convert TMX -> XLIFF 1.2" "$B" tmx convert "$tmp/m.tmx" --to xliff -o "$tmp/m.xlf"
measure "write: convert TMX -> XLIFF 2.0" "$B" tmx convert "$tmp/m.tmx" --to xliff2 -o "$tmp/m2.xlf"
echo "XLIFF files: $(wc -c < "$tmp/m.xlf") bytes (1.2), $(wc -c < "$tmp/m2.xlf") bytes (2.0)"
measure "floor: xmllint --stream (XLIFF 1.2)" xmllint --stream --noout "$tmp/m.xlf"
measure "read: bitext tmx stats (TMX)" "$B" tmx stats "$tmp/m.tmx"
measure "read: bitext tmx stats (XLIFF 1.2)" "$B" tmx stats "$tmp/m.xlf"
grep '^units:' "$tmp/out"
measure "read: bitext tmx stats (XLIFF 2.0)" "$B" tmx stats "$tmp/m2.xlf"
grep '^units:' "$tmp/out"
measure "lookup: index + 1,000 queries" "$B" tmx lookup "$tmp/m.tmx" --queries "$tmp/q.txt" --timing --index "$tmp/m.idx"
grep -v '^>' "$tmp/out" | awk -F '\t' '$1 ~ /%/ { n++ } END { printf "matches shown: %d\n", n }'
sed -n 's/^/  /p' "$tmp/time" | grep 'index of' || true
measure "lookup: saved index + 1,000 queries" "$B" tmx lookup "$tmp/m.tmx" --queries "$tmp/q.txt" --timing --index "$tmp/m.idx"
sed -n 's/^/  /p' "$tmp/time" | grep 'index of' || true
echo "index file: $(wc -c < "$tmp/m.idx") bytes"
