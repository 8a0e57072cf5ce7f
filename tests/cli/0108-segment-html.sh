#!/bin/sh
# an HTML article: boilerplate dropped, block elements become paragraphs;
# chosen from the content, --input-format html or --format html
. tests/cli/lib.sh
f=tests/data/text/article.html
for opt in "" "--input-format html" "--format html"; do
	run segment --lang en $opt "$f"
	expect_rc 0
	expect_out_has "First snow of the winter falls on Seoul"
	expect_out_has "umbrellas & hoods."
	expect_out_has "A div with its own text."
	for bad in "Example News" Sports tracker font-family "ads()" Related Search "Hidden text" Copyright; do
		grep -qF -- "$bad" "$T/out" && fail "boilerplate kept: $bad"
	done
done
run segment --lang en --format json "$f"
expect_out_has '"kind":"heading","text":"First snow of the winter falls on Seoul"'
expect_out_has '"kind":"list-item"'
expect_out_has '"kind":"quote"'
run segment tests/data/text/ko-cp949.html
expect_rc 0
expect_out_has "똠방각하"
expect_out_has "서울에 첫눈이 내렸다."
