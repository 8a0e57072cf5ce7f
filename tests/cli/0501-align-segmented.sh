# bitext align --segmented: on the hand-made Korean news pair the
# dictionary makes every link right (lax), every format carries the same
# links, and bitext eval scores them
. tests/cli/lib.sh
d=tests/data/align
run align --segmented $d/news.ko.seg $d/news.en.seg --dict $d/news.dict.tsv
expect_rc 0
head -n 2 "$T/out" | tr '\n' ' ' | grep -qx "0:0 1:1 " || fail "first links"
run align --segmented $d/news.ko.seg $d/news.en.seg --dict $d/news.dict.tsv -o "$T/a.links"
expect_rc 0
[ -s "$T/out" ] && fail "stdout not empty with -o"
run eval $d/news.gold "$T/a.links"
expect_rc 0
expect_out_has "lax      1.0000     1.0000  1.0000"
run align --segmented --no-default-dict $d/news.ko.seg $d/news.en.seg -o "$T/b.links"
run eval $d/news.gold "$T/b.links"
grep -q "lax      1.0000     1.0000" "$T/out" && fail "the dictionary made no difference"
# tsv: header (languages, then x- prop columns), shape and confidence columns, one row per link
run align --segmented $d/news.ko.seg $d/news.en.seg --dict $d/news.dict.tsv --format tsv
expect_rc 0
head -n 1 "$T/out" | grep -q "^[a-z-]*	[a-z-]*	x-alignment	x-score" || fail "tsv header"
[ "$(wc -l < "$T/out")" -eq $(($(wc -l < "$T/a.links") + 1)) ] || fail "tsv rows"
grep -Eq "	[12]-2	" "$T/out" || fail "tsv lacks the split link"
# jsonl: one object per link, confidences in [0,1]
run align --segmented $d/news.ko.seg $d/news.en.seg --dict $d/news.dict.tsv --format jsonl
expect_rc 0
[ "$(wc -l < "$T/out")" -eq "$(wc -l < "$T/a.links")" ] || fail "jsonl rows"
expect_out_has '"tgt":[2,3],"shape":'
if command -v python3 >/dev/null; then
	python3 -c '
import json, sys
for line in open(sys.argv[1]):
    o = json.loads(line)
    assert 0 <= o["confidence"] <= 1
' "$T/out" || fail "jsonl is not JSON"
fi
exit 0
