# A PO file whose entry holds a control character that XML cannot carry
# (\v, as in Debian's libc catalogs): refused with file and line, and
# --recover converts every other entry and says how many it skipped
. tests/cli/lib.sh
cat > "$T/m.po" <<'PO'
msgid ""
msgstr ""
"Language: de\n"

msgid "Print help."
msgstr "Hilfe ausgeben."

msgid ""
"Generate a catalog.\vIf FILE is -, read standard input."
msgstr ""
"Katalog erzeugen.\vIst DATEI -, wird die Standardeingabe gelesen."

msgid "Print the version."
msgstr "Version ausgeben."
PO
run tmx convert "$T/m.po" -o "$T/m.tmx"
expect_rc 65
expect_err_has "m.po:8"
expect_err_has "--recover"
[ -e "$T/m.tmx" ] && fail "memory written"
run tmx convert "$T/m.po" --recover -o "$T/m.tmx"
expect_rc 0
expect_err_has "1 unit could not be read and was skipped"
grep -q "Hilfe ausgeben" "$T/m.tmx" || fail "first entry lost"
grep -q "Version ausgeben" "$T/m.tmx" || fail "entry after the skipped one lost"
grep -q "Katalog" "$T/m.tmx" && fail "the entry with \\v was written"
exit 0
