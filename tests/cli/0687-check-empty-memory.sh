#!/bin/sh
# A memory with no translation unit - TMX, XLIFF 1.2 and 2.0, PO, TSV or
# CSV with a header and nothing else, an empty file - is an error naming
# the file (exit 65), not a clean report with exit 0, also when no language
# is given.
. tests/cli/lib.sh
cat > "$T/m.tmx" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ko" datatype="plaintext" segtype="sentence"
 adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body/></tmx>
X
cat > "$T/m.xlf" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a" source-language="ko" target-language="en" datatype="plaintext"><body/></file></xliff>
X
cat > "$T/m2.xlf" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ko" trgLang="en">
<file id="f"></file></xliff>
X
printf 'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n' > "$T/m.po"
printf 'ko\ten\n' > "$T/m.tsv"
printf 'source,target\n' > "$T/m.csv"
: > "$T/e.tsv"
failed=0
for f in m.tmx m.xlf m2.xlf m.po m.tsv m.csv e.tsv; do
	run check -s ko -l en "$T/$f"
	if [ "$rc" -ne 65 ] || ! grep -qF "$f: no translation unit to check" "$T/err"; then
		echo "$f: exit $rc: $(cat "$T/err")"
		failed=$((failed + 1))
	fi
done
[ "$failed" -eq 0 ] || fail "$failed of 7 empty memories passed"
# without -s/-l: an empty TMX names no target language, and is said to be
# empty, not a usage error asking for the languages
run check "$T/m.tmx"
expect_rc 65
expect_err_has "m.tmx: no translation unit to check"
# a memory with a unit is checked as before
printf 'ko\ten\n정부\tgovernment\n' > "$T/one.tsv"
run check "$T/one.tsv"
expect_rc 0
exit 0
