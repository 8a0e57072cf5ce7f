/*
 * bitext/doc.h - the document model: document -> paragraphs -> segments.
 *
 * A document holds one text in UTF-8 NFC (the "document text"), the
 * paragraphs and segments that cover it as byte spans, and a map back to
 * byte offsets of the original input (which may have been CP949, UTF-16,
 * CRLF, decomposed...). Everything is owned by the document and freed by
 * bitext_doc_free(); every pointer handed out is borrowed from it.
 */
#ifndef BITEXT_DOC_H
#define BITEXT_DOC_H

#include "common.h"
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bitext_doc bitext_doc;

/** What kind of block a paragraph came from. */
typedef enum {
	BITEXT_PARA_TEXT = 0,   /* ordinary paragraph */
	BITEXT_PARA_HEADING,    /* h1-h6, or a heading line */
	BITEXT_PARA_LIST_ITEM,  /* li, or a "- " / "1. " line */
	BITEXT_PARA_QUOTE       /* blockquote */
} bitext_para_kind;

typedef struct bitext_segment {
	const char *text;     /* UTF-8 NFC, NUL-terminated copy; a line break
	                         of the document text (hard wrap) is a space,
	                         or nothing between two Han/Kana characters */
	size_t len;           /* bytes of text (<= end - start) */
	size_t paragraph;     /* index of the paragraph holding it */
	size_t start, end;    /* byte span in the document text */
	size_t src_start, src_end; /* byte span in the original input */
} bitext_segment;

typedef struct bitext_paragraph {
	const char *text;     /* UTF-8 NFC, NUL-terminated copy */
	size_t len;           /* bytes of text */
	bitext_para_kind kind;/* block kind */
	size_t start, end;    /* byte span in the document text */
	size_t src_start, src_end; /* byte span in the original input */
	size_t first_segment; /* index of its first segment */
	size_t nsegments;     /* number of segments, 0 before segmentation */
} bitext_paragraph;

/** Inline formatting of a document read from Word or OpenDocument. */
typedef enum {
	BITEXT_INLINE_BOLD = 1,
	BITEXT_INLINE_ITALIC,
	BITEXT_INLINE_UNDERLINE,
	BITEXT_INLINE_LINK
} bitext_inline_kind;

/** A stretch of the document text with inline formatting (bold, a link).
 * Spans lie inside one paragraph and come in order of their start; two
 * of different kinds may overlap. Writers of TMX and XLIFF turn them into
 * paired inline codes; other outputs ignore them. */
typedef struct bitext_inline {
	size_t start, end;       /* byte span in the document text */
	bitext_inline_kind kind;
	const char *target;      /* BITEXT_INLINE_LINK: the link's target
	                            (a URL, or "#name" inside the document),
	                            else NULL */
} bitext_inline;

/** Create an empty document. `lang` may be NULL (unknown). */
BITEXT_EXTERN(int) bitext_doc_new(bitext_doc **out, const char *lang);
/** Free a document and everything it handed out. NULL is fine. */
BITEXT_EXTERN(void) bitext_doc_free(bitext_doc *doc);

/** Language tag ("ko", "en" ...) or NULL. Borrowed. */
BITEXT_EXTERN(const char *) bitext_doc_lang(const bitext_doc *doc);
BITEXT_EXTERN(int) bitext_doc_set_lang(bitext_doc *doc, const char *lang);
/** File name the document came from, or NULL. Borrowed. */
BITEXT_EXTERN(const char *) bitext_doc_name(const bitext_doc *doc);
BITEXT_EXTERN(int) bitext_doc_set_name(bitext_doc *doc, const char *name);

/** Set the document text (copied; must be UTF-8 NFC). Clears paragraphs. */
BITEXT_EXTERN(int) bitext_doc_set_text(bitext_doc *doc, const char *text,
	size_t len);
/** The document text and its length. Borrowed. */
BITEXT_EXTERN(const char *) bitext_doc_text(const bitext_doc *doc,
	size_t *len);

/**
 * Record that document-text offset `text_off` corresponds to byte `src_off`
 * of the original input; until the next mark, offsets advance together.
 * Marks must come in increasing order. Without marks the map is identity.
 */
BITEXT_EXTERN(int) bitext_doc_map_mark(bitext_doc *doc, size_t text_off,
	size_t src_off);
/** Original-input byte offset of document-text offset `text_off`. */
BITEXT_EXTERN(size_t) bitext_doc_map(const bitext_doc *doc, size_t text_off);

/** Append a paragraph covering [start, end) of the document text. */
BITEXT_EXTERN(int) bitext_doc_add_paragraph(bitext_doc *doc, size_t start,
	size_t end, bitext_para_kind kind);
/**
 * Append a segment covering [start, end) of the document text to the
 * paragraph that holds it. Segments must come in document order (after the
 * previous segment) and lie inside one paragraph; paragraphs may all be
 * added first and segmented afterwards.
 */
BITEXT_EXTERN(int) bitext_doc_add_segment(bitext_doc *doc, size_t start,
	size_t end);
/** Remove all segments (paragraphs stay). */
BITEXT_EXTERN(void) bitext_doc_clear_segments(bitext_doc *doc);

/**
 * Append an inline span over [start, end) of the document text (after the
 * previous one's start, inside the text). `target` (copied) for links.
 */
BITEXT_EXTERN(int) bitext_doc_add_inline(bitext_doc *doc, size_t start,
	size_t end, bitext_inline_kind kind, const char *target);
BITEXT_EXTERN(size_t) bitext_doc_inline_count(const bitext_doc *doc);
/** Inline span `i`, or NULL when out of range. Borrowed. */
BITEXT_EXTERN(const bitext_inline *) bitext_doc_inline(const bitext_doc *doc,
	size_t i);
/**
 * Index of the first inline span starting at or after the start of
 * paragraph `para`. Spans never cross paragraphs, so the spans touching a
 * segment of that paragraph are among those that follow, while their
 * start is before the segment's end. bitext_doc_inline_count() when none.
 */
BITEXT_EXTERN(size_t) bitext_doc_inline_first(const bitext_doc *doc,
	size_t para);

BITEXT_EXTERN(size_t) bitext_doc_paragraph_count(const bitext_doc *doc);
BITEXT_EXTERN(size_t) bitext_doc_segment_count(const bitext_doc *doc);
/** Paragraph `i`, or NULL when out of range. Borrowed. */
BITEXT_EXTERN(const bitext_paragraph *) bitext_doc_paragraph(
	const bitext_doc *doc, size_t i);
/** Segment `i` (counted over the whole document), or NULL. Borrowed. */
BITEXT_EXTERN(const bitext_segment *) bitext_doc_segment(
	const bitext_doc *doc, size_t i);

/**
 * Write the segments of `doc` to `f` as JSON Lines, one object a segment:
 *   {"file":F,"paragraph":P,"segment":S,"kind":K,"text":T,
 *    "bytes":[start,end],"chars":[start,end]}
 * F is `file`; P and S count from 0 in the document; K is "text",
 * "heading", "list-item" or "quote"; "bytes" is the half-open span in the
 * original input, "chars" the span in code points of the document text.
 * Strings are escaped as JSON (U+2028 and U+2029 too).
 * @return 0, BITEXT_ENOMEM or BITEXT_EIO
 */
BITEXT_EXTERN(int) bitext_doc_write_jsonl(FILE *f, const bitext_doc *doc,
	const char *file);

#ifdef __cplusplus
}
#endif
#endif
