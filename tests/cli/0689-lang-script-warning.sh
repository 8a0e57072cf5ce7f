#!/bin/sh
# A language given that the script of the text contradicts - Korean text
# with --src-lang en, English text with --tgt-lang ko, a TSV header that
# swaps the columns - is said on stderr, once per side, naming the file and
# the language the script suggests. Texts that fit their languages stay
# silent.
. tests/cli/lib.sh
d=tests/data/align
run align --segmented $d/news.ko.seg $d/news.en.seg --src-lang en --tgt-lang ko
expect_rc 0
expect_err_has "news.ko.seg: given as en"
expect_err_has "looks like ko"
expect_err_has "news.en.seg: given as ko"
[ "$(grep -c 'given as' "$T/err")" -eq 2 ] || fail "not once per side"
run check -s en -l en $d/news.ko.seg $d/news.en.seg
expect_err_has "news.ko.seg: given as en"
[ "$(grep -c 'given as' "$T/err")" -eq 1 ] || fail "the English side was warned about"
printf 'en\tko\n정부가 오늘 새로운 경제 정책을 발표했다.\tThe government announced it today.\n' > "$T/s.tsv"
run check "$T/s.tsv"
expect_err_has "given as en"
expect_err_has "given as ko"
# silent when the languages fit, or are guessed
run align --segmented $d/news.ko.seg $d/news.en.seg --src-lang ko --tgt-lang en
expect_rc 0
grep -q 'given as' "$T/err" && fail "a warning for fitting languages"
run check $d/news.ko.seg $d/news.en.seg
grep -q 'given as' "$T/err" && fail "a warning for guessed languages"
# Japanese: kana and kanji are Japanese, not Chinese
printf '東京の株価は上昇した。日経平均は三日連続で上がった。\n' > "$T/ja.txt"
printf 'Tokyo stocks rose. The Nikkei rose for a third day.\n' > "$T/en.txt"
run align "$T/ja.txt" "$T/en.txt" --src-lang ja --tgt-lang en
grep -q 'given as' "$T/err" && fail "Japanese text taken for another language"
exit 0
