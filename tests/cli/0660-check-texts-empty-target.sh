#!/bin/sh
# Two texts whose target is empty: the translation is missing, an error for
# each source sentence, not an omission warning; exit 1.
. tests/cli/lib.sh
printf '정부가 발표했다.\n북한이 발사했다.\n' > "$T/s.txt"
: > "$T/t.txt"
run check -s ko -l en "$T/s.txt" "$T/t.txt"
expect_rc 1
expect_out_has "unit 1: error: [empty] the target is empty"
expect_out_has "unit 2: error: [empty] the target is empty"
# a target that leaves one sentence out stays an omission warning
printf 'The government announced it.\n' > "$T/t1.txt"
run check -s ko -l en "$T/s.txt" "$T/t1.txt"
if grep -q 'error: \[empty\]' "$T/out"; then fail "one omission read as an empty target"; fi
exit 0
