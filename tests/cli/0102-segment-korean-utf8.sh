#!/bin/sh
# Korean UTF-8 (with and without BOM): the language comes from the script,
# one sentence a line, an empty line between paragraphs and between files
. tests/cli/lib.sh
printf '첫 문장입니다. 둘째 문장입니다.\n\n셋째 문단입니다.\n' > "$T/a.txt"
printf '\357\273\277넷째 문장입니다.\n' > "$T/bom.txt"
run segment "$T/a.txt" "$T/bom.txt"
expect_rc 0
printf '첫 문장입니다.\n둘째 문장입니다.\n\n셋째 문단입니다.\n\n넷째 문장입니다.\n' > "$T/want"
cmp -s "$T/want" "$T/out" || { diff "$T/want" "$T/out"; fail "output differs"; }
[ ! -s "$T/err" ] || { cat "$T/err"; fail "unexpected stderr"; }
