#!/bin/sh
# bench/check.sh [BUILD] - speed and memory of `bitext check`: generate a
# 100,000-unit ko->en TMX memory from the clean test units (each copy gets
# its own number on both sides, so units stay distinct), then check it with
# every check on, the demo termbase and the example checklist of
# tests/data/check (four rules); print units/s and peak memory.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
case $build in /*) ;; *) build=$top/$build ;; esac
export BITEXT_DATADIR="$build/share/bitext"
n=${UNITS:-100000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mem=$tmp/bench.tmx

awk -F'\t' -v n="$n" '
function esc(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); return s }
NR > 1 { src[++k] = $1; tgt[k] = $2 }
END {
	print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	print "<tmx version=\"1.4\"><header creationtool=\"bench\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"none\" adminlang=\"en\" srclang=\"ko\" datatype=\"plaintext\"/><body>"
	for (i = 1; i <= n; i++) {
		j = (i - 1) % k + 1
		printf "<tu tuid=\"b%d\"><tuv xml:lang=\"ko\"><seg>%s (%d호)</seg></tuv><tuv xml:lang=\"en\"><seg>%s (No. %d)</seg></tuv></tu>\n", i, esc(src[j]), i, esc(tgt[j]), i
	}
	print "</body></tmx>"
}' tests/data/check/clean-ko-en.tsv > "$mem"

printf '* = warning\n' > "$tmp/all.profile"
echo "memory: $n units, $(du -h "$mem" | cut -f1)"
/usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$build/bitext" check -p "$tmp/all.profile" \
	-t corpora/ko-en/terms.tbx --checklist tests/data/check/acme.checklist \
	-f jsonl -o "$tmp/report.jsonl" "$mem" || true
read -r wall user sys rss < "$tmp/time"
cpu=$(echo "$user + $sys" | bc)
echo "findings: $(wc -l < "$tmp/report.jsonl"), at warning or above: $(grep -vc '"severity": "info"' "$tmp/report.jsonl")"
echo "wall ${wall}s: $(echo "$n / $wall" | bc) units/s; CPU ${cpu}s: $(echo "$n / $cpu" | bc) units/s; peak RSS $((rss / 1024)) MiB"
echo "(wall time includes whatever else runs on the machine; load: $(cut -d' ' -f1-3 /proc/loadavg))"

# One row of ROW_MB megabytes (default 100): the clean units' sources and
# targets each joined into one cell; checking must stay linear in its length.
rmb=${ROW_MB:-100}
# (printed piece by piece: joining strings in awk is quadratic)
LC_ALL=C awk -F'\t' -v want=$((rmb * 1024 * 1024)) 'NR > 1 { src[++k] = $1; tgt[k] = $2 }
END { for (m = 0; size < want; m++) { j = m % k + 1; size += length(src[j]) + length(tgt[j]) + 2 }
	for (i = 0; i < m; i++) printf "%s ", src[i % k + 1]
	printf "\t"
	for (i = 0; i < m; i++) printf "%s ", tgt[i % k + 1]
	print "" }' tests/data/check/clean-ko-en.tsv > "$tmp/row.tsv"
echo "one row: $(du -h "$tmp/row.tsv" | cut -f1)"
/usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$build/bitext" check -s ko -l en \
	-f jsonl -o "$tmp/row.jsonl" "$tmp/row.tsv" || true
tail -n 1 "$tmp/time" > "$tmp/time1"   # after "Command exited with ..."
read -r wall user sys rss < "$tmp/time1"
echo "one row: wall ${wall}s, CPU $(echo "$user + $sys" | bc)s, $(wc -l < "$tmp/row.jsonl") findings, peak RSS $((rss / 1024)) MiB"
