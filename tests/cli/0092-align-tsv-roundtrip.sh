# bitext align --format tsv reads back into tmx convert (issue 11): the
# header names the two languages and x- prop columns, so the texts come
# back as variants and shape/confidence as unit props; check and tmx merge read it
. tests/cli/lib.sh
d=tests/data/align
run align --segmented $d/news.ko.seg $d/news.en.seg --dict $d/news.dict.tsv \
	--src-lang ko --tgt-lang en --format tsv -o "$T/a.tsv"
expect_rc 0
head -n 1 "$T/a.tsv" | grep -q "^ko	en	x-alignment	x-score" || fail "tsv header"
run tmx convert "$T/a.tsv" --from tsv --to tmx -o "$T/a.tmx"
expect_rc 0
rows=$(($(wc -l < "$T/a.tsv") - 1))
[ "$(grep -c '<tu[ >]' "$T/a.tmx")" -eq "$rows" ] || fail "a unit per row"
grep -q '<prop type="x-score">[01]\.[0-9]' "$T/a.tmx" || fail "score prop"
grep -q '<prop type="x-alignment">1-1</prop>' "$T/a.tmx" || fail "alignment prop"
first=$(sed -n 2p "$T/a.tsv" | cut -f1)
grep -qF "$first" "$T/a.tmx" || fail "source text kept"
second=$(sed -n 2p "$T/a.tsv" | cut -f2)
grep -qF "$second" "$T/a.tmx" || fail "target text kept"
run check "$T/a.tsv"
expect_rc 0
expect_err_has "$rows units checked"
run tmx merge "$T/a.tsv" "$T/a.tmx" -o "$T/m.tmx"
expect_rc 0
expect_err_has "$rows units written"
