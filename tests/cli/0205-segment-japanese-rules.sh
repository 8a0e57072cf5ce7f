#!/bin/sh
# Japanese: 。！？ end sentences; 「…。」と述べた and quotations with several
# sentences continued by a particle stay one sentence
. tests/cli/lib.sh
# the sentences as printed, without the blank line that may end the output
trim_out() {
	awk '{ a[NR] = $0 } END { n = NR; while (n > 0 && a[n] == "") n--;
		for (i = 1; i <= n; i++) print a[i] }' "$T/out" > "$T/out.trim"
	mv "$T/out.trim" "$T/out"
}
printf '首相は「景気は回復している。」と述べた。彼は「もう無理だ。帰りたい。」と言った。本当？信じられない！\n' > "$T/ja.txt"
run segment --lang ja "$T/ja.txt"
expect_rc 0
trim_out
expect_out_is '首相は「景気は回復している。」と述べた。
彼は「もう無理だ。帰りたい。」と言った。
本当？
信じられない！'
