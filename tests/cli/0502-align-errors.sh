# bitext align: usage errors, missing and malformed inputs, no half-written
# output
. tests/cli/lib.sh
d=tests/data/align
run align
expect_rc 2
expect_err_has "two files are needed"
run align --segmented $d/news.ko.seg
expect_rc 2
run align --segmented $d/news.ko.seg $d/news.en.seg --format xml
expect_rc 2
expect_err_has "unknown format 'xml'"
run align --segmented $d/news.ko.seg $d/news.en.seg --bogus
expect_rc 2
run align --segmented $d/news.ko.seg $d/nosuch.en.seg
expect_rc 66
expect_err_has "nosuch.en.seg"
# a failed run leaves no output file behind, nor replaces an old one
run align --segmented $d/news.ko.seg $d/nosuch.en.seg -o "$T/never.links"
[ -e "$T/never.links" ] && fail "output written on error"
echo old > "$T/old.links"
run align --segmented $d/news.ko.seg $d/news.en.seg --dict $d/nosuch.tsv -o "$T/old.links"
expect_rc 66
[ "$(cat "$T/old.links")" = old ] || fail "old output replaced on error"
# a Latin-script raw text needs its language
printf 'Hello there. This is English.\n' > "$T/a.txt"
run align "$T/a.txt" "$T/a.txt"
expect_rc 2
expect_err_has "--src-lang"
# a malformed dictionary row is reported with its line
printf '수출\texports\nno tab here\n' > "$T/bad.tsv"
run align --segmented $d/news.ko.seg $d/news.en.seg --dict "$T/bad.tsv"
expect_rc 65
expect_err_has "bad.tsv:2"
# an empty file has no sentence to align: an error, not a list of
# omissions (0686 tests the other forms)
: > "$T/empty.en"
run align --segmented $d/news.ko.seg "$T/empty.en"
expect_rc 65
expect_err_has "empty.en: no sentence to align"
exit 0
