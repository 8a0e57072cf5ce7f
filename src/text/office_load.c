/*
 * office_load.c - Word and OpenDocument intake (office_int.h): a file's
 * format told by its bytes, and .docx and .odt read (docx.c, odt.c) into
 * a document through the builder (office.c).
 *
 * Formats by content, whatever the extension: a zip holding
 * word/document.xml is Word (.docx, .docm, .dotx); a zip whose
 * "mimetype" entry says opendocument.text is OpenDocument text. Other
 * files that are not text get a message naming them and what to do: Word,
 * Excel and PowerPoint 97-2003 (an OLE2 compound file, told apart by the
 * names of its streams), .pptx and .xlsx (ppt/ and xl/ parts),
 * OpenDocument spreadsheets and presentations, PDF, RTF, other zips.
 */
#include "text/office_int.h"
#include "bitext/errors.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- formats by content ------------------------------------------------- */

/* 1 when the UTF-16LE form of `s` is in data[0..len). */
static int has_utf16(const char *data, size_t len, const char *s)
{
	char u[64];
	size_t n = strlen(s), i;

	for (i = 0; i < n; i++) {
		u[2 * i] = s[i];
		u[2 * i + 1] = 0;
	}
	return memmem(data, len, u, 2 * n) != NULL;
}

/* The format of an OLE2 compound file (Office 97-2003), by stream names. */
static const char *ole_format(const char *data, size_t len)
{
	if (has_utf16(data, len, "WordDocument"))
		return "Word 97-2003 (.doc)";
	if (has_utf16(data, len, "Workbook") || has_utf16(data, len, "Book"))
		return "Excel 97-2003 (.xls)";
	if (has_utf16(data, len, "PowerPoint Document"))
		return "PowerPoint 97-2003 (.ppt)";
	return "Microsoft Office 97-2003";
}

static int refuse_format(const char *name, const char *msgid,
	const char *format)
{
	bitext_error_set(BITEXT_EPARSE, msgid, format, NULL);
	bitext_error_locate(name, 0, 0, -1);
	return BITEXT_EPARSE;
}

/* Which reader a zip needs: 'w' Word, 'o' OpenDocument text, or 0 with
 * the error set (another format). */
static int zip_kind(text_zip *z, const char *name)
{
	static const struct { const char *mime, *what; } odf[] = {
		{ "application/vnd.oasis.opendocument.spreadsheet",
		  "OpenDocument spreadsheet (.ods)" },
		{ "application/vnd.oasis.opendocument.presentation",
		  "OpenDocument presentation (.odp)" },
		{ "application/vnd.oasis.opendocument.graphics",
		  "OpenDocument drawing (.odg)" },
	};
	bitext_buf mime = BITEXT_BUF_INIT;
	const char *what = NULL;
	size_t i;
	int error, kind = 0;

	if (bitext_zip__has(z, "word/document.xml"))
		return 'w';
	error = bitext_zip__read(z, "mimetype", &mime, 256);
	if (error < 0 && error != BITEXT_ENOTFOUND) {
		bitext_buf_dispose(&mime);
		return error;
	}
	if (mime.ptr && !strncmp(mime.ptr,
	    "application/vnd.oasis.opendocument.text", 39))
		kind = 'o';
	for (i = 0; !kind && mime.ptr && i < sizeof(odf) / sizeof(odf[0]); i++)
		if (!strcmp(mime.ptr, odf[i].mime))
			what = odf[i].what;
	bitext_buf_dispose(&mime);
	if (kind)
		return kind;
	if (!what && bitext_zip__has(z, "ppt/presentation.xml"))
		what = "PowerPoint (.pptx)";
	if (!what && bitext_zip__has(z, "xl/workbook.xml"))
		what = "Excel (.xlsx)";
	if (!what)
		return refuse_format(name, "text_office_zip", "");
	return refuse_format(name, "text_office_format", what);
}

int bitext_office__load(bitext_doc **out, bitext_load_info *info,
	const char *name, const char *data, size_t len,
	const bitext_load_options *opts)
{
	text_zip *z = NULL;
	office_builder *b = NULL;
	bitext_doc *doc = NULL;
	int error, kind;

	*out = NULL;
	if (len >= 8 && !memcmp(data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
		return refuse_format(name, "text_office_format",
			ole_format(data, len));
	if (len >= 5 && !memcmp(data, "%PDF-", 5))
		return refuse_format(name, "text_office_pdf", "");
	if (len >= 5 && !memcmp(data, "{\\rtf", 5))
		return refuse_format(name, "text_office_format",
			"RTF (.rtf)");
	if (len < 4 || memcmp(data, "PK", 2) || !((data[2] == 3 && data[3] == 4) ||
	    (data[2] == 5 && data[3] == 6)))
		return 1;
	if ((error = bitext_zip__open(&z, name, data, len)) < 0 ||
	    (error = kind = zip_kind(z, name)) < 0 ||
	    (error = bitext_office__new(&b, name)) < 0)
		goto cleanup;
	error = kind == 'w' ? bitext_docx__read(z, b, name) :
		bitext_odt__read(z, b, name);
	if (error < 0 || (error = bitext_doc_new(&doc, opts->lang)) < 0 ||
	    (error = bitext_doc_set_name(doc, name)) < 0 ||
	    (error = bitext_office__install(b, doc)) < 0)
		goto cleanup;
	memset(info, 0, sizeof(*info));
	snprintf(info->encoding, sizeof(info->encoding), "UTF-8");
	info->format = kind == 'w' ? BITEXT_FORMAT_DOCX : BITEXT_FORMAT_ODT;
	*out = doc;
	doc = NULL;
	error = 0;
cleanup:
	bitext_doc_free(doc);
	bitext_office__free(b);
	bitext_zip__close(z);
	return error;
}
