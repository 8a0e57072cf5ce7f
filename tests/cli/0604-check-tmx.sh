#!/bin/sh
# TMX input: languages from the memory, units named by tuid, inline codes
# compared, terms from a TBX termbase.
. tests/cli/lib.sh
run check -t tests/data/check/terms.tbx tests/data/check/small.tmx
expect_rc 1
expect_out_has "tests/data/check/small.tmx:u2: error: [tags] inline code “ept 1” of the source is missing from the target"
expect_out_has "tests/data/check/small.tmx:u3: warning: [invisible] zero-width character U+200B in the target"
if grep -q ':u1:\|:u4:' "$T/out"; then cat "$T/out"; fail "u1 and u4 are clean"; fi
run check -f jsonl tests/data/check/small.tmx
expect_out_has '"unit": "u2"'
exit 0
