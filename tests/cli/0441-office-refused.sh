#!/bin/sh
# Files bitext does not read as documents, told by their content (not the
# extension): Word 97-2003, PDF, RTF, PowerPoint, Excel and OpenDocument
# spreadsheets and presentations get a message that names the format and
# says what to do. Broken and hostile zips: a damaged archive, a zip bomb
# (a huge declared size, or an inflated size far beyond the compressed
# one), names that climb out (../), absolute names and duplicate entries
# are refused with one line, in bounded memory, and nothing is written.
. tests/cli/lib.sh
d=tests/data/office
command -v python3 >/dev/null || skip "no python3"
# one line naming the file and the format, exit 65, no output file
refused() { # FILE WORDS...
	f=$1; shift
	run segment --lang en -o "$T/o.txt" "$f"
	expect_rc 65
	[ "$(wc -l < "$T/err")" -eq 1 ] || { cat "$T/err"; fail "$f: not one line"; }
	expect_err_has "$f"
	for w in "$@"; do expect_err_has "$w"; done
	[ -e "$T/o.txt" ] && fail "$f: output written"
	grep -q 'binary file' "$T/err" && fail "$f: called a binary file"
	return 0
}
# a real Word 97-2003 file (LibreOffice), under a misleading name too
refused $d/village-library.en.doc "Word 97-2003" ".docx or .odt"
cp $d/village-library.en.doc "$T/renamed.txt"
refused "$T/renamed.txt" "Word 97-2003" ".docx or .odt"
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' > "$T/a.pdf"
refused "$T/a.pdf" "PDF" ".docx or .odt"
printf '{\\rtf1\\ansi Hello.\\par}\n' > "$T/a.rtf"
refused "$T/a.rtf" "RTF" ".docx or .odt"
python3 - "$T" <<'PY'
import sys, zipfile, struct
t = sys.argv[1]
def z(name, entries, stored_first=None):
    with zipfile.ZipFile(t + '/' + name, 'w', zipfile.ZIP_DEFLATED) as f:
        if stored_first:
            f.writestr(zipfile.ZipInfo('mimetype'), stored_first)
        for n, c in entries:
            f.writestr(n, c)
z('slides.pptx', [('[Content_Types].xml', '<Types/>'), ('ppt/presentation.xml', '<p:presentation/>')])
z('sheet.xlsx', [('[Content_Types].xml', '<Types/>'), ('xl/workbook.xml', '<workbook/>')])
z('sheet.ods', [('content.xml', '<x/>')], 'application/vnd.oasis.opendocument.spreadsheet')
z('talk.odp', [('content.xml', '<x/>')], 'application/vnd.oasis.opendocument.presentation')
z('other.zip', [('readme.txt', 'hello')])
# OLE2 compound files whose directory names a workbook / a presentation
def ole(name, stream):
    d = bytearray(b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\0' * 504)
    e = stream.encode('utf-16-le')
    d += e + b'\0' * (128 - len(e))
    open(t + '/' + name, 'wb').write(d)
ole('old.xls', 'Workbook')
ole('old.ppt', 'PowerPoint Document')
# hostile and broken archives around a valid document.xml
doc = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
       '<w:body><w:p><w:r><w:t>Hello.</w:t></w:r></w:p></w:body></w:document>')
z('climb.docx', [('word/document.xml', doc), ('../../evil.xml', 'x')])
z('abs.docx', [('word/document.xml', doc), ('/etc/evil.xml', 'x')])
import warnings; warnings.simplefilter('ignore')
z('dup.docx', [('word/document.xml', doc), ('word/document.xml', doc)])
# a bomb: 30 MB of empty paragraphs that deflate to a few dozen KB
bomb = doc.replace('<w:p>', '<w:p/>' * 5000000 + '<w:p>')
z('bomb.docx', [('word/document.xml', bomb)])
# a huge declared size: the size fields of the entry say 3 GB
z('big.docx', [('word/document.xml', doc)])
b = bytearray(open(t + '/big.docx', 'rb').read())
for sig, off in ((b'PK\x03\x04', 22), (b'PK\x01\x02', 24)):
    i = b.find(sig)
    b[i + off:i + off + 4] = struct.pack('<I', 3000000000)
open(t + '/big.docx', 'wb').write(b)
PY
refused "$T/slides.pptx" "PowerPoint" ".docx or .odt"
refused "$T/sheet.xlsx" "Excel" ".docx or .odt"
refused "$T/sheet.ods" "spreadsheet" ".docx or .odt"
refused "$T/talk.odp" "presentation" ".docx or .odt"
refused "$T/old.xls" "Excel 97-2003" ".docx or .odt"
refused "$T/old.ppt" "PowerPoint 97-2003" ".docx or .odt"
refused "$T/other.zip" "zip archive" ".docx or .odt"
# damaged: the article cut in half
head -c 4000 corpora/office/village-library.en.docx > "$T/cut.docx"
refused "$T/cut.docx" "damaged"
refused "$T/climb.docx" "../../evil.xml"
refused "$T/abs.docx" "/etc/evil.xml"
refused "$T/dup.docx" "word/document.xml" "twice"
refused "$T/big.docx" "word/document.xml" "3000000000"
refused "$T/bomb.docx" "word/document.xml"
# the bomb is refused while inflating, in bounded memory
if [ -x /usr/bin/time ]; then
	/usr/bin/time -f %M -o "$T/rss" "$BITEXT" segment --lang en "$T/bomb.docx" \
		>/dev/null 2>&1
	kb=$(tail -1 "$T/rss")
	[ "$kb" -lt 100000 ] || fail "bomb: peak memory $kb KiB"
fi
# align and check refuse the same way, naming the file
run align --src-lang en --tgt-lang en "$T/slides.pptx" corpora/office/village-library.en.docx
[ "$rc" -ne 0 ] || fail "align read a presentation"
expect_err_has "PowerPoint"
run check --src-lang en --tgt-lang en corpora/office/village-library.en.docx "$T/cut.docx"
[ "$rc" -ne 0 ] && [ "$rc" -ne 1 ] || fail "check read a damaged zip (rc $rc)"
expect_err_has "cut.docx"
# one document alone is not a memory: check asks for its translation
for f in corpora/office/village-library.ko.docx corpora/office/village-library.en.odt; do
	run check "$f"
	expect_rc 2
	expect_err_has "$f"
	expect_err_has "check SOURCE TARGET"
done
exit 0
