# A memory of three languages converted to a format of one language pair
# (XLIFF, PO): a unit lacking one of the pair's languages is left out, the
# count of written units says so, and --langs picks the pair
. tests/cli/lib.sh
printf 'en\tde\tfr\nOpen the file.\tÖffnen Sie die Datei.\t\nSave it.\t\tEnregistrez-le.\nQuit.\tBeenden.\tQuitter.\n' > "$T/3.tsv"
run tmx convert "$T/3.tsv" -o "$T/3.tmx"
expect_rc 0
for ext in xlf po; do
	run tmx convert "$T/3.tmx" -o "$T/3.$ext"
	expect_rc 0
	expect_err_has "2 units written"
	expect_err_has "1 unit was left out"
done
[ "$(grep -c '<trans-unit' "$T/3.xlf")" = 2 ] || fail "two units in the XLIFF"
run tmx convert "$T/3.tmx" --langs en,fr -o "$T/fr.xlf"
expect_rc 0
expect_err_has "2 units written"
grep -q 'Enregistrez-le' "$T/fr.xlf" || fail "--langs en,fr: the French unit"
grep -q 'target-language="fr' "$T/fr.xlf" || fail "--langs en,fr: target-language"
# nothing left out: no such line
run tmx convert "$T/3.tmx" -o "$T/all.tsv"
expect_rc 0
expect_err_has "3 units written"
grep -q "left out" "$T/err" && fail "a TSV holds every language"
exit 0
