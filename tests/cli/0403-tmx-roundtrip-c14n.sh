#!/bin/sh
# A memory read and written back is the same document after XML
# canonicalization: every unit, prop, note, attribute and inline code.
. tests/cli/lib.sh
command -v xmllint >/dev/null || skip "xmllint absent"
for f in inline14 okapi; do
	# the writer puts language tags in canonical form: en-us -> en-US
	canon='s/"en-us"/"en-US"/g; s/"ko-kr"/"ko-KR"/g; s/"zh-tw"/"zh-TW"/g' 
	run tmx convert tests/data/tmx/$f.tmx -o "$T/$f.tmx"
	expect_rc 0
	xmllint --nonet --noblanks --c14n tests/data/tmx/$f.tmx 2>/dev/null |
		sed "$canon" > "$T/a"
	xmllint --nonet --noblanks --c14n "$T/$f.tmx" > "$T/b" 2>/dev/null
	[ -s "$T/a" ] || fail "no canonical form"
	diff "$T/a" "$T/b" || fail "$f changed in a round trip"
done
# the UTF-16 Trados memory: same after canonicalization, once langs are
# canonical (the writer canonicalizes KO-KR -> ko-KR)
run tmx convert tests/data/tmx/trados-utf16.tmx -o "$T/t.tmx"
expect_rc 0
xmllint --nonet --noblanks --c14n tests/data/tmx/trados-utf16.tmx 2>/dev/null |
	sed 's/"KO-KR"/"ko-KR"/g; s/"EN-US"/"en-US"/g' > "$T/a"
xmllint --nonet --noblanks --c14n "$T/t.tmx" > "$T/b" 2>/dev/null
diff "$T/a" "$T/b" || fail "trados memory changed"
exit 0
