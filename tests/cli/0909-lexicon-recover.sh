#!/bin/sh
# lexicon learn over many catalogs: one entry with a control character
# stops it with file and line (never silently); --recover learns from the
# rest and names each entry skipped and how many.
. tests/cli/lib.sh
cat > "$T/good.po" <<'PO'
msgid ""
msgstr ""
"Language: de\n"

msgid "Open the file."
msgstr "Die Datei öffnen."

msgid "Close the file."
msgstr "Die Datei schließen."

msgid "Open the window."
msgstr "Das Fenster öffnen."

msgid "Close the window."
msgstr "Das Fenster schließen."
PO
cat > "$T/bad.po" <<'PO'
msgid ""
msgstr ""
"Language: de\n"

msgid "Ring the bell.\a"
msgstr "Glocke läuten.\a"

msgid "Open the door."
msgstr "Die Tür öffnen."
PO
run lexicon learn "$T/good.po" "$T/bad.po" -o "$T/lex.tsv"
expect_rc 65
expect_err_has "bad.po:5"
[ -e "$T/lex.tsv" ] && fail "a lexicon written"
run lexicon learn --recover "$T/good.po" "$T/bad.po" -o "$T/lex.tsv"
expect_rc 0
expect_err_has "bad.po:5:"
expect_err_has "1 unit could not be read and was skipped"
grep -qi "^open	öffnen" "$T/lex.tsv" || { cat "$T/lex.tsv"; fail "nothing learnt"; }
# a bad first file: its languages are still read
run lexicon learn --recover "$T/bad.po" "$T/good.po" -o "$T/lex2.tsv"
expect_rc 0
expect_err_has "bad.po:5:"
exit 0
