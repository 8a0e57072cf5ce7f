#!/bin/sh
# A TSV or CSV file that is not UTF-8 (Latin-1 from an old spreadsheet) is
# an error naming file, line and byte, with --encoding as the way out, not
# a spelling warning on a word cut by the bad byte; --encoding reads it.
. tests/cli/lib.sh
printf 'en\tde\nClose the window.\tSchließen Sie das Fenster.\nOpen the file.\t\326ffnen Sie die Datei.\n' > "$T/l1.tsv"
run check "$T/l1.tsv"
expect_rc 65
expect_err_has "l1.tsv:3:"
expect_err_has "offset 67"
expect_err_has "--encoding"
[ -s "$T/out" ] && { cat "$T/out"; fail "findings written for a file that was not read"; }
printf 'source,target\nOpen the file.,\326ffnen Sie die Datei.\n' > "$T/l1.csv"
run check -s en -l de "$T/l1.csv"
expect_rc 65
expect_err_has "l1.csv:2:"
# named, it is read and the word is whole again
run check --encoding ISO-8859-1 "$T/l1.tsv"
expect_rc 0
grep -q 'ffnen' "$T/out" && { cat "$T/out"; fail "the word cut by the bad byte is still reported"; }
expect_err_has "2 units checked"
# a PO catalog in ISO-8859-1: the line and byte, and how to convert it
printf 'msgid ""\nmsgstr ""\n"Language: de\\n"\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "Open the file."\nmsgstr "\326ffnen Sie die Datei."\n' > "$T/l1.po"
run check "$T/l1.po"
expect_rc 65
expect_err_has "l1.po:7:9:"
expect_err_has "not UTF-8"
expect_err_has "msgconv"
exit 0
