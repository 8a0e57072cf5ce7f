#!/bin/sh
# check --fix on XLIFF: a byte copy in which only the text of targets is
# repaired - extension markup (mq:, sdl:), attribute quoting, comments,
# alt-trans, translate="no" units and native codes stay as they were.
. tests/cli/lib.sh
d=tests/data/xliff
run check --fix all $d/fix-memoq.mqxliff -o "$T/f.xlf"
expect_rc 0
expect_err_has "3 segments repaired"
diff $d/fix-memoq.mqxliff "$T/f.xlf" > "$T/diff"
# exactly the two target lines changed
[ "$(grep -c '^<' "$T/diff")" -eq 2 ] || { cat "$T/diff"; fail "other lines changed"; }
grep -q '<target>Press the<ph id="1">&lt;b  x=&quot;1&quot;&gt;</ph>power button</target>' "$T/f.xlf" ||
	fail "target text not repaired, or the native code touched"
grep -q '<target><!-- a  comment -->Hello world &amp; co</target>' "$T/f.xlf" || fail "comment or reference"
grep -q "<mq:importsettings  mq:x = 'keep  this' />" "$T/f.xlf" || fail "extension markup changed"
grep -q '<alt-trans><target>An  old  one</target></alt-trans>' "$T/f.xlf" || fail "alt-trans touched"
grep -q '<target>ACME  KR</target>' "$T/f.xlf" || fail "translate=no unit touched"
run tmx convert "$T/f.xlf" --to tsv
expect_rc 0
# nothing to repair: the very same bytes
for f in trados.sdlxliff okapi.xlf xliff2.xlf; do
	run check --fix invisible $d/$f -o "$T/same"
	expect_rc 0
	cmp $d/$f "$T/same" || fail "$f changed though nothing needed repair"
done
# UTF-16 and broken files: an error, nothing written
run check --fix all $d/omegat-utf16.xlf -o "$T/u.xlf"
expect_rc 65
expect_err_has "UTF-16"
[ ! -e "$T/u.xlf" ] || fail "output written for UTF-16"
head -c 600 $d/okapi.xlf > "$T/cut.xlf"
run check --fix all "$T/cut.xlf" -o "$T/c.xlf"
expect_rc 65
[ ! -e "$T/c.xlf" ] || fail "output written for a broken file"
run check --fix all tests/data/po/app.ko.po -o "$T/p.po"
expect_rc 2
exit 0
