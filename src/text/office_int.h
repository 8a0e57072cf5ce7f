/*
 * office_int.h - Word (.docx) and OpenDocument (.odt) intake, shared by
 * the files of the text layer that read them:
 *   zip.c     the archive (libzip) and its XML parts, streamed to
 *             libxml2's reader with the library's hostile-input rules;
 *   office.c  telling formats apart by their bytes, and the paragraph
 *             builder both readers fill (reading order, inline spans);
 *   docx.c    WordprocessingML (word/document.xml, footnotes, styles);
 *   odt.c     OpenDocument text (content.xml, styles.xml).
 */
#ifndef BITEXT_OFFICE_INT_H
#define BITEXT_OFFICE_INT_H

#include "bitext/doc.h"
#include "bitext/text.h"
#include "util/hashmap.h"
#include "util/xml_scan.h"

#include <libxml/xmlreader.h>

/* ---- zip.c -------------------------------------------------------------- */

typedef struct text_zip text_zip;

/*
 * Open the zip archive data[0..len) named `name` (for messages) and check
 * every entry: at most BITEXT_MAX_ZIP_ENTRIES, no absolute name, no ".."
 * component, no name twice. A damaged archive is refused here.
 * 0, or BITEXT_EPARSE / BITEXT_ELIMIT / BITEXT_ENOMEM with the error set.
 */
int bitext_zip__open(text_zip **out, const char *name, const char *data,
	size_t len);
void bitext_zip__close(text_zip *z);
/* 1 when the archive holds `entry`. */
int bitext_zip__has(const text_zip *z, const char *entry);
/* Read the whole of `entry` (at most `max` bytes, else an error) into
 * `out`. 0, BITEXT_ENOTFOUND (no error set) or an error. */
int bitext_zip__read(text_zip *z, const char *entry, bitext_buf *out,
	size_t max);

/* An XML part of an archive, parsed as it inflates. */
typedef struct text_part {
	text_zip *zip;
	const char *entry;        /* the part's name in the archive */
	void *file;               /* libzip's zip_file_t */
	xmlTextReaderPtr xr;      /* the reader, positioned on a node */
	unsigned long long in;    /* bytes inflated so far */
	unsigned long long comp;  /* compressed size (for the ratio cap) */
	bitext_xml_scan scan;     /* attribute counting before libxml2 */
	int stop;                 /* 1 attributes, 2 bomb, 3 zip error */
	char *msg;                /* first libxml2 or libzip error */
	long line, col;           /* its position in the part */
} text_part;

/* Start reading `entry` (it must exist). 0 or an error. */
int bitext_zip__part_open(text_part *p, text_zip *z, const char *entry);
/* The next node: 1, 0 at the end of the part, or an error naming the
 * archive, the part, line and column. A DOCTYPE or an entity reference
 * is refused (no Office part has them). */
int bitext_zip__part_next(text_part *p);
/* Skip the subtree of the current element (on its start): 1, 0, error. */
int bitext_zip__part_skip(text_part *p);
void bitext_zip__part_close(text_part *p);

/* The attribute `local` of the current element in namespace `ns` (NULL:
 * no namespace), as a malloc'd string, or NULL. */
char *bitext_zip__attr(text_part *p, const char *local, const char *ns);
/* 1 when the current node is an element `local` of namespace `ns`. */
int bitext_zip__is(text_part *p, const char *ns, const char *local);

/* ---- office.c ----------------------------------------------------------- */

/* Inline formatting kept as codes (bitext_inline_kind bits). */
#define OFFICE_BOLD      1u
#define OFFICE_ITALIC    2u
#define OFFICE_UNDERLINE 4u
/* What styles say beyond that. */
#define OFFICE_HIDDEN    8u
#define OFFICE_HEADING   16u
#define OFFICE_LIST      32u

/* Styles by name: flags set and cleared, and the parent style. */
typedef struct office_styles {
	bitext_strmap map;        /* name -> index + 1 into v */
	struct office_style {
		unsigned on, off;     /* flags set / cleared by this style */
		size_t parent;        /* index + 1 of the parent, 0 none */
		char *parent_name;    /* until resolved */
	} *v;
	size_t n, a;
} office_styles;

void bitext_office__styles_init(office_styles *s);
void bitext_office__styles_dispose(office_styles *s);
/* Add or update style `name`: flags on/off, parent name (may be NULL). */
int bitext_office__style_set(office_styles *s, const char *name,
	unsigned on, unsigned off, const char *parent);
/* The flags of style `name` with what it inherits (0 when unknown). */
unsigned bitext_office__style_flags(office_styles *s, const char *name);

typedef struct office_builder office_builder;

int bitext_office__new(office_builder **out, const char *name);
void bitext_office__free(office_builder *b);
/* Begin a paragraph of `kind`. Inside another paragraph (a text box, a
 * note), the new one is put after the outer one. In a table cell, the
 * cell's paragraphs are one paragraph, joined by line breaks. */
int bitext_office__para_begin(office_builder *b, bitext_para_kind kind);
void bitext_office__para_kind(office_builder *b, bitext_para_kind kind);
int bitext_office__para_end(office_builder *b);
int bitext_office__cell_begin(office_builder *b);
int bitext_office__cell_end(office_builder *b);
/* Append text with inline flags `fmt` and link target `link` (NULL:
 * none). Outside any paragraph, text is dropped. */
int bitext_office__put(office_builder *b, const char *s, size_t n,
	unsigned fmt, const char *link);
/* 1 when a paragraph is open. */
int bitext_office__in_para(const office_builder *b);
/* Notes: paragraphs collected under `id` while a note is being read
 * (note_begin .. note_end), put after the paragraph that cites them. */
int bitext_office__note_begin(office_builder *b, const char *id);
void bitext_office__note_end(office_builder *b);
int bitext_office__note_cite(office_builder *b, const char *id);
/* Install what was built into `doc`. */
int bitext_office__install(office_builder *b, bitext_doc *doc);

/*
 * Load data[0..len) when it is a Word or OpenDocument text file: 0 with
 * *out set; 1 when it is none of the formats this file knows (read it as
 * text); an error naming the format and what to do for .doc, .pdf, .rtf,
 * .pptx, .xlsx, .ods ..., or for a damaged or hostile archive.
 */
int bitext_office__load(bitext_doc **out, bitext_load_info *info,
	const char *name, const char *data, size_t len,
	const bitext_load_options *opts);

/* ---- docx.c, odt.c ------------------------------------------------------ */

int bitext_docx__read(text_zip *z, office_builder *b, const char *name);
int bitext_odt__read(text_zip *z, office_builder *b, const char *name);

#endif
