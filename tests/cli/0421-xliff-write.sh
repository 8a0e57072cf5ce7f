#!/bin/sh
# XLIFF out: `tmx convert --to xliff|xliff2` and `align --format
# xliff|xliff2` write bilingual files that bitext reads back unit for
# unit, with inline codes, ids, states and notes; translate-toolkit's
# xliff2po and po2xliff and OmegaT 3.6 read them (those parts skip when the
# tools are absent).
. tests/cli/lib.sh
d=tests/data
# TMX -> XLIFF 1.2 / 2.0 -> TMX: the same texts and notes, codes kept (the
# empty target of u3 is no translation, so that unit is not read back)
run tmx convert $d/tmx/inline14.tmx --to tsv --langs en-US,fr-FR
expect_rc 0
grep -v '^Tom' "$T/out" > "$T/a.tsv"
for v in xliff xliff2; do
	run tmx convert $d/tmx/inline14.tmx --to $v -o "$T/m.$v.xlf"
	expect_rc 0
	xmllint --noout "$T/m.$v.xlf" || fail "$v: not well-formed"
	run tmx convert "$T/m.$v.xlf" --to tsv
	expect_rc 0
	diff "$T/a.tsv" "$T/out" || fail "$v: texts differ after a round trip"
	run tmx convert "$T/m.$v.xlf" --to jsonl
	expect_out_has '"seg":"Press <bpt i=\"1\"'
	expect_out_has '"notes":["Check the bold text"]'
done
grep -q '<bpt id="1" ctype="bold">&lt;b&gt;</bpt>Save<ept id="1">&lt;/b&gt;</ept>' "$T/m.xliff.xlf" ||
	fail "1.2: bpt/ept not kept with their native code"
grep -q '<sc id="b1" dataRef="d1"/>Save<ec startRef="b1" dataRef="d2"/>' "$T/m.xliff2.xlf" ||
	fail "2.0: sc/ec not written"
grep -q '<data id="d1">&lt;b&gt;</data>' "$T/m.xliff2.xlf" || fail "2.0: originalData"
# XLIFF -> XLIFF: ids, states and notes survive
run tmx convert $d/xliff/okapi.xlf -o "$T/o.xlf"
expect_rc 0
grep -q '<trans-unit id="tu1" approved="yes" xml:space="preserve">' "$T/o.xlf" || fail "id/approved"
grep -q '<target state="final">New library <ph id="1"' "$T/o.xlf" || fail "state"
grep -q '<note>Headline: keep it short.</note>' "$T/o.xlf" || fail "note"
grep -c '<file ' "$T/o.xlf" | grep -qx 2 || fail "two <file>s expected"
run tmx convert $d/xliff/xliff2.xlf --to xliff2 -o "$T/o2.xlf"
expect_rc 0
grep -q '<segment state="reviewed">' "$T/o2.xlf" || fail "2.0 state"
# align writes XLIFF that check reads; findings name the units
p=corpora/ko-en/01-nk-missile-launch
run align --format xliff $p.ko.txt $p.en.txt --src-lang ko --tgt-lang en -o "$T/al.xlf"
expect_rc 0
run align --format tmx $p.ko.txt $p.en.txt --src-lang ko --tgt-lang en -o "$T/al.tmx"
expect_rc 0
n1=$(grep -c '<trans-unit ' "$T/al.xlf"); n2=$(grep -c '<tu ' "$T/al.tmx")
[ "$n1" -eq "$n2" ] && [ "$n1" -gt 5 ] || fail "align: $n1 XLIFF units, $n2 TMX units"
grep -q "original=\"$p.ko.txt\" source-language=\"ko-KR\" target-language=\"en-US\"" "$T/al.xlf" || fail "align: file"
run align --format xliff2 $p.ko.txt $p.en.txt --src-lang ko --tgt-lang en -o "$T/al2.xlf"
expect_rc 0
xmllint --noout "$T/al2.xlf" || fail "align xliff2 not well-formed"
# a distance changed in one target: the finding names the file and unit
sed 's/some 500 kilometers/some 600 kilometers/' "$T/al2.xlf" > "$T/al2e.xlf"
run check "$T/al2e.xlf" --fail-on info
expect_out_has "al2e.xlf:"
run align --format xliff $p.ko.txt $p.en.txt --src-lang ko --tgt-lang en
expect_rc 0
expect_out_has '<xliff version="1.2"'
# schemas, when the system has them
for xsd in /usr/share/xml/xliff/xliff-core-1.2-transitional.xsd; do
	[ -f "$xsd" ] && { xmllint --noout --schema "$xsd" "$T/al.xlf" || fail "not valid against $xsd"; }
