#!/bin/sh
# Checking is linear in the length of a row: spelling used to scan the
# whole source for every target word, and to compare every rejected word
# with every source word as a possible romanization (an 800 KB row took
# 24 s; 50 KB here took 256 s). One row at 1x and 8x, CPU time ratio under
# 16. LINEAR_KB sets the 1x size of the target (default 6 KB).
. tests/cli/lib.sh
row() {
	awk -v want=$(($1 * 1024)) 'BEGIN { s = ""; t = ""; i = 0
		while (length(t) < want) {
			s = s "정부는 " i "일 새로운 계획을 발표했다. "
			t = t "The governmnt announced a new plann on day " i ". "; i++ }
		print s "\t" t }'
}
kb=${LINEAR_KB:-6}
row $kb > "$T/r1.tsv"
row $((kb * 8)) > "$T/r8.tsv"
t1=$(cpu_seconds "$BITEXT" check -s ko -l en "$T/r1.tsv") || fail "check 1x failed"
t8=$(cpu_seconds timeout 900 "$BITEXT" check -s ko -l en "$T/r8.tsv") || fail "check 8x failed"
expect_linear "check, one long row" "$t1" "$t8"
# a row of misspellings: every finding's position was counted in code
# points from the start of the row, and spelling's pruning counted it back
# to bytes from the start (16 KB took 0.2 s, 128 KB 4.7 s)
dense() {
	awk -v want=$(($1 * 1024)) 'BEGIN { s = ""; t = ""
		while (length(t) < want) {
			s = s "Le gouvernement a annoncé un plan. "
			t = t "Teh governmnt anounced plann. " }
		print s "\t" t }'
}
dense $((kb * 3)) > "$T/d1.tsv"
dense $((kb * 24)) > "$T/d8.tsv"
t1=$(cpu_seconds "$BITEXT" check -s fr -l en "$T/d1.tsv") || fail "check 1x failed"
t8=$(cpu_seconds timeout 900 "$BITEXT" check -s fr -l en "$T/d8.tsv") || fail "check 8x failed"
expect_linear "check, one row of misspellings" "$t1" "$t8"
# the misspellings are still found, each time
run check -s ko -l en "$T/r1.tsv"
expect_rc 0
n=$(grep -c '“plann”' "$T/out")
[ "$n" -ge 100 ] || fail "plann flagged $n times"
exit 0
