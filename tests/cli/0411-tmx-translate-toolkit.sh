#!/bin/sh
# translate-toolkit reads what bitext writes (units, ids, texts with markup
# characters), and bitext reads what translate-toolkit's po2tmx writes.
. tests/cli/lib.sh
py=/usr/bin/python3
[ -x "$py" ] && "$py" -c 'from translate.storage import tmx' 2>/dev/null ||
	skip "translate-toolkit absent"
printf 'ko-KR\ten-US\n북한이 미사일을 발사했다.\tNorth Korea fired a missile.\nA & B < C\tTom & "Jerry"\n' > "$T/m.tsv"
run tmx convert "$T/m.tsv" -o "$T/m.tmx"
expect_rc 0
"$py" - "$T/m.tmx" > "$T/tt" <<'PY' || fail "translate-toolkit failed"
import sys
from translate.storage import tmx
with open(sys.argv[1], 'rb') as f:
    store = tmx.tmxfile(f, sourcelanguage='ko-KR', targetlanguage='en-US')
for u in store.units:
    print('%s|%s|%s' % (u.getid(), u.source, u.target))
PY
grep -qx '1|북한이 미사일을 발사했다.|North Korea fired a missile.' "$T/tt" || { cat "$T/tt"; fail "unit 1"; }
grep -qx '2|A & B < C|Tom & "Jerry"' "$T/tt" || { cat "$T/tt"; fail "unit 2"; }
if command -v po2tmx >/dev/null; then
	printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Save file"\nmsgstr "파일 저장"\n' > "$T/a.po"
	po2tmx -l ko "$T/a.po" -o "$T/po.tmx" >/dev/null 2>&1 || fail "po2tmx"
	run tmx convert "$T/po.tmx" --to tsv
	expect_rc 0
	expect_out_has "$(printf 'Save file\t파일 저장')"
fi
exit 0
