#!/bin/sh
# bitext tmx stats: units, languages (canonical), words and characters,
# pairs, props, duplicates; any input format.
. tests/cli/lib.sh
d=tests/data/tmx
run tmx stats $d/inline14.tmx
expect_rc 0
expect_out_has "units: 3"
expect_out_has "variants: 7"
expect_out_has "  ko-KR: 1 segment, 3 words, 14 characters"
expect_out_has "  en-US fr-FR: 3 units"
expect_out_has "  x-score: 1"
expect_out_has "notes: 2"
expect_out_has "inline codes: 10"
# EN-US and en_us are one language; duplicates are counted
run tmx stats $d/tmx11.tmx
expect_out_has "  en-US: 2 segments"
expect_out_has "  de-DE: 2 segments"
expect_out_has "  ja: 1 segment"
printf 'ko\ten\n하나\tone\n둘\ttwo\n하나\tone\n' > "$T/d.tsv"
run tmx stats "$T/d.tsv"
expect_rc 0
expect_out_has "units: 3"
expect_out_has "duplicate units: 1"
run tmx stats $d/trados-utf16.tmx
expect_out_has "  x-Context: 2"
run tmx stats $d/broken.tmx
expect_rc 65
expect_err_has "broken.tmx:7:49:"
run --ui-lang ko tmx stats $d/okapi.tmx
expect_out_has "단위: 1"
exit 0
