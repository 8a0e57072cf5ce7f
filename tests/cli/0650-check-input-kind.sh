#!/bin/sh
# The file name's extension decides what an input is; the content is looked
# at only when the name says nothing, and then only <?xml, <!DOCTYPE or
# <tmx make it TMX (a pair whose source starts with a tag stays a pair).
. tests/cli/lib.sh
printf '<b>Hello</b>\t<b>안녕</b>\n' > "$T/tag.tsv"
run check -f jsonl "$T/tag.tsv"
expect_rc 0
printf '<b>Hello</b>,<b>안녕</b>\n' > "$T/tag.csv"
run check "$T/tag.csv"
expect_rc 0
# no extension: a row starting with "<" is still a row
printf '<b>Hello</b>\t<b>Hello</b>\n' > "$T/pairs"
run check -s en -l ko "$T/pairs"
expect_rc 1
expect_out_has "[untranslated]"
# no extension, TMX content
cp tests/data/check/small.tmx "$T/memory"
run check "$T/memory"
expect_rc 1
expect_out_has "$T/memory:u3"
# -i tmx overrides the extension
run check "$T/tag.tsv" -i tmx
expect_rc 65
exit 0
