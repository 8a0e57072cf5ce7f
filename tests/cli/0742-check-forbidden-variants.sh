#!/bin/sh
# Forbidden variants: a forbidden target term that is a shortened or an
# inflected form of an accepted one is found; inflection-aware matching
# does not let a forbidden term pass as the accepted one (nor the reverse):
# the longest and most exact match wins.
. tests/cli/lib.sh
printf '%s\n' '# bitext-glossary ko en' \
	'외환은행	Korea Exchange Bank	preferred' \
	'외환은행	Korea Exchange	forbidden' \
	'현대자동차	Hyundai Motor	preferred' \
	'현대자동차	Hyundai Motors	forbidden' \
	'사과	apple	preferred' \
	'사과	apples	forbidden' > "$T/terms.tsv"
printf '%s\n' 'source	target' \
	'외환은행이 문을 열었다.	Korea Exchange opened its doors.' \
	'현대자동차가 신차를 냈다.	Hyundai Motors launched a new car.' \
	'사과 하나를 샀다.	She bought apples.' \
	> "$T/bad.tsv"
run check -s ko -l en -t "$T/terms.tsv" -f jsonl "$T/bad.tsv"
for u in 1 2 3; do
	grep -q "^{\"unit\": $u, \"check\": \"forbidden\", \"severity\": \"error\"" "$T/out" ||
		{ cat "$T/out"; fail "unit $u: the forbidden variant is not found"; }
done
grep '"unit": 2, "check": "forbidden"' "$T/out" | grep -q '"suggestion": "Hyundai Motor"' ||
	fail "unit 2: the accepted term is not suggested"
# the accepted forms, inflected or possessive, pass; the longer accepted
# term shadows the shorter forbidden one inside it
printf '%s\n' 'source	target' \
	'외환은행이 문을 열었다.	Korea Exchange Bank opened its doors.' \
	'현대자동차가 신차를 냈다.	Hyundai Motor launched a new car.' \
	'현대자동차의 신차가 나왔다.	Hyundai Motor'"'"'s new car is out.' \
	'사과 하나를 샀다.	She bought an apple.' \
	> "$T/ok.tsv"
run check -s ko -l en -t "$T/terms.tsv" -f jsonl "$T/ok.tsv"
if grep -E '"check": "(forbidden|terminology)"' "$T/out"; then fail "accepted terms reported"; fi
exit 0
