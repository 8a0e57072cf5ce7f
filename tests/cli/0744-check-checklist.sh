#!/bin/sh
# The user's own checks: --checklist FILE of rules, each with an id, a
# severity, a message and ICU regular expressions on the source and/or the
# target with a pairing condition. Findings carry the rule's id in every
# report format; errors in the file name file, line and column.
. tests/cli/lib.sh
cat > "$T/acme.checklist" <<'CL'
# ACME, Korean -> English
[us-date]
severity = warning
message = dates are written "March 5, 2024", not 5/3/2024
target = \b\d{1,2}/\d{1,2}/\d{2,4}\b

[no-double-exclamation]
severity = info
message = no "!!" in ACME texts
target = !{2,}

[galaxy-in-english]
severity = error
message = the product name Galaxy stays in English
source = 갤럭시|Galaxy
target = \bGalaxy\b

[same-parentheses]
severity = warning
message = the target has another number of parenthesized remarks
source = [(（]
target = \(
when = count

[breaking-twice]
severity = info
message = "breaking" is already in the headline style
source = ^\[속보\]
target = (?i)^breaking
when = both
CL
printf '%s\n' 'source	target' \
	'행사는 2024년 3월 5일에 열린다.	The event takes place on 3/5/2024.' \
	'정말 멋지다!!	Really great!!' \
	'갤럭시 S24가 나왔다.	The 갤럭시 S24 is out.' \
	'삼성(005930)과 LG(066570)가 올랐다.	Samsung (005930) and LG rose.' \
	'[속보] 지진 발생	Breaking: earthquake' \
	> "$T/bad.tsv"
run check -s ko -l en --checklist "$T/acme.checklist" -f jsonl "$T/bad.tsv"
expect_rc 1
for r in '1 us-date warning' '2 no-double-exclamation info' '3 galaxy-in-english error' \
	'4 same-parentheses warning' '5 breaking-twice info'; do
	set -- $r
	grep -q "^{\"unit\": $1, \"check\": \"checklist\", \"rule\": \"$2\", \"severity\": \"$3\"" "$T/out" ||
		{ cat "$T/out"; fail "unit $1: rule $2 ($3) not reported"; }
done
grep '"rule": "us-date"' "$T/out" | grep -q '"target_span": \[25, 33\]' || fail "the date's span"
grep '"rule": "galaxy-in-english"' "$T/out" | grep -q '"source_span": \[0, 3\]' || fail "the source match's span"
grep '"rule": "same-parentheses"' "$T/out" | grep -q 'source 2, target 1' || fail "the counts are not in the message"
run check -s ko -l en --checklist "$T/acme.checklist" "$T/bad.tsv"
expect_out_has "$T/bad.tsv:unit 1: warning: [checklist:us-date] dates are written \"March 5, 2024\", not 5/3/2024"
run check -s ko -l en --checklist "$T/acme.checklist" -f html "$T/bad.tsv"
expect_out_has "[checklist:galaxy-in-english]"
# clean units stay silent
printf '%s\n' 'source	target' \
	'행사는 2024년 3월 5일에 열린다.	The event takes place on March 5, 2024.' \
	'정말 멋지다!	Really great!' \
	'갤럭시 S24가 나왔다.	The Galaxy S24 is out.' \
	'삼성(005930)과 LG(066570)가 올랐다.	Samsung (005930) and LG (066570) rose.' \
	'[속보] 지진 발생	Earthquake strikes' \
	> "$T/ok.tsv"
run check -s ko -l en --checklist "$T/acme.checklist" -f jsonl "$T/ok.tsv"
if grep '"checklist"' "$T/out"; then fail "clean units reported by the checklist"; fi
# two checklists; a profile turns them all off
printf '[no-colon-space]\nseverity = error\nmessage = no space before a colon\ntarget = \\s:\n' > "$T/more.checklist"
printf 'source\ttarget\n결과: 좋음\tResult : good\n' > "$T/colon.tsv"
run check -s ko -l en --checklist "$T/acme.checklist" --checklist "$T/more.checklist" "$T/colon.tsv"
expect_rc 1
expect_out_has "[checklist:no-colon-space] no space before a colon"
printf 'checklist = off\n' > "$T/off.profile"
run check -s ko -l en -p "$T/off.profile" --checklist "$T/more.checklist" "$T/colon.tsv"
if grep -q 'checklist' "$T/out"; then fail "checklist = off ignored"; fi
# errors name file, line and column
printf '[a]\nseverity = warning\nmessage = m\ntarget = ([a-z\n' > "$T/e1"
run check -s ko -l en --checklist "$T/e1" "$T/colon.tsv"
expect_rc 65
grep -q "^bitext: $T/e1:4:1[0-9]: .*regular expression" "$T/err" || { cat "$T/err"; fail "bad regex: no file:line:column"; }
printf '[a]\nseverity = loud\nmessage = m\ntarget = x\n' > "$T/e2"
run check -s ko -l en --checklist "$T/e2" "$T/colon.tsv"
expect_rc 65
expect_err_has "$T/e2:2:12: unknown severity 'loud'"
printf '[a]\nseverity = warning\ntarget = x\n' > "$T/e3"
run check -s ko -l en --checklist "$T/e3" "$T/colon.tsv"
expect_rc 65
expect_err_has "$T/e3:1:1: rule 'a' has no message"
printf '[a]\nseverity = warning\nmessage = m\ntarget = x\nwhen = sometimes\n' > "$T/e4"
run check -s ko -l en --checklist "$T/e4" "$T/colon.tsv"
expect_rc 65
expect_err_has "$T/e4:5:8: unknown condition 'sometimes'"
printf 'severity = warning\n' > "$T/e5"
run check -s ko -l en --checklist "$T/e5" "$T/colon.tsv"
expect_rc 65
expect_err_has "$T/e5:1:1:"
run check -s ko -l en --checklist "$T/nonexistent" "$T/colon.tsv"
expect_rc 66
# a pattern that backtracks without end is stopped, not run forever
printf '[slow]\nseverity = warning\nmessage = m\ntarget = (a+a+)+b\n' > "$T/slow"
printf 'source\ttarget\nx\t%s\n' "$(printf 'a%.0s' $(seq 1 40))" > "$T/a.tsv"
run check -s ko -l en --checklist "$T/slow" "$T/a.tsv"
expect_rc 65
expect_err_has "slow"
run check --help
expect_out_has "--checklist FILE"
exit 0
