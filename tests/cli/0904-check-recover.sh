#!/bin/sh
# One entry with a control character XML cannot hold (as in Debian's bash
# catalog) stops check with its line and the way out; check --recover
# checks every other entry, names the line of each skipped one, and fails
# (exit 1) since units were left unchecked.
. tests/cli/lib.sh
cat > "$T/m.po" <<'PO'
msgid ""
msgstr ""
"Language: de\n"

msgid "Print help."
msgstr "Hilfe ausgeben."

msgid "Ring the bell.\a"
msgstr "Glocke läuten.\a"

msgid "Print the version."
msgstr "Version ausgeben."
PO
run check "$T/m.po"
expect_rc 65
expect_err_has "m.po:8"
expect_err_has "--recover"
run check --recover "$T/m.po"
expect_rc 1
expect_err_has "m.po:8:"
expect_err_has "skipped"
expect_err_has "2 units checked"
expect_err_has "1 unit could not be read and was skipped"
# the option is documented
run check --help
expect_out_has "--recover"
exit 0
