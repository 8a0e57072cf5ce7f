#!/bin/sh
# align with an empty side - an empty file, a file of blank lines, an empty
# text of a job - is an error naming the file: exit 65 and nothing written,
# not an empty memory. check SRC TGT with an empty target reports the
# missing translation instead (0660-check-texts-empty-target); an empty source is an error there too.
. tests/cli/lib.sh
d=tests/data/align
: > "$T/empty.txt"
printf '\n\n  \n' > "$T/blank.txt"
for side in src tgt; do
	for e in empty blank; do
		if [ $side = src ]; then a=$T/$e.txt b=$d/news.en.seg; else a=$d/news.ko.seg b=$T/$e.txt; fi
		rm -f "$T/o.tmx"
		run align --segmented --src-lang ko --tgt-lang en --format tmx -o "$T/o.tmx" "$a" "$b"
		expect_rc 65
		expect_err_has "$e.txt: no sentence to align"
		[ -e "$T/o.tmx" ] && fail "$side $e: a memory was written"
		# plain text too
		run align --src-lang ko --tgt-lang en "$a" "$b"
		expect_rc 65
	done
done
# a batch: the pair with the empty side fails, the other is written
printf '%s\t%s\t%s\n' "$PWD/$d/news.ko.seg" "$PWD/$d/news.en.seg" "$T/ok.tsv" \
	"$PWD/$d/news.ko.seg" "$T/empty.txt" "$T/bad.tsv" > "$T/m.tsv"
run align --batch "$T/m.tsv" --segmented --format tsv
[ "$rc" -ne 0 ] || fail "batch with an empty side exited 0"
expect_err_has "no sentence to align"
[ -s "$T/ok.tsv" ] || fail "the good pair of the batch was not written"
[ -e "$T/bad.tsv" ] && fail "the empty pair of the batch was written"
run align --batch "$T/m.tsv" --segmented --format tsv --shard 0/1
[ "$rc" -ne 0 ] || fail "independent batch with an empty side exited 0"
[ -e "$T/bad.tsv" ] && fail "the empty pair of the shard was written"
# a streaming job with an empty text gives an error record
printf '{"id":"e","src_text":"정부가 발표했다.","tgt_text":"","src_lang":"ko","tgt_lang":"en"}\n' > "$T/jobs"
run align --jobs "$T/jobs"
expect_out_has '"error"'
expect_out_has 'no sentence to align'
# check: an empty source text is an error too
run check -s ko -l en "$T/empty.txt" $d/news.en.seg
expect_rc 65
expect_err_has "empty.txt: no sentence to align"
exit 0
