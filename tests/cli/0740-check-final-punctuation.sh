#!/bin/sh
# Final punctuation: a target that lacks the kind of mark the source ends
# with (a statement's period, a question's question mark, an exclamation)
# is a finding, across scripts (。．？！ and . ? !) and after closing quotes
# and brackets; headlines and list items without a mark on both sides, a
# Korean sentence ending in 다 without a period, a target ending in a
# colon, and a mark inside closing quotes stay silent.
. tests/cli/lib.sh
printf '%s\n' 'source	target' \
	'정부는 내년 예산을 늘리기로 했다.	The government decided to raise next year'"'"'s budget' \
	'회의는 언제 열리나요?	When will the meeting be held' \
	'정말 놀라운 결과다!	What a surprising result' \
	'그는 “내일 가겠다”고 말했다.	He said “I will go tomorrow”' \
	'会議はいつですか？	When is the meeting' \
	'経済は成長した。	The economy grew' \
	> "$T/miss.tsv"
run check -s ko -l en -f jsonl "$T/miss.tsv"
for u in 1 2 3 4; do
	grep -q "^{\"unit\": $u, \"check\": \"punctuation\", \"severity\": \"warning\"" "$T/out" ||
		{ cat "$T/out"; fail "unit $u: the lost final mark is not reported"; }
done
grep '"unit": 2, "check": "punctuation"' "$T/out" | grep -q '?' || fail "unit 2: the question mark is not named"
run check -s ja -l en -f jsonl "$T/miss.tsv"
for u in 5 6; do
	grep -q "^{\"unit\": $u, \"check\": \"punctuation\", \"severity\": \"warning\"" "$T/out" ||
		{ cat "$T/out"; fail "unit $u (。？): the lost final mark is not reported"; }
done
# clean: marks of either script, closing quotes and brackets after the
# mark, headlines and list items on both sides, 다 without a period
printf '%s\n' 'source	target' \
	'정부는 예산을 늘리기로 했다.	The government decided to raise the budget.' \
	'회의는 언제 열리나요?	When will the meeting be held?' \
	'그는 “내일 가겠다”고 말했다.	He said, “I will go tomorrow.”' \
	'그는 내일 간다(예정).	He leaves tomorrow (as planned).' \
	'북한, 미사일 발사	North Korea fires a missile' \
	'1. 예산 확대	1. A larger budget' \
	'정부는 예산을 늘리기로 했다	The government decided to raise the budget' \
	'정부는 예산을 늘리기로 했다	The government decided to raise the budget.' \
	'다음과 같다.	They are as follows:' \
	'정말 놀라운 결과다!	What a surprising result.' \
	'그런데…	But' \
	> "$T/ok.tsv"
run check -s ko -l en -f jsonl "$T/ok.tsv"
if grep '"check": "punctuation"' "$T/out"; then fail "clean final punctuation reported"; fi
printf '%s\n' 'source	target' '経済は成長した。	The economy grew.' '本当ですか？	Really?' > "$T/ok-ja.tsv"
run check -s ja -l en -f jsonl "$T/ok-ja.tsv"
if grep '"check": "punctuation"' "$T/out"; then fail "clean Japanese final punctuation reported"; fi
exit 0
