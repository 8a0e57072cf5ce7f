#!/usr/bin/env python3
"""Write the hand-built documents of this folder: Word and OpenDocument
features that a converted .fodt cannot hold exactly (tracked changes,
hidden text, field codes, text boxes in VML and DrawingML). The XML is
written here by hand and zipped as Word and LibreOffice do. Run it from
this folder; the outputs are committed."""
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' \
    'xmlns:v="urn:schemas-microsoft-com:vml" ' \
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'

CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'''

RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''

DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/a?b=1&amp;c=2" TargetMode="External"/></Relationships>'''

STYLES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles %s>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter title"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Bullets"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>
</w:styles>''' % W

def p(body, ppr=''):
    return '<w:p>%s%s</w:p>' % (('<w:pPr>%s</w:pPr>' % ppr) if ppr else '', body)

def r(text, rpr=''):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (
        ('<w:rPr>%s</w:rPr>' % rpr) if rpr else '', text)

BODY = ''.join([
    p(r('Tracked changes'), '<w:pStyle w:val="Chapter"/>'),
    # insertion kept, deletion dropped
    p(r('The meeting is on ') +
      '<w:ins w:id="1" w:author="A" w:date="2026-12-01T10:00:00Z">' + r('Tuesday') + '</w:ins>' +
      '<w:del w:id="2" w:author="A" w:date="2026-12-01T10:00:00Z"><w:r><w:delText>Monday</w:delText></w:r></w:del>' +
      r(' at ten.')),
    # a move: the text at its new place only
    p('<w:moveFrom w:id="3" w:author="A"><w:r><w:t>Old place. </w:t></w:r></w:moveFrom>' +
      r('Bring your notes.') +
      '<w:moveTo w:id="4" w:author="A"><w:r><w:t xml:space="preserve"> New place.</w:t></w:r></w:moveTo>'),
    # a word split over runs of different formatting
    p(r('Sp') + r('lit', '<w:b/>') + r(' words are ') + r('one', '<w:i/>') + r(' word.')),
    p(r('An ') + r('underlined', '<w:u w:val="single"/>') + r(' word, ') +
      r('not this one', '<w:u w:val="none"/>') + r('.')),
    p(r('Fields and hidden text'), '<w:pStyle w:val="berschrift2"/>'),
    # hidden text out, by direct formatting and by a character style
    p(r('Visible text.') + r(' Secret note.', '<w:vanish/>') + r(' More text.') +
      r(' Styled secret.', '<w:rStyle w:val="Secret"/>')),
    # a complex field: code out, result in; a nested field in the code
    p(r('See page ') +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Ref1 \\h </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>QUOTE x</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r('7') +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + r(' of the report.')),
    # a simple field: its result
    p(r('Printed on ') + '<w:fldSimple w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; ">' +
      r('4 December 2026') + '</w:fldSimple>' + r('.')),
    # a link to an external target, strong text by style, tab and break
    p(r('Read ') + '<w:hyperlink r:id="rId7">' + r('the full minutes') + '</w:hyperlink>' +
      r(' before the ') + r('vote', '<w:rStyle w:val="Strong"/>') + r('.') +
      '<w:r><w:tab/><w:t>Thanks.</w:t></w:r>'),
    # list items: by numbering and by a list style; numId 0 is no list
    p(r('First point.'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
    p(r('Second point.'), '<w:pStyle w:val="Bullets"/>'),
    p(r('Not a list.'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'),
    # a tracked change of formatting: the old properties (a heading, bold)
    # are not the paragraph's
    p('<w:r><w:rPr><w:rPrChange w:id="5" w:author="A"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr>'
      '<w:t>Was bold, now plain.</w:t></w:r>',
      '<w:pPrChange w:id="6" w:author="A"><w:pPr><w:pStyle w:val="Chapter"/></w:pPr></w:pPrChange>'),
    # a table whose first cell holds two paragraphs: one paragraph
    '<w:tbl><w:tr><w:tc>' + p(r('Cell one,')) + p(r('second line.')) + '</w:tc><w:tc>' +
    p(r('Cell two.')) + '</w:tc></w:tr></w:tbl>',
    # a footnote, and a text box in DrawingML with its VML fallback
    p(r('The end.') + '<w:r><w:footnoteReference w:id="1"/></w:r>' +
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>' +
      p(r('Box text.')) + '</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>' +
      '<mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent>' + p(r('Box text.')) +
      '</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>'),
    # a VML-only text box
    p(r('Last paragraph.') + '<w:r><w:pict><v:shape><v:textbox><w:txbxContent>' +
      p(r('Old box.')) + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'),
    # decomposed Hangul (NFD) before bold text: NFC moves the span
    p(r('\u1112\u1161\u11ab\u1100\u116e\u11a8 ') + r('\uad75\uac8c', '<w:b/>') + r('.')),
])

DOC = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (W, BODY)

FOOT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes %s><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> A note </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>in italics</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p></w:footnote></w:footnotes>''' % W

def write_docx(path):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('word/_rels/document.xml.rels', DOC_RELS)
        z.writestr('word/document.xml', DOC)
        z.writestr('word/styles.xml', STYLES)
        z.writestr('word/footnotes.xml', FOOT)

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:xlink="http://www.w3.org/1999/xlink"')

CONTENT = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content %s office:version="1.2">
<office:automatic-styles>
<style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>
<style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:tracked-changes>
<text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>A</dc:creator><dc:date>2026-12-01T10:00:00</dc:date></office:change-info><text:p>Monday</text:p></text:deletion></text:changed-region>
<text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>A</dc:creator><dc:date>2026-12-01T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
</text:tracked-changes>
<text:h text:outline-level="1">Tracked changes</text:h>
<text:p>The meeting is on <text:change-start text:change-id="ct2"/>Tuesday<text:change-end text:change-id="ct2"/><text:change text:change-id="ct1"/> at ten.</text:p>
<text:p>Visible text.<text:span text:style-name="T1"> Secret note.</text:span> More<text:s text:c="3"/>text.<office:annotation><dc:creator>A</dc:creator><text:p>A comment.</text:p></office:annotation></text:p>
<text:p>See page <text:page-number text:select-page="current">7</text:page-number> of the <text:span text:style-name="T2">report</text:span>.<text:line-break/>Second line.</text:p>
</office:text></office:body></office:document-content>''' % ODT_NS

MANIFEST = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'''

def write_odt(path):
    with zipfile.ZipFile(path, 'w') as z:
        z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text')
        z.writestr('content.xml', CONTENT, zipfile.ZIP_DEFLATED)
        z.writestr('META-INF/manifest.xml', MANIFEST, zipfile.ZIP_DEFLATED)

write_docx('features.docx')
write_odt('features.odt')
