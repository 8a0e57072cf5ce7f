#!/bin/sh
# Segmentation is linear in the input: Korean text without a blank line and
# without quotation marks is one paragraph, and the rule that holds a
# quotation together used to read to the paragraph's end from every
# sentence end (quadratic; U_REGEX_STACK_OVERFLOW past about 1 MB).
# LINEAR_KB sets the 1x size (default 2500 KB).
. tests/cli/lib.sh
# ko KB: hard-wrapped Korean prose of KB kilobytes, no blank line, no quote
ko() {
	awk -v want=$(($1 * 1024)) 'BEGIN {
		split("정부는|시장은|전문가들은|위원회는|회사는|시민들은", s, "|")
		split("새로운 계획을|올해 예산을|다음 달 일정을|수출 실적을|조사 결과를", o, "|")
		split("발표했다.|검토하고 있다.|설명했다.|공개할 예정이다.|확인했다고 밝혔다.", v, "|")
		line = ""; n = 0; i = 0
		while (n < want) {
			w = s[1 + i % 6] " " (i % 28 + 1) "일 " o[1 + i % 5] " " v[1 + i % 5]
			i++
			if (length(line) + length(w) > 70) { print line; n += length(line) + 1; line = w }
			else line = line (line == "" ? "" : " ") w
		}
		print line }'
}
kb=${LINEAR_KB:-2500}
ko $kb > "$T/k1.txt"
ko $((kb * 8)) > "$T/k8.txt"
t1=$(cpu_seconds "$BITEXT" segment --lang ko "$T/k1.txt") || fail "segment 1x failed"
t8=$(cpu_seconds timeout 600 "$BITEXT" segment --lang ko "$T/k8.txt") || fail "segment 8x failed"
expect_linear "segment ko, one paragraph" "$t1" "$t8"
# one paragraph it is: the segments are sentences, no paragraph break
"$BITEXT" segment --lang ko "$T/k1.txt" > "$T/seg" || fail "segment"
grep -q '^$' "$T/seg" && fail "the input has paragraph breaks; the test needs one paragraph"
[ "$(head -n 1 "$T/seg")" = "정부는 1일 새로운 계획을 발표했다." ] || { head -n 2 "$T/seg"; fail "first sentence wrong"; }
exit 0
