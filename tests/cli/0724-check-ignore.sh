# bitext check --ignore FILE: findings marked "not a problem" (check id,
# the unit's source text, the text the finding points at) are left out and
# counted in every summary, also after the memory is rebuilt with its units
# in another order; a bad line is an error with file and line
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
[ "$(grep -c . "$T/out")" -eq 4 ] || { cat "$T/out"; fail "expected 4 findings"; }
# a number of unit 1 (4만7000명 said as 87,000: one finding, known by its
# target span) and the misspelling of unit 2
printf '# bitext ignore\nnumber\t%s\t87,000 people\nspelling\t%s\tmeeing\n' "$s1" "$s2" > "$T/ig"
run check "$T/m.tsv" --ignore "$T/ig"
expect_rc 1
[ "$(grep -c . "$T/out")" -eq 2 ] || { cat "$T/out"; fail "expected 2 findings left"; }
grep -q '4만7000명' "$T/out" && fail "ignored number still reported"
grep -q 'meeing' "$T/out" && fail "ignored misspelling still reported"
expect_out_has '“21”'
expect_out_has 'goverment'
expect_err_has "2 findings marked not a problem (--ignore) left out"
# a rebuilt memory: other unit numbers, one unit more; the marks hold
printf 'ko\ten\n%s\t%s\n%s\t%s\n%s\t%s\n%s\t%s\n' "$s3" "$t3" "$s2" "$t2" \
	'가격은 5달러다.' 'The price is $5.' "$s1" "$t1" > "$T/m2.tsv"
run check "$T/m2.tsv" --ignore "$T/ig" -f jsonl
expect_rc 1
tail -n 1 "$T/out" | grep -qx '{"summary": {"units": 4, "findings": 2, "ignored": 2}}' ||
	{ cat "$T/out"; fail "jsonl summary line"; }
grep -q '"unit": 4, "check": "number"' "$T/out" || fail "unit 1 is unit 4 now"
# the HTML report says how many were left out
run check "$T/m.tsv" --ignore "$T/ig" -f html -o "$T/r.html"
grep -q '<span id="ignored">(2 findings marked not a problem left out)</span>' "$T/r.html" ||
	fail "html summary"
# everything marked: nothing fails; the marks of two files add up
printf 'number\t%s\t21\nspelling\t%s\tgoverment\n' "$s1" "$s3" > "$T/ig2"
run check "$T/m.tsv" --ignore "$T/ig" --ignore "$T/ig2"
expect_rc 0
expect_err_has "4 findings marked not a problem"
# -f ignore: every finding as an ignore line, a baseline that accepts all
run check "$T/m.tsv" -f ignore -o "$T/base"
expect_rc 1
[ "$(grep -vc '^#' "$T/base")" -eq 4 ] || { cat "$T/base"; fail "4 ignore lines"; }
run check "$T/m2.tsv" --ignore "$T/base"
expect_rc 0
expect_err_has "4 findings marked not a problem"
# without --ignore, no summary line and no jsonl trailer
run check "$T/m.tsv" -f jsonl
grep -q summary "$T/out" && fail "summary without --ignore"
# bad lines: unknown check, too few or too many fields; a missing file
printf '# bitext ignore\nnumbers\t%s\t4만7000명\n' "$s1" > "$T/bad"
run check "$T/m.tsv" --ignore "$T/bad"
expect_rc 65
expect_err_has "$T/bad:2:1: unknown check 'numbers'"
printf '\nnumber\t%s\n' "$s1" > "$T/bad"
run check "$T/m.tsv" --ignore "$T/bad"
expect_rc 65
expect_err_has "$T/bad:2:"
expect_err_has "three fields"
printf 'number\ta\tb\tc\n' > "$T/bad"
run check "$T/m.tsv" --ignore "$T/bad"
expect_rc 65
expect_err_has "$T/bad:1:12:"
run check "$T/m.tsv" --ignore "$T/nonexistent"
expect_rc 66
exit 0
