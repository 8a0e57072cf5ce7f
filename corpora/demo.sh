#!/bin/sh
# demo.sh BUILD OUT - run the whole pipeline bitext has on the bundled
# corpus: segment every article pair, writing results under OUT/.
set -eu
build=${1:-build}
out=${2:-out}
bitext=$build/bitext
mkdir -p "$out"
n=0
for src in corpora/ko-en/*.ko.txt; do
	[ -f "$src" ] || continue
	base=$(basename "$src" .ko.txt)
	tgt=corpora/ko-en/$base.en.txt
	"$bitext" segment --lang ko "$src" > "$out/$base.ko.seg"
	"$bitext" segment --lang en "$tgt" > "$out/$base.en.seg"
	n=$((n + 1))
done
echo "demo: segmented $n article pairs; see $out/*.seg"
