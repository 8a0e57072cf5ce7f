/*
 * text_int.h - what the files of the text layer share inside the library:
 * decoding (decode.c), the HTML reader (html.c) and documents from plain
 * text (text.c). Offset maps are in offmap.h.
 */
#ifndef BITEXT_TEXT_INT_H
#define BITEXT_TEXT_INT_H

#include "bitext/text.h"

#include "text/offmap.h"

/*
 * Decode bytes to UTF-8 NFC with LF line ends (bitext_text_decode) and
 * record the offset map in `marks` (may be NULL). `html` = 1 lets a
 * <meta charset> in the first bytes name the encoding.
 */
int bitext_text__decode(bitext_buf *out, text_marks *marks,
	bitext_load_info *info, const char *name, const char *data, size_t len,
	const bitext_load_options *opts, int html);

/* 1 when decoded or ASCII-compatible text starts like an HTML document. */
int bitext_text__looks_html(const char *s, size_t len);

/*
 * Build `doc` (text, map, paragraphs) from the decoded HTML `html` whose
 * offsets map to the original bytes through `marks`.
 */
int bitext_html__load(bitext_doc *doc, const char *name, const char *html,
	size_t len, const text_marks *marks);

/* 1 when `data` starts with the gzip magic (1F 8B, deflate). */
int bitext_text__is_gzip(const char *data, size_t len);

/*
 * Inflate the gzip file `data` (every member) into `out` (gzip.c). A
 * damaged file, or one inflating past the limits, is an error naming
 * `name` and the compressed byte.
 */
int bitext_text__gunzip(bitext_buf *out, const char *name, const char *data,
	size_t len);

#endif
