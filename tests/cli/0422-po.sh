#!/bin/sh
# gettext PO as a memory: entries with contexts, flags, comments, plurals
# and multi-line strings read as units (fuzzy ones with x-state fuzzy,
# untranslated and obsolete ones left out); PO <-> TMX; check on a PO;
# translate-toolkit's po2tmx gives the same pairs as bitext on a real
# catalogue (a Debian .mo turned back into PO by msgunfmt).
. tests/cli/lib.sh
d=tests/data/po
run tmx convert $d/app.ko.po --to jsonl
expect_rc 0
expect_out_lines 7 units
expect_out_has '{"type":"x-reference","value":"src/menu.c:12"}'
expect_out_has '"notes":["TRANSLATORS: a menu item"]'
expect_out_has '{"type":"x-context","value":"dialog"},{"type":"x-state","value":"translated"}],"tuvs":[{"lang":"en","text":"Quit"},{"lang":"ko","text":"종료"}]'
expect_out_has '{"type":"x-state","value":"fuzzy"}'
expect_out_has '{"type":"x-plural","value":"0"},{"type":"x-msgid-plural","value":"%d files copied"}'
expect_out_has '"text":"A long message that goes on\nover two lines with \"quotes\"."'
grep -q 'Not translated yet' "$T/out" && fail "an untranslated entry read"
grep -q 'Old entry' "$T/out" && fail "an obsolete entry read"
# PO -> TMX -> PO: msgfmt accepts it; the same units
run tmx convert $d/app.ko.po -o "$T/a.tmx"
expect_rc 0
run tmx convert "$T/a.tmx" -o "$T/b.po"
expect_rc 0
if command -v msgfmt >/dev/null; then
	# (-c would also stop at the %s the fixture leaves out on purpose)
	msgfmt -o /dev/null "$T/b.po" 2>"$T/msgfmt.err" || { cat "$T/msgfmt.err"; fail "msgfmt refuses bitext's PO"; }
fi
grep -q '^msgid_plural "%d files copied"$' "$T/b.po" || fail "plural entry"
grep -q '^"Plural-Forms: nplurals=1; plural=0;\\n"$' "$T/b.po" || fail "Plural-Forms lost"
grep -q '^msgctxt "dialog"$' "$T/b.po" || fail "context"
grep -q '^#, fuzzy$' "$T/b.po" || fail "fuzzy flag"
run tmx convert $d/app.ko.po --to tsv
cp "$T/out" "$T/a.tsv"
run tmx convert "$T/b.po" --to tsv
diff "$T/a.tsv" "$T/out" || fail "units differ after PO -> TMX -> PO"
# check: a placeholder left out of the translation; --states skips fuzzy
run check $d/app.ko.po
expect_rc 1
expect_out_has 'app.ko.po:'
expect_out_has '%s'
run check $d/app.ko.po --states translated -f jsonl --fail-on info
grep -q '다른 이름으로' "$T/out" && fail "--states translated checked a fuzzy entry"
# errors: located
printf 'msgid "a"\nmsgstr "b\n' > "$T/bad.po"
run tmx convert "$T/bad.po" --to tsv
expect_rc 65
expect_err_has "bad.po:2:"
# translate-toolkit's po2tmx on a real catalogue: the same pairs
mo=$(ls /usr/share/locale/ko/LC_MESSAGES/*.mo 2>/dev/null | head -n 1)
if [ -n "$mo" ] && command -v msgunfmt >/dev/null && command -v po2tmx >/dev/null; then
	msgunfmt "$mo" -o "$T/real.po" || fail "msgunfmt"
	po2tmx -l ko "$T/real.po" "$T/ttk.tmx" >/dev/null 2>&1 || fail "po2tmx"
	run tmx convert "$T/ttk.tmx" --to tsv
	expect_rc 0
	sort "$T/out" > "$T/ttk.tsv"
	run tmx convert "$T/real.po" --to tsv
	expect_rc 0
	sort "$T/out" > "$T/bt.tsv"
	[ "$(wc -l < "$T/bt.tsv")" -gt 10 ] || fail "too few units from $mo"
	diff "$T/ttk.tsv" "$T/bt.tsv" || fail "po2tmx and bitext disagree on $mo"
	run check "$T/real.po" -f jsonl
	[ "$rc" -le 1 ] || fail "check on $mo: exit $rc"
else
	echo "msgunfmt, po2tmx or a Korean .mo absent: comparison skipped"
fi
exit 0
