#!/bin/sh
# Source script left in the target: each run of the source's script (Hangul,
# Han, Kana, Cyrillic) in a target of another script is one `untranslated`
# finding, whether or not the word is a term; a name the termbase lists as
# a target term, or one the user allows (checklist `allow =`, --allow),
# passes; a target mostly in the source's script stays one finding.
. tests/cli/lib.sh
printf '%s\n' 'source	target' \
	'한국거래소는 오늘 새 규정을 발표했다.	한국거래소 announced new rules today.' \
	'삼성전자 주가가 올랐다.	Shares of 삼성 전자 rose, analysts at 미래에셋 said.' \
	'美 국무부는 성명을 냈다.	The 美 State Department issued a statement.' \
	> "$T/ko.tsv"
run check -s ko -l en -f jsonl "$T/ko.tsv"
n1=$(grep -c '"unit": 1, "check": "untranslated"' "$T/out")
n2=$(grep -c '"unit": 2, "check": "untranslated"' "$T/out")
n3=$(grep -c '"unit": 3, "check": "untranslated"' "$T/out")
[ "$n1" -eq 1 ] && [ "$n2" -eq 2 ] && [ "$n3" -eq 1 ] ||
	{ cat "$T/out"; fail "runs of Hangul/Han in the target: $n1 $n2 $n3 findings, expected 1 2 1"; }
grep '"unit": 2, "check": "untranslated"' "$T/out" | grep -q '"target_span": \[10, 15\]' ||
	{ cat "$T/out"; fail "the run 삼성 전자 is not one finding at [10, 15]"; }
grep -q '"unit": 1, "check": "untranslated", "severity": "warning"' "$T/out" ||
	fail "a Hangul run is not a warning"
# Russian and Japanese sources
printf '%s\n' 'source	target' 'Компания Газпром выросла.	The company Газпром grew.' > "$T/ru.tsv"
run check -s ru -l en -f jsonl "$T/ru.tsv"
[ "$(grep -c '"check": "untranslated"' "$T/out")" -eq 1 ] || { cat "$T/out"; fail "Cyrillic run"; }
printf '%s\n' 'source	target' 'トヨタが発表した。	トヨタ announced it.' > "$T/ja.tsv"
run check -s ja -l en -f jsonl "$T/ja.tsv"
[ "$(grep -c '"check": "untranslated"' "$T/out")" -eq 1 ] || { cat "$T/out"; fail "Katakana run"; }
# a target term of the termbase, and an allowed name, pass
printf '# bitext-glossary ko en\n한국거래소\t한국거래소\n' > "$T/terms.tsv"
run check -s ko -l en -t "$T/terms.tsv" -f jsonl "$T/ko.tsv"
if grep -q '"unit": 1, "check": "untranslated"' "$T/out"; then cat "$T/out"; fail "a target term reported"; fi
printf 'allow = 미래에셋\n' > "$T/allow.checklist"
run check -s ko -l en --checklist "$T/allow.checklist" -f jsonl "$T/ko.tsv"
[ "$(grep -c '"unit": 2, "check": "untranslated"' "$T/out")" -eq 1 ] || { cat "$T/out"; fail "checklist allow = ignored"; }
run check -s ko -l en --allow 미래에셋 --allow '삼성 전자' -f jsonl "$T/ko.tsv"
if grep -q '"unit": 2, "check": "untranslated"' "$T/out"; then cat "$T/out"; fail "--allow ignored"; fi
# clean: no source script in the target; a target mostly in the source's
# script is one finding, not one per run
printf '%s\n' 'source	target' '한국거래소는 새 규정을 발표했다.	The Korea Exchange announced new rules.' \
	'서울 – 2024년 3월	Seoul – March 2024' > "$T/ok.tsv"
run check -s ko -l en -f jsonl "$T/ok.tsv"
if grep '"check": "untranslated"' "$T/out"; then fail "clean target reported"; fi
printf '%s\n' 'source	target' '한국거래소는 오늘 새 규정을 발표했다.	한국거래소는 오늘 new 규정을 발표했다.' > "$T/most.tsv"
run check -s ko -l en -f jsonl "$T/most.tsv"
[ "$(grep -c '"check": "untranslated"' "$T/out")" -eq 1 ] || { cat "$T/out"; fail "mostly Hangul: not one finding"; }
exit 0
