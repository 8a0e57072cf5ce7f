#!/bin/sh
# XLIFF 1.2 and 2.x read as memories: fixtures in the styles of memoQ,
# Trados, Okapi, OmegaT and XLIFF 2.1 (tests/data/xliff/). One unit per
# translated segment, named by its XLIFF ids; translate="no", untranslated
# segments, alt-trans and extension namespaces left out; inline codes as
# TMX codes, so that `check` compares them; hostile input refused as TMX.
. tests/cli/lib.sh
d=tests/data/xliff
# xlf FILE DECL UNITS: an XLIFF 1.2 file, en to ko, with the declarations
# DECL (a DOCTYPE, or nothing) before it and the trans-units UNITS
xlf() {
	{ printf '%s\n' "$2"
	printf '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
	printf '<file source-language="en" target-language="ko" original="a"><body>'
	printf '%s</body></file></xliff>\n' "$3"; } > "$T/$1"
}
# memoQ: the empty target of unit 4 is no unit; mq: elements ignored
run tmx convert $d/memoq.mqxliff --to tsv
expect_rc 0
expect_out_is "ko-KR	en-US
설치 안내서	Installation guide
전원 버튼을 3초 동안 누르세요.	Press the power button for 3 seconds.
자세한 내용은12쪽을 보세요.	For details, see page 12."
# Trados: one unit per <mrk mtype="seg">, paired by mid; the sdl: header,
# seg-defs and the translate="no" unit are not read
run tmx convert $d/trados.sdlxliff --to jsonl
expect_rc 0
expect_out_lines 3 "Trados segments"
expect_out_has '"tuid":"b5e1a2f0-0002/3"'
expect_out_has '{"type":"x-segment","value":"3"}'
expect_out_has '"seg":"Maintenance is scheduled for <bpt i=\"1\" x=\"1\"></bpt>30 November<ept i=\"1\"></ept>."'
grep -q 'ACME-KR-2026' "$T/out" && fail "translate=no unit read"
grep -q 'sdl' "$T/out" && fail "sdl: namespace content read"
# Okapi: two <file>s, groups, translate="no" on a group, alt-trans, notes,
# states; bx/ex as TMX it codes
run tmx convert $d/okapi.xlf --to jsonl
expect_rc 0
expect_out_lines 4 "Okapi units"
expect_out_has '"tuid":"tu1","props":[{"type":"x-file","value":"news/article.html"},{"type":"x-id","value":"tu1"},{"type":"x-state","value":"final"},{"type":"x-approved","value":"yes"}],"notes":["Headline: keep it short."]'
expect_out_has '{"type":"x-state-qualifier","value":"leveraged-tm"}'
expect_out_has '{"type":"x-file","value":"news/sidebar.html"}'
expect_out_has '<it pos=\"begin\" x=\"1\"></it>website<it pos=\"end\" x=\"1\"></it>'
grep -q 'A new library' "$T/out" && fail "alt-trans read as a translation"
grep -q '2026' "$T/out" && fail "a unit of a translate=no group read"
grep -q 'build 77' "$T/out" && fail "translate=no unit read"
# OmegaT, and the same file in UTF-16 with a BOM: the same units
run tmx convert $d/omegat.xlf --to jsonl
expect_rc 0
cp "$T/out" "$T/utf8.jsonl"
run tmx convert $d/omegat-utf16.xlf --to jsonl
expect_rc 0
cmp "$T/out" "$T/utf8.jsonl" || fail "UTF-16 reads differently"
expect_out_has '"notes":["Batteries are not included."]'
grep -q 'Close the lid' "$T/out" && fail "a unit without target read"
# XLIFF 2.1: segments, ignorable, pc/sc/ec/ph/sm/em, state, subState, notes
run tmx convert $d/xliff2.xlf --to jsonl
expect_rc 0
expect_out_lines 4 "XLIFF 2 segments"
expect_out_has '"tuid":"welcome/s2"'
expect_out_has '{"type":"x-substate","value":"acme:checked"}'
expect_out_has '"notes":["Shown once after sign-up."]'
expect_out_has '"tuid":"files"'
expect_out_has '"seg":"See <bpt i=\"1\"></bpt>help<ept i=\"1\"></ept>"'
grep -q '"bitext"' "$T/out" && fail "translate=no unit read"
grep -q 'meta' "$T/out" && fail "mda: metadata read"
# check: findings name units by XLIFF id; a <ph> missing from the target
run check $d/memoq.mqxliff
expect_rc 1
expect_out_has 'memoq.mqxliff:3: error: [tags] inline code “ph 1” of the source is missing from the target'
# (a checklist rule gives tu1 a finding to show)
printf '[lib]\nseverity = warning\nmessage = library\ntarget = library\n' > "$T/list"
run check --checklist "$T/list" $d/okapi.xlf --states final
expect_out_has 'okapi.xlf:tu1:'
run check --checklist "$T/list" $d/okapi.xlf --states translated
grep -q 'tu1' "$T/out" && fail "--states translated checked a final unit"
run tmx stats $d/xliff2.xlf
expect_rc 0
expect_out_has "ko-KR en-US: 4 units"
# validate reads XLIFF too (its languages; units as TMX ones)
run tmx validate $d/okapi.xlf
expect_rc 0
expect_err_has "okapi.xlf: 4 units, valid"
# hostile input: external entity, entity bomb, deep nesting
xlf xxe.xlf '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' '
<trans-unit id="1"><source>a</source><target>&xxe;</target></trans-unit>'
run tmx convert "$T/xxe.xlf" -o "$T/x.tmx"
expect_rc 65
expect_err_has "xxe.xlf:3:"
expect_err_has "entity reference '&xxe;' refused"
[ ! -e "$T/x.tmx" ] || fail "output written"
# an internal entity: refused; --recover skips that unit only
xlf ent.xlf '<!DOCTYPE xliff [<!ENTITY e "x">]>' '
<trans-unit id="1"><source>a &e; b</source><target>가</target></trans-unit>
<trans-unit id="2"><source>two</source><target>둘</target></trans-unit>
'
run tmx convert "$T/ent.xlf" --to tsv
expect_rc 65
expect_err_has "ent.xlf:3:"
run tmx convert "$T/ent.xlf" --recover --to tsv
expect_rc 0
expect_out_has "two	둘"
grep -q '가' "$T/out" && fail "the unit with an entity was kept"
expect_err_has "1 unit could not be read and was skipped"
xlf bomb.xlf "$(sed 's/<tmx version="1.4">.*//; s/DOCTYPE tmx/DOCTYPE xliff/' tests/data/tmx/bomb.tmx |
	sed '/<header\|<body>\|<tu \|<\/body>\|<\/tmx>/d')" \
	'<trans-unit id="1"><source>&a9;</source><target>x</target></trans-unit>'
start=$(date +%s)
run check "$T/bomb.xlf"
expect_rc 65
expect_err_has "entity"
[ $(( $(date +%s) - start )) -le 3 ] || fail "entity bomb took too long"
awk 'BEGIN { printf "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" trgLang=\"ko\"><file id=\"f\"><unit id=\"u\"><segment><source>"; for (i = 0; i < 5000; i++) printf "<pc id=\"%d\">", i; printf "x"; for (i = 0; i < 5000; i++) printf "</pc>"; print "</source><target>y</target></segment></unit></file></xliff>" }' > "$T/deep.xlf"
run tmx convert "$T/deep.xlf" --to tsv
expect_rc 65
expect_err_has "deep.xlf:1:"
# another root element
printf '<?xml version="1.0"?>\n<html><body/></html>\n' > "$T/page.xlf"
run check "$T/page.xlf"
expect_rc 65
expect_err_has "not a TMX or XLIFF document"
exit 0
