# A dictionary is read for what a run needs, once: --batch reads only the
# entries of the words of its pairs (as a single run does for its two
# texts), not the whole dictionary; --jobs keeps the lexicon of each
# language pair it met, so jobs whose pairs alternate read it once a pair
. tests/cli/lib.sh
s=$(pwd)/tests/data/dictd
o="--segmented --src-lang de --tgt-lang en --no-default-dict --dict $s/tiny-deu-eng.index"
# the whole tiny dictionary has 27 entries; few.de.seg needs 5 of them
printf '%s\t%s\tfew.links\n' "$s/few.de.seg" "$s/story.en.seg" > "$T/one.tsv"
run align --batch "$T/one.tsv" $o
expect_rc 0
expect_err_has "tiny-deu-eng.index: 5 entries"
run align $o "$s/few.de.seg" "$s/story.en.seg"
expect_rc 0
expect_err_has "tiny-deu-eng.index: 5 entries"
cmp -s "$T/out" "$T/few.links" || { cat "$T/out" "$T/few.links"; fail "batch and single run differ"; }
# two pairs: the words of both
printf '%s\t%s\tstory.links\n' "$s/story.de.seg" "$s/story.en.seg" >> "$T/one.tsv"
run align --batch "$T/one.tsv" $o
expect_rc 0
expect_err_has "tiny-deu-eng.index: 26 entries"
# --jobs: de>en, en>de, de>en, en>de read the dictionary twice, not four times
j='{"id":"%s","src":"%s","tgt":"%s","src_lang":"%s","tgt_lang":"%s"}\n'
{
	printf "$j" a "$s/story.de.seg" "$s/story.en.seg" de en
	printf "$j" b "$s/story.en.seg" "$s/story.de.seg" en de
	printf "$j" c "$s/story.de.seg" "$s/story.en.seg" de en
	printf "$j" d "$s/story.en.seg" "$s/story.de.seg" en de
} > "$T/jobs"
run align --segmented --no-default-dict --dict "$s/tiny-deu-eng.index" --jobs "$T/jobs"
expect_rc 0
expect_out_lines 4 "records"
[ "$(grep -c 'tiny-deu-eng.index: ' "$T/err")" -eq 2 ] ||
	{ cat "$T/err"; fail "the dictionary was not read once a pair"; }
grep '"id":"a"' "$T/out" | sed 's/"id":"a"//' > "$T/a"
grep '"id":"c"' "$T/out" | sed 's/"id":"c"//' > "$T/c"
cmp -s "$T/a" "$T/c" || fail "the same job gave other links the second time"
exit 0
