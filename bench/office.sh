#!/bin/sh
# bench/office.sh [BUILD] [PARAGRAPHS] - speed and peak memory of reading
# Word and OpenDocument files, next to the same text as plain text.
#
# Generates (python3, fixed seed) PARAGRAPHS paragraphs (default 100,000)
# of 3 to 6 English sentences; every third sentence has a word in bold and
# a word in italic, every tenth paragraph a link, as runs of a Word file.
# Writes them as a .docx (word/document.xml deflated by zipfile, as Word
# does), as an .odt, and as a .txt of the same text, then times `bitext
# segment --lang en` on each (CPU = user + system, which a busy machine
# does not inflate; peak resident memory from /usr/bin/time) and `bitext
# align` of the .docx with itself written as TMX with inline codes.
set -eu
build=${1:-build}
n=${2:-100000}
top=$(cd "$(dirname "$0")/.." && pwd)
case $build in /*) ;; *) build=$top/$build ;; esac
bitext=$build/bitext
[ -x "$bitext" ] || { echo "bench: $bitext not built" >&2; exit 2; }
export BITEXT_DATADIR="$build/share/bitext"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bitext-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

python3 - "$tmp" "$n" <<'PY'
import sys, random, zipfile
from xml.sax.saxutils import escape
tmp, n = sys.argv[1], int(sys.argv[2])
rnd = random.Random(7)
words = ('library village council reading river school market winter '
         'volunteers opened books children evening museum harbour station '
         'garden bridge history teachers').split()
def sentence():
    k = rnd.randint(6, 14)
    w = [rnd.choice(words) for _ in range(k)]
    return w[0].capitalize() + ' ' + ' '.join(w[1:]) + '.'
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
T = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
     'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
     'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
     'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
     'xmlns:xlink="http://www.w3.org/1999/xlink"')
def wr(t, rpr=''):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (
        '<w:rPr>%s</w:rPr>' % rpr if rpr else '', escape(t))
docx, odt, txt = [], [], []
for i in range(n):
    ss = [sentence() for _ in range(rnd.randint(3, 6))]
    txt.append(' '.join(ss))
    wp, op = [], []
    for j, s in enumerate(ss):
        s = (' ' if j else '') + s
        if j % 3 == 0:
            a, b, c = s.split(' ', 2) if j else ('', ) + tuple(s.split(' ', 1))
            wp.append(wr((a + ' ') if a else '') + wr(b, '<w:b/>') + wr(' ' + c))
            op.append(escape((a + ' ') if a else '') + '<text:span text:style-name="T1">' +
                      escape(b) + '</text:span>' + escape(' ' + c))
        elif j % 3 == 1:
            wp.append(wr(s[:-1]) + wr('.', '<w:i/>'))
            op.append(escape(s[:-1]) + '<text:span text:style-name="T2">.</text:span>')
        else:
            wp.append(wr(s))
            op.append(escape(s))
    if i % 10 == 0:
        wp.append('<w:hyperlink r:id="rId1">' + wr(' See more.') + '</w:hyperlink>')
        op.append('<text:a xlink:href="https://example.org/"> See more.</text:a>')
        txt[-1] += ' See more.'
    docx.append('<w:p>' + ''.join(wp) + '</w:p>')
    odt.append('<text:p>' + ''.join(op) + '</text:p>')
with zipfile.ZipFile(tmp + '/big.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?>'
               '<w:document %s><w:body>%s</w:body></w:document>' % (W, ''.join(docx)))
    z.writestr('word/_rels/document.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="https://example.org/" TargetMode="External"/></Relationships>')
with zipfile.ZipFile(tmp + '/big.odt', 'w') as z:
    z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text')
    z.writestr('content.xml', '<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content %s><office:automatic-styles>'
               '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
               '</office:automatic-styles><office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (T, ''.join(odt)), zipfile.ZIP_DEFLATED)
open(tmp + '/big.txt', 'w').write('\n\n'.join(txt) + '\n')
PY

run() { # LABEL CMD...
	label=$1; shift
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@" >/dev/null
		awk -v l="$label" '{ printf "%-34s wall %6.2f s  cpu %6.2f s  peak %7.1f MiB\n", l, $1, $2 + $3, $4 / 1024 }' "$tmp/time"
	else
		"$@" >/dev/null
		echo "$label done (no /usr/bin/time)"
	fi
}
for f in big.txt big.docx big.odt; do
	printf '%-10s %8d bytes\n' "$f" "$(wc -c < "$tmp/$f")"
done
unzip -l "$tmp/big.docx" 2>/dev/null | awk '/document.xml$/ { printf "document.xml %d bytes inflated\n", $1 }'
run "segment .txt" "$bitext" segment --lang en -o "$tmp/t.seg" "$tmp/big.txt"
run "segment .docx" "$bitext" segment --lang en -o "$tmp/d.seg" "$tmp/big.docx"
run "segment .odt" "$bitext" segment --lang en -o "$tmp/o.seg" "$tmp/big.odt"
cmp -s "$tmp/t.seg" "$tmp/d.seg" && echo "the .docx and the .txt give the same sentences" ||
	echo "the .docx and the .txt differ: $(diff "$tmp/t.seg" "$tmp/d.seg" | head -3)"
