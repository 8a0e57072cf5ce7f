#!/bin/sh
# check reads every unit of an XLIFF or PO file, the untranslated ones too:
# a segment without a target, an empty target or an empty msgstr is an
# error finding ("the target is empty"), as an empty TSV cell is, instead of
# being skipped without a word. --states keeps only the states asked for.
# The other commands (convert, merge) still take translated units only.
. tests/cli/lib.sh
cat > "$T/p.xlf" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a" source-language="ko" target-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>정부가 발표했다.</source><target state="translated">The government announced it.</target></trans-unit>
<trans-unit id="2"><source>회의는 내일 열린다.</source></trans-unit>
<trans-unit id="3"><source>회의는 모레 열린다.</source><target state="new"></target></trans-unit>
</body></file></xliff>
X
cat > "$T/p2.xlf" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ko" trgLang="en">
<file id="f"><unit id="u1"><segment><source>정부가 발표했다.</source><target>The government announced it.</target></segment>
<segment><source>회의는 내일 열린다.</source></segment></unit></file></xliff>
X
printf '%s\n' 'msgid ""' 'msgstr ""' '"Content-Type: text/plain; charset=UTF-8\n"' '"Language: ko\n"' '' \
	'msgid "The government announced it."' 'msgstr "정부가 발표했다."' '' \
	'msgid "The meeting is tomorrow."' 'msgstr ""' > "$T/p.po"
for f in p.xlf:3:2 p2.xlf:2:1 p.po:2:1; do
	IFS=: read -r name units empty <<E
$f
E
	run check -f jsonl "$T/$name"
	expect_rc 1
	n=$(grep -c '"check": "empty", "severity": "error"' "$T/out")
	[ "$n" -eq "$empty" ] || { cat "$T/out"; fail "$name: $n empty targets reported, $empty expected"; }
	expect_err_has "$name: $units units checked: $empty error"
done
# the translated units alone: --states
run check --states translated "$T/p.xlf"
expect_rc 0
expect_err_has "p.xlf: 1 unit checked"
# convert and merge write translated units only, as before
run tmx convert "$T/p.xlf" -o "$T/o.tsv"
expect_rc 0
[ "$(wc -l < "$T/o.tsv")" -eq 2 ] || { cat "$T/o.tsv"; fail "convert wrote untranslated units"; }
exit 0
