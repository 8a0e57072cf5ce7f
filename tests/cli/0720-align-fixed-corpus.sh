# bitext align --fixed: confirmed links are kept exactly and the rest is
# realigned around them, so that one correction fixes its neighbours; links
# not confirmed do not bind the aligner, even when they are all wrong
. tests/cli/lib.sh
c=corpora/ko-en/12-college-entrance-exam
[ -f $c.gold ] || skip "corpus not present"
run align --segmented $c.ko.seg $c.en.seg -o "$T/plain"
expect_rc 0
# the plain aligner links source 2 to target 2; the gold has 1,2:1 and :2
grep -qx '2:2' "$T/plain" || skip "the plain aligner no longer errs here"
printf '# bitext links\n1,2:1\tconfirmed\n' > "$T/fix"
run align --segmented $c.ko.seg $c.en.seg --fixed "$T/fix" -o "$T/re"
expect_rc 0
grep -qx '1,2:1	confirmed' "$T/re" || fail "the confirmed link is not kept as given"
grep -qx ':2' "$T/re" || { cat "$T/re"; fail "its neighbour was not realigned to the gold :2"; }
grep -qx '2:2' "$T/re" && fail "2:2 is still there"
# the rest of the document is what the plain aligner found
grep -vx '1:1' "$T/plain" | grep -vx '2:2' > "$T/a"
grep -v '^1,2:1' "$T/re" | grep -vx ':2' > "$T/b"
diff "$T/a" "$T/b" || fail "links far away changed"
sed 's/	confirmed$//' "$T/re" > "$T/re.plain"
run eval $c.gold "$T/re.plain"
awk 'NR == 2 { exit !($4 > 0.85) }' "$T/out" || { cat "$T/out"; fail "strict F1 after one confirmation"; }

# a confirmed omission: target 2 of the Sony story is alone (the plain
# aligner puts it with target 1)
c=corpora/ko-en/02-sony-pictures-hack
run align --segmented $c.ko.seg $c.en.seg -o "$T/plain2"
grep -qx '1:1,2' "$T/plain2" || skip "the plain aligner no longer errs here"
printf ':2\tconfirmed\n' > "$T/fix2"
run align --segmented $c.ko.seg $c.en.seg --fixed "$T/fix2" -o "$T/re2"
expect_rc 0
grep -qx ':2	confirmed' "$T/re2" || { cat "$T/re2"; fail "confirmed omission"; }
grep -qx '1:1' "$T/re2" || fail "source 1 not realigned to target 1 alone"

# links not confirmed are starting points only: a file whose every link is
# off by one target sentence changes nothing
c=corpora/ko-en/01-nk-missile-launch
run align --segmented $c.ko.seg $c.en.seg -o "$T/plain3"
awk -F: '$1 != "" && $2 != "" { n = split($2, t, ","); s = ""
	for (k = 1; k <= n; k++) s = s (k > 1 ? "," : "") t[k] + 1; print $1 ":" s }' \
	"$T/plain3" | sed '$d' > "$T/wrong"
[ "$(wc -l < "$T/wrong")" -ge 5 ] || fail "generator"
run align --segmented $c.ko.seg $c.en.seg --fixed "$T/wrong" -o "$T/re3"
expect_rc 0
diff "$T/plain3" "$T/re3" || fail "unconfirmed links changed the alignment"
# ... while the same links confirmed are kept (a wrong confirmation binds)
sed 's/$/	confirmed/' "$T/wrong" | sed -n 2p > "$T/wrong1"
run align --segmented $c.ko.seg $c.en.seg --fixed "$T/wrong1" -o "$T/re4"
expect_rc 0
grep -qxF "$(cat "$T/wrong1")" "$T/re4" || fail "a confirmed link was not kept"
exit 0
