# The check report's "not a problem" marks in a real browser
# (tests/browser/check-ignore.mjs: mouse, keyboard, reload, save), then the
# saved ignore list given to bitext check --ignore: the two marked findings
# are left out and counted, also in a memory rebuilt in another order
. tests/cli/lib.sh
s1='서울 도심 집회에는 경찰 추산 4만7000명이 모였고 부상자는 12명이었다.'
s2='회의는 오후 3시에 청와대에서 열린다.'
s3='정부는 피해 복구에 2억 달러를 지원하기로 했다.'
t1='About 87,000 people gathered at the rally in downtown Seoul, according to police estimates, and 21 were hurt.'
t2='The meeing will be held at Cheong Wa Dae at 3 p.m.'
t3='The goverment decided to provide $200 million for recovery.'
printf 'ko\ten\n%s\t%s\n%s\t%s\n%s\t%s\n' "$s1" "$t1" "$s2" "$t2" "$s3" "$t3" > "$T/m.tsv"
run check "$T/m.tsv"
expect_rc 1
cp "$T/out" "$T/before"
[ "$(grep -c . "$T/before")" -eq 4 ] || { cat "$T/before"; fail "expected 4 findings"; }
run check "$T/m.tsv" -f html -o "$T/report.html"
expect_rc 1
browser_test check-ignore.mjs "$T/report.html" "$T"
[ "$(head -n 1 "$T/saved.ignore")" = "# bitext ignore" ] || fail "saved list header"
[ "$(grep -vc '^#' "$T/saved.ignore")" -eq 2 ] || { cat "$T/saved.ignore"; fail "2 marks saved"; }
run check "$T/m.tsv" --ignore "$T/saved.ignore"
expect_rc 0     # the two errors were the ones marked; two warnings are left
expect_err_has "2 findings marked not a problem (--ignore) left out"
# the first two findings (marked in the page) are gone, the others stay
sed -n '3,4p' "$T/before" > "$T/want"
diff "$T/want" "$T/out" || fail "not the marked findings left out"
# the same memory rebuilt with its units in another order
printf 'ko\ten\n%s\t%s\n%s\t%s\n%s\t%s\n' "$s3" "$t3" "$s2" "$t2" "$s1" "$t1" > "$T/m2.tsv"
run check "$T/m2.tsv" --ignore "$T/saved.ignore" -f html -o "$T/r2.html"
expect_err_has "2 findings marked not a problem"
grep -q '<span id="ignored">(2 findings marked not a problem left out)</span>' "$T/r2.html" ||
	fail "the report counts the ignored findings"
exit 0
