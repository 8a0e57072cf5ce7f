# check reports its progress on a terminal for a few thousand units (they
# take seconds: spelling costs milliseconds a unit), and says nothing of it
# when standard error is a file
. tests/cli/lib.sh
command -v script >/dev/null 2>&1 || skip "no script(1) to give bitext a terminal"
awk 'BEGIN { print "en\tde"; for (i = 1; i <= 3000; i++)
	printf "The file %d has %d lines.\tDie Datei %d hat %d Zeilen.\n", i, i + 1, i, i + 1 }' > "$T/p.tsv"
script -q -c "\"$BITEXT\" check \"$T/p.tsv\" -o \"$T/rep.txt\"" "$T/tty.log" >/dev/null 2>&1 </dev/null
[ -e "$T/rep.txt" ] || { cat "$T/tty.log"; fail "check under script wrote no report"; }
tr '\r' '\n' < "$T/tty.log" > "$T/lines"
grep -q "checked 1,[0-9]* of 3,000 units" "$T/lines" || { cat "$T/lines"; fail "no progress while checking 3000 units on a terminal"; }
grep -q "checked 3,000 of 3,000 units" "$T/lines" || fail "progress does not end at the total"
run check "$T/p.tsv" -o "$T/rep2.txt"
grep -q "checked [0-9,]* of" "$T/err" && fail "progress written to a file"
exit 0
