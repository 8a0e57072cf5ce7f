# bitext align uses the language pair's default news dictionary
# (locales/ko/align-en.tsv): on a pair whose only shared evidence is common
# words it finds the untranslated sentence; --no-default-dict turns it off,
# and --help tells about it in English and Korean
. tests/cli/lib.sh
d=tests/data/align_dict
run align --segmented $d/news.ko.seg $d/news.en.seg
expect_rc 0
[ "$(tr '\n' ' ' < "$T/out")" = "0:0 1: 2:1 3:2 " ] || fail "default dictionary links"
run align --segmented --no-default-dict $d/news.ko.seg $d/news.en.seg
expect_rc 0
[ "$(tr '\n' ' ' < "$T/out")" = "0:0 1: 2:1 3:2 " ] && fail "--no-default-dict changed nothing"
# a batch shares the dictionary between its workers
printf '%s\t%s\t%s\n' "$PWD/$d/news.ko.seg" "$PWD/$d/news.en.seg" "$T/b1.links" \
	"$PWD/$d/news.ko.seg" "$PWD/$d/news.en.seg" "$T/b2.links" > "$T/m.tsv"
run align --segmented --batch "$T/m.tsv"
expect_rc 0
[ "$(tr '\n' ' ' < "$T/b1.links")" = "0:0 1: 2:1 3:2 " ] || fail "batch links"
[ "$(tr '\n' ' ' < "$T/b2.links")" = "0:0 1: 2:1 3:2 " ] || fail "batch links (2)"
# Japanese
run align --segmented $d/news.ja.seg $d/news-ja.en.seg
expect_rc 0
[ "$(tr '\n' ' ' < "$T/out")" = "0:0 1: 2:1 3:2 " ] || fail "Japanese dictionary links"
run align --help
expect_out_has "--no-default-dict"
run --ui-lang ko align --help
expect_out_has "기본 뉴스 사전"
exit 0
