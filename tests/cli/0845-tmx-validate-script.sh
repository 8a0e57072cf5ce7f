#!/bin/sh
# tmx validate says when a language's variants are mostly in a script that
# language is not written in - Korean text under en, English under ko: the
# languages swapped - once per language, at its first variant; memories
# whose languages fit their text stay valid, a few English names inside
# Korean text included. TMX, XLIFF and PO alike.
. tests/cli/lib.sh
tmx() {   # tmx FILE LANG1 LANG2: three units, Korean text under LANG1
	{ printf '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="%s" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>\n' "$2"
	  printf '<tu><tuv xml:lang="%s"><seg>%s</seg></tuv><tuv xml:lang="%s"><seg>%s</seg></tuv></tu>\n' \
		"$2" '정부가 월요일에 새로운 경제 정책을 발표했다.' "$3" 'The government announced a new economic policy on Monday.' \
		"$2" '삼성전자의 Galaxy S24가 다음 달 출시된다.' "$3" 'Samsung Electronics will release the Galaxy S24 next month.' \
		"$2" '회의는 서울에서 열린다.' "$3" 'The meeting takes place in Seoul.'
	  printf '</body></tmx>\n'; } > "$1"
}
tmx "$T/ok.tmx" ko en
tmx "$T/sw.tmx" en ko
run tmx validate "$T/ok.tmx"
expect_rc 0
run tmx validate "$T/sw.tmx"
expect_rc 1
expect_out_has "sw.tmx:3:1: the variants in 'en' are mostly in a script en is not written in (they look like ko): are the languages swapped?"
expect_out_has "sw.tmx:3:1: the variants in 'ko' are mostly in a script ko is not written in (they look like en)"
[ "$(wc -l < "$T/out")" -eq 2 ] || { cat "$T/out"; fail "one problem a language expected"; }
# a PO file whose Language is not the language of its msgstrs
printf '%s\n' 'msgid ""' 'msgstr ""' '"Content-Type: text/plain; charset=UTF-8\n"' '"Language: ja\n"' '' \
	'msgid "The government announced a new economic policy on Monday."' \
	'msgstr "정부가 월요일에 새로운 경제 정책을 발표했다."' > "$T/sw.po"
run tmx validate "$T/sw.po"
expect_rc 1
expect_out_has "the variants in 'ja' are mostly in a script ja is not written in (they look like ko)"
exit 0
