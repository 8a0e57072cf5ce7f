#!/bin/sh
# A checklist rule reports every match in a unit, each with its own span,
# not only the first (the text report quotes each match); a unit with very
# many matches stops at BITEXT_MAX_CHECKLIST_MATCHES findings a rule
# (src/util/limits.h).
. tests/cli/lib.sh
cat > "$T/c.checklist" <<'CL'
[us-date]
severity = warning
message = dates are written "March 5, 2024"
target = \b\d{1,2}/\d{1,2}/\d{4}\b

[hanja-left]
severity = info
message = a Hanja word in the source
source = \p{Han}+

[company-name]
severity = error
message = ACME stays ACME
source = 에이씨미
target = ACME
when = source-not-target
CL
printf 'ko\ten\n%s\t%s\n' '행사는 3월 5일과 4월 6일, 5월 7일에 열린다.' \
	'The events are on 3/5/2024, 4/6/2024 and 5/7/2024.' > "$T/m.tsv"
run check --checklist "$T/c.checklist" -f jsonl "$T/m.tsv"
expect_rc 0
n=$(grep -c '"rule": "us-date"' "$T/out")
[ "$n" -eq 3 ] || { cat "$T/out"; fail "3 dates, $n findings"; }
for span in '\[18, 26\]' '\[28, 36\]' '\[41, 49\]'; do
	grep '"rule": "us-date"' "$T/out" | grep -q "\"target_span\": $span" ||
		{ cat "$T/out"; fail "no date finding at $span"; }
done
# the text report shows each match, so that the lines read apart
run check --checklist "$T/c.checklist" "$T/m.tsv"
expect_out_has '[checklist:us-date] dates are written "March 5, 2024" (at “3/5/2024”)'
expect_out_has '[checklist:us-date] dates are written "March 5, 2024" (at “5/7/2024”)'
# a source-side rule: each run of Han, each with its span
printf 'ko\ten\n%s\t%s\n' '韓國 경제와 日本 경제' 'The economies of Korea and Japan' > "$T/h.tsv"
run check --checklist "$T/c.checklist" -f jsonl "$T/h.tsv"
n=$(grep -c '"rule": "hanja-left"' "$T/out")
[ "$n" -eq 2 ] || { cat "$T/out"; fail "2 Hanja words, $n findings"; }
grep '"rule": "hanja-left"' "$T/out" | grep -q '"source_span": \[7, 9\]' || fail "the second Hanja span"
# source-not-target: every source match while the target lacks the name
printf 'ko\ten\n%s\t%s\n' '에이씨미와 에이씨미 코리아' 'Acme and Acme Korea' > "$T/a.tsv"
run check --checklist "$T/c.checklist" -f jsonl "$T/a.tsv"
n=$(grep -c '"rule": "company-name"' "$T/out")
[ "$n" -eq 2 ] || { cat "$T/out"; fail "2 names left, $n findings"; }
# a clean unit stays silent
printf 'ko\ten\n%s\t%s\n' '에이씨미와 에이씨미 코리아' 'ACME and ACME Korea' > "$T/ok.tsv"
run check --checklist "$T/c.checklist" -f jsonl "$T/ok.tsv"
grep -q '"checklist"' "$T/out" && { cat "$T/out"; fail "a clean unit reported"; }
# the cap
cap=$(sed -n 's/^#define BITEXT_MAX_CHECKLIST_MATCHES \([0-9]*\).*/\1/p' src/util/limits.h)
[ -n "$cap" ] || fail "no BITEXT_MAX_CHECKLIST_MATCHES in limits.h"
awk 'BEGIN { printf "ko\ten\n날짜\t"; for (i = 0; i < 1000; i++) printf "1/2/2024 "; printf "\n" }' > "$T/many.tsv"
run check --checklist "$T/c.checklist" -f jsonl "$T/many.tsv"
n=$(grep -c '"rule": "us-date"' "$T/out")
[ "$n" -eq "$cap" ] || fail "1000 matches gave $n findings, the cap is $cap"
exit 0
