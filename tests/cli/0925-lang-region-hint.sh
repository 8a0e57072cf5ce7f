# A language tag whose region is not a country is refused with the tag
# meant: en-UK (the United Kingdom is GB), el-EL, or the language alone
. tests/cli/lib.sh
printf 'Colour.\n' > "$T/a.en"
printf 'Farbe.\n' > "$T/a.de"
for pair in en-UK:en-GB en_uk:en-GB el-EL:el-GR en-XX:en; do
	tag=${pair%%:*} meant=${pair#*:}
	run align "$T/a.en" "$T/a.de" --src-lang "$tag" --tgt-lang de
	expect_rc 2
	expect_err_has "did you mean $meant?"
done
# real regions and region numbers stay as they are
for tag in en-GB es-419 pt-BR zh-Hant-TW; do
	run tmx convert --links /dev/null "$T/a.en" "$T/a.de" --src-lang "$tag" --tgt-lang de
	expect_rc 0
	expect_out_has "srclang=\"$tag\""
done
