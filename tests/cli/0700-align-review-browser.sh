# the review page of align --format html in a real browser (Chromium through
# playwright-core, tests/browser/review.mjs): loads from file:// without a
# request, and its filter keeps the doubtful links only
. tests/cli/lib.sh
d=tests/data/align
tac $d/news.en.seg > "$T/rev.en"
run align --segmented $d/news.ko.seg "$T/rev.en" --format html -o "$T/a.html"
expect_rc 0
browser_test review.mjs "$T/a.html"
exit 0
