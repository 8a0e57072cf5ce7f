#!/bin/sh
# bench/refeval.sh BITEXT DEVDIR LANG PARITY [ALIGN OPTIONS...] - align the
# chapters of a dev set built by bench/refdev.py (English source, LANG
# target) and score them with `bitext eval`. PARITY is "even" (the
# chapters to tune on), "odd" (the chapters to report) or "all".
# BITEXT_ALIGN_TUNE passes through (l3=0 turns names off, and so on).
# Prints the eval report and the total alignment time.
set -e
b=$1 dev=$2 lang=$3 parity=$4
shift 4
pred=$(mktemp -d)
gold=$(mktemp -d)
trap 'rm -rf "$pred" "$gold"' EXIT
start=$(date +%s.%N)
for g in "$dev"/ch*.gold; do
	name=$(basename "$g" .gold)
	num=$(echo "$name" | tr -dc 0-9 | sed 's/^0*//')
	case $parity in
	even) [ $((num % 2)) -eq 0 ] || continue ;;
	odd) [ $((num % 2)) -eq 1 ] || continue ;;
	esac
	cp "$g" "$gold/"
	"$b" align --segmented --src-lang en --tgt-lang "$lang" "$@" \
		"$dev/$name.src.seg" "$dev/$name.tgt.seg" >"$pred/$name.links" \
		2>/dev/null
done
end=$(date +%s.%N)
"$b" eval --gold-dir "$gold" --pred-dir "$pred"
echo "time: $(echo "$end - $start" | bc) s"
