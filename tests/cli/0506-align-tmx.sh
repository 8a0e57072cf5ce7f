# bitext align --format tmx: a TMX 1.4b memory with the link shape and
# confidence as props; valid against the DTD when it is at hand
. tests/cli/lib.sh
d=tests/data/align
run align --segmented --src-lang ko --tgt-lang en $d/news.ko.seg $d/news.en.seg --dict $d/news.dict.tsv --format tmx -o "$T/a.tmx"
expect_rc 0
run align --segmented $d/news.ko.seg $d/news.en.seg --dict $d/news.dict.tsv -o "$T/links"
grep -Eq '<prop type="x-alignment">[12]-2</prop>' "$T/a.tmx" || fail "x-alignment prop"
grep -q '<prop type="x-score">' "$T/a.tmx" || fail "x-score prop"
grep -q '<prop type="x-paragraph">' "$T/a.tmx" || fail "x-paragraph prop"
[ "$(grep -c '<tu[ >]' "$T/a.tmx")" -eq "$(grep -c '^[0-9][0-9,]*:[0-9]' "$T/links")" ] ||
	fail "one unit per link with both sides"
dtd=../shared/tmx/tmx14.dtd
command -v xmllint >/dev/null || exit 0
[ -f "$dtd" ] || skip "tmx14.dtd not present"
xmllint --noout --nonet --dtdvalid "$dtd" "$T/a.tmx" || fail "TMX not valid"
exit 0
