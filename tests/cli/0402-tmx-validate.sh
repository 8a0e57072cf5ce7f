#!/bin/sh
# bitext tmx validate: exit 0 only when valid; each problem with line:col
. tests/cli/lib.sh
d=tests/data/tmx
run tmx validate $d/okapi.tmx $d/trados-utf16.tmx
expect_rc 0
expect_err_has "okapi.tmx: 1 unit, valid"
run tmx validate $d/invalid-unit.tmx
expect_rc 1
expect_out_has "invalid-unit.tmx:6:18:"
expect_out_has "missing attribute 'xml:lang' on <tuv>"
expect_out_has "invalid-unit.tmx:7:18:"
expect_out_has "missing <seg> in <tuv>"
run tmx validate $d/broken.tmx
expect_rc 1
expect_out_has "broken.tmx:7:49:"
run tmx validate $d/tmx11.tmx
expect_rc 1
expect_out_has "'en_us' (xml:lang) is not a BCP 47 language tag"
expect_out_has "version 1.1"
# duplicate tuid, empty segment, NFD text, missing header attributes
printf '<?xml version="1.0"?>\n<tmx version="1.4"><header creationtool="x" srclang="ko-KR"/><body>\n<tu tuid="a"><tuv xml:lang="ko-KR"><seg>\352\260\200</seg></tuv><tuv xml:lang="en-US"><seg>ga</seg></tuv></tu>\n<tu tuid="a"><tuv xml:lang="ko-KR"><seg></seg></tuv><tuv xml:lang="en-US"><seg>cafe\314\201</seg></tuv></tu>\n</body></tmx>\n' > "$T/bad.tmx"
run tmx validate "$T/bad.tmx"
expect_rc 1
expect_out_has "bad.tmx:4:"
expect_out_has "duplicate tuid 'a' (first at line 3)"
expect_out_has "empty segment (ko-KR)"
expect_out_has "not in Unicode NFC"
expect_out_has "missing attribute 'datatype' on <header>"
# inline codes: required attributes, bpt/ept pairs
printf '<?xml version="1.0"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>\n<tu tuid="1"><tuv xml:lang="en"><seg>a <bpt i="1">&lt;b&gt;</bpt>b <it>x</it> <ept>y</ept></seg></tuv></tu>\n</body></tmx>\n' > "$T/codes.tmx"
run tmx validate "$T/codes.tmx"
expect_rc 1
expect_out_has 'codes.tmx:3:1: <bpt i="1"> has no partner in its segment'
expect_out_has "missing attribute 'pos' on <it>"
expect_out_has "missing attribute 'i' on <ept>"
run tmx validate $d/inline14.tmx
expect_out_has "empty segment (fr-FR) in unit 'u3'"
grep -q "partner" "$T/out" && fail "paired codes reported"
run tmx validate "$T/none.tmx"
expect_rc 66
exit 0
