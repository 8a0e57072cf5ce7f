#!/bin/sh
# Japanese: 。！？ end sentences; 「…。」と述べた and quotations with several
# sentences continued by a particle stay one sentence
. tests/cli/lib.sh
printf '首相は「景気は回復している。」と述べた。彼は「もう無理だ。帰りたい。」と言った。本当？信じられない！\n' > "$T/ja.txt"
run segment --lang ja "$T/ja.txt"
expect_rc 0
expect_out_is '首相は「景気は回復している。」と述べた。
彼は「もう無理だ。帰りたい。」と言った。
本当？
信じられない！
'
