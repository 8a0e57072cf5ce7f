/*
 * offmap.h - offset maps of the text layer: a list of marks (text offset,
 * source offset) with the meaning of bitext_doc_map_mark(): from a mark on,
 * both offsets advance together until the next mark. Decoding (decode.c)
 * produces one from decoded UTF-8 to original bytes; the HTML reader
 * (html.c) produces one from its document text to decoded UTF-8 and
 * composes the two.
 */
#ifndef BITEXT_TEXT_OFFMAP_H
#define BITEXT_TEXT_OFFMAP_H

#include "bitext/doc.h"
#include <stddef.h>

typedef struct {
	size_t text;    /* offset in the produced text */
	size_t src;     /* offset in the input it came from */
} text_mark;

/* Marks are kept in blocks, so that installing them into a document can
 * free them block by block instead of holding two copies of a long map. */
#define TEXT_MARK_BLOCK 8192

typedef struct {
	text_mark **blk; /* blocks of TEXT_MARK_BLOCK marks, text increasing */
	size_t n;        /* marks used */
	size_t ablk;     /* block pointers allocated */
} text_marks;

/* Mark i (< m->n). */
static inline text_mark *bitext_text__at(const text_marks *m, size_t i)
{
	return &m->blk[i / TEXT_MARK_BLOCK][i % TEXT_MARK_BLOCK];
}

/* Add a mark; a mark at the same text offset as the last one replaces it. */
int bitext_text__mark(text_marks *m, size_t text, size_t src);
/* Map `off` through `m` (identity before the first mark). */
size_t bitext_text__map(const text_marks *m, size_t off);
void bitext_text__marks_free(text_marks *m);

/* Install the text and the map of `marks` into `doc` (clears paragraphs);
 * `marks` is consumed (freed) on the way. */
int bitext_text__install(bitext_doc *doc, const char *text, size_t len,
	text_marks *marks);

#endif
