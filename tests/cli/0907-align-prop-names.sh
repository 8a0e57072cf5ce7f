#!/bin/sh
# One name per meaning: align's TMX and TSV, and a TSV converted to TMX,
# all call the score x-score and the link's shape x-alignment, so one
# filter works on either; the old names (x-confidence, x-shape) of memories
# made before are still read, by either name.
. tests/cli/lib.sh
d=tests/data/align
run align --segmented $d/news.ko.seg $d/news.en.seg --dict $d/news.dict.tsv \
	--src-lang ko --tgt-lang en --format tmx -o "$T/a.tmx"
expect_rc 0
run align --segmented $d/news.ko.seg $d/news.en.seg --dict $d/news.dict.tsv \
	--src-lang ko --tgt-lang en --format tsv -o "$T/a.tsv"
expect_rc 0
head -n 1 "$T/a.tsv" | grep -q "^ko	en	x-alignment	x-score	" || { head -1 "$T/a.tsv"; fail "tsv header names"; }
run tmx convert "$T/a.tsv" -o "$T/c.tmx"
expect_rc 0
grep -q '<prop type="x-score">' "$T/c.tmx" || fail "converted TSV: no x-score"
grep -q '<prop type="x-alignment">' "$T/c.tmx" || fail "converted TSV: no x-alignment"
n=$(grep -c '<tu[ >]' "$T/a.tmx")
# the same filter keeps the same units of both memories
run tmx filter "$T/a.tmx" --prop 'x-score>=0' -o "$T/f1.tmx"
expect_rc 0
[ "$(grep -c '<tu[ >]' "$T/f1.tmx")" -eq "$n" ] || fail "x-score filter on align's TMX"
run tmx filter "$T/c.tmx" --prop 'x-score>=0' -o "$T/f2.tmx"
expect_rc 0
[ "$(grep -c '<tu[ >]' "$T/f2.tmx")" -eq "$n" ] || fail "x-score filter on the converted TSV"
# the old names still read
run tmx filter "$T/a.tmx" --prop 'x-confidence>=0' -o "$T/f3.tmx"
expect_rc 0
[ "$(grep -c '<tu[ >]' "$T/f3.tmx")" -eq "$n" ] || fail "x-confidence filter on align's TMX kept $(grep -c '<tu[ >]' "$T/f3.tmx") of $n"
sed 's/type="x-score"/type="x-confidence"/; s/type="x-alignment"/type="x-shape"/' "$T/a.tmx" > "$T/old.tmx"
run tmx filter "$T/old.tmx" --prop 'x-score>=0' -o "$T/f4.tmx"
expect_rc 0
[ "$(grep -c '<tu[ >]' "$T/f4.tmx")" -eq "$n" ] || fail "x-score filter on an old memory"
run tmx filter "$T/old.tmx" --prop 'x-alignment=1-1' -o "$T/f5.tmx"
expect_rc 0
[ "$(grep -c '<tu[ >]' "$T/f5.tmx")" -gt 0 ] || fail "x-alignment filter on an old memory"
exit 0
