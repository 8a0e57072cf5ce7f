#!/bin/sh
# TMX from older tools: Trados 7 header props without `type` (type2=...)
# are read with a warning, not refused; TMX 1.1 files (OmegaT 3.6 exports
# them) pass `tmx validate` as 1.1.
. tests/cli/lib.sh
d=tests/data/tmx
run tmx convert $d/trados7-type2.tmx --to jsonl
expect_rc 0
expect_out_has '"text":"Turn off the power."'
run tmx convert $d/trados7-type2.tmx -o "$T/t.tmx"
expect_rc 0
grep -q '<prop type="Client">ACME Korea</prop>' "$T/t.tmx" || fail "type2 prop not kept"
run check $d/trados7-type2.tmx
expect_rc 0
run tmx validate $d/trados7-type2.tmx
expect_rc 1
expect_out_has "trados7-type2.tmx:4:1: <prop> without the type attribute TMX requires; read with type 'Client'"
# OmegaT's TMX 1.1: valid as 1.1
run tmx validate $d/omegat.tmx
expect_rc 0
expect_err_has "omegat.tmx: 2 units, valid"
sed 's/version="1.1"/version="1.2"/' $d/omegat.tmx > "$T/o12.tmx"
run tmx validate "$T/o12.tmx"
expect_rc 1
expect_out_has "TMX version '1.2'"
exit 0
