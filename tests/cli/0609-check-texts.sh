#!/bin/sh
# Two texts: segmented and aligned, then checked unit by unit.
. tests/cli/lib.sh
printf '북한이 미사일을 발사했다.\n\n정부는 4만7000명을 동원했다.\n' > "$T/ko.txt"
printf 'North Korea fired a missile.\n\nThe government mobilized 74,000 people.\n' > "$T/en.txt"
run check -s ko -l en -f jsonl "$T/ko.txt" "$T/en.txt"
expect_rc 1
expect_out_has '"check": "number"'
expect_out_has '"unit": 2'
run check --fix all "$T/ko.txt" "$T/en.txt"
expect_rc 2
exit 0
