# bitext align --segmented: the hand-made Korean news pair gives the gold
# links with the dictionary, every format carries the same links, and
# bitext eval scores them
. tests/cli/lib.sh
d=tests/data/align
run align --segmented $d/news.ko.seg $d/news.en.seg --dict $d/news.dict.tsv
expect_rc 0
diff -u $d/news.gold "$T/out" || fail "links differ from the gold links"
run align --segmented $d/news.ko.seg $d/news.en.seg --dict $d/news.dict.tsv -o "$T/a.links"
expect_rc 0
[ -s "$T/out" ] && fail "stdout not empty with -o"
run eval $d/news.gold "$T/a.links"
expect_rc 0
expect_out_has "strict   1.0000     1.0000  1.0000"
expect_out_has "1 document, 6 predicted links, 5 gold links with both sides"
# tsv: header, shape and confidence columns, one row per link
run align --segmented $d/news.ko.seg $d/news.en.seg --dict $d/news.dict.tsv --format tsv
expect_rc 0
head -n 1 "$T/out" | grep -q "^source	target	shape	confidence" || fail "tsv header"
[ "$(wc -l < "$T/out")" -eq 7 ] || fail "tsv rows"
grep -q "	1-2	" "$T/out" || fail "tsv lacks the 1-2 link"
# jsonl: one object per link, confidences in [0,1]
run align --segmented $d/news.ko.seg $d/news.en.seg --dict $d/news.dict.tsv --format jsonl
expect_rc 0
[ "$(wc -l < "$T/out")" -eq 6 ] || fail "jsonl rows"
expect_out_has '{"src":[2],"tgt":[2,3],"shape":"1-2","confidence":'
if command -v python3 >/dev/null; then
	python3 -c '
import json, sys
for line in open(sys.argv[1]):
    o = json.loads(line)
    assert 0 <= o["confidence"] <= 1
' "$T/out" || fail "jsonl is not JSON"
fi
exit 0
