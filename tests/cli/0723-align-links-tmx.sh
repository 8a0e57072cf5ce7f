# A memory from a link file and the two texts, nothing realigned:
# align --links LINKS --format tmx and tmx convert --links LINKS SRC TGT
# write the same units; confirmed links carry x-confirmed, links the model
# did not score carry no x-score; DTD-valid when the DTD is at hand
. tests/cli/lib.sh
c=corpora/ko-en/12-college-entrance-exam
[ -f $c.gold ] || skip "corpus not present"
# the gold links, two of them confirmed, one deliberately unusual (2-2)
sed -e 's/^1,2:1$/1,2:1\tconfirmed/' -e 's/^3:3$/3:3\tconfirmed/' \
	-e 's/^10,11:11$/10,11:11,12/' -e '/^12:12$/d' $c.gold > "$T/l"
grep -q '^10,11:11,12$' "$T/l" && [ "$(grep -c confirmed "$T/l")" -eq 2 ] || fail "fixture"
run align --segmented --src-lang ko --tgt-lang en $c.ko.seg $c.en.seg --links "$T/l" --format tmx -o "$T/a.tmx"
expect_rc 0
run tmx convert --links "$T/l" --segmented --src-lang ko --tgt-lang en $c.ko.seg $c.en.seg -o "$T/c.tmx"
expect_rc 0
expect_err_has "links written to $T/c.tmx"
both=$(grep -c '^[0-9][0-9,]*:[0-9]' "$T/l")
[ "$(grep -c '<tu[ >]' "$T/a.tmx")" -eq "$both" ] || fail "one unit per link with both sides"
sed 's/creationdate="[^"]*"//' "$T/a.tmx" > "$T/a2"
sed 's/creationdate="[^"]*"//' "$T/c.tmx" > "$T/c2"
cmp -s "$T/a2" "$T/c2" || fail "align --links and tmx convert --links differ"
[ "$(grep -c '<prop type="x-confirmed">yes</prop>' "$T/a.tmx")" -eq 2 ] || fail "x-confirmed props"
[ "$(grep -c '<prop type="x-score">' "$T/a.tmx")" -eq 2 ] || fail "x-score only on confirmed links"
grep -q '<prop type="x-alignment">2-2</prop>' "$T/a.tmx" || fail "the 2-2 link as given"
grep -q 'xml:lang="en-US"' "$T/a.tmx" || fail "target language"
# the links format reads back as it was written (comments aside)
run align --segmented $c.ko.seg $c.en.seg --links "$T/l"
expect_rc 0
diff "$T/l" "$T/out" || fail "links do not round-trip"
# JSON Lines: confirmed links say so, the others have no confidence
run align --segmented $c.ko.seg $c.en.seg --links "$T/l" --format jsonl
expect_rc 0
[ "$(grep -c '"confidence":1.0000,"confirmed":true' "$T/out")" -eq 2 ] || fail "jsonl confirmed"
[ "$(grep -c '"confidence":null' "$T/out")" -eq "$(($(grep -c . "$T/l") - 2))" ] || fail "jsonl no score"
# TSV, then tmx convert of the TSV: the same texts
run tmx convert --links "$T/l" --segmented --src-lang ko --tgt-lang en $c.ko.seg $c.en.seg -o "$T/c.tsv"
expect_rc 0
[ "$(sed 1d "$T/c.tsv" | grep -c .)" -eq "$(grep -c . "$T/l")" ] || fail "a TSV row per link"
dtd=../shared/tmx/tmx14.dtd
command -v xmllint >/dev/null || exit 0
[ -f "$dtd" ] || skip "tmx14.dtd not present"
xmllint --noout --nonet --dtdvalid "$dtd" "$T/a.tmx" || fail "TMX not valid"
exit 0
