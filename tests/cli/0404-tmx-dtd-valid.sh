#!/bin/sh
# What bitext writes validates against the TMX 1.4b DTD.
. tests/cli/lib.sh
dtd=../shared/tmx/tmx14.dtd
[ -f "$dtd" ] || skip "TMX DTD absent ($dtd)"
command -v xmllint >/dev/null || skip "xmllint absent"
printf 'ko\ten\n북한이 미사일을 발사했다.\tNorth Korea fired a missile.\nA & B <c>\t"quoted" \\t tab\n' > "$T/m.tsv"
run tmx convert "$T/m.tsv" -o "$T/m.tmx"
expect_rc 0
xmllint --nonet --noout --dtdvalid "$dtd" "$T/m.tmx" 2>"$T/x" || { cat "$T/x"; fail "not valid"; }
grep -q 'xml:lang="ko"' "$T/m.tmx" || fail "language tag"
grep -q 'creationtool="bitext"' "$T/m.tmx" || fail "creationtool"
grep -q 'segtype="sentence"' "$T/m.tmx" || fail "segtype"
grep -Eq 'creationdate="[0-9]{8}T[0-9]{6}Z"' "$T/m.tmx" || fail "creationdate"
grep -q '<seg>A &amp; B &lt;c&gt;</seg>' "$T/m.tmx" || fail "escaping"
for f in inline14 okapi omegat tmx11 tmx12 tmx13 trados-utf16; do
	run tmx convert tests/data/tmx/$f.tmx -o "$T/$f.tmx"
	expect_rc 0
	xmllint --nonet --noout --dtdvalid "$dtd" "$T/$f.tmx" 2>"$T/x" ||
		{ cat "$T/x"; fail "$f: not valid"; }
done
exit 0
