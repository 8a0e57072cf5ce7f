#!/bin/sh
# bitext tmx merge: duplicates once (newest metadata wins), conflicts kept
# and reported, NFC counted.
. tests/cli/lib.sh
hdr='<?xml version="1.0"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ko-KR" datatype="plaintext"/><body>'
tu() { # tuid date note ko en
	printf '<tu tuid="%s" changedate="%s"><note>%s</note><tuv xml:lang="ko-KR"><seg>%s</seg></tuv><tuv xml:lang="en-US"><seg>%s</seg></tuv></tu>\n' "$@"
}
{ echo "$hdr"
  tu a1 20240101T000000Z old "안녕하세요." "Hello."
  tu a2 20240101T000000Z x "고맙습니다." "Thank you."
  echo '</body></tmx>'; } > "$T/a.tmx"
{ echo "$hdr"
  tu b1 20250101T000000Z new "안녕하세요." "Hello."
  tu b2 20240101T000000Z y "고맙습니다." "Thanks a lot."
  printf '<tu tuid="b3"><tuv xml:lang="ko-KR"><seg>\341\204\222\341\205\241\341\206\253</seg></tuv><tuv xml:lang="en-US"><seg>one</seg></tuv></tu>\n'
  echo '</body></tmx>'; } > "$T/b.tmx"
run tmx merge "$T/a.tmx" "$T/b.tmx" -o "$T/m.tmx"
expect_rc 0
expect_err_has "5 units read, 1 exact duplicate removed, 1 conflicting translation kept"
expect_err_has "4 units written"
expect_err_has "1 segment normalized to Unicode NFC"
expect_err_has "'고맙습니다.' is translated 'Thanks a lot.' here and differently at"
[ "$(grep -c '<tu ' "$T/m.tmx")" -eq 4 ] || fail "unit count"
grep -q '<note>new</note>' "$T/m.tmx" || fail "newest metadata not kept"
grep -q '<note>old</note>' "$T/m.tmx" && fail "older duplicate kept"
grep -q 'tuid="2-b1"' "$T/m.tmx" || fail "tuid prefix"
grep -q '<seg>한</seg>' "$T/m.tmx" || fail "NFC"
grep -q 'Thank you.' "$T/m.tmx" && grep -q 'Thanks a lot.' "$T/m.tmx" || fail "conflict not kept"
run tmx validate "$T/m.tmx"
expect_rc 0
run tmx merge "$T/a.tmx" - -o "$T/x.tmx"
expect_rc 2
run tmx merge "$T/a.tmx" "$T/missing.tmx" -o "$T/x.tmx"
expect_rc 66
[ ! -e "$T/x.tmx" ] || fail "output left behind"
exit 0
