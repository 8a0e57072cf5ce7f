# bitext align --format html: a self-contained review page; rendered in
# headless Chromium, its script draws one row per link and flags doubtful
# links (the editor itself: 0701)
. tests/cli/lib.sh
d=tests/data/align
run align --segmented --no-default-dict $d/news.ko.seg $d/news.en.seg --format html -o "$T/a.html"
expect_rc 0
grep -q '<!DOCTYPE html>' "$T/a.html" || fail "not HTML"
grep -Eq '(src|href)="?(https?:)?//' "$T/a.html" && fail "page loads network resources"
grep -q '<script src' "$T/a.html" && fail "page loads scripts"
grep -q 'id="only"' "$T/a.html" || fail "no filter for the links to review"
command -v chromium >/dev/null || skip "chromium not installed"
# a mismatched pair (the target in reverse order) has doubtful links
tac $d/news.en.seg > "$T/rev.en"
run align --segmented $d/news.ko.seg "$T/rev.en" --format html -o "$T/b.html"
expect_rc 0
run align --segmented $d/news.ko.seg "$T/rev.en" --format jsonl
low=$(grep -c '"confidence":0\.[0-8]' "$T/out")
[ "$low" -gt 0 ] || fail "no doubtful link in a mismatched pair"
render() { # file -> DOM on stdout
	prof=$(mktemp -d)
	timeout 60 chromium --headless --no-sandbox --disable-gpu \
		--disable-background-networking --disable-component-update \
		--disable-sync --no-first-run --user-data-dir="$prof" \
		--dump-dom "file://$1" 2>/dev/null
	rm -rf "$prof"
}
render "$T/a.html" > "$T/dom"
[ -s "$T/dom" ] || skip "chromium rendered nothing"
[ "$(grep -oE '<div class="row( [^"]*)?"' "$T/dom" | grep -vc ' head')" -eq 6 ] ||
	fail "rows in the DOM"
grep -q 'pstart' "$T/dom" || fail "paragraph starts not marked"
grep -q '한은은 올해 경제성장률' "$T/dom" || fail "Korean text missing"
render "$T/b.html" > "$T/dom2"
[ "$(grep -o 'class="row doubt' "$T/dom2" | wc -l)" -eq "$low" ] ||
	fail "doubtful rows in the DOM differ from links under 0.9"
exit 0
