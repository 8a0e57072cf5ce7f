#!/bin/sh
# legacy encodings named with --encoding: EUC-KR, Shift_JIS, windows-1252;
# Shift_JIS is also detected; an unknown name is a usage error
. tests/cli/lib.sh
printf '서울에 눈이 왔다.\n' | iconv -f UTF-8 -t EUC-KR > "$T/kr.txt"
run segment --encoding EUC-KR "$T/kr.txt"
expect_rc 0
expect_out_is "서울에 눈이 왔다."
run segment --encoding Shift_JIS tests/data/text/ja-sjis.txt
expect_rc 0
expect_out_has "東京では今朝、今年初めての雪が観測されました。"
run segment tests/data/text/ja-sjis.txt
expect_rc 0
expect_err_has "reading it as Shift_JIS (detected"
printf 'Caf\351 cr\350me \2005.\n' > "$T/w.txt"
run segment --lang fr --encoding windows-1252 "$T/w.txt"
expect_rc 0
expect_out_is "Café crème €5."
run segment --lang fr --encoding no-such-charset "$T/w.txt"
expect_rc 2
expect_err_has "unknown encoding 'no-such-charset'"
