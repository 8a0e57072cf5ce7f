#!/bin/sh
# tmx merge: ko and ko-KR are one language when one memory names no region.
# The same unit in both memories is written once, and a source translated
# the same way in both is no conflict; a real difference still is.
. tests/cli/lib.sh
tmx() {
	printf '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="%s" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>\n' "$1"
	printf '<tu><tuv xml:lang="%s"><seg>정부가 발표했다.</seg></tuv><tuv xml:lang="%s"><seg>The government announced it.</seg></tuv></tu>\n' "$1" "$2"
	printf '<tu><tuv xml:lang="%s"><seg>수출이 늘었다.</seg></tuv><tuv xml:lang="%s"><seg>%s</seg></tuv></tu>\n' "$1" "$2" "$3"
	printf '</body></tmx>\n'
}
tmx ko en 'Exports rose.' > "$T/a.tmx"
tmx ko-KR en-US 'Exports grew.' > "$T/b.tmx"
run tmx merge "$T/a.tmx" "$T/b.tmx" -o "$T/m.tmx"
expect_rc 0
expect_err_has "1 exact duplicate removed"
expect_err_has "1 conflicting translation kept"
grep -q "정부가 발표했다.*differently" "$T/err" && fail "an identical translation reported as different"
expect_err_has "'수출이 늘었다.' is translated 'Exports grew.'"
[ "$(grep -c '<tu ' "$T/m.tmx")" -eq 3 ] || fail "expected 3 units written"
exit 0
