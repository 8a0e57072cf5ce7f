#!/bin/sh
# Korean rules: quotations continued by 라고/며/고 stay one sentence, even
# with several sentences inside; no space after a period still breaks;
# dates like "2024. 3. 5." and a dateline do not break
. tests/cli/lib.sh
# the sentences as printed, without the blank line that may end the output
trim_out() {
	awk '{ a[NR] = $0 } END { n = NR; while (n > 0 && a[n] == "") n--;
		for (i = 1; i <= n; i++) print a[i] }' "$T/out" > "$T/out.trim"
	mv "$T/out.trim" "$T/out"
}
cat > "$T/ko.txt" <<'TXT'
(서울=연합뉴스) 김철수 기자 = 김 장관은 “경제가 회복되고 있다. 하지만 위험 요인은 여전하다”라고 말했다.수출은 늘었다. 그는 "사실이 아니다."라고 반박했다.

행사는 2024. 3. 5. 오후 2시에 열린다. 그는 “끝까지 싸우겠다!”며 주먹을 쥐었다.
TXT
run segment --lang ko "$T/ko.txt"
expect_rc 0
trim_out
expect_out_is '(서울=연합뉴스) 김철수 기자 = 김 장관은 “경제가 회복되고 있다. 하지만 위험 요인은 여전하다”라고 말했다.
수출은 늘었다.
그는 "사실이 아니다."라고 반박했다.

행사는 2024. 3. 5. 오후 2시에 열린다.
그는 “끝까지 싸우겠다!”며 주먹을 쥐었다.'