done
# translate-toolkit: PO -> po2xliff -> bitext -> TMX -> bitext -> XLIFF ->
# xliff2po: the same translations, approved ones not fuzzy
if command -v po2xliff >/dev/null && command -v xliff2po >/dev/null; then
	printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n#: src/main.c:10\nmsgid "Open file"\nmsgstr "파일 열기"\n\n#, c-format\nmsgid "%%d files & folders"\nmsgstr "파일과 폴더 %%d개"\n\nmsgid "Not yet"\nmsgstr ""\n' > "$T/a.po"
	po2xliff "$T/a.po" "$T/a.xlf" >/dev/null 2>&1 || fail "po2xliff"
	run tmx convert "$T/a.xlf" -o "$T/a.tmx"
	expect_rc 0
	expect_err_has "2 units written"
	run tmx convert "$T/a.tmx" -o "$T/b.xlf"
	expect_rc 0
	xliff2po "$T/b.xlf" "$T/b.po" >/dev/null 2>&1 || fail "xliff2po"
	grep -A1 '^msgid "Open file"' "$T/b.po" | grep -qx 'msgstr "파일 열기"' || { cat "$T/b.po"; fail "xliff2po: translation"; }
	grep -A1 '^msgid "%d files & folders"' "$T/b.po" | grep -qx 'msgstr "파일과 폴더 %d개"' || fail "xliff2po: &"
	grep -B3 '^msgid "Open file"' "$T/b.po" | grep -q fuzzy && fail "approved unit came back fuzzy"
else
	echo "translate-toolkit absent: po2xliff/xliff2po part skipped"
fi
# OmegaT 3.6 opens bitext's XLIFF as a source file, translates it from a
# memory and writes it back; bitext reads OmegaT's XLIFF
jar=/usr/share/omegat/OmegaT.jar
if [ -f "$jar" ] && command -v java >/dev/null; then
	pr="$T/project"
	mkdir -p "$pr/source" "$pr/target" "$pr/tm/auto" "$pr/glossary" "$pr/dictionary" "$pr/omegat"
	sed -n '/^<?xml version="1.0" encoding="UTF-8" standalone/,/^<\/omegat>/p' tests/cli/0410-tmx-omegat.sh > "$pr/omegat.project"
	# OmegaT 3.6's XLIFF filter translates what <target> holds: unit 1 is
	# made untranslated the way it expects (the source copied as target)
	sed 's|^\(<trans-unit id="1" .*<source>\)\([^<]*\)\(</source><target>\)[^<]*</target>|\1\2\3\2</target>|' "$T/al.xlf" > "$pr/source/news.xlf"
	src=$(sed -n 's|.*<trans-unit id="1" xml:space="preserve"><source>\([^<]*\)</source>.*|\1|p' "$T/al.xlf")
	printf '{"tuvs":[{"lang":"ko-KR","text":"%s"},{"lang":"en-US","text":"HEADLINE FROM THE MEMORY"}]}\n' "$src" > "$T/tm.jsonl"
	run tmx convert "$T/tm.jsonl" -o "$pr/tm/auto/tm.tmx"
	expect_rc 0
	timeout 300 java -Djava.awt.headless=true -jar "$jar" "$pr" --mode=console-translate >"$T/omegat.log" 2>&1
	[ -f "$pr/target/news.xlf" ] || { tail -n 20 "$T/omegat.log"; fail "OmegaT wrote no target"; }
	grep -q '<target>HEADLINE FROM THE MEMORY</target>' "$pr/target/news.xlf" ||
		{ head -n 8 "$pr/target/news.xlf"; fail "OmegaT did not translate bitext's XLIFF"; }
	run tmx convert "$pr/target/news.xlf" --to tsv
	expect_rc 0
	expect_out_has "HEADLINE FROM THE MEMORY"
else
	echo "OmegaT absent: OmegaT part skipped"
fi
exit 0
