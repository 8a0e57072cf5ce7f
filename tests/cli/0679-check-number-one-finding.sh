#!/bin/sh
# A number that differs is one finding that names both numbers and carries
# both spans, not a "missing" finding plus an "extra" one.
. tests/cli/lib.sh
. tests/cli/numcase.sh
differs ko en '예산은 2억 달러다.' 'The budget is $300 million.'
differs ko en '4만7000명이 참가했다.' '47,500 people took part.'
differs ko en '물가가 3.5% 올랐다.' 'Prices rose 3.6%.'
differs ko en '피해액은 120억 원이다.' 'The damage came to 13 billion won.'
dropped ko en '피해액은 120억 원, 부상자는 35명이다.' 'The damage came to 12 billion won.'
printf 'source\ttarget\n예산은 2억 달러다.\tThe budget is $300 million.\n' > "$T/p.tsv"
run check -s ko -l en -p "$T/num.profile" "$T/p.tsv"
expect_rc 1
expect_out_has '“2억 달러”'
expect_out_has '“$300 million”'
[ "$(grep -c '\[number\]' "$T/out")" -eq 1 ] || { cat "$T/out"; fail "two findings for one number"; }
run check -s ko -l en -p "$T/num.profile" -f jsonl "$T/p.tsv"
expect_out_has '"source_span": [4, 9]'
expect_out_has '"target_span": [14, 26]'
num_done
