#!/bin/sh
# Word (.docx) and OpenDocument (.odt) as input to `segment`: the text a
# reader of the document sees, paragraph by paragraph in reading order.
# corpora/office/: an article in English and Korean written as .fodt and
# turned into .docx/.odt by LibreOffice; tests/data/office/: features.docx
# and .odt built by hand (make-handmade.py) for tracked changes, fields and
# hidden text.
. tests/cli/lib.sh
d=tests/data/office
# the English article as LibreOffice wrote it: heading, runs joined, a
# footnote after the paragraph citing it, table cells one paragraph each,
# list items, the text box after its paragraph
for f in corpora/office/village-library.en.docx corpora/office/village-library.en.odt; do
	run segment --lang en $f
	expect_rc 0
	expect_out_is "A Library in the Old Rice Mill

The village of Hadong opened a small library in its old rice mill on 3 March 2026.
The building had stood empty for twelve years.
Volunteers repaired the roof and painted the walls.

The mill was built in 1961 and closed in 2014.

The library lends books, newspapers and board games.
Its catalogue is online at the county website.

Opening hours

Weekdays

10:00 to 18:00

Saturday

9:00 to 13:00

What visitors can do

Borrow up to five books for two weeks.

Read the daily newspapers by the window.

Join the reading club on Thursday evenings.

The librarian, Kim Mi-jin, hopes to welcome 200 readers in the first month.
Children under ten need a parent with them.

Free entry for everyone."
done
# kinds: heading by paragraph style (Word) or text:h (ODF), list items
run segment --lang en --format json corpora/office/village-library.en.docx
expect_rc 0
expect_out_has '"kind":"heading","text":"A Library in the Old Rice Mill"'
expect_out_has '"kind":"heading","text":"Opening hours"'
expect_out_has '"kind":"list-item","text":"Borrow up to five books for two weeks."'
expect_out_has '"kind":"text","text":"Weekdays"'
run segment --lang en --format json corpora/office/village-library.en.odt
expect_out_has '"kind":"heading","text":"What visitors can do"'
expect_out_has '"kind":"list-item","text":"Join the reading club on Thursday evenings."'
# the Korean one, language guessed from the script
run segment corpora/office/village-library.ko.docx
expect_rc 0
expect_out_has "옛 정미소에 문을 연 도서관"
expect_out_has "이 건물은 12년 동안 비어 있었다."
expect_out_has "정미소는 1961년에 지어져 2014년에 문을 닫았다."
expect_out_has "입장료는 받지 않는다."
# features.docx: insertions in, deletions and moved-away text out, hidden
# text (direct and by style) out, field codes out and results in, a list
# by numbering and by style, a two-paragraph cell as one paragraph, the
# footnote and a text box once (not again from its VML fallback)
run segment --lang en --format json $d/features.docx
expect_rc 0
grep -o '"kind":"[a-z-]*","text":"[^"]*"' "$T/out" > "$T/got"
cat > "$T/want" <<'W'
"kind":"heading","text":"Tracked changes"
"kind":"text","text":"The meeting is on Tuesday at ten."
"kind":"text","text":"Bring your notes."
"kind":"text","text":"New place."
"kind":"text","text":"Split words are one word."
"kind":"text","text":"An underlined word, not this one."
"kind":"heading","text":"Fields and hidden text"
"kind":"text","text":"Visible text."
"kind":"text","text":"More text."
"kind":"text","text":"See page 7 of the report."
"kind":"text","text":"Printed on 4 December 2026."
"kind":"text","text":"Read the full minutes before the vote."
"kind":"text","text":"Thanks."
"kind":"list-item","text":"First point."
"kind":"list-item","text":"Second point."
"kind":"text","text":"Not a list."
"kind":"text","text":"Was bold, now plain."
"kind":"text","text":"Cell one, second line."
"kind":"text","text":"Cell two."
"kind":"text","text":"The end."
"kind":"text","text":"A note in italics."
"kind":"text","text":"Box text."
"kind":"text","text":"Last paragraph."
"kind":"text","text":"Old box."
"kind":"text","text":"한국 굵게."
W
diff -u "$T/want" "$T/got" || fail "features.docx: paragraphs differ"
# features.odt: the deletion kept in text:tracked-changes stays out, the
# insertion in; hidden span and comment out; text:s gives its spaces
run segment --lang en $d/features.odt
expect_rc 0
expect_out_is "Tracked changes

The meeting is on Tuesday at ten.

Visible text.
More   text.

See page 7 of the report.
Second line."
exit 0
