# bitext align --jobs with --learn: the word pairs learnt from the memory
# are used by every job of their language pair, as in a single run (the
# German story's sentences that length alone misplaces land where --learn
# puts them: 2:1 and 3:2), stderr names the learnt lexicon; a job of
# another pair does not get them
. tests/cli/lib.sh
d=tests/data/lexicon
s=tests/data/dictd
o="--segmented --src-lang de --tgt-lang en --no-default-dict"
run align $o --learn $d/mem.de-en.tsv --format jsonl $s/story.de.seg $s/story.en.seg
expect_rc 0
grep -q '"src":\[2\],"tgt":\[1\]' "$T/out" &&
	grep -q '"src":\[3\],"tgt":\[2\]' "$T/out" ||
	{ cat "$T/out"; fail "a single run with --learn"; }
printf '{"id":"one","src":"%s","tgt":"%s"}\n{"id":"two","src":"%s","tgt":"%s"}\n' \
	$s/story.de.seg $s/story.en.seg $s/story.de.seg $s/story.en.seg > "$T/jobs"
run align $o --learn $d/mem.de-en.tsv --jobs "$T/jobs"
expect_rc 0
expect_out_lines 2 "records"
for id in one two; do
	grep "\"id\":\"$id\"" "$T/out" | grep -q '"src":\[2\],"tgt":\[1\]' &&
		grep "\"id\":\"$id\"" "$T/out" | grep -q '"src":\[3\],"tgt":\[2\]' ||
		{ cat "$T/out"; fail "job $id: not the links of --learn"; }
done
expect_err_has "dictionary --learn $d/mem.de-en.tsv: "
# length alone misplaces them (the test can fail; since the coverage of
# linked sentences, the anchors alone may place them too)
run align $o --no-anchors --no-second-pass --jobs "$T/jobs"
expect_rc 0
grep '"id":"one"' "$T/out" | grep -q '"src":\[2\],"tgt":\[1\].*"src":\[3\],"tgt":\[2\]' &&
	fail "length alone already finds 2:1 and 3:2: the test proves nothing"
# a job of another pair (the languages swapped) gets no learnt pairs
printf '{"id":"back","src":"%s","tgt":"%s","src_lang":"en","tgt_lang":"de"}\n' \
	$s/story.en.seg $s/story.de.seg > "$T/back"
run align $o --learn $d/mem.de-en.tsv --jobs "$T/back"
expect_rc 0
grep -q 'dictionary --learn' "$T/err" && { cat "$T/err"; fail "learnt de-en pairs used for en-de"; }
exit 0
