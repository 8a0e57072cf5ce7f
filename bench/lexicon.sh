#!/bin/sh
# bench/lexicon.sh [BUILD] [LANG] - time and peak memory of `bitext lexicon
# learn` on a real memory: Debian's translated program messages (the .mo
# files of /usr/share/locale/LANG/LC_MESSAGES, LANG de by default) turned
# into PO with msgunfmt (gettext), joined with msgcat, the entries that
# hold control characters dropped (bitext's memories hold text XML can
# carry), converted to TSV by `bitext tmx convert`; then
#   1. learnt as they are (about 60,000 units for de);
#   2. replicated to UNITS rows (default 1,000,000) and learnt again.
# Prints units, seconds and peak memory (GNU time), and a sample of pairs.
set -eu
build=${1:-build}
lang=${2:-de}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
case $build in /*) ;; *) build=$top/$build ;; esac
export BITEXT_DATADIR="$build/share/bitext"
BITEXT=$build/bitext
n=${UNITS:-1000000}
command -v msgunfmt >/dev/null || { echo "bench/lexicon.sh: needs gettext (msgunfmt)"; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/lexicon.sh: needs GNU time"; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/po"
for f in /usr/share/locale/$lang/LC_MESSAGES/*.mo; do
	msgunfmt "$f" -o "$tmp/po/$(basename "$f" .mo).po" 2>/dev/null || true
done
echo "== $(ls "$tmp/po" | wc -l) .mo files of $lang"
msgcat --use-first -o "$tmp/all.po" "$tmp"/po/*.po 2>/dev/null || true
python3 bench/poclean.py "$tmp/all.po" > "$tmp/clean.po"
"$BITEXT" tmx convert "$tmp/clean.po" -o "$tmp/mem.tsv" 2>/dev/null
units=$(($(wc -l < "$tmp/mem.tsv") - 1))
learn() { # label memory
	/usr/bin/time -f '%e %M' -o "$tmp/time" "$BITEXT" lexicon learn \
		--src-lang en --tgt-lang "$lang" "$2" -o "$tmp/lex.tsv" 2>"$tmp/err"
	rows=$(($(wc -l < "$tmp/lex.tsv") - 2))
	awk -v l="$1" -v r="$rows" '{ printf "%-28s %7.1f s  %6.0f MB peak  %d pairs\n", l, $1, $2 / 1024, r }' "$tmp/time"
}
learn "$units units" "$tmp/mem.tsv"
grep -E '^(file|window|error|open|save|user)	' "$tmp/lex.tsv" | head -n 8
head -n 1 "$tmp/mem.tsv" > "$tmp/big.tsv"
awk -v n="$n" 'NR > 1 { row[++k] = $0 } END { for (i = 0; i < n; i++) print row[i % k + 1] }' \
	"$tmp/mem.tsv" >> "$tmp/big.tsv"
learn "$n units (replicated)" "$tmp/big.tsv"
