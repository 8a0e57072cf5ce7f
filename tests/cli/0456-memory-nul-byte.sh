#!/bin/sh
# A NUL byte in a memory or a glossary read as rows (TSV, CSV, JSON Lines)
# is an error that names it, its line, column and byte, never a cell cut at
# the NUL with the rest dropped (tmx convert wrote "x" for "x<NUL>y"), nor
# "units: 0" with exit 0 for a file of NUL bytes, nor "a quoted field never
# ends". (`bitext check` on pairs keeps reporting a NUL as a finding: 0656.)
. tests/cli/lib.sh
bad=0
# expect_nul WHAT LINE COL BYTE CMD...: exit 65 and a message naming the NUL
expect_nul() {
	what=$1 pos=$2 byte=$3
	shift 3
	run "$@"
	if [ "$rc" -ne 65 ] || ! grep -qF -- "$pos: " "$T/err" ||
	    ! grep -q "NUL byte.*offset $byte\b" "$T/err"; then
		echo "$what: exit $rc: $(cat "$T/err" "$T/out" | head -3)"
		bad=$((bad + 1))
	fi
}
printf 'en,fr\n"x\000y",z\n' > "$T/q.csv"
expect_nul "CSV, quoted" "q.csv:2:3" 8 tmx convert "$T/q.csv" --to tsv
printf 'en,fr\n"a","x\n\000y"\n' > "$T/q2.csv"
expect_nul "CSV, quoted over two lines" "q2.csv:3:1" 13 tmx convert "$T/q2.csv" --to tmx
printf 'en\tfr\nHello.\tBon\000jour.\n' > "$T/m.tsv"
expect_nul "TSV" "m.tsv:2:11" 16 tmx stats "$T/m.tsv"
expect_nul "TSV, merge" "m.tsv:2:11" 16 tmx merge "$T/m.tsv" "$T/m.tsv"
head -c 4096 /dev/zero > "$T/zeros.txt"
expect_nul "a file of NUL bytes" "zeros.txt:1:1" 0 tmx stats "$T/zeros.txt"
printf '{"tuvs":[{"lang":"en","text":"a"},{"lang":"fr","text":"b\000c"}]}\n' > "$T/j.jsonl"
expect_nul "JSON Lines" "j.jsonl:1:57" 56 tmx convert "$T/j.jsonl" --to tsv
# \u0000 in JSON decodes to a NUL that no cell can hold
printf '{"tuvs":[{"lang":"en","text":"a\\u0000b"},{"lang":"fr","text":"c"}]}\n' > "$T/u.jsonl"
run tmx convert "$T/u.jsonl" --to tsv
[ "$rc" -eq 65 ] || { echo "JSON \\u0000: exit $rc: $(cat "$T/out")"; bad=$((bad + 1)); }
# glossaries
printf 'source,target\n"ab\000c",xyz\n' > "$T/g.csv"
expect_nul "glossary CSV" "g.csv:2:4" 17 terms list -s en -l fr "$T/g.csv"
printf 'ab\tx\000yz\n' > "$T/g.tsv"
expect_nul "glossary TSV" "g.tsv:1:5" 4 terms list -s en -l fr "$T/g.tsv"
[ $bad -eq 0 ] || fail "$bad NUL bytes not reported"
exit 0
