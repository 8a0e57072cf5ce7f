# bitext align --dict takes a dictd dictionary (FreeDict's format: .index
# and .dict.dz, either named): on a German story whose second sentence is
# not translated, dictionary words (through inflection: Kinder, spielten,
# kaufte) place the last two sentences, which length alone gets wrong;
# stderr names the dictionary and its entries; a pair without a dictionary
# is said to have none; a damaged dictionary is one error with its file.
. tests/cli/lib.sh
d=tests/data/dictd
o="--segmented --src-lang de --tgt-lang en --no-default-dict"
run align $o --no-anchors --no-second-pass $d/story.de.seg $d/story.en.seg
expect_rc 0
grep -qx '2:1' "$T/out" && grep -qx '3:2' "$T/out" &&
	fail "length alone already placed the sentences: the fixture tests nothing"
for f in $d/tiny-deu-eng.index $d/tiny-deu-eng.dict.dz; do
	run align $o --dict "$f" $d/story.de.seg $d/story.en.seg
	expect_rc 0
	grep -qx '2:1' "$T/out" && grep -qx '3:2' "$T/out" ||
		{ cat "$T/out"; fail "links with the dictionary ($f)"; }
	expect_err_has "dictionary $f: "
done
# the same dictionary read the other way round for English -> German
run align --segmented --src-lang en --tgt-lang de --no-default-dict \
	--dict $d/tiny-deu-eng.index $d/story.en.seg $d/story.de.seg
expect_rc 0
expect_err_has "tiny-deu-eng.index: 26 entries"
# a pair with no dictionary says so
run align --segmented --src-lang fi --tgt-lang en $d/story.de.seg $d/story.en.seg
expect_rc 0
expect_err_has "no dictionary for fi -> en"
# damage: one line naming the file and the byte, no output file
cp $d/tiny-deu-eng.index "$T/bad.index"
head -c 100 $d/tiny-deu-eng.dict.dz > "$T/bad.dict.dz"
run align $o --dict "$T/bad.index" -o "$T/x.links" $d/story.de.seg $d/story.en.seg
expect_rc 65
[ "$(wc -l < "$T/err")" -eq 1 ] || { cat "$T/err"; fail "not one line"; }
expect_err_has "bad.dict.dz: damaged dictzip file at byte"
[ -e "$T/x.links" ] && fail "output written after an error"
printf 'Haus\tA\n' > "$T/bad2.index"
cp $d/tiny-deu-eng.dict.dz "$T/bad2.dict.dz"
run align $o --dict "$T/bad2.index" $d/story.de.seg $d/story.en.seg
expect_rc 65
expect_err_has "bad2.index:1:"
# a dictionary over several dictzip chunks, built with dictzip
if command -v dictzip >/dev/null; then
	sh $d/make.sh $d/tiny-deu-eng.txt "$T/big-deu-eng" 3000 2>"$T/mk.err" ||
		{ cat "$T/mk.err"; fail "make.sh"; }
	[ "$(dictzip -l "$T/big-deu-eng.dict.dz" | awk 'NR == 2 { print $5 }')" -ge 2 ] ||
		fail "the big dictionary has one chunk"
	run align $o --dict "$T/big-deu-eng.index" $d/story.de.seg $d/story.en.seg
	expect_rc 0
	grep -qx '3:2' "$T/out" || fail "links with the multi-chunk dictionary"
	expect_err_has "big-deu-eng.index: 26 entries"
fi
exit 0
