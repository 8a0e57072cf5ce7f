#!/bin/sh
# --lang may be left out only when the script settles it (Hangul, Kana)
. tests/cli/lib.sh
printf 'Plain English text.\n' > "$T/en.txt"
run segment "$T/en.txt"
expect_rc 2
expect_err_has "give it with --lang"
printf '北京天气晴朗。\n' > "$T/zh.txt"
run segment "$T/zh.txt"
expect_rc 2
printf '東京は晴れです。明日も晴れるでしょう。\n' > "$T/ja.txt"
run segment "$T/ja.txt"
expect_rc 0
expect_out_is "東京は晴れです。
明日も晴れるでしょう。"
run segment --lang en "$T/en.txt"
expect_rc 0
expect_out_is "Plain English text."
