# the editor of the review page in Chromium (tests/browser/editor.mjs):
# every edit by keyboard and by mouse, undo/redo, filters, search, long
# sentences, a reload that keeps the edits; the links it saves are a links
# file that bitext reads, and the TMX it exports is valid against the DTD
. tests/cli/lib.sh
d=tests/data/align
# the news pair (one to one) and a paragraph more: a sentence with markup
# that must stay text, and one too long for a row
long_ko=$(printf '이 문장은 화면의 한 줄에 들어가지 않을 만큼 길게 이어지는 긴 문장의 %s번째 부분이며, ' 1 2 3 4 5 6 7 8 9 10 11 12)
long_en=$(printf 'this sentence goes on for long enough not to fit in one line of the screen, part %s of it, ' 1 2 3 4 5 6 7 8 9 10 11 12)
{ cat $d/news.ko.seg; printf '\n그는 "</script><!-- 주석"이라고 썼다.\n%s끝.\n' "$long_ko"; } > "$T/ko.seg"
{ cat $d/news.en.seg; printf '\nHe wrote "</script><!-- a comment".\n%sthe end.\n' "$long_en"; } > "$T/en.seg"
run align --segmented --src-lang ko --tgt-lang en --no-default-dict "$T/ko.seg" "$T/en.seg" --format html -o "$T/review.html"
expect_rc 0
# the markup of a sentence cannot end the page's data early
[ "$(grep -c '</script>' "$T/review.html")" -eq 2 ] || fail "a </script> in the page's data"
# a page of other texts under the same names: the edits stored for the
# first must not be loaded into it
cp "$T/ko.seg" "$T/ko.orig"
sed '1s/$/ 수정됨/' "$T/ko.orig" > "$T/ko.seg"
run align --segmented --src-lang ko --tgt-lang en --no-default-dict "$T/ko.seg" "$T/en.seg" --format html -o "$T/other.html"
expect_rc 0
mv "$T/ko.orig" "$T/ko.seg"
browser_test editor.mjs "$T/review.html" "$T" "$T/other.html"
for f in keys mouse; do
	[ -s "$T/$f.links" ] || fail "no $f.links saved"
	head -n 1 "$T/$f.links" | grep -qx '# bitext links' || fail "$f.links: first line"
	# every other line a comment or a link S:T, optionally <TAB>confirmed
	grep -v '^#' "$T/$f.links" | grep -Evq '^([0-9]+(,[0-9]+)*)?:([0-9]+(,[0-9]+)*)?(	confirmed)?$' &&
		fail "$f.links: a line is not a link"
done
grep -q '	confirmed$' "$T/mouse.links" || fail "mouse.links: no confirmed link"
# the saved links read back: eval scores them against themselves
run eval "$T/keys.links" "$T/keys.links"
expect_rc 0
if "$BITEXT" align --help 2>&1 | grep -q -- '--fixed'; then
	run align --segmented --src-lang ko --tgt-lang en --no-default-dict --fixed "$T/mouse.links" "$T/ko.seg" "$T/en.seg"
	expect_rc 0
	# kept, and still marked confirmed in the links align writes
	grep -q '^0:0	confirmed$' "$T/out" || fail "align --fixed lost the confirmed link 0:0"
fi
grep -q '<prop type="x-confirmed">yes</prop>' "$T/mouse.tmx" || fail "no x-confirmed prop"
# exported before any edit, the TMX is the one align --format tmx writes
# (but for the dates)
run align --segmented --src-lang ko --tgt-lang en --no-default-dict "$T/ko.seg" "$T/en.seg" --format tmx -o "$T/align.tmx"
expect_rc 0
for f in align untouched; do
	sed 's/ creationdate="[0-9TZ]*"//' "$T/$f.tmx" > "$T/$f.nodate"
done
diff -u "$T/align.nodate" "$T/untouched.nodate" || fail "the page's TMX differs from align --format tmx"
command -v xmllint >/dev/null 2>&1 || skip "xmllint not installed: the TMX export is not validated"
dtd=../shared/tmx/tmx14.dtd
[ -f "$dtd" ] || skip "tmx14.dtd not present: the TMX export is not validated"
for f in untouched keys mouse; do
	xmllint --noout --nonet --dtdvalid "$dtd" "$T/$f.tmx" 2>"$T/x" || { cat "$T/x"; fail "$f.tmx not valid"; }
done
exit 0
