# bitext align --fixed on a long generated document (5,000 sentences a
# side, every 10th target sentence split in two): 100 confirmed links taken
# from the plain alignment leave it unchanged; a confirmed link of a shape
# the aligner never proposes (3-4) is kept as given and its neighbours
# still align as before
. tests/cli/lib.sh
awk 'BEGIN { srand(11); for (i = 0; i < 5000; i++) {
	n = 3 + int(rand() * 25); s = "This"; t = "Das"
	for (k = 0; k < n; k++) s = s " word"
	print s "." > "'"$T"'/a.en"
	for (k = 0; k < n; k++) t = t ((i % 10 == 4 && k == int(n / 2)) ? ".\nUnd" : " wort")
	print t "." > "'"$T"'/a.de"
} }'
[ "$(wc -l < "$T/a.de")" -eq 5500 ] || fail "generator"
run align --segmented "$T/a.en" "$T/a.de" -o "$T/plain"
expect_rc 0
[ "$(grep -c . "$T/plain")" -eq 5000 ] || fail "plain: 5000 links expected"
awk 'NR % 50 == 25 { print $0 "\tconfirmed"; next } { print }' "$T/plain" > "$T/fix"
[ "$(grep -c confirmed "$T/fix")" -eq 100 ] || fail "generator (links)"
run align --segmented "$T/a.en" "$T/a.de" --fixed "$T/fix" -o "$T/re"
expect_rc 0
diff "$T/fix" "$T/re" >/dev/null || { diff "$T/fix" "$T/re" | head; fail "100 confirmed links changed the alignment"; }
# sources 2000-2002 with targets 2200-2203 as one 3-4 link: target 2203
# was source 2003's, which is left with nothing
a=$(sed -n 2001p "$T/plain"); b=$(sed -n 2003p "$T/plain")
[ "$a" = "2000:2200" ] && [ "$b" = "2002:2202" ] || fail "generator: $a $b"
[ "$(sed -n 2005p "$T/plain")" = "2004:2204,2205" ] || fail "generator: split"
printf '2000,2001,2002:2200,2201,2202,2203\tconfirmed\n' > "$T/fix2"
run align --segmented "$T/a.en" "$T/a.de" --fixed "$T/fix2" -o "$T/re2"
expect_rc 0
grep -qx '2000,2001,2002:2200,2201,2202,2203	confirmed' "$T/re2" || fail "3-4 link not kept"
grep -qx '2003:' "$T/re2" || fail "source 2003 should be an omission now"
[ "$(grep -c . "$T/re2")" -eq 4998 ] || fail "expected 4998 links"
grep -vx '2000:2200' "$T/plain" | grep -vx '2001:2201' | grep -vx '2002:2202' |
	grep -vx '2003:2203' > "$T/a"
grep -v confirmed "$T/re2" | grep -vx '2003:' > "$T/b"
diff "$T/a" "$T/b" >/dev/null || { diff "$T/a" "$T/b" | head; fail "neighbours changed"; }
exit 0
