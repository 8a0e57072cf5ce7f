# bitext align on the bundled corpora: from the hand segmentation and from
# raw text through intake and segmentation (Korean and Japanese)
. tests/cli/lib.sh
c=corpora/ko-en/01-nk-missile-launch
[ -f $c.gold ] || skip "corpus not present"
run align --segmented $c.ko.seg $c.en.seg -o "$T/p.links"
expect_rc 0
run eval $c.gold "$T/p.links"
expect_rc 0
awk 'NR==3 && $4 < 0.95 { exit 1 }' "$T/out" || { cat "$T/out"; fail "lax F1 under 0.95"; }
# raw text: as many sentences as the segmenter finds, every one linked once
run align $c.ko.txt $c.en.txt --tgt-lang en --format jsonl
expect_rc 0
[ "$(wc -l < "$T/out")" -ge 10 ] || fail "too few links from raw text"
grep -q '"source":"(서울=연합뉴스)' "$T/out" || fail "first Korean sentence"
# the source language is guessed from Hangul; English is not guessed
run align $c.ko.txt $c.en.txt
expect_rc 2
j=corpora/ja-en/01-inbound-tourism
if [ -f $j.gold ]; then
	run align --segmented $j.ja.seg $j.en.seg -o "$T/j.links"
	expect_rc 0
	run eval $j.gold "$T/j.links"
	awk 'NR==3 && $4 < 0.9 { exit 1 }' "$T/out" || { cat "$T/out"; fail "ja lax F1"; }
fi
exit 0
