#!/bin/sh
# U+2028 and U+2029 are valid in JSON but end a line in JavaScript: every
# JSON output of the tool writes them as \u2028 and \u2029 (segment's file
# name, align's sentences, tmx convert's tuid and text, check's unit id).
. tests/cli/lib.sh
LS=$(printf '\342\200\250') PS=$(printf '\342\200\251')
raw_free() { # what: no raw U+2028/9 left on stdout, and the escape is there
	if grep -q "$LS\|$PS" "$T/out"; then fail "$1: raw U+2028/9 in the JSON"; fi
	expect_out_has '\u2028'
}
printf 'One sentence.\n' > "$T/a${LS}b.txt"
run segment --format json --lang en "$T/a${LS}b.txt"
expect_rc 0
raw_free "segment"
printf '안녕\342\200\250하세요.\n둘째\342\200\251문장.\n' > "$T/ko.seg"
printf 'Hello\342\200\250world.\nSecond\342\200\251one.\n' > "$T/en.seg"
run align --segmented --format jsonl "$T/ko.seg" "$T/en.seg"
expect_rc 0
raw_free "align"
expect_out_has '\u2029'
cat > "$T/m.tmx" <<EOT
<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1"
 segtype="sentence" o-tmf="t" adminlang="en" srclang="ko" datatype="plaintext"/>
<body><tu tuid="a${LS}b"><tuv xml:lang="ko"><seg>안녕${PS}하세요.</seg></tuv>
<tuv xml:lang="en"><seg>Hello${LS}  world.</seg></tuv></tu></body></tmx>
EOT
run tmx convert "$T/m.tmx" --to jsonl
expect_rc 0
raw_free "tmx convert"
expect_out_has '"tuid":"a\u2028b"'
run check -f jsonl "$T/m.tmx"
expect_rc 0
raw_free "check"
expect_out_has '"unit": "a\u2028b"'
exit 0
