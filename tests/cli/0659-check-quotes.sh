#!/bin/sh
# Quotation marks: ‘…’, 「…」, 『…』 are quotation marks; the check keeps to
# balanced pairs inside each side and no longer compares how many quotations
# each side has (Korean quotes indirect speech English renders without quotes).
. tests/cli/lib.sh
printf 'source\ttarget\n봉준호 감독의 ‘기생충’이 상을 받았다.\tBong Joon-ho'"'"'s “Parasite” won the award.\n그는 “내일 가겠다”고 말했다.\tHe said he would go tomorrow.\n『토지』는 긴 소설이다.\tThe Land is a long novel.\n그는 「좋다」고 했다.\tHe said it'"'"'s fine and didn’t argue.\n' > "$T/ok.tsv"
run check -s ko -l en "$T/ok.tsv"
expect_rc 0
if grep -q 'quotation' "$T/out"; then fail "quotation counts compared across languages"; fi
if grep -q '\[punctuation\]' "$T/out"; then fail "clean quotes reported"; fi
# an opening ‘ never closed in the target is unbalanced; so is 『 in the source
printf 'source\ttarget\n‘기생충’이 상을 받았다.\t‘Parasite won the award.\n『토지는 긴 소설이다.\tThe Land is a long novel.\n' > "$T/bad.tsv"
run check -s ko -l en "$T/bad.tsv"
expect_out_has "$T/bad.tsv:unit 1: warning: [punctuation] unbalanced “‘ ’” in the target"
expect_out_has "$T/bad.tsv:unit 2:"
run check --help
expect_out_has "each side has is not compared"
exit 0
