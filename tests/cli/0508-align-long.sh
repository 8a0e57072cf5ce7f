# bitext align on 50,000 generated sentences a side: finishes, and nearly
# every link is right (every 10th target sentence is split in two)
. tests/cli/lib.sh
awk 'BEGIN { srand(5); for (i = 0; i < 50000; i++) {
	n = 4 + int(rand() * 12); s = "Item " (i * 13 + 7); t = "Stück " (i * 13 + 7)
	for (k = 0; k < n; k++) s = s " word"
	print s "." > "'"$T"'/a.en"
	for (k = 0; k < n; k++) t = t ((i % 10 == 4 && k == int(n / 2)) ? ".\nUnd" : " wort")
	print t "." > "'"$T"'/a.de"
} }'
[ "$(wc -l < "$T/a.de")" -eq 55000 ] || fail "generator"
start=$(date +%s)
run align --segmented "$T/a.en" "$T/a.de" -o "$T/a.links"
expect_rc 0
end=$(date +%s)
[ $((end - start)) -le 60 ] || fail "took $((end - start)) s"
[ "$(grep -c . "$T/a.links")" -eq 50000 ] || fail "expected 50000 links"
[ "$(grep -c '^[0-9]*4:[0-9]*,[0-9]*$' "$T/a.links")" -ge 4900 ] || fail "splits not found"
exit 0
