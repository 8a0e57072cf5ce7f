#!/bin/sh
# the output reads back with --input-format segmented unchanged, and
# segmented input is not split again
. tests/cli/lib.sh
run segment -o "$T/a.seg" tests/data/text/ko-cp949.txt
expect_rc 0
run segment --input-format segmented "$T/a.seg"
expect_rc 0
cmp -s "$T/a.seg" "$T/out" || { diff "$T/a.seg" "$T/out"; fail "round trip differs"; }
printf 'One. Two.\nThree.\n\nFour.\n' > "$T/s.txt"
run segment --format segmented "$T/s.txt"
expect_rc 0
expect_out_is "One. Two.
Three.

Four."
